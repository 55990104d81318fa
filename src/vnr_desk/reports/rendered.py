"""The result of a printout, apart from the renderers so the services can name it without
loading ReportLab (the workbook loads it only when something is printed)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Rendered:
    """Where a printout was written and how many pages it has (for the audit entry)."""

    path: Path
    pages: int
