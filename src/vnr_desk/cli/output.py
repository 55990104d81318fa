"""Printing results: JSON for scripts, short lines for people.

Names and references come from case files and other people: stored as given, they are
escaped on the way out so that no escape sequence, direction mark or invisible character
reaches a terminal (clearing the screen, setting the window title, reordering a line).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from vnr_desk.i18n import _

# Control, format (bidi marks, zero-width), surrogate, line/paragraph separator, unassigned.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp", "Cn"})
_CANDIDATE = re.compile(r"[^\x20-\x7e]")
_JSON_CANDIDATE = re.compile(r"[^\x20-\x7e\n]")  # json.dumps already escapes C0 in strings


def _unsafe(ch: str) -> bool:
    return unicodedata.category(ch) in _UNSAFE_CATEGORIES


def _escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def shown(text: object) -> str:
    """`text` as it may be printed to a terminal: unsafe characters as visible escapes
    (`\\x1b`, `\\u202e`, `\\u200b`); everything else, æøå and any script, as it is."""
    value = str(text)
    return _CANDIDATE.sub(lambda m: _escape(m[0]) if _unsafe(m[0]) else m[0], value)


def _json_escape(ch: str) -> str:
    units = ch.encode("utf-16-be", "surrogatepass")
    return "".join(
        f"\\u{int.from_bytes(units[i : i + 2], 'big'):04x}" for i in (0, 2)[: len(units) // 2]
    )


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def print_json(data: Any) -> None:
    """Readable UTF-8 JSON; unsafe characters as `\\uXXXX` escapes (the same data)."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_default)
    safe = _JSON_CANDIDATE.sub(lambda m: _json_escape(m[0]) if _unsafe(m[0]) else m[0], text)
    sys.stdout.write(safe)
    sys.stdout.write("\n")


def write_json_file(path: Path, data: Any) -> None:
    """Write JSON where the person asked (already passed the output guard): atomically,
    private to the user, since it holds case content."""
    from vnr_desk.files.atomic import write_atomic
    from vnr_desk.files.output_guard import write_errors

    text = json.dumps(data, ensure_ascii=False, indent=2, default=_default) + "\n"
    with write_errors(path):
        write_atomic(path, text.encode("utf-8"), mode=0o600)


def stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def warn_visible(option: str) -> None:
    """On a terminal, say that case text given as an argument is readable by others."""
    if stderr_is_terminal():
        warning = _(
            "warning: {option} puts case text on the command line, where other users of this "
            "computer can read it and the shell history keeps it; leave it out to type the "
            "text or pipe it in"
        )
        print(f"vnr-desk: {warning.format(option=option)}", file=sys.stderr)
