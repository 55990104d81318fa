"""Printing results: JSON for scripts, short lines for people."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def write_json_file(path: Path, data: Any) -> None:
    """Write JSON where the person asked (already passed the output guard): atomically,
    private to the user, since it holds case content."""
    from vnr_desk.store.atomic import write_atomic
    from vnr_desk.store.output_guard import write_errors

    text = json.dumps(data, ensure_ascii=False, indent=2, default=_default) + "\n"
    with write_errors(path):
        write_atomic(path, text.encode("utf-8"), mode=0o600)
