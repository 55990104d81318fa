"""Printouts: one module per document, rendered from plain, already-redacted data objects.

`RENDERERS` maps the export kind the CLI and UI use (`plan`, `agenda`, ...) to its render
function and the data type it takes, so callers dispatch without knowing the modules.
Every render function has the shape `render(data, out, lang="da", *, printed_on=None)`
and returns `Rendered(path, pages)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnr_desk.reports.access_export import render_access_export
from vnr_desk.reports.citizen_plan import render_citizen_plan
from vnr_desk.reports.consent_form import render_consent_form
from vnr_desk.reports.coordination_summary import render_coordination_summary
from vnr_desk.reports.data import (
    AccessExportData,
    CitizenPlanData,
    ConsentFormData,
    MeetingData,
    SummaryData,
)
from vnr_desk.reports.frame import Rendered
from vnr_desk.reports.meeting import render_agenda, render_minutes
from vnr_desk.reports.writer import PdfWriteError


@dataclass(frozen=True)
class ReportKind:
    """An export kind: the data type it needs and the function that renders it."""

    name: str
    data_type: type
    render: Callable[..., Rendered]


RENDERERS: dict[str, ReportKind] = {
    kind.name: kind
    for kind in (
        ReportKind("plan", CitizenPlanData, render_citizen_plan),
        ReportKind("agenda", MeetingData, render_agenda),
        ReportKind("minutes", MeetingData, render_minutes),
        ReportKind("consent-form", ConsentFormData, render_consent_form),
        ReportKind("summary", SummaryData, render_coordination_summary),
        ReportKind("access", AccessExportData, render_access_export),
    )
}


def render(
    kind: str, data: Any, out: Path, lang: str = "da", *, printed_on: dt.date | None = None
) -> Rendered:
    """Render `data` as export `kind`; refuses a data object of the wrong type."""
    try:
        entry = RENDERERS[kind]
    except KeyError:
        raise ValueError(f"unknown report kind: {kind!r}") from None
    if not isinstance(data, entry.data_type):
        raise TypeError(f"{kind!r} needs {entry.data_type.__name__}, got {type(data).__name__}")
    return entry.render(data, out, lang, printed_on=printed_on)


__all__ = [
    "RENDERERS",
    "PdfWriteError",
    "Rendered",
    "ReportKind",
    "render",
    "render_access_export",
    "render_agenda",
    "render_citizen_plan",
    "render_consent_form",
    "render_coordination_summary",
    "render_minutes",
]
