"""The team's read models: status line, conflicts from this laptop's side, the unit's
cases and the team's deadlines from the server (a leader sees the unit's)."""

from __future__ import annotations

import datetime as dt

from tests.team.scenario import REF, open_shared_case
from tests.team.team_kit import Team
from vnr_desk.services.cases import create_case, get_case
from vnr_desk.services.meetings import create_meeting
from vnr_desk.team import link as team_link
from vnr_desk.team.views import conflict_views, team_deadlines, team_status, unit_cases


def test_status_counts_pending_changes_and_conflicts(team: Team) -> None:
    shared, u = open_shared_case(team)
    with shared.anna.vault.session() as s:
        status = team_status(s)
    assert status.joined and status.pending == 0 and status.last_sync
    shared.edit(shared.anna, "meeting", u["meeting"], place="A", minutes="m")
    shared.edit(shared.bo, "meeting", u["meeting"], place="B")
    with shared.anna.vault.session() as s:
        assert team_status(s).pending == 2
    shared.both_sync()
    with shared.anna.vault.session() as s:
        assert team_status(s).pending == 0
        anna_view = conflict_views(s)
    with shared.bo.vault.session() as s:
        assert team_status(s).open_conflicts == 1
        bo_view = conflict_views(s)
    assert (anna_view[0].mine, anna_view[0].theirs, anna_view[0].other) == ("A", "B", "bo")
    assert (bo_view[0].mine, bo_view[0].theirs, bo_view[0].other) == ("B", "A", "anna")
    assert bo_view[0].base == "Rådhuset" and bo_view[0].case_reference == REF


def test_a_vault_without_a_team_says_so(vault) -> None:  # type: ignore[no-untyped-def]
    with vault.session() as s:
        assert not team_status(s).joined


def test_unit_cases_and_team_deadlines_from_the_server(team: Team) -> None:
    anna = team.laptop("anna")
    bo = team.laptop("bo")
    erik = team.laptop("erik", leader=True)
    dora = team.laptop("dora", "boern")
    for laptop, ref, day in ((anna, "A-1", 3), (bo, "B-1", 5), (dora, "D-1", 4)):
        with laptop.vault.session() as s:
            case = create_case(s, ref, dt.date(2026, 11, 1))
            create_meeting(s, case, "follow_up", dt.datetime(2026, 12, day, 10))
        laptop.sync()
    today = dt.date(2026, 12, 1)
    for laptop, refs in ((erik, ["A-1", "B-1"]), (anna, ["A-1"]), (dora, ["D-1"])):
        with laptop.vault.session() as s:
            found = team_link.require_link(s)
        with team_link.server(found) as conn:
            assert [c.reference for c in unit_cases(conn)] == refs
            due = team_deadlines(conn, today)
        assert [(d.reference, d.due_on.day, d.what) for d in due] == [
            (r, {"A-1": 3, "B-1": 5, "D-1": 4}[r], "meeting") for r in refs
        ]
    with anna.vault.session() as s:
        assert get_case(s, "A-1")
