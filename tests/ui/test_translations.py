"""Danish and Swedish: every tr() string is translated into both and the shipped .qm is current."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
import translations as tool

from vnr_desk.ui import translations
from vnr_desk.ui.errors import error_text


@pytest.fixture(scope="module")
def current_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped .ts files brought up to date with what lupdate finds in today's sources."""
    directory = tmp_path_factory.mktemp("ts")
    for language in tool.LANGUAGES:
        shutil.copy(tool.ts_path(language), directory)
    tool.update(directory)
    return directory


@pytest.mark.parametrize("language", ["da", "sv"])
def test_every_ui_string_is_translated(current_ts: Path, language: str) -> None:
    assert language in tool.LANGUAGES
    missing = tool.unfinished(language, current_ts)
    assert missing == [], (
        f"run packaging/translations.py update, todo {language}, fill {language} …, release"
    )


def test_todo_and_fill_round_trip(current_ts: Path, tmp_path: Path) -> None:
    for language in tool.LANGUAGES:
        shutil.copy(current_ts / f"vnr_desk_{language}.ts", tmp_path)
    tree, messages = tool._messages("sv", tmp_path)
    for message in messages[:2]:
        message.find("translation").set("type", "unfinished")  # type: ignore[union-attr]
    tree.write(tool.ts_path("sv", tmp_path), encoding="utf-8")
    table = tool.todo("sv", tmp_path)
    assert len(table.splitlines()) == 2 and "\t" in table
    assert tool.fill("sv", table, tmp_path) >= 2
    assert tool.unfinished("sv", tmp_path) == []


@pytest.mark.parametrize("language", ["da", "sv"])
def test_shipped_qm_matches_the_ts(tmp_path: Path, language: str) -> None:
    tool.release(out_dir=tmp_path)
    shipped = translations.TRANSLATIONS_DIR / f"vnr_desk_{language}.qm"
    assert (tmp_path / f"vnr_desk_{language}.qm").read_bytes() == shipped.read_bytes()


def test_danish_is_installed_and_used(qapp) -> None:  # type: ignore[no-untyped-def]
    from vnr_desk.store.errors import WrongPassphrase

    try:
        assert translations.install(qapp, "da")
        assert QCoreApplication.translate("MainWindow", "&Lock") == "&Lås"
        assert error_text(WrongPassphrase()) == "Forkert adgangsfrase. Prøv igen."
    finally:
        translations.install(qapp, "en")
    assert error_text(WrongPassphrase()) == "Wrong passphrase. Try again."


def test_swedish_is_installed_and_used(qapp) -> None:  # type: ignore[no-untyped-def]
    from vnr_desk.store.errors import WrongPassphrase

    try:
        assert translations.install(qapp, "sv")
        assert QCoreApplication.translate("MainWindow", "&Lock") == "&Lås"
        assert QCoreApplication.translate("MainWindow", "Cases") == "Ärenden"
        assert error_text(WrongPassphrase()) == "Fel lösenfras. Försök igen."
    finally:
        translations.install(qapp, "en")


@pytest.mark.parametrize(("language", "cancel"), [("da", "Annuller"), ("sv", "Avbryt")])
def test_qt_own_translations_are_installed(qapp, language: str, cancel: str) -> None:  # type: ignore[no-untyped-def]
    """Standard buttons and file dialogs speak the workbook's language (qtbase_*.qm)."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (qt_dir / f"qtbase_{language}.qm").is_file()
    try:
        translations.install(qapp, language)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert QLocale().name().startswith(language)
    finally:
        translations.install(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize("language", ["da", "sv"])
def test_the_save_dialog_has_no_english_label_or_button(qapp, language: str) -> None:  # type: ignore[no-untyped-def]
    """Seen in a real window: a Danish save dialog said "Look in:" and "Files of type:"
    (Qt 6's texts with access keys are missing from qtbase_da; ui/qt_strings.py adds them)."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    english = {"&Look in:", "Files of &type:", "File &name:", "&Save", "Cancel", "&Open"}
    try:
        translations.install(qapp, language)
        dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        texts = {w.text() for w in dialog.findChildren(QLabel)} | {
            w.text() for w in dialog.findChildren(QAbstractButton) if w.text()
        }
        dialog.deleteLater()
    finally:
        translations.install(qapp, "en")
    assert len(texts) >= 5
    assert texts & english == set()


def test_every_context_is_one_qt_looks_up() -> None:
    """`obj.tr()` on a variable (not `self`) is filed by lupdate under the variable's name,
    which Qt never asks for at run time: the Team menu stayed English that way."""
    import xml.etree.ElementTree as ET

    from vnr_desk.ui.translations import TRANSLATIONS_DIR

    names = {
        c.findtext("name") for c in ET.parse(TRANSLATIONS_DIR / "vnr_desk_da.ts").iter("context")
    }
    assert {n for n in names if not n or not n[0].isupper()} == set()
