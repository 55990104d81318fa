"""Risk instruments as data files (`resources/instruments/<key>.json`, format
"vnr-desk-instrument/1"): questions, answer scale and guidance are text a municipality can
replace, not code. A file is validated in full before it is used, and a bad one is refused
with the file and the field named.

In the vault an instrument is a `RiskInstrument` row keyed by the file's `key`, each item a
`RiskItem` keyed by the item's `id`; answers point at those rows, so a file revised later
(reworded, items added) leaves earlier assessments answering what they answered."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import RiskInstrument, RiskItem, RiskLevel
from vnr_desk.services import auditing as audit

FORMAT = "vnr-desk-instrument/1"
EDITIONS = ("da", "sv")
LEVELS = tuple(level.value for level in RiskLevel)
_KEYS = {
    "format",
    "key",
    "edition",
    "name",
    "description",
    "source",
    "guidance",
    "scale",
    "sections",
    "level_guidance",
}


class InstrumentFileError(ValueError):
    """A data file that is not a usable instrument; the message names file and field."""


@dataclass(frozen=True)
class ScaleOption:
    value: str
    label: str


@dataclass(frozen=True)
class InstrumentItem:
    id: str
    text: str
    guidance: str


@dataclass(frozen=True)
class InstrumentSection:
    title: str
    items: tuple[InstrumentItem, ...]


@dataclass(frozen=True)
class Instrument:
    key: str
    edition: str
    name: str
    description: str
    source: str
    guidance: str
    scale: tuple[ScaleOption, ...]
    sections: tuple[InstrumentSection, ...]
    level_guidance: Mapping[str, str]

    @property
    def items(self) -> tuple[InstrumentItem, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def scale_values(self) -> frozenset[str]:
        return frozenset(option.value for option in self.scale)


def _text(data: Mapping[str, Any], key: str, where: str, *, required: bool = True) -> str:
    value = data.get(key, "" if not required else None)
    if not isinstance(value, str) or (required and not value.strip()):
        raise InstrumentFileError(f"{where}{key}: must be a non-empty text")
    return value.strip()


def _list(data: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key)
    if not isinstance(value, list) or not value:
        raise InstrumentFileError(f"{where}{key}: must be a non-empty list")
    return value


def _object(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise InstrumentFileError(f"{where}: must be an object")
    return value


def parse_instrument(data: Any, origin: str = "instrument") -> Instrument:
    """An `Instrument` from the decoded JSON of one file; `origin` (the file name) starts
    every error message."""
    where = f"{origin}: "
    top = _object(data, origin)
    unknown = sorted(set(top) - _KEYS)
    if unknown:
        raise InstrumentFileError(f"{where}{unknown[0]}: unknown field")
    if top.get("format") != FORMAT:
        raise InstrumentFileError(f"{where}format: must be {FORMAT!r}")
    edition = _text(top, "edition", where)
    if edition not in EDITIONS:
        raise InstrumentFileError(f"{where}edition: must be one of {', '.join(EDITIONS)}")
    scale: list[ScaleOption] = []
    for i, raw in enumerate(_list(top, "scale", where)):
        entry = _object(raw, f"{where}scale[{i}]")
        scale.append(
            ScaleOption(
                _text(entry, "value", f"{where}scale[{i}]."),
                _text(entry, "label", f"{where}scale[{i}]."),
            )
        )
    if len({option.value for option in scale}) != len(scale):
        raise InstrumentFileError(f"{where}scale: a value is given twice")
    seen: set[str] = set()
    sections: list[InstrumentSection] = []
    for s, raw_section in enumerate(_list(top, "sections", where)):
        at = f"{where}sections[{s}]."
        section = _object(raw_section, at[:-1])
        items: list[InstrumentItem] = []
        for i, raw_item in enumerate(_list(section, "items", at)):
            item_at = f"{at}items[{i}]."
            item = _object(raw_item, item_at[:-1])
            item_id = _text(item, "id", item_at)
            if item_id in seen:
                raise InstrumentFileError(f"{item_at}id: {item_id!r} is used twice")
            seen.add(item_id)
            items.append(
                InstrumentItem(
                    item_id,
                    _text(item, "text", item_at),
                    _text(item, "guidance", item_at, required=False),
                )
            )
        sections.append(InstrumentSection(_text(section, "title", at), tuple(items)))
    levels = _object(top.get("level_guidance"), f"{where}level_guidance")
    if set(levels) != set(LEVELS):
        raise InstrumentFileError(f"{where}level_guidance: needs exactly {', '.join(LEVELS)}")
    return Instrument(
        key=_text(top, "key", where),
        edition=edition,
        name=_text(top, "name", where),
        description=_text(top, "description", where, required=False),
        source=_text(top, "source", where),
        guidance=_text(top, "guidance", where, required=False),
        scale=tuple(scale),
        sections=tuple(sections),
        level_guidance={level: _text(levels, level, f"{where}level_guidance.") for level in LEVELS},
    )


def load_instrument(path: Path) -> Instrument:
    """One instrument file; a file that is not JSON or not an instrument raises
    `InstrumentFileError` naming it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InstrumentFileError(f"{path.name}: not a readable JSON file ({exc})") from None
    instrument = parse_instrument(data, path.name)
    if instrument.key != path.stem:
        raise InstrumentFileError(f"{path.name}: key: must match the file name ({path.stem!r})")
    return instrument


def bundled_paths() -> list[Path]:
    folder = resources.files("vnr_desk").joinpath("resources", "instruments")
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".json"))


def bundled_instruments(
    edition: str | None = None, paths: Iterable[Path] | None = None
) -> list[Instrument]:
    """The instruments shipped with the program (of one edition), by name."""
    found = [load_instrument(p) for p in (paths if paths is not None else bundled_paths())]
    keys = [i.key for i in found]
    if len(set(keys)) != len(keys):
        raise InstrumentFileError("instruments: two files share a key")
    return sorted(
        (i for i in found if edition is None or i.edition == edition), key=lambda i: i.name
    )


def instrument_by_key(key: str) -> Instrument:
    for instrument in bundled_instruments():
        if instrument.key == key:
            return instrument
    raise InstrumentFileError(f"instrument: no instrument {key!r}")


def sync_instrument(session: Session, instrument: Instrument) -> RiskInstrument:
    """The vault's row for `instrument`, made or brought up to the file: a new item gets a
    new row, a reworded one keeps its row (and the answers given to it). Audited when
    anything changed."""
    row = session.scalar(select(RiskInstrument).where(RiskInstrument.key == instrument.key))
    changed = False
    if row is None:
        row = RiskInstrument(
            key=instrument.key,
            edition=instrument.edition,
            name=instrument.name,
            description=instrument.description,
        )
        session.add(row)
        changed = True
    elif (row.name, row.description, row.edition) != (
        instrument.name,
        instrument.description,
        instrument.edition,
    ):
        row.name, row.description = instrument.name, instrument.description
        row.edition = instrument.edition
        changed = True
    by_key = {item.item_key: item for item in row.items if item.item_key}
    for position, item in enumerate(instrument.items):
        existing = by_key.get(item.id)
        if existing is None:
            row.items.append(RiskItem(position=position, text=item.text, item_key=item.id))
            changed = True
        elif (existing.text, existing.position) != (item.text, position):
            existing.text, existing.position = item.text, position
            changed = True
    session.flush()
    if changed:
        audit.record(
            session,
            "risk_instrument.sync",
            "risk_instrument",
            row.id,
            detail={"key": instrument.key, "items": len(instrument.items)},
        )
    return row
