"""The workbook's File menu: my card, colleagues, hand over, receive, end to end on two
real vaults with a synchronous worker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import PASSPHRASE
from tests.ui.conftest import CASE_REF
from vnr_desk.services import cases, notes
from vnr_desk.services.handover import identity
from vnr_desk.services.interchange import dump as interchange_dump
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.ui import handover_dialogs as hd
from vnr_desk.ui.main_window import MainWindow
from vnr_desk.ui.worker import SyncWorker


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, name, staticmethod(lambda _p, _t, text, *a, **k: said.append(text))
        )
    return said


@pytest.fixture
def other(tmp_path: Path, qtbot, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    vault, _ = Vault.create(tmp_path / "b", PASSPHRASE, CHEAP_TEST_PARAMS)
    win = MainWindow(vault, SyncWorker(), settings, CHEAP_TEST_PARAMS)
    qtbot.addWidget(win)
    yield win
    win.shutdown()


def _set_name(window: MainWindow, name: str) -> None:
    from vnr_desk.domain import Setting

    with window.session.vault.session() as s:
        s.add(Setting(key="profile.name", value=name))


def _exchange(window: MainWindow, other: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for win, name in ((window, "Anna"), (other, "Bo")):
        _set_name(win, name)
        dialog = hd.show_my_card(win)
        assert dialog is not None and len(dialog.fingerprint.text().split()) == 12
        monkeypatch.setattr(dialog, "ask_file", lambda n=name: tmp_path / f"{n}.vnrid")
        dialog.save()
    for win, card in ((window, "Bo"), (other, "Anna")):
        dialog = hd.show_colleagues(win)
        assert dialog is not None
        asked: list[str] = []
        monkeypatch.setattr(dialog, "ask_card_file", lambda c=card: tmp_path / f"{c}.vnrid")
        monkeypatch.setattr(dialog, "confirm", lambda text, a=asked: a.append(text) or True)
        dialog.add()
        assert [r.name for r in dialog.rows] == [card]
        assert dialog.rows[0].fingerprint in asked[0]


def test_hand_over_and_receive_in_the_workbook(
    window: MainWindow, other: MainWindow, tmp_path: Path, monkeypatch, quiet: list[str]
) -> None:  # type: ignore[no-untyped-def]
    _exchange(window, other, tmp_path, monkeypatch)
    with window.session.vault.session() as s:
        case_id = cases.get_case(s, CASE_REF).id
        before = interchange_dump.dump_case(s, cases.get_case(s, CASE_REF))
    window.open_case(case_id)
    dialog = hd.show_hand_over(window)
    assert dialog is not None and dialog.to.currentData() == "Bo"
    bundle = tmp_path / "k.vnrcase"
    monkeypatch.setattr(dialog, "ask_bundle_file", lambda: bundle)
    dialog.hand_over()
    assert dialog.result() == dialog.DialogCode.Accepted
    with pytest.raises(Exception, match=CASE_REF), window.session.vault.session() as s:
        notes.add_note(s, cases.get_case(s, CASE_REF), "skal ikke gemmes")

    received = hd.show_receive(other, bundle.read_bytes())
    assert received is not None and received.opened is not None
    assert received.opened.kind == "new" and received.opened.sender == "Anna"
    received.receive()
    with other.session.vault.session() as s:
        assert interchange_dump.dump_case(s, cases.get_case(s, CASE_REF)) == before
        notes.add_note(s, cases.get_case(s, CASE_REF), "Bos note", dt.datetime(2026, 12, 1, 9))
        assert identity.my_card(s).name == "Bo"
    with other.session.vault.session() as s:
        other_case = cases.get_case(s, CASE_REF).id
    other.open_case(other_case)
    back_dialog = hd.show_hand_over(other)
    assert back_dialog is not None
    back_file = tmp_path / "back.vnrcase"
    monkeypatch.setattr(back_dialog, "ask_bundle_file", lambda: back_file)
    back_dialog.hand_over()

    returning = hd.show_receive(window, back_file.read_bytes())
    assert returning is not None and returning.opened is not None
    assert returning.opened.kind == "return" and returning.table.rowCount() == 1
    returning.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    returning.receive()
    with window.session.vault.session() as s:
        texts = [
            n["text"] for n in interchange_dump.dump_case(s, cases.get_case(s, CASE_REF))["notes"]
        ]
    assert "Bos note" in texts


def test_a_refused_bundle_is_explained(window: MainWindow, quiet: list[str]) -> None:
    dialog = hd.show_receive(window, b"vnr-desk-handover/1 10 " + b"0" * 64 + b"\nshort")
    assert dialog is not None and dialog.opened is None
    assert quiet and "incomplete" in quiet[-1]


def test_my_card_and_colleagues_fit_the_screen(window: MainWindow, tmp_path: Path) -> None:
    """The card's one-line introduction wraps rather than widening the dialog to the
    whole screen; the colleagues table shows no meaningless row numbers."""
    card = hd.show_my_card(window)
    assert card is not None and card.sizeHint().width() <= 800
    assert card.card is not None
    card.fingerprint.clear()  # as shown before the worker has read the card
    card.adjustSize()
    card._show(card.card)
    label = card.fingerprint
    assert label.height() >= label.heightForWidth(label.width())  # not cut off
    colleagues = hd.show_colleagues(window)
    assert colleagues is not None and colleagues.table.verticalHeader().isHidden()
    unit = "Socialrådgivningen Syd, Familieafdelingen"
    colleagues._show([hd.ColleagueRow("Anne Sørensen", unit, "12345 " * 12)])
    shown = colleagues.table.fontMetrics().horizontalAdvance(unit)
    assert colleagues.table.columnWidth(1) >= shown


def test_reference_taken_is_explained_without_the_log_message() -> None:
    """The details were the English log line ("opened 2026-06-27 … from …") inside a Danish
    message: they are worded by tr() and dated as the window dates things."""
    from vnr_desk.services.handover.errors import ReferenceTaken

    text = hd.handover_error_text(ReferenceTaken("R-1", "2026-06-27", "Anne", "2026-06-28"))
    assert "27.06.2026" in text and "28.06.2026" in text and "Anne" in text
    assert "opened 2026" not in text and " from " not in text


def test_a_new_case_to_receive_is_asked_in_a_compact_dialog(
    window: MainWindow, quiet: list[str]
) -> None:
    """The differences table is hidden for a new case: the dialog no longer keeps the
    table's 900x480, which spread heading and question over a blank half-screen."""
    dialog = hd.ReceiveDialog(window.session, b"not a bundle", window)
    dialog.show()  # shown first, filled when the bundle has been checked
    dialog._show(hd.Opened("Anne Sørensen", "12345 " * 12, CASE_REF, "new", []))
    summary = dialog.summary
    assert summary.height() >= summary.heightForWidth(summary.width())  # none cut off
    assert dialog.height() <= dialog.sizeHint().height() + 2
    dialog._show(hd.Opened("Anne", "1 2 3", CASE_REF, "return", [("name", "a", "b")]))
    assert dialog.table.isVisibleTo(dialog) and dialog.height() >= 480
    dialog.close()
