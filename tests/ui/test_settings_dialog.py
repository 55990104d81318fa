"""Settings: laptop settings in QSettings, "who am I" and deadline rules in the vault."""

from __future__ import annotations

from sqlalchemy.orm import Session

from tests.ui.conftest import CASE_REF
from vnr_desk.services.actors import directory, involve_actor, set_coordinator
from vnr_desk.services.cases import get_case
from vnr_desk.services.deadlines import get_rules
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.settings import IDLE_LOCK_MINUTES
from vnr_desk.ui.settings_dialog import SettingsDialog


def test_settings_save_idle_minutes_me_and_rules(window: MainWindow) -> None:
    with window.session.vault.session() as s:
        actor = directory(s)[0]
        case_actor = involve_actor(s, get_case(s, CASE_REF), actor)
        set_coordinator(s, get_case(s, CASE_REF), case_actor)
        actor_id = actor.id
    dialog = SettingsDialog(window.settings, window.session, window)
    dialog.idle.setValue(12)
    dialog.me.setCurrentIndex(dialog.me.findData(actor_id))
    row = [dialog.rules.item(r, 0).data(256) for r in range(dialog.rules.rowCount())].index(
        "first_visit"
    )
    dialog.rules.cellWidget(row, 2).setValue(21)
    dialog.save()
    window._settings_saved()
    assert window.settings.get(IDLE_LOCK_MINUTES) == 12
    assert window.idle.timer.interval() == 12 * 60_000

    def rules(s: Session) -> int:
        return get_rules(s)["first_visit"].days

    with window.session.vault.session() as s:
        assert rules(s) == 21
    window.case_list.mine.setChecked(True)
    assert [r.reference for r in window.case_list.model.rows] == [CASE_REF]


def test_pdf_folder_label_has_its_field_as_buddy(window: MainWindow) -> None:
    """A label without a buddy shows its '&' literally ("&PDF folder:") and Alt+P does
    nothing."""
    from PySide6.QtWidgets import QLabel

    dialog = SettingsDialog(window.settings, window.session, window)
    buddies = [label.buddy() for label in dialog.findChildren(QLabel)]
    assert dialog.pdf_folder in buddies and dialog.backup_folder in buddies
