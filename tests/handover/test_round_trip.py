"""B edits the case and hands it back; A sees every difference and decides per field.
Nothing of B's is applied unless its field was chosen; the case stays read-only at A
while it is away; the copy A had is kept, read-only, when fields are taken."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.handover.test_bundle import REF, dump, receive, send
from vnr_desk.services import cases, notes, people, plans
from vnr_desk.services.handover import bundle as handover
from vnr_desk.services.handover.errors import AlreadyReceived, CaseHandedOver, ChoiceNeeded
from vnr_desk.services.handover.merge import MISSING, differences, merged
from vnr_desk.store.vault import Vault


def _b_edits_and_hands_back(ab: dict[str, Vault]) -> bytes:
    receive(ab["b"], send(ab["a"], "Bo"))
    with ab["b"].session() as s:
        case = cases.get_case(s, REF)
        notes.add_note(s, case, "Samtale hos B", dt.datetime(2026, 11, 25, 9, 0))
        cases.describe_case(s, case, intake_route="self_referral")
        person = people.people(s, case)[0]
        people.update_person(s, person, phone="+45 99 99 99 99")
    return send(ab["b"], "Anna", then="close")


def test_a_chooses_per_field_and_nothing_else_changes(ab: dict[str, Vault]) -> None:
    mine = dump(ab["a"])
    back = _b_edits_and_hands_back(ab)
    with ab["a"].session() as s:
        arrival = handover.examine(s, handover.open_bundle(s, back))
    fields = {d.field: d for d in arrival.differences}
    assert {"case.intake_route", "people[0].phone"} <= set(fields)
    added_note = next(f for f, d in fields.items() if f.startswith("notes[") and d.mine is MISSING)
    assert fields["people[0].phone"].theirs == "+45 99 99 99 99"

    chosen = {"people[0].phone", added_note}
    receive(ab["a"], back, chosen)

    after = dump(ab["a"])
    with ab["a"].session() as s:
        their_doc = handover.open_bundle(s, back).document
    assert after == merged(mine, their_doc, chosen)
    assert after["case"]["intake_route"] == mine["case"]["intake_route"]  # not chosen
    assert after["people"][0]["phone"] == "+45 99 99 99 99"
    assert "Samtale hos B" in [n["text"] for n in after["notes"]]
    assert {d.field for d in differences(mine, after)} == chosen  # and nothing else
    with ab["a"].session() as s:
        kept = cases.get_case(s, f"{REF}~1")
        assert handover.handed_over(s, kept.id) is not None
        notes.add_note(s, cases.get_case(s, REF), "A skriver igen")  # writable again


def test_a_return_is_never_applied_unseen(ab: dict[str, Vault]) -> None:
    mine = dump(ab["a"])
    back = _b_edits_and_hands_back(ab)
    with pytest.raises(ChoiceNeeded), ab["a"].session() as s:
        handover.receive(s, handover.open_bundle(s, back))
    assert dump(ab["a"]) == mine


def test_keeping_every_field_changes_nothing_but_the_read_only_mark(ab: dict[str, Vault]) -> None:
    mine = dump(ab["a"])
    back = _b_edits_and_hands_back(ab)
    receive(ab["a"], back, set())
    assert dump(ab["a"]) == mine
    with ab["a"].session() as s:
        notes.add_note(s, cases.get_case(s, REF), "A fortsætter")
    with pytest.raises(AlreadyReceived), ab["a"].session() as s:
        handover.receive(s, handover.open_bundle(s, back), set())


def test_a_handed_over_case_is_read_only(ab: dict[str, Vault]) -> None:
    send(ab["a"], "Bo")
    writes = [
        lambda s, c: notes.add_note(s, c, "ny"),
        lambda s, c: cases.describe_case(s, c, intake_route="other"),
        lambda s, c: people.update_person(s, people.people(s, c)[0], phone="1"),
        lambda s, c: plans.add_goal(s, plans.plans(s, c)[-1], "Mål", "economy"),
        lambda s, c: cases.close_case(s, c, dt.date(2026, 12, 1)),
        lambda s, c: cases.set_violence_forms(s, c, ["digital"]),
    ]
    for write in writes:
        with pytest.raises(CaseHandedOver), ab["a"].session() as s:
            write(s, cases.get_case(s, REF))
    with pytest.raises(CaseHandedOver), ab["a"].session() as s:
        handover.hand_over(s, cases.get_case(s, REF), s.get(handover.Colleague, 1), "keep")


def test_close_instead_of_keep(ab: dict[str, Vault]) -> None:
    send(ab["a"], "Bo", then="close")
    with ab["a"].session() as s:
        case = cases.get_case(s, REF)
        assert not case.is_open
        assert handover.handed_over(s, case.id) is None
