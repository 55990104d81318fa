"""Offscreen screenshots of every tab and every dialog in one language, from a demo vault,
to look at after a translation pass (no English or Danish left, nothing clipped).

    PYTHONPATH=src QT_QPA_PLATFORM=offscreen python packaging/screenshots.py sv docs/screenshots/sv

The vault is a throw-away one with fictional demo cases in a temporary folder, created with
the cheap test key-derivation settings. Modal dialogs are shown, grabbed and cancelled: no
button that writes anything is pressed, no file is chosen."""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

PASSPHRASE = "fyra ord om sommaren"
SIZE = QSize(1366, 768)


class Camera:
    """Saves numbered PNGs; stands in for every modal call so the script never blocks."""

    def __init__(self, app: QApplication, out: Path) -> None:
        self.app, self.out, self.n, self.scene = app, out, 0, "start"
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("*.png"):
            old.unlink()

    def settle(self) -> None:
        for _ in range(6):
            self.app.processEvents()

    def shoot(self, widget: QWidget, name: str = "") -> None:
        widget.show()
        self.settle()
        self.n += 1
        label = re.sub(r"[^a-z0-9]+", "-", (name or type(widget).__name__).lower()).strip("-")
        path = self.out / f"{self.n:02d}-{self.scene}-{label}.png"
        if not widget.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")

    def modal(self, dialog: QDialog) -> int:
        self.shoot(dialog, dialog.objectName() or type(dialog).__name__)
        dialog.hide()
        return 0

    def install(self) -> None:
        camera = self

        def dialog_exec(dialog: QDialog) -> int:
            return camera.modal(dialog)

        def box(icon: QMessageBox.Icon) -> Callable[..., Any]:
            def show(parent: QWidget | None, title: str, text: str, *_: Any, **__: Any) -> Any:
                message = QMessageBox(icon, title, text, parent=parent)
                camera.modal(message)
                return QMessageBox.StandardButton.Cancel

            return show

        def file_dialog(mode: QFileDialog.FileMode) -> Callable[..., Any]:
            def show(parent: QWidget | None = None, caption: str = "", folder: str = "",
                     filters: str = "", *_: Any, **__: Any) -> Any:  # fmt: skip
                dialog = QFileDialog(parent, caption, folder or str(camera.out), filters)
                dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
                dialog.setFileMode(mode)
                dialog.resize(760, 480)
                camera.modal(dialog)
                return "" if mode == QFileDialog.FileMode.Directory else ("", "")

            return show

        def input_dialog(kind: str) -> Callable[..., Any]:
            def show(parent: QWidget | None, title: str, label: str, *_: Any, **__: Any) -> Any:
                dialog = QInputDialog(parent)
                dialog.setWindowTitle(title)
                dialog.setLabelText(label)
                if kind == "int":
                    dialog.setInputMode(QInputDialog.InputMode.IntInput)
                camera.modal(dialog)
                return (0, False) if kind == "int" else ("", False)

            return show

        QDialog.exec = dialog_exec  # type: ignore[method-assign]
        QMessageBox.exec = dialog_exec  # type: ignore[method-assign]
        QMessageBox.warning = box(QMessageBox.Icon.Warning)  # type: ignore[method-assign]
        QMessageBox.information = box(QMessageBox.Icon.Information)  # type: ignore[method-assign]
        QMessageBox.question = box(QMessageBox.Icon.Question)  # type: ignore[method-assign]
        QFileDialog.getSaveFileName = file_dialog(QFileDialog.FileMode.AnyFile)  # type: ignore[method-assign]
        QFileDialog.getOpenFileName = file_dialog(QFileDialog.FileMode.ExistingFile)  # type: ignore[method-assign]
        QFileDialog.getExistingDirectory = file_dialog(QFileDialog.FileMode.Directory)  # type: ignore[method-assign]
        QInputDialog.getText = input_dialog("text")  # type: ignore[method-assign]
        QInputDialog.getInt = input_dialog("int")  # type: ignore[method-assign]

    def shoot_open_dialogs(self) -> None:
        """Dialogs opened with open()/show() rather than exec(); each is closed after."""
        for widget in self.app.topLevelWidgets():
            if widget.isVisible() and isinstance(widget, QDialog):
                self.shoot(widget, widget.objectName() or type(widget).__name__)
                widget.reject()
                self.settle()


def press_every_ellipsis(camera: Camera, root: QWidget) -> None:
    """Every visible, enabled button whose text ends in '…' opens a dialog: open it."""
    for button in root.findChildren(QPushButton):
        if button.isVisible() and button.isEnabled() and button.text().endswith("…"):
            button.click()
            camera.settle()
            camera.shoot_open_dialogs()


def withdraw_a_valid_consent(camera: Camera, tab: Any) -> None:
    """Select a green chip so "Withdraw…" opens the withdraw dialog."""
    from vnr_desk.rules.consent import ConsentState

    model = tab.grid.model()
    for row in range(model.rowCount()):
        for column in range(1, model.columnCount()):
            cell = tab.model.cell(row, column)
            if cell is not None and cell.status == ConsentState.VALID:
                tab.grid.setCurrentIndex(model.index(row, column))
                camera.settle()
                press_every_ellipsis(camera, tab)
                return


def ask_to_discard(camera: Camera, window: QWidget) -> None:
    """Type into a dialog, then cancel: the "Discard changes?" question."""
    from vnr_desk.ui.tabs.plan import GoalDialog
    from vnr_desk.ui.widgets.common import discard_guard

    dialog = GoalDialog(window)
    dialog.show()
    camera.settle()
    dialog.text.setText("Ett mål")
    guard = discard_guard(dialog)
    if guard is not None:
        guard.cancel()
    dialog.hide()


def press_what_a_selection_enables(camera: Camera, root: QWidget) -> None:
    """Edit and remove buttons wait for a chosen row: choose the first row of every list
    (then the first child in a tree, e.g. an action under a goal) and open what that enabled."""

    def newly_enabled(before: set[QPushButton]) -> None:
        for button in root.findChildren(QPushButton):
            opens = button.isVisible() and button.isEnabled() and button.text().endswith("…")
            if opens and button not in before:
                button.click()
                camera.settle()
                camera.shoot_open_dialogs()

    before = {b for b in root.findChildren(QPushButton) if b.isEnabled()}
    views = [v for v in root.findChildren(QAbstractItemView) if v.isVisible() and v.model()]
    for view in views:
        if view.model().rowCount() > 0:
            view.setCurrentIndex(view.model().index(0, 0))
    camera.settle()
    newly_enabled(before)
    for view in views:
        model = view.model()
        first = model.index(0, 0)
        if first.isValid() and model.rowCount(first) > 0:
            view.setCurrentIndex(model.index(0, 0, first))
            camera.settle()
            newly_enabled(before)


def browse_the_directory(camera: Camera, window: Any) -> None:
    """The actor directory, a new entry and a chosen entry being corrected."""
    from vnr_desk.ui.directory_dialog import DirectoryDialog

    dialog = DirectoryDialog(window.session, window)
    dialog.show()
    camera.settle()
    dialog.add_entry()
    dialog.table.setCurrentIndex(dialog.table.model().index(0, 0))
    dialog.edit_entry()
    dialog.reject()


def print_a_consent_form(camera: Camera, window: Any, folder: Path) -> None:
    """The print dialog with a consent form's picks, then the saved PDF's "form signed"."""
    dialog = window.show_export()
    if dialog is None:
        return
    dialog.kind.setCurrentIndex(dialog.kind.findData("consent-form"))
    dialog.recipient.setCurrentIndex(max(0, dialog.recipient.findData("citizen")))
    for items in (dialog.consent_recipients, dialog.consent_purposes):
        for i in range(items.count()):
            items.item(i).setCheckState(Qt.CheckState.Checked if i < 2 else Qt.CheckState.Unchecked)
    camera.shoot(dialog, "export-consent-form")
    dialog.ask_file = lambda: folder / "samtycke.pdf"  # type: ignore[method-assign]
    dialog.choose_file_and_export()
    camera.settle()
    if dialog.saved is not None:
        dialog.saved.resize(700, dialog.saved.sizeHint().height())
        camera.shoot(dialog.saved, "export-saved-form-signed")
        dialog.saved.reject()
    dialog.reject()


def main(language: str, out: Path) -> None:
    from vnr_desk.services.seed.demo import generate_demo
    from vnr_desk.services.settings import set_edition
    from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
    from vnr_desk.ui import translations
    from vnr_desk.ui.app import application
    from vnr_desk.ui.first_run import FirstRunWizard
    from vnr_desk.ui.main_window import MainWindow
    from vnr_desk.ui.settings import AppSettings
    from vnr_desk.ui.tabs.registry import tab_keys
    from vnr_desk.ui.unlock import UnlockDialog
    from vnr_desk.ui.worker import SyncWorker

    app = application()
    translations.install(app, language)
    camera = Camera(app, out)
    camera.install()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        camera.scene = "start"
        wizard = FirstRunWizard(folder / "new", SyncWorker(), CHEAP_TEST_PARAMS)
        wizard.resize(640, 480)
        camera.shoot(wizard, "first-run-passphrase")
        wizard.passphrase_page.first.setText(PASSPHRASE)
        wizard.passphrase_page.second.setText(PASSPHRASE)
        wizard.next()
        camera.shoot(wizard, "first-run-profile")
        wizard.profile_page.name.setText("Sara Handläggare")
        wizard.profile_page.unit.setText("Vuxenenheten")
        wizard.next()
        camera.shoot(wizard, "first-run-recovery-key")
        assert wizard.vault is not None
        vault = wizard.vault
        with vault.session() as s:
            set_edition(s, language)
            generate_demo(s, 4)
        wizard.hide()
        unlock = UnlockDialog(folder / "new", SyncWorker(), CHEAP_TEST_PARAMS)
        camera.shoot(unlock, "unlock")
        unlock.hide()
        settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(vault, SyncWorker(), settings, CHEAP_TEST_PARAMS)
        window.resize(SIZE)
        camera.scene = "window"
        camera.shoot(window, "no-case")
        rows = window.case_list.model.rows
        window.open_case(rows[0].id, tab_keys()[0])
        for key in tab_keys():
            window.open_case(rows[0].id, key)
            camera.scene = key
            camera.shoot(window, "tab")
            tab = window.workbook.current_tab()
            press_every_ellipsis(camera, tab)
            press_what_a_selection_enables(camera, tab)
            if key == "actors":
                browse_the_directory(camera, window)
            if key == "consent":
                withdraw_a_valid_consent(camera, tab)
        camera.scene = "due"
        window.side.setCurrentWidget(window.due_view)
        camera.shoot(window, "due-view")
        window.side.setCurrentIndex(0)
        camera.scene = "print"
        print_a_consent_form(camera, window, folder)
        camera.scene = "guard"
        ask_to_discard(camera, window)
        camera.scene = "menu"
        for action in window.findChildren(type(window.about_action)):
            text = action.text()
            if text.endswith("…") or action in (window.about_action, window.shortcuts_action):
                if "Lock" in text or not action.isEnabled():
                    continue
                action.trigger()
                camera.settle()
                camera.shoot_open_dialogs()
        window.shutdown()
        window.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], Path(sys.argv[2]))
