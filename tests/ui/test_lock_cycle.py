"""Locking always ends at the passphrase prompt, however many times it runs (issue 12)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from tests.conftest import PASSPHRASE
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.unlock import UnlockDialog


def _unlock(qtbot, window: MainWindow) -> UnlockDialog:  # type: ignore[no-untyped-def]
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert window.session.is_unlocked
    return dialog


def _deleted_later(dialog: UnlockDialog) -> bool:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return not shiboken6.isValid(dialog)


def test_lock_and_unlock_twenty_times_by_shortcut_and_idle_timer(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for i in range(20):
        if i % 2:
            window.idle.timer.setInterval(10)  # the real timer, made short
            window.idle.timer.start()
            qtbot.waitUntil(lambda: not window.session.is_unlocked, timeout=2000)
            window.idle.timer.setInterval(60_000)
        else:
            qtbot.waitUntil(window.isActiveWindow, timeout=2000)
            qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert not window.session.is_unlocked, f"lock {i + 1} did not lock"
        assert window.isVisible(), f"lock {i + 1} closed the window"
        _unlock(qtbot, window)
        assert window.isVisible(), f"unlock {i + 1} closed the window"
    assert window.isVisible() and window.session.is_unlocked
    assert window.unlock_dialog is None


def test_lock_twice_without_the_event_loop_running_in_between(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The accepted dialog may not be deleted yet when the next lock comes: it must still
    never close the window."""
    for _ in range(3):
        window.lock_action.trigger()
        _unlock(qtbot, window)
    window.lock_action.trigger()
    assert window.isVisible() and not window.session.is_unlocked
    assert window.unlock_dialog is not None and window.unlock_dialog.isVisible()


def test_the_used_unlock_dialog_is_gone_after_unlock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.lock_now()
    old = _unlock(qtbot, window)
    assert window.unlock_dialog is None
    qtbot.waitUntil(lambda: _deleted_later(old), timeout=2000)
    assert window.findChildren(UnlockDialog) == []


def test_escape_on_the_prompt_does_not_quit(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.lock_now()
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.isVisible() and dialog.isVisible()
    assert not window.session.is_unlocked


def test_quit_on_the_prompt_is_an_explicit_choice(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.lock_now()
    dialog = window.unlock_dialog
    assert dialog is not None
    dialog.quit_button.click()
    assert not window.isVisible()
