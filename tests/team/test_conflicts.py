"""Two laptops, one shared case: every way their offline edits can meet. The rule under
test (issue 18; the failure of primeroIMS/primero#508): no silent overwrite. A hard
conflict keeps both values and is shown on both laptops until resolved; a soft one is
listed; appended records (notes, events, consents, withdrawals) are unions."""

from __future__ import annotations

import datetime as dt
import json

import psycopg
import pytest
from sqlalchemy import func, select

from tests.team.scenario import REF, Shared, open_shared_case
from tests.team.team_kit import Team
from vnr_desk.domain import (
    ActionPlan,
    AuditEntry,
    CaseEvent,
    Consent,
    ConsentWithdrawal,
    Goal,
    Note,
    SyncOutbox,
)
from vnr_desk.domain.enums import ConsentForm, EventKind, GoalStatus
from vnr_desk.services.cases import get_case
from vnr_desk.services.consent import may_share, withdraw_consent
from vnr_desk.services.events import record_event
from vnr_desk.services.notes import add_note
from vnr_desk.services.plans import renew_plan
from vnr_desk.team import link as team_link
from vnr_desk.team import local, server
from vnr_desk.team.sync import _entry


@pytest.fixture
def shared(team: Team) -> tuple[Shared, dict[str, str]]:
    return open_shared_case(team)


def _one_open(laptop, field: str, kind: str = "hard"):  # type: ignore[no-untyped-def]
    found = [c for c in laptop.conflicts() if c.field == field and c.kind == kind]
    assert len(found) == 1, [(c.field, c.kind) for c in laptop.conflicts()]
    return found[0]


def _same_field(shared: Shared, u: dict[str, str]) -> int:
    """Both move the meeting's place; Anna syncs first. Returns the conflict id."""
    shared.edit(shared.anna, "meeting", u["meeting"], place="Biblioteket")
    shared.edit(shared.bo, "meeting", u["meeting"], place="Krisecentret")
    assert shared.anna.sync().hard == 0
    report = shared.bo.sync()
    assert report.hard == 1 and report.open_conflicts == 1
    shared.anna.sync()
    conflict = _one_open(shared.bo, "place")
    assert _one_open(shared.anna, "place").id == conflict.id  # shown to both caseworkers
    assert json.loads(conflict.mine) == "Krisecentret"
    assert json.loads(conflict.theirs) == "Biblioteket"
    assert json.loads(conflict.base) == "Rådhuset"
    # Nothing overwritten: each laptop keeps its own value until someone resolves.
    assert shared.row(shared.anna, "meeting", u["meeting"]).place == "Biblioteket"
    assert shared.row(shared.bo, "meeting", u["meeting"]).place == "Krisecentret"
    return conflict.id


def test_01_same_field_is_a_hard_conflict_resolved_keeping_mine(shared) -> None:
    s, u = shared
    cid = _same_field(s, u)
    s.bo.resolve(cid, "mine")
    s.anna.sync()
    assert s.row(s.anna, "meeting", u["meeting"]).place == "Krisecentret"
    assert s.row(s.bo, "meeting", u["meeting"]).place == "Krisecentret"
    assert s.anna.conflicts() == [] and s.bo.conflicts() == []


def test_02_same_field_resolved_keeping_theirs(shared) -> None:
    s, u = shared
    cid = _same_field(s, u)
    s.bo.resolve(cid, "theirs")
    s.anna.sync()
    assert s.row(s.bo, "meeting", u["meeting"]).place == "Biblioteket"
    assert s.row(s.anna, "meeting", u["meeting"]).place == "Biblioteket"
    assert s.bo.conflicts() == [] and s.anna.conflicts() == []


def test_03_same_field_resolved_with_a_new_value(shared) -> None:
    s, u = shared
    cid = _same_field(s, u)
    s.anna.resolve(cid, "value", "Borgerservice")
    s.bo.sync()
    assert s.row(s.anna, "meeting", u["meeting"]).place == "Borgerservice"
    assert s.row(s.bo, "meeting", u["meeting"]).place == "Borgerservice"
    assert s.bo.conflicts() == []


def test_04_resolving_from_the_other_laptop_keeps_that_laptops_value(shared) -> None:
    s, u = shared
    cid = _same_field(s, u)
    s.anna.resolve(cid, "mine")  # Anna's "mine" is Biblioteket
    s.bo.sync()
    assert s.row(s.bo, "meeting", u["meeting"]).place == "Biblioteket"
    assert s.row(s.anna, "meeting", u["meeting"]).place == "Biblioteket"


def test_05_a_hard_conflict_stays_shown_over_further_syncs_until_resolved(shared) -> None:
    s, u = shared
    cid = _same_field(s, u)
    for _ in range(2):
        s.both_sync()
    assert [c.id for c in s.bo.conflicts()] == [cid]
    assert s.row(s.bo, "meeting", u["meeting"]).place == "Krisecentret"
    assert s.row(s.anna, "meeting", u["meeting"]).place == "Biblioteket"


def test_06_the_same_value_on_both_is_no_conflict(shared) -> None:
    s, u = shared
    s.edit(s.anna, "meeting", u["meeting"], place="Biblioteket")
    s.edit(s.bo, "meeting", u["meeting"], place="Biblioteket")
    s.both_sync()
    assert s.anna.conflicts() == [] and s.bo.conflicts() == []


def test_07_different_fields_merge_and_are_listed_as_a_soft_conflict(shared) -> None:
    s, u = shared
    s.edit(s.anna, "person", u["case_person"], phone="22222222")
    s.edit(s.bo, "person", u["case_person"], email="mette@example.dk")
    s.anna.sync()
    report = s.bo.sync()
    assert report.soft == 1 and report.hard == 0
    s.anna.sync()
    for laptop in (s.anna, s.bo):
        person = s.row(laptop, "person", u["case_person"])
        assert (person.phone, person.email) == ("22222222", "mette@example.dk")
    soft = _one_open(s.bo, "phone", "soft")
    assert json.loads(soft.mine) == {"email": "mette@example.dk"}
    s.bo.resolve(soft.id, "mine")  # reviewed
    assert s.bo.conflicts() == []


def test_08_different_rows_never_conflict(shared) -> None:
    s, u = shared
    s.edit(s.anna, "meeting", u["meeting"], place="Biblioteket")
    s.edit(s.bo, "goal", u["goal"], text="Egen bolig inden sommer")
    s.both_sync()
    assert s.anna.conflicts(open_only=False) == []
    assert s.row(s.anna, "goal", u["goal"]).text == "Egen bolig inden sommer"
    assert s.row(s.bo, "meeting", u["meeting"]).place == "Biblioteket"


def test_09_edit_against_delete_keeps_the_edit_until_resolved(shared) -> None:
    s, u = shared
    s.remove(s.anna, "meeting", u["meeting"])
    s.edit(s.bo, "meeting", u["meeting"], place="Krisecentret")
    s.anna.sync()
    assert s.bo.sync().hard == 1
    conflict = _one_open(s.bo, "place")
    assert json.loads(conflict.theirs) == {"__deleted__": True}
    assert s.row(s.bo, "meeting", u["meeting"]).place == "Krisecentret"  # not deleted yet
    s.bo.resolve(conflict.id, "mine")
    s.anna.sync()
    assert s.row(s.anna, "meeting", u["meeting"]).place == "Krisecentret"  # restored


def test_10_edit_against_delete_resolved_as_deleted(shared) -> None:
    s, u = shared
    s.remove(s.anna, "meeting", u["meeting"])
    s.edit(s.bo, "meeting", u["meeting"], place="Krisecentret")
    s.anna.sync()
    s.bo.sync()
    s.bo.resolve(_one_open(s.bo, "place").id, "theirs")
    s.both_sync()
    assert s.row(s.bo, "meeting", u["meeting"]) is None
    assert s.row(s.anna, "meeting", u["meeting"]) is None


def test_11_delete_against_edit_deletes_nothing_until_resolved(shared) -> None:
    s, u = shared
    s.edit(s.anna, "meeting", u["meeting"], place="Biblioteket")
    s.remove(s.bo, "meeting", u["meeting"])
    s.anna.sync()
    assert s.bo.sync().hard == 1
    conflict = _one_open(s.bo, "__row__")
    assert json.loads(conflict.mine) == {"__deleted__": True}
    assert json.loads(conflict.theirs)["place"] == "Biblioteket"
    s.anna.sync()
    assert s.row(s.anna, "meeting", u["meeting"]).place == "Biblioteket"  # not deleted
    s.bo.resolve(conflict.id, "theirs")  # Bo accepts Anna's edited meeting
    s.bo.sync()
    assert s.row(s.bo, "meeting", u["meeting"]).place == "Biblioteket"


def test_12_consent_withdrawn_on_one_laptop_while_used_on_the_other(shared) -> None:
    s, u = shared
    today = dt.date(2026, 12, 1)
    with s.anna.vault.session() as ses:
        consent = ses.get(Consent, s.row(s.anna, "consent", u["consent"]).id)
        withdraw_consent(ses, consent, today, how=ConsentForm.ORAL, recorded_by="Anna")
    case_actor_bo = s.row(s.bo, "case_actor", u["case_actor"])
    with s.bo.vault.session() as ses:
        case = get_case(ses, REF)
        assert may_share(ses, case, case_actor_bo, "share_information", today)  # stale copy
    s.both_sync()
    with s.bo.vault.session() as ses:
        case = get_case(ses, REF)
        assert ses.scalar(select(func.count()).select_from(ConsentWithdrawal)) == 1
        assert not may_share(ses, case, case_actor_bo, "share_information", today)
    assert s.anna.conflicts() == [] and s.bo.conflicts() == []


def test_13_a_note_written_on_both_is_kept_twice(shared) -> None:
    s, _ = shared
    for laptop, text in ((s.anna, "Hjemmebesøg, Anna."), (s.bo, "Telefonsamtale, Bo.")):
        with laptop.vault.session() as ses:
            add_note(ses, get_case(ses, REF), text)
    s.both_sync()
    for laptop in (s.anna, s.bo):
        with laptop.vault.session() as ses:
            texts = set(ses.scalars(select(Note.text)))
        assert {"Hjemmebesøg, Anna.", "Telefonsamtale, Bo.", "Første samtale."} <= texts
        assert len(texts) == 3
    assert s.anna.conflicts(open_only=False) == []


def test_14_the_same_note_edited_on_both_keeps_both_texts(shared) -> None:
    s, u = shared
    s.edit(s.anna, "note", u["note"], text="Første samtale. Tilføjet af Anna.")
    s.edit(s.bo, "note", u["note"], text="Første samtale. Tilføjet af Bo.")
    s.both_sync()
    conflict = _one_open(s.bo, "text")
    assert {json.loads(conflict.mine), json.loads(conflict.theirs)} == {
        "Første samtale. Tilføjet af Anna.",
        "Første samtale. Tilføjet af Bo.",
    }
    s.anna.resolve(conflict.id, "value", "Første samtale. Tilføjet af Anna og Bo.")
    s.bo.sync()
    assert s.row(s.bo, "note", u["note"]).text == "Første samtale. Tilføjet af Anna og Bo."


def test_15_a_plan_renewed_on_both_keeps_both_versions_and_asks_which_follows(shared) -> None:
    s, u = shared
    for laptop in (s.anna, s.bo):
        with laptop.vault.session() as ses:
            renew_plan(
                ses,
                ses.get(ActionPlan, s.row(laptop, "plan", u["action_plan"]).id),
                dt.date(2026, 12, 1),
            )
    s.both_sync()
    for laptop in (s.anna, s.bo):
        with laptop.vault.session() as ses:
            assert ses.scalar(select(func.count()).select_from(ActionPlan)) == 3
    conflict = _one_open(s.bo, "superseded_by_id")
    s.bo.resolve(conflict.id, "theirs")
    s.anna.sync()
    follows = {s.row(lap, "plan", u["action_plan"]).superseded_by_id for lap in (s.anna, s.bo)}
    assert None not in follows
    assert s.anna.conflicts() == []


def test_16_a_meeting_moved_on_both_is_a_hard_conflict(shared) -> None:
    s, u = shared
    s.edit(s.anna, "meeting", u["meeting"], held_on=dt.datetime(2026, 12, 11, 9))
    s.edit(s.bo, "meeting", u["meeting"], held_on=dt.datetime(2026, 12, 12, 13))
    s.both_sync()
    conflict = _one_open(s.bo, "held_on")
    assert json.loads(conflict.mine) == "2026-12-12T13:00:00"
    assert s.row(s.anna, "meeting", u["meeting"]).held_on == dt.datetime(2026, 12, 11, 9)
    s.bo.resolve(conflict.id, "mine")
    s.anna.sync()
    assert s.row(s.anna, "meeting", u["meeting"]).held_on == dt.datetime(2026, 12, 12, 13)


def test_17_meeting_moved_on_one_and_minuted_on_the_other_merges(shared) -> None:
    s, u = shared
    s.edit(s.anna, "meeting", u["meeting"], held_on=dt.datetime(2026, 12, 11, 9))
    s.edit(s.bo, "meeting", u["meeting"], minutes="Aftalt: ansøgning om bolig.")
    s.both_sync()
    for laptop in (s.anna, s.bo):
        meeting = s.row(laptop, "meeting", u["meeting"])
        assert meeting.held_on == dt.datetime(2026, 12, 11, 9)
        assert meeting.minutes == "Aftalt: ansøgning om bolig."
    assert _one_open(s.bo, "held_on", "soft")


def test_18_person_removed_on_one_and_edited_on_the_other(shared) -> None:
    s, u = shared
    removed = dt.datetime(2026, 12, 1, 12)
    s.edit(s.anna, "person", u["case_person"], removed_at=removed, removed_reason="Fejl")
    s.edit(s.bo, "person", u["case_person"], phone="33333333")
    s.both_sync()
    for laptop in (s.anna, s.bo):
        person = s.row(laptop, "person", u["case_person"])
        assert person.removed_at == removed and person.phone == "33333333"
    assert s.bo.conflicts()[0].kind == "soft"


def test_19_events_recorded_on_both_are_a_union(shared) -> None:
    s, _ = shared
    for laptop, kind in ((s.anna, EventKind.FIRST_VISIT), (s.bo, EventKind.PLAN_REVIEW)):
        with laptop.vault.session() as ses:
            record_event(ses, get_case(ses, REF), kind, dt.date(2026, 12, 1))
    s.both_sync()
    for laptop in (s.anna, s.bo):
        with laptop.vault.session() as ses:
            kinds = set(ses.scalars(select(CaseEvent.kind)))
        assert {
            EventKind.FIRST_VISIT,
            EventKind.PLAN_REVIEW,
            EventKind.COORDINATOR_CONTACT,
        } == kinds
    assert s.bo.conflicts(open_only=False) == []


def test_20_goal_status_set_differently_on_both(shared) -> None:
    s, u = shared
    s.edit(s.anna, "goal", u["goal"], status=GoalStatus.ACHIEVED)
    s.edit(s.bo, "goal", u["goal"], status=GoalStatus.DROPPED)
    s.both_sync()
    conflict = _one_open(s.anna, "status")
    assert {json.loads(conflict.mine), json.loads(conflict.theirs)} == {"achieved", "dropped"}
    assert s.row(s.anna, "goal", u["goal"]).status == GoalStatus.ACHIEVED
    assert s.row(s.bo, "goal", u["goal"]).status == GoalStatus.DROPPED


def test_21_three_laptops_on_one_field_give_two_conflicts_and_lose_nothing(shared) -> None:
    s, u = shared
    carl = s.team.laptop("carl", leader=True)
    carl.sync()
    for laptop, place in ((s.anna, "A-sted"), (s.bo, "B-sted"), (carl, "C-sted")):
        s.edit(laptop, "meeting", u["meeting"], place=place)
        laptop.sync()
    s.anna.sync()
    kept = {json.loads(c.mine) for c in s.anna.conflicts()} | {
        json.loads(c.theirs) for c in s.anna.conflicts()
    }
    assert {"A-sted", "B-sted", "C-sted"} <= kept
    assert len(s.anna.conflicts()) == 2


def test_22_a_change_pushed_twice_is_applied_once(shared) -> None:
    s, u = shared
    s.edit(s.bo, "meeting", u["meeting"], place="Krisecentret")
    with s.bo.vault.session() as ses:
        local.stage(ses)
        entries = [_entry(e) for e in local.pending(ses)]
        found = team_link.require_link(ses)
    with team_link.server(found) as conn:
        first = server.push(conn, entries)
        second = server.push(conn, entries)
        version = conn.execute(
            "SELECT version FROM team_row WHERE uuid = %s", (u["meeting"],)
        ).fetchone()
    assert second[entries[0]["change_id"]]["duplicate"]
    assert first[entries[0]["change_id"]]["version"] == version[0] == 2
    s.bo.sync()
    with s.bo.vault.session() as ses:
        assert ses.scalar(select(func.count()).select_from(SyncOutbox)) == 0
    assert s.bo.conflicts(open_only=False) == []


def test_23_resolving_is_audited_on_server_and_vault(shared) -> None:
    s, u = shared
    cid = _same_field(s, u)
    s.bo.resolve(cid, "mine")
    with s.bo.vault.session() as ses:
        actions = set(ses.scalars(select(AuditEntry.action)))
    assert {"team.resolve", "team.join", "team.pull"} <= actions
    with psycopg.connect(s.team.admin_dsn) as conn:
        rows = conn.execute(
            "SELECT actor, detail FROM team_audit WHERE action = 'conflict.resolve'"
        ).fetchall()
    assert rows == [("bo", {"conflict": cid, "keep": "mine"})]


def test_24_offline_edits_on_both_then_many_fields_lose_nothing(shared) -> None:
    s, u = shared
    s.edit(s.anna, "meeting", u["meeting"], place="A", minutes="Anna skrev")
    s.edit(s.bo, "meeting", u["meeting"], place="B", citizen_present=True)
    s.both_sync()
    anna_meeting = s.row(s.anna, "meeting", u["meeting"])
    bo_meeting = s.row(s.bo, "meeting", u["meeting"])
    assert anna_meeting.minutes == bo_meeting.minutes == "Anna skrev"
    assert anna_meeting.citizen_present and bo_meeting.citizen_present
    assert (anna_meeting.place, bo_meeting.place) == ("A", "B")
    assert json.loads(_one_open(s.bo, "place").theirs) == "A"


def test_25_goal_added_on_both_keeps_both(shared) -> None:
    s, u = shared
    from vnr_desk.services.plans import add_goal

    for laptop, text in ((s.anna, "Budget"), (s.bo, "Job")):
        with laptop.vault.session() as ses:
            add_goal(
                ses,
                ses.get(ActionPlan, s.row(laptop, "plan", u["action_plan"]).id),
                text,
                "economy",
            )
    s.both_sync()
    for laptop in (s.anna, s.bo):
        with laptop.vault.session() as ses:
            assert set(ses.scalars(select(Goal.text))) == {"Egen bolig", "Budget", "Job"}
