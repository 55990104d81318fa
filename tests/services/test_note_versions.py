"""Editing a note from an earlier day keeps the old text (issue 12, fault 5)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from vnr_desk.domain import AuditEntry, NoteVersion
from vnr_desk.services.cases import create_case
from vnr_desk.services.notes import add_note, save_note_text, search_notes
from vnr_desk.services.views.journal import case_notes, note_history
from vnr_desk.store import migrate
from vnr_desk.store.vault import Vault

YESTERDAY = dt.datetime(2026, 3, 1, 14, 0)
TODAY = dt.datetime(2026, 3, 2, 9, 30)


def test_editing_yesterdays_note_keeps_the_old_text(vault: Vault) -> None:
    with vault.session() as s:
        case = create_case(s, "K-2026-090", YESTERDAY.date())
        note = add_note(s, case, "Borgeren sov hos søsteren", YESTERDAY)
        case_id, note_id = case.id, note.id
    with vault.session() as s:
        save_note_text(s, case_id, note_id, "Borgeren sov hos naboen", TODAY)
        save_note_text(s, case_id, note_id, "Borgeren sov hos naboen Karl", TODAY)
    with vault.session() as s:
        history = note_history(s, case_id, note_id)
        assert [v.text for v in history] == [
            "Borgeren sov hos søsteren",
            "Borgeren sov hos naboen Karl",
        ]
        assert history[0].written_at == YESTERDAY and history[0].replaced_at == TODAY
        [row] = case_notes(s, case_id)
        assert row.text == "Borgeren sov hos naboen Karl" and row.edited_at == TODAY
        assert row.written_at == YESTERDAY
        # search finds the current text, not the replaced one
        assert [h.note_id for h in search_notes(s, "naboen", case_id=case_id)] == [note_id]
        assert search_notes(s, "søsteren", case_id=case_id) == []
        actions = list(
            s.scalars(select(AuditEntry.action).where(AuditEntry.object_id == str(note_id)))
        )
        assert actions.count("note.revise") == 1 and "note.update" in actions


def test_a_same_day_edit_changes_the_note_in_place(vault: Vault) -> None:
    with vault.session() as s:
        case = create_case(s, "K-2026-091", TODAY.date())
        note = add_note(s, case, "Første udkast", TODAY)
        case_id, note_id = case.id, note.id
    with vault.session() as s:
        save_note_text(s, case_id, note_id, "Første udkast, rettet", TODAY + dt.timedelta(hours=2))
    with vault.session() as s:
        assert s.scalars(select(NoteVersion)).all() == []
        assert [v.text for v in note_history(s, case_id, note_id)] == ["Første udkast, rettet"]
        assert case_notes(s, case_id)[0].edited_at is None


def test_the_vault_is_at_the_note_version_revision(vault: Vault) -> None:
    assert migrate.head_revision() >= "0004"  # note_version arrived in 0004


def test_the_case_dump_carries_versions_and_older_files_still_import(vault: Vault) -> None:
    from vnr_desk.services.cases import get_case
    from vnr_desk.services.interchange.dump import dump_case
    from vnr_desk.services.interchange.importer import import_case

    with vault.session() as s:
        case = create_case(s, "K-2026-092", YESTERDAY.date())
        note = add_note(s, case, "Gammel tekst", YESTERDAY)
        save_note_text(s, case.id, note.id, "Ny tekst", TODAY)
    with vault.session() as s:
        data = dump_case(s, get_case(s, "K-2026-092"))
    [dumped] = data["notes"]
    assert dumped["text"] == "Ny tekst"
    assert dumped["versions"] == [
        {
            "written_at": YESTERDAY.isoformat(),
            "replaced_at": TODAY.isoformat(),
            "text": "Gammel tekst",
        }
    ]
    data["case"]["reference"] = "K-2026-093"
    older = {**data, "case": {**data["case"], "reference": "K-2026-094"}}
    older["notes"] = [{k: v for k, v in dumped.items() if k != "versions"}]
    with vault.session() as s:
        copy = import_case(s, data)
        plain = import_case(s, older)
        assert [v.text for v in note_history(s, copy.id, copy.notes[0].id)] == [
            "Gammel tekst",
            "Ny tekst",
        ]
        assert [v.text for v in note_history(s, plain.id, plain.notes[0].id)] == ["Ny tekst"]
