"""The round trip: a case made on one laptop reaches a colleague it is assigned to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from tests.team.team_kit import Team
from vnr_desk.domain import CasePerson, Note
from vnr_desk.domain.enums import PersonRole
from vnr_desk.services.cases import create_case, get_case
from vnr_desk.services.notes import add_note
from vnr_desk.services.people import add_person
from vnr_desk.team import link as team_link
from vnr_desk.team.server import assign


def test_case_reaches_the_colleague_it_is_assigned_to(team: Team) -> None:
    anna = team.laptop("anna")
    bo = team.laptop("bo")
    with anna.vault.session() as s:
        case = create_case(s, "VNR-2026-001", dt.date(2026, 11, 1))
        add_person(s, case, PersonRole.VICTIM_SURVIVOR, "Mette Hansen")
        add_note(s, case, "Første samtale på krisecentret.")
    report = anna.sync()
    assert report.pushed == 3 and report.applied == 3
    assert bo.sync().pulled == 0  # not assigned to bo yet
    with anna.vault.session() as s:
        found = team_link.require_link(s)
    with team_link.server(found) as conn:
        assign(conn, "VNR-2026-001", "bo")
    assert bo.sync().pulled == 3
    with bo.vault.session() as s:
        case = get_case(s, "VNR-2026-001")
        assert (
            s.scalar(select(CasePerson.name).where(CasePerson.case_id == case.id)) == "Mette Hansen"
        )
        assert s.scalar(select(Note.text).where(Note.case_id == case.id)).startswith("Første")


def test_a_new_row_reusing_a_deleted_rows_id_is_new_on_the_server(team: Team) -> None:
    """SQLite hands the highest deleted rowid to the next insert: the new meeting must
    reach the server as a new row, the old one as a deletion, not as an edit of it."""
    import datetime as dt

    import psycopg

    from vnr_desk.domain import Meeting
    from vnr_desk.services.meetings import create_meeting

    anna = team.laptop("anna")
    with anna.vault.session() as s:
        case = create_case(s, "VNR-2026-007", dt.date(2026, 11, 1))
        old = create_meeting(s, case, "follow_up", dt.datetime(2026, 12, 1, 9), place="Gammel")
    anna.sync()
    with anna.vault.session() as s:
        s.delete(s.get(Meeting, old.id))
    with anna.vault.session() as s:
        new = create_meeting(
            s, get_case(s, "VNR-2026-007"), "follow_up", dt.datetime(2026, 12, 2, 9), place="Ny"
        )
        assert new.id == old.id  # the rowid really was reused
    anna.sync()
    with psycopg.connect(team.admin_dsn) as conn:
        rows = conn.execute(
            "SELECT fields->>'place', deleted FROM team_row WHERE table_name = 'meeting' "
            "ORDER BY seq"
        ).fetchall()
    assert sorted(rows) == [("Gammel", True), ("Ny", False)]
