"""Printouts: one module per document, rendered from plain, already-redacted data objects.

Every render function has the shape `render(data, out, lang="da", *, printed_on=None)` and
returns `Rendered(path, pages)`. Which export kind uses which renderer and data type is the
export registry's business (`services.export.registry`), not the reports'.
"""

from __future__ import annotations

import importlib
from typing import Any

# Loaded on first use: ReportLab and its fonts cost the workbook about 17 MB of memory, and
# most sessions print nothing.
_HOMES = {
    "PdfWriteError": "writer",
    "Rendered": "rendered",
    "render_access_export": "access_export",
    "render_agenda": "meeting",
    "render_citizen_plan": "citizen_plan",
    "render_consent_form": "consent_form",
    "render_coordination_summary": "coordination_summary",
    "render_minutes": "meeting",
    "render_sip": "sip",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:  # e.g. a submodule not imported yet: the import system then loads it
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
