"""What the cooperation-group printouts may contain: plain frozen dataclasses.

`CasePresentationData` is the de-identified case for an (external) group: it has no field
for a name, a date, an address, a phone number, an e-mail, a reference or any free text
except the presentation text the worker has reviewed. Codes are checked on construction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from vnr_desk.domain.enums import IntakeRoute, LifeDomain, RiskLevel, Sector, ViolenceForm
from vnr_desk.reports.data import Recipient, ReportDataError

_AGE_BAND = frozenset(
    {"0–2", "3–5", "6–12", "13–17", "18–24", "25–34", "35–44", "45–54", "55–64", "65+"}
)


def _codes(values: tuple[str, ...], enum_cls: type[StrEnum], what: str) -> None:
    allowed = {m.value for m in enum_cls}
    for value in values:
        if value not in allowed:
            raise ReportDataError(f"unknown {what}: {value!r}")


@dataclass(frozen=True)
class CasePresentationData:
    """A case as a group may hear it without learning who it is about."""

    recipient: Recipient
    age_band: str | None
    children_age_bands: tuple[str, ...]
    person_using_violence_known: bool
    intake: str
    violence_forms: tuple[str, ...]
    risk_level: str | None
    months_known: int
    concern_domains: tuple[str, ...]
    goal_domains: tuple[str, ...]
    actor_sectors: tuple[tuple[str, int], ...]
    meetings_held: int
    text: str | None  # the reviewed presentation text; None: none reviewed

    def __post_init__(self) -> None:
        if self.recipient.kind != "internal":
            raise ReportDataError("a case presentation is prepared for internal use only")
        for band in (self.age_band, *self.children_age_bands):
            if band is not None and band not in _AGE_BAND:
                raise ReportDataError(f"not an age band: {band!r}")
        _codes((self.intake,), IntakeRoute, "intake route")
        _codes(self.violence_forms, ViolenceForm, "form of violence")
        _codes((self.risk_level,) if self.risk_level else (), RiskLevel, "risk level")
        _codes(self.concern_domains + self.goal_domains, LifeDomain, "life domain")
        _codes(tuple(s for s, _n in self.actor_sectors), Sector, "sector")


def age_band(born: dt.date | None, on: dt.date) -> str | None:
    """The band an age falls in (never the date itself)."""
    if born is None:
        return None
    age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    for upper, band in (
        (2, "0–2"),
        (5, "3–5"),
        (12, "6–12"),
        (17, "13–17"),
        (24, "18–24"),
        (34, "25–34"),
        (44, "35–44"),
        (54, "45–54"),
        (64, "55–64"),
    ):
        if age <= upper:
            return band
    return "65+"


@dataclass(frozen=True)
class GroupAgendaItem:
    """One case on a group agenda: by reference (internal group) or only by its number
    (external group, de-identified); the topic only for an internal group."""

    reference: str | None
    topic: str


@dataclass(frozen=True)
class GroupAgendaData:
    group_name: str
    external: bool
    on: dt.datetime
    place: str
    members: tuple[str, ...]
    items: tuple[GroupAgendaItem, ...]
    recipient: Recipient

    def __post_init__(self) -> None:
        if self.external and any(i.reference or i.topic for i in self.items):
            raise ReportDataError("an external group's agenda names no case and no topic")
