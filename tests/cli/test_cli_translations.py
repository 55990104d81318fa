"""Danish first on the command line too: every `_("…")` in the CLI and every error
headline has a Danish translation."""

from __future__ import annotations

import ast
from pathlib import Path

import vnr_desk.cli
from vnr_desk.cli.messages import HEADLINES
from vnr_desk.i18n import catalog


def _literals() -> set[str]:
    found: set[str] = set()
    for path in Path(vnr_desk.cli.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found | set(HEADLINES.values())


def test_every_cli_string_has_danish() -> None:
    danish = catalog("da")
    missing = sorted(text for text in _literals() if text not in danish)
    assert missing == []
