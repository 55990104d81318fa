"""Printouts: one module per document, rendered from plain, already-redacted data objects.

Every render function has the shape `render(data, out, lang="da", *, printed_on=None)` and
returns `Rendered(path, pages)`. Which export kind uses which renderer and data type is the
export registry's business (`services.export.registry`), not the reports'.
"""

from __future__ import annotations

from vnr_desk.reports.access_export import render_access_export
from vnr_desk.reports.citizen_plan import render_citizen_plan
from vnr_desk.reports.consent_form import render_consent_form
from vnr_desk.reports.coordination_summary import render_coordination_summary
from vnr_desk.reports.frame import Rendered
from vnr_desk.reports.meeting import render_agenda, render_minutes
from vnr_desk.reports.sip import render_sip
from vnr_desk.reports.writer import PdfWriteError

__all__ = [
    "PdfWriteError",
    "Rendered",
    "render_access_export",
    "render_agenda",
    "render_citizen_plan",
    "render_consent_form",
    "render_coordination_summary",
    "render_minutes",
    "render_sip",
]
