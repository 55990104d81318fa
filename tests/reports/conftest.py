"""Helpers for printout tests: render to a temp dir and read the text back with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from tests.reports import samples
from vnr_desk.reports import Rendered
from vnr_desk.services.export.printouts import render

PRINTED_ON = dt.date(2025, 11, 23)

SAMPLES: dict[str, Any] = {
    "plan": samples.citizen_plan(),
    "agenda": samples.meeting(),
    "minutes": samples.meeting(),
    "consent-form": samples.consent_form(),
    "summary": samples.summary(),
    "access": samples.access_export(),
    "sip": samples.sip(),
    "case-presentation": samples.case_presentation(),
}


def normalise(text: str) -> str:
    """pypdf gives non-breaking spaces back as such; tests compare with plain spaces."""
    return text.replace("\u00a0", " ")


def page_texts(path: Path) -> list[str]:
    return [normalise(page.extract_text()) for page in PdfReader(path).pages]


def full_text(path: Path) -> str:
    return "\n".join(page_texts(path))


def flat(text: str) -> str:
    """Text with all line breaks and runs of spaces folded, for phrases that may wrap."""
    return " ".join(text.split())


def render_to(tmp_path: Path, kind: str, data: Any, lang: str = "en") -> Rendered:
    return render(kind, data, tmp_path / f"{kind}-{lang}.pdf", lang, printed_on=PRINTED_ON)
