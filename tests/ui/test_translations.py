"""Danish first: every tr() string has a Danish translation and the shipped .qm is current."""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import translations as tool

from vnr_desk.ui import translations
from vnr_desk.ui.errors import error_text


def test_every_ui_string_has_a_danish_translation(tmp_path: Path) -> None:
    shutil.copy(tool.ts_path("da"), tmp_path)
    tool.update(tmp_path)  # what lupdate finds in today's sources
    unfinished = [
        msg.findtext("source")
        for msg in ET.parse(tool.ts_path("da", tmp_path)).getroot().iter("message")
        if msg.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == [], "run packaging/translations.py update, translate, release"


def test_shipped_qm_matches_the_ts(tmp_path: Path) -> None:
    tool.release(out_dir=tmp_path)
    shipped = translations.TRANSLATIONS_DIR / "vnr_desk_da.qm"
    assert (tmp_path / "vnr_desk_da.qm").read_bytes() == shipped.read_bytes()


def test_danish_is_installed_and_used(qapp) -> None:  # type: ignore[no-untyped-def]
    from vnr_desk.store.errors import WrongPassphrase

    try:
        assert translations.install(qapp, "da")
        assert QCoreApplication.translate("MainWindow", "&Lock") == "&Lås"
        assert error_text(WrongPassphrase()) == "Forkert adgangsfrase. Prøv igen."
    finally:
        translations.install(qapp, "en")
    assert error_text(WrongPassphrase()) == "Wrong passphrase. Try again."
