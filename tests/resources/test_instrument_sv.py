"""The Swedish risk screening is a well-formed instrument file ("vnr-desk-instrument/1",
SPLIT.md): Swedish edition, FREDA's two parts (kortfrågor, farlighetsbedömning) in our own
words, a source that says why, ids unique, the yes/no/don't-know scale and guidance for
every level. Read with json only, so it checks the file before any loader exists."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import vnr_desk

INSTRUMENTS = Path(vnr_desk.__file__).parent / "resources" / "instruments"
SWEDISH = INSTRUMENTS / "vnr-screening-sv.json"
DANISH_ONLY = ("borger", "kommune ", "sagsbehandler", "handleplan", "underretning", "æ", "ø")


@pytest.fixture(scope="module")
def instrument() -> dict[str, Any]:
    data = json.loads(SWEDISH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def test_header_fields(instrument: dict[str, Any]) -> None:
    assert instrument["format"] == "vnr-desk-instrument/1"
    assert instrument["key"] == SWEDISH.stem and instrument["edition"] == "sv"
    for field in ("name", "description", "source", "guidance"):
        assert _text(instrument[field]), field
    assert "FREDA" in instrument["source"] and "Socialstyrelsen" in instrument["source"]


def test_scale_is_yes_no_unknown_in_swedish(instrument: dict[str, Any]) -> None:
    scale = instrument["scale"]
    assert [s["value"] for s in scale] == ["yes", "no", "unknown"]
    assert [s["label"] for s in scale] == ["Ja", "Nej", "Vet inte"]


def test_sections_follow_fredas_structure_with_unique_ids(instrument: dict[str, Any]) -> None:
    sections = instrument["sections"]
    assert [s["title"] for s in sections] == ["Kortfrågor om våld", "Farlighetsbedömning"]
    ids: list[str] = []
    for section in sections:
        assert len(section["items"]) >= 5
        for item in section["items"]:
            assert set(item) <= {"id", "text", "guidance"}
            assert re.fullmatch(r"[a-z0-9-]+", item["id"]), item["id"]
            assert _text(item["text"]) and item["text"].rstrip().endswith("?")
            assert _text(item.get("guidance", "x"))
            ids.append(item["id"])
    assert len(ids) == len(set(ids))


def test_guidance_for_every_level(instrument: dict[str, Any]) -> None:
    levels = instrument["level_guidance"]
    assert set(levels) == {"low", "medium", "high", "acute"}
    assert all(_text(text) for text in levels.values())
    assert "24 timmar" in levels["acute"]


def test_written_in_swedish_only() -> None:
    text = SWEDISH.read_text(encoding="utf-8").casefold()
    assert [word for word in DANISH_ONLY if word in text] == []
