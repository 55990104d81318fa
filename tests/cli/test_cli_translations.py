"""Danish and Swedish on the command line too: every `_("…")` in the CLI and every error
headline has a Danish and a Swedish translation, and every Danish catalog has a Swedish
twin with the same keys (so a string added in Danish only fails here)."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

import vnr_desk.cli
from vnr_desk.cli import main
from vnr_desk.cli.messages import HEADLINES
from vnr_desk.i18n import catalog, catalogs


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


@pytest.mark.parametrize("language", ["da", "sv"])
def test_every_cli_string_is_translated(language: str) -> None:
    messages = catalog(language)
    missing = sorted(text for text in _literals() if text not in messages)
    assert missing == []


def _areas() -> list[str]:
    names = [info.name for info in pkgutil.iter_modules(catalogs.__path__)]
    return sorted(name.removesuffix("_da") for name in names if name.endswith("_da"))


def _placeholders(text: str) -> set[str]:
    braces = {field for _, field, _, _ in string.Formatter().parse(text) if field}
    return braces | set(re.findall(r"%\(\w+\)[sr]|%[sr]", text))


@pytest.mark.parametrize("area", _areas())
def test_every_danish_catalog_has_a_complete_swedish_twin(area: str) -> None:
    danish = importlib.import_module(f"{catalogs.__name__}.{area}_da").MESSAGES
    swedish = importlib.import_module(f"{catalogs.__name__}.{area}_sv").MESSAGES
    assert sorted(set(danish) - set(swedish)) == [], f"{area}_sv lacks these"
    assert sorted(set(swedish) - set(danish)) == [], f"{area}_sv has keys Danish lacks"
    for source, text in swedish.items():
        assert text.strip(), source
        assert _placeholders(text) == _placeholders(source), source


def test_areas_cover_cli_handover_and_argparse() -> None:
    assert {"cli", "handover", "casework", "exports", "reports", "argparse"} <= set(_areas())


def test_swedish_usage_errors_and_vault_errors(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("VNR_DESK_LANG", "sv")
    with pytest.raises(SystemExit):
        main(["note"])
    err = capsys.readouterr().err
    assert "användning: vnr-desk note" in err
    assert "fel: följande argument måste anges: ACTION" in err
    assert main(["--vault", str(tmp_path / "none"), "verify"]) != 0
    assert "ingen terminal att fråga efter hemligheten" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "visa den här hjälpen och avsluta" in out
    assert "skapa ett nytt valv" in out
    assert "usage:" not in out and "show this help" not in out
