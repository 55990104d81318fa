"""The main window: case list and due view on the left, the case workbook on the right.

Safety in the room: the title is only ever "VNR Desk"; Ctrl+L and the idle timer lock
without asking (edits are saved first); locking clears every view and the clipboard (if it
holds our text) and shows the unlock dialog over an empty window."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
)

from vnr_desk import __version__
from vnr_desk.services.deadlines import DEADLINE_SOURCES
from vnr_desk.services.scope import ChangeRecord
from vnr_desk.services.settings import my_actor_id
from vnr_desk.services.views.case_list import coordinated_case_ids
from vnr_desk.services.views.groups import SHOWS as GROUP_ROWS
from vnr_desk.store.errors import OutputRefused
from vnr_desk.ui import clipboard, handover_dialogs, team
from vnr_desk.ui.case_dialogs.intake import IntakeDialog
from vnr_desk.ui.case_groups_dialog import CaseGroupsDialog
from vnr_desk.ui.case_list import CaseListPanel
from vnr_desk.ui.due_view import DueView
from vnr_desk.ui.errors import error_text
from vnr_desk.ui.export_dialog import ExportDialog
from vnr_desk.ui.groups_dialog import GroupsDialog
from vnr_desk.ui.idle import IdleWatcher
from vnr_desk.ui.operations import vault as vault_ops
from vnr_desk.ui.operations.progress import run_with_progress
from vnr_desk.ui.rekey_dialog import open_rekey_dialog
from vnr_desk.ui.session import (
    BACKUP_EXTENSION,
    Argon2Params,
    AutoBackup,
    Vault,
    VaultSession,
)
from vnr_desk.ui.settings import (
    AUTO_BACKUP_FOLDER,
    AUTO_BACKUP_KEEP,
    IDLE_LOCK_MINUTES,
    WINDOW_GEOMETRY,
    AppSettings,
)
from vnr_desk.ui.settings_dialog import SettingsDialog
from vnr_desk.ui.tabs.base import CaseTab
from vnr_desk.ui.unlock import UnlockDialog
from vnr_desk.ui.unsaved import UnsavedText
from vnr_desk.ui.widgets.common import close_without_asking, exec_dialog
from vnr_desk.ui.workbook import Workbook
from vnr_desk.ui.worker import SyncWorker, Worker

log = logging.getLogger(__name__)

APP_TITLE = "VNR Desk"
HELD_RETRY_MS = 30_000  # how often text a failed save left behind is tried again
STALE_REFRESH_MS = 400  # how long a burst of writes may last before the due list re-reads


def default_tabs(session: VaultSession) -> list[CaseTab]:
    from vnr_desk.ui.tabs import registry

    return registry.build_tabs(session)


class MainWindow(QMainWindow):
    def __init__(
        self,
        vault: Vault,
        worker: Worker | SyncWorker,
        settings: AppSettings,
        kdf_params: Argon2Params | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__()
        self.setWindowTitle(APP_TITLE)
        self.vault_dir: Path = vault.paths.directory
        self.settings = settings
        self.kdf_params = kdf_params
        self.today = today
        self.session = VaultSession(vault, worker)
        worker.unhandled.connect(self.show_error)
        # A write that can move a deadline (a meeting held, a consent renewed, a plan
        # reviewed) refreshes the due list and the filters, once for a burst of writes;
        # the workbook re-reads the open case's tabs itself.
        self._stale = QTimer(self)
        self._stale.setSingleShot(True)
        self._stale.setInterval(STALE_REFRESH_MS)
        self._stale.timeout.connect(self._refresh_stale)
        self._stale_cases: set[int] | None = set()  # None: re-read the whole due list
        self.session.wrote.connect(self._wrote)
        self.unlock_dialog: UnlockDialog | None = None
        self._watch_for_auto_backup()
        self.held: list[UnsavedText] = []  # typed text a failed save left; memory only
        self._held_retry = QTimer(self)
        self._held_retry.setInterval(HELD_RETRY_MS)
        self._held_retry.timeout.connect(self.save_held)

        self.case_list = CaseListPanel(self.session)
        self.case_list.case_chosen.connect(self.open_case)
        self.side = QTabWidget()
        self.side.setObjectName("side_tabs")
        self.side.addTab(self.case_list, self.tr("Cases"))
        self.due_view = DueView(self.session, today)
        self.due_view.open_requested.connect(self.open_case)
        self.due_view.groups_requested.connect(self.show_groups)
        self.due_view.loaded.connect(self._after_due)
        self.side.addTab(self.due_view, self.tr("Due and overdue"))
        self.workbook = Workbook(self.session, default_tabs(self.session))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.side)
        splitter.addWidget(self.workbook)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 980])
        self.setCentralWidget(splitter)
        self._build_actions()
        team.install(self)  # Team menu + status line (hidden until the vault joins a server)

        self.idle = IdleWatcher(settings.get(IDLE_LOCK_MINUTES), self)
        self.idle.idle.connect(self.lock_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.app_state_changed)
        geometry = settings.get(WINDOW_GEOMETRY)
        self.geometry_restored = not geometry.isEmpty() and self.restoreGeometry(geometry)
        self.refresh()

    def present(self) -> None:
        """Where the user left the window, or maximized on a first start: at its own size
        hint (1216 pixels on a 1366-pixel screen) the case list's name column showed "…"."""
        if self.geometry_restored:
            self.show()
        else:
            self.showMaximized()

    # -- actions -------------------------------------------------------------------

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_case_action = self._action(self.tr("&New case…"), "Ctrl+N", self.new_case)
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock_now)
        self.print_action = self._action(self.tr("&Print / PDF…"), "Ctrl+P", self.show_export)
        self.backup_action = self._action(self.tr("&Back up…"), "Ctrl+Shift+B", self.backup)
        self.import_action = self._action(self.tr("&Import case file…"), "Ctrl+I", self.import_file)
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,", self.show_settings)
        self.rekey_action = self._action(
            self.tr("Change passphrase and lock &out old copies…"),
            "",
            lambda: open_rekey_dialog(self),
        )
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close)
        self.my_card_action = QAction(self.tr("My &contact card…"), self)
        self.my_card_action.triggered.connect(lambda: handover_dialogs.show_my_card(self))
        self.colleagues_action = QAction(self.tr("C&olleagues…"), self)
        self.colleagues_action.triggered.connect(lambda: handover_dialogs.show_colleagues(self))
        self.hand_over_action = QAction(self.tr("&Hand over case…"), self)
        self.hand_over_action.triggered.connect(lambda: handover_dialogs.show_hand_over(self))
        self.receive_action = QAction(self.tr("&Receive case…"), self)
        self.receive_action.triggered.connect(lambda: handover_dialogs.show_receive(self))
        self.groups_action = QAction(self.tr("Cooperation &groups…"), self)
        self.groups_action.triggered.connect(self.show_groups)
        self.case_groups_action = QAction(self.tr("This case in cooperation g&roups…"), self)
        self.case_groups_action.triggered.connect(self.show_case_groups)
        # Every window-wide command is in a menu (Ctrl+P, Ctrl+I and Ctrl+Shift+B were not).
        groups = (
            (self.new_case_action, self.import_action, self.print_action, self.backup_action),
            (self.my_card_action, self.colleagues_action, self.hand_over_action),
            (self.receive_action,),
            (self.groups_action, self.case_groups_action),
            (self.settings_action, self.rekey_action),
            (self.lock_action, self.quit_action),
        )
        for number, group in enumerate(groups):
            if number:
                file_menu.addSeparator()
            for action in group:
                file_menu.addAction(action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.find_action = self._action(self.tr("&Find case"), "Ctrl+F", self.focus_search)
        go_menu.addAction(self.find_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts
        )
        help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self.tr("&About VNR Desk"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.demo_action = QAction(self.tr("Add &demo cases…"), self)
        self.demo_action.triggered.connect(self.add_demo_cases)
        help_menu.addAction(self.demo_action)
        self.demo_count = 0
        self.remove_demo_action = QAction(self.tr("&Remove demo cases…"), self)
        self.remove_demo_action.setEnabled(False)
        self.remove_demo_action.triggered.connect(self.remove_demo_cases)
        help_menu.addAction(self.remove_demo_action)
        help_menu.aboutToShow.connect(self.update_demo_actions)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda: slot())
        self.addAction(action)
        return action

    def shortcut_rows(self) -> list[tuple[str, str]]:
        actions = [
            self.new_case_action,
            self.find_action,
            self.print_action,
            self.import_action,
            self.backup_action,
            self.settings_action,
            self.lock_action,
            self.quit_action,
            self.shortcuts_action,
        ]
        rows = [
            (
                a.text().replace("&", "").rstrip("…"),
                a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            )
            for a in actions
        ]
        rows += [
            (self.tr("Next / previous tab"), "Ctrl+Tab / Ctrl+Shift+Tab"),
            (self.tr("New journal note"), "Ctrl+Shift+N"),
            (self.tr("Move between fields"), "Tab / Shift+Tab"),
            (self.tr("Underlined letter of a button or field"), self.tr("Alt+letter")),
        ]
        return rows

    def show_shortcuts(self) -> None:
        # A table, not padded plain text: a long label wrapped into the key column.
        rows = "".join(
            f"<tr><td><b>{html.escape(key)}</b></td><td>{html.escape(label)}</td></tr>"
            for label, key in self.shortcut_rows()
        )
        text = f"<table cellspacing='0' cellpadding='3'>{rows}</table>"
        box = QMessageBox(QMessageBox.Icon.Information, APP_TITLE, text, parent=self)
        box.setObjectName("shortcuts_dialog")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setWindowTitle(APP_TITLE)
        box.open()

    # -- long operations ---------------------------------------------------------------

    def ask_backup_file(self) -> Path | None:
        suggested = Path.home() / f"vnr-desk-{self.today():%Y-%m-%d}{BACKUP_EXTENSION}"
        # A backup never replaces a file: the output guard says so instead of a question.
        name, _ = QFileDialog.getSaveFileName(
            self,
            APP_TITLE,
            str(suggested),
            self.tr("VNR Desk backup (*.vnrbackup)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(name) if name else None

    def backup(self) -> None:
        out = self.ask_backup_file()
        if out is None or not self.session.is_unlocked:
            return
        try:
            self.session.check_backup_target(out)
        except OutputRefused as exc:
            self.show_error(exc)
            return
        self.workbook.flush()
        run_with_progress(
            self,
            self.tr("Writing and checking the backup…"),
            lambda done, failed: vault_ops.backup(self.session, out, done, failed),
            lambda info: self.show_info(
                self.tr("Backup written and checked:\n{path}").format(path=info.path)
            ),
        )

    def ask_import_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, APP_TITLE, str(Path.home()), self.tr("Case files (*.json)")
        )
        return Path(name) if name else None

    def import_file(self) -> None:
        path = self.ask_import_file()
        if path is None or not self.session.is_unlocked:
            return
        run_with_progress(
            self,
            self.tr("Importing…"),
            lambda done, failed: vault_ops.import_file(self.session, path, done, failed),
            lambda n: (
                self.refresh(),
                self.show_info(self.tr("{n} case(s) imported.").format(n=n)),
            ),
        )

    def ask_demo_count(self) -> int | None:
        count, ok = QInputDialog.getInt(
            self,
            APP_TITLE,
            self.tr("Add fictional demo cases to this vault (for training). How many?"),
            20,
            1,
            500,
        )
        return count if ok else None

    def add_demo_cases(self) -> None:
        count = self.ask_demo_count()
        if count is None or not self.session.is_unlocked:
            return
        today = self.today()
        run_with_progress(
            self,
            self.tr("Making demo cases…"),
            lambda done, failed: vault_ops.add_demo_cases(self.session, count, today, done, failed),
            lambda n: (
                self.refresh(),
                self.show_info(self.tr("{n} demo cases added.").format(n=n)),
            ),
        )

    def update_demo_actions(self) -> None:
        """Demo cases only into an empty or all-demo vault (training data must not mix
        with real cases); removal only when there is something to remove."""
        if not self.session.is_unlocked:
            return

        def show(state: tuple[bool, int]) -> None:
            allowed, count = state
            self.demo_action.setEnabled(allowed)
            self.demo_action.setToolTip(
                ""
                if allowed
                else self.tr("This vault holds real cases: demo cases go into an empty vault.")
            )
            self.remove_demo_action.setEnabled(count > 0)
            self.demo_count = count

        vault_ops.demo_state(self.session, show, self.show_error)

    def remove_demo_cases(self) -> None:
        count = self.demo_count
        if not count or not self.session.is_unlocked:
            return
        answer = self.ask_question(
            self.tr(
                "Remove the {n} demo cases and everything recorded in them? "
                "Real cases are not touched."
            ).format(n=count)
        )
        if not answer:
            return
        vault_ops.remove_demo(
            self.session,
            lambda n: (
                self.refresh(),
                self.show_info(self.tr("{n} demo cases removed.").format(n=n)),
            ),
            self.show_error,
        )

    def ask_question(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, APP_TITLE, text, parent=self)
        box.setObjectName("question_dialog")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def show_info(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, APP_TITLE, text, parent=self)
        box.setObjectName("info_dialog")
        box.open()

    def about_text(self) -> str:
        return self.tr(
            "VNR Desk {version}\n\nEncrypted, offline case workbook for coordinated work on "
            "violence in close relationships.\n\nVault folder: {folder}"
        ).format(version=__version__, folder=self.vault_dir)

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, APP_TITLE, self.about_text(), parent=self)
        box.setObjectName("about_dialog")
        box.open()

    def show_export(self) -> ExportDialog | None:
        case_id = self.workbook.case_id
        if case_id is None or not self.session.is_unlocked:
            return None
        self.workbook.flush()
        dialog = ExportDialog(
            self.session,
            self.settings,
            case_id,
            self.workbook.current_tab().key,
            self.today(),
            self,
        )
        dialog.setObjectName("export_dialog")
        dialog.open()
        return dialog

    def show_groups(self) -> GroupsDialog | None:
        if not self.session.is_unlocked:
            return None
        dialog = GroupsDialog(self.session, self.today, self)
        dialog.setObjectName("groups_dialog")
        dialog.open()
        return dialog

    def show_case_groups(self) -> CaseGroupsDialog | None:
        case_id = self.workbook.case_id
        if case_id is None or not self.session.is_unlocked:
            self.show_info(self.tr("Open a case first."))
            return None
        dialog = CaseGroupsDialog(self.session, case_id, self.today, self)
        dialog.setObjectName("case_groups_dialog")
        dialog.open()
        return dialog

    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self.session, self)
        dialog.setObjectName("settings_dialog")
        dialog.accepted.connect(self._settings_saved)
        dialog.open()

    def _settings_saved(self) -> None:
        self.idle.set_minutes(self.settings.get(IDLE_LOCK_MINUTES))
        self.refresh()

    def focus_search(self) -> None:
        self.side.setCurrentWidget(self.case_list)
        self.case_list.search.setFocus()
        self.case_list.search.selectAll()

    # -- data ----------------------------------------------------------------------

    def _wrote(self, changes: ChangeRecord) -> None:
        if not changes.touches(DEADLINE_SOURCES | GROUP_ROWS):
            return
        if changes.case_ids is None or self._stale_cases is None:
            self._stale_cases = None  # a setting, a rule: any case's deadlines may move
        else:
            self._stale_cases |= changes.case_ids
        self._stale.start()

    def _refresh_stale(self) -> None:
        """After a burst of writes: re-read the due rows of the cases written only."""
        cases, self._stale_cases = self._stale_cases, set()
        if cases is None:
            self.refresh()
            return
        if not self.session.is_unlocked:
            return
        self.session.run(lambda s: coordinated_case_ids(s, my_actor_id(s)), self._set_mine)
        self.due_view.refresh_cases(cases)  # its `loaded` refreshes the case list

    def refresh(self) -> None:
        self._stale.stop()
        self._stale_cases = set()
        if not self.session.is_unlocked:
            return
        self.session.run(lambda s: coordinated_case_ids(s, my_actor_id(s)), self._set_mine)
        self.team_status.refresh()
        self.due_view.refresh()  # its `loaded` refreshes the case list with overdue ids

    def _set_mine(self, ids: frozenset[int]) -> None:
        self.case_list.mine_ids = ids

    def _after_due(self) -> None:
        self.case_list.overdue_ids = self.due_view.overdue_case_ids()
        self.case_list.refresh()

    def open_case(self, case_id: int, tab_key: str | None = None) -> None:
        self.workbook.open_case(case_id, tab_key)
        self.case_list.select_case(case_id)
        self.setWindowTitle(APP_TITLE)

    def new_case(self) -> None:
        """The intake dialog saves the case itself (it stays open on an error such as a
        reference already in use) and the new case is then opened."""
        dialog = IntakeDialog(self.session, self.today(), self)
        if not self.run_dialog(dialog) or dialog.result_ids is None:
            return
        self.refresh()
        self.open_case(dialog.result_ids.case_id)

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog (tests answer in its place)."""
        return exec_dialog(dialog)

    def show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, APP_TITLE, error_text(exc))

    # -- lock ------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Save what was typed, lock the vault, wipe the views. Never asks anything, and
        never closes the window: it always ends at the passphrase prompt."""
        if not self.session.is_unlocked:
            return
        self.idle.pause()
        try:
            self.workbook.flush()
        finally:
            self.hold_unsaved()
            try:
                self.back_up_before_lock()
            except Exception as exc:  # a backup never stops a lock
                log.error("no snapshot for the automatic backup: %s", type(exc).__name__)
            self.session.lock()
            for dialog in self.findChildren(QDialog):  # none may keep case data on screen
                if not isinstance(dialog, UnlockDialog):
                    close_without_asking(dialog)
            self.workbook.clear()
            self.case_list.clear()
            self.due_view.clear()
            clipboard.clear_if_ours()
            self.setWindowTitle(APP_TITLE)
            self.show_unlock()  # in `finally`: a fault in a save must not leave no prompt

    def hold_unsaved(self) -> None:
        """Keep, in memory only, whatever text a failed save left in an editor: the lock
        clears the editors, and the text is saved again after unlock."""
        for tab in self.workbook.tabs:
            try:
                self.held.extend(tab.unsaved())
            except Exception as exc:  # the lock goes ahead whatever happens here
                log.error("could not hold unsaved text at lock: %s", type(exc).__name__)

    def show_unlock(self) -> None:
        dialog = UnlockDialog(self.vault_dir, self.session.worker, self.kdf_params, self)
        dialog.setObjectName("unlock_dialog")
        dialog.accepted.connect(self._unlocked)
        dialog.quit_requested.connect(self.close)
        self.unlock_dialog = dialog
        dialog.open()

    def _unlocked(self) -> None:
        """Carry on with the vault the prompt opened; the used prompt is deleted so no later
        lock can ever reach it."""
        dialog = self.unlock_dialog
        if dialog is None or dialog.vault is None:
            return
        self.unlock_dialog = None
        dialog.accepted.disconnect(self._unlocked)
        dialog.quit_requested.disconnect(self.close)
        vault, dialog.vault = dialog.vault, None
        dialog.deleteLater()
        self.session.attach(vault)
        self.activateWindow()  # Ctrl+L works at once again, whatever the desktop does
        self.idle.resume()
        self.refresh()
        self.save_held(after_unlock=True)

    # -- text a failed save left behind ---------------------------------------------------

    def save_held(self, after_unlock: bool = False) -> None:
        """Try the held texts again; say what happened after an unlock or once they are in."""
        held, self.held = self.held, []
        if not held or not self.session.is_unlocked:
            self.held = held + self.held
            return
        outcome: list[tuple[UnsavedText, BaseException | None]] = []

        def finish(item: UnsavedText, exc: BaseException | None) -> None:
            outcome.append((item, exc))
            if exc is not None:
                self.held.append(replace(item, reason=error_text(exc)))
            if len(outcome) == len(held):
                self._held_saved(outcome, after_unlock)

        for item in held:
            self.session.run(
                item.save,
                lambda _id, item=item: finish(item, None),
                lambda exc, item=item: finish(item, exc),
            )

    def _held_saved(
        self, outcome: list[tuple[UnsavedText, BaseException | None]], after_unlock: bool
    ) -> None:
        failed = [item for item, exc in outcome if exc is not None]
        if failed:
            self._held_retry.start()
        else:
            self._held_retry.stop()
        if not after_unlock and failed:
            return  # still trying: the message after the unlock said so
        lines = [
            self.tr("Text typed in {where} could not be saved before the lock: {why}").format(
                where=item.where, why=item.reason
            )
            for item, _exc in outcome
            if after_unlock
        ]
        if failed:
            lines.append(
                self.tr(
                    "It still cannot be saved ({why}). It is kept in memory only, not on "
                    "disk, and saved as soon as it can be: free some disk space and do not "
                    "quit until this says it has been saved."
                ).format(why=failed[0].reason)
            )
        else:
            lines.append(self.tr("The text that could not be saved has now been saved."))
        self.show_info("\n\n".join(lines))

    def confirm_quit_unsaved(self, count: int) -> bool:
        """Quitting now drops text no save could store; only an explicit yes quits.
        Tests replace it."""
        answer = QMessageBox.warning(
            self,
            APP_TITLE,
            self.tr(
                "{n} piece(s) of typed text could not be saved (is the disk full?). "
                "Quitting now loses it. Quit anyway?"
            ).format(n=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def app_state_changed(self, state: Qt.ApplicationState) -> None:
        """Where the platform reports it: save on deactivation, lock on suspend. The idle
        timer stays the guarantee; these signals are not sent on every desktop."""
        if not self.session.is_unlocked:
            return
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now()
        elif state != Qt.ApplicationState.ApplicationActive:
            self.workbook.flush()

    def shutdown(self) -> None:
        """Flush and lock; safe to call more than once (close, aboutToQuit)."""
        self.idle.pause()
        self.case_list.clear()
        if self.session.is_unlocked:
            try:
                self.workbook.flush()
                self.back_up_before_lock(quitting=True)
            finally:
                self.session.lock()
                clipboard.clear_if_ours()

    # -- automatic backup (lesson 14) ------------------------------------------------

    def _watch_for_auto_backup(self) -> None:
        self.auto_backup = AutoBackup(Path())
        # Its own thread, not the database worker: after the lock, clearing the views
        # waits for the worker, and the lock must not wait for a slow or missing disk.
        self._backup_thread = ThreadPoolExecutor(1, thread_name_prefix="vnr-auto-backup")
        self._quitting = False
        self.session.wrote.connect(lambda _written: setattr(self.auto_backup, "wrote", True))
        self.session.locked.connect(self._auto_backup_after_lock)
        self.session.unlocked.connect(self._report_auto_backup)

    def back_up_before_lock(self, quitting: bool = False) -> None:
        """After the flush, before the lock: if a backup folder is set, take the encrypted
        snapshot while the key is there. Writing it into the folder waits until after the
        lock, so locking never waits on a slow or missing disk and never fails with it.
        The snapshot takes about a second for a large vault: the case data leaves the
        screen first, so a lock looks as quick as ever to anyone in the room."""
        folder = self.settings.get(AUTO_BACKUP_FOLDER)
        if not folder:
            return
        self.auto_backup.folder = Path(folder)
        self.auto_backup.keep = self.settings.get(AUTO_BACKUP_KEEP)
        self._quitting = quitting
        if not quitting:
            self.workbook.clear()
            self.case_list.clear()
            self.due_view.clear()
            self.repaint()  # now: the GUI thread waits for the snapshot next
        self.session.call(self.auto_backup.before_lock)

    def _auto_backup_after_lock(self) -> None:
        written = self._backup_thread.submit(self.auto_backup.after_lock)
        if self._quitting:  # the process is about to end: let the backup finish first
            written.result()

    def _report_auto_backup(self) -> None:
        if self.auto_backup.take_error() is not None:
            QMessageBox.warning(
                self,
                APP_TITLE,
                self.tr(
                    "The last automatic backup to {folder} could not be written. The vault "
                    "was locked as usual and nothing was lost. Check the backup folder in "
                    "Settings, or make a backup now."
                ).format(folder=self.auto_backup.folder),
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.is_unlocked:
            self.workbook.flush()
        unsaved = self.held + [u for tab in self.workbook.tabs for u in tab.unsaved()]
        if unsaved and not self.confirm_quit_unsaved(len(unsaved)):
            event.ignore()
            return
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.applicationStateChanged.disconnect(self.app_state_changed)
        event.accept()
