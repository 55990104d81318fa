from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tests.services.conftest import audit_actions
from vnr_desk.domain import AuditEntry, Case, CasePerson, Consent
from vnr_desk.rules.consent import ConsentState
from vnr_desk.services import actors, consent
from vnr_desk.services.cases import get_case
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.interchange import importer as interchange
from vnr_desk.services.interchange.dump import dump_case

ISSUE_EXAMPLE: dict[str, Any] = {
    "format": "vnr-desk-case/1",
    "case": {
        "reference": "K-2026-001",
        "opened_on": "2026-03-02",
        "intake_route": "crisis_centre_admission",
        "crisis_centre_admission_on": "2026-03-02",
        "urgent": False,
        "violence_forms": ["physical", "economic"],
    },
    "people": [
        {
            "key": "p1",
            "role": "victim_survivor",
            "name": "Mette Eksempel",
            "protected_address": True,
            "address": "Skjultvej 1",
        },
        {"key": "p2", "role": "person_using_violence", "name": "Bo Eksempel"},
    ],
    "actors": [
        {
            "key": "a1",
            "name": "Jobcenter Nord",
            "sector": "municipality",
            "unit": "jobcenter",
            "coordinator": True,
        }
    ],
    "consents": [
        {
            "recipient": "a1",
            "purposes": ["share_information", "receive_action_plan"],
            "given_on": "2026-03-03",
            "form": "written",
            "expires_on": "2026-09-03",
            "withdrawn_on": None,
        }
    ],
    "assessments": [
        {
            "on": "2026-03-20",
            "domains": {"housing": {"rating": 2, "text": "..."}},
            "hopes": "...",
            "resources": "...",
        }
    ],
    "plans": [
        {
            "made_on": "2026-03-25",
            "kind": "adult",
            "goals": [
                {
                    "text": "...",
                    "domain": "economy",
                    "actions": [
                        {
                            "text": "...",
                            "responsible": "a1",
                            "due_on": "2026-04-30",
                            "status": "planned",
                        }
                    ],
                }
            ],
        }
    ],
    "meetings": [
        {
            "on": "2026-03-25",
            "kind": "follow_up",
            "participants": ["a1"],
            "agenda": ["..."],
            "minutes": "...",
        }
    ],
    "notes": [{"written_at": "2026-03-02T10:15:00", "text": "..."}],
    "events": [{"kind": "coordinator_contact", "on": "2026-03-04"}],
    "extra_key_from_another_tool": {"ignored": True},
}


def _rich() -> dict[str, Any]:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    doc["network"] = [
        {
            "key": "n1",
            "name": "Sara Påhittad",
            "relation": "søster",
            "stance": "resource",
            "may_contact": True,
        }
    ]
    doc["consents"].append(
        {
            "key": "c2",
            "recipient": "n1",
            "purposes": ["invite_to_meeting"],
            "given_on": "2026-03-03",
            "form": "oral",
            "documented_by": "Rådgiver A",
            "withdrawn_on": "2026-04-01",
            "withdrawn_how": "oral",
        }
    )
    doc["consents"].append(
        {
            "recipient": "a1",
            "purposes": ["share_information"],
            "given_on": "2026-08-20",
            "renews": None,
        }
    )
    doc["people"].append(
        {"key": "p3", "role": "child", "name": "Lille Eksempel", "date_of_birth": "2019-05-01"}
    )
    doc["plans"].append(
        {
            "made_on": "2026-06-25",
            "kind": "adult",
            "reviewed_on": "2026-07-01",
            "goals": [{"text": "Egen bolig", "domain": "housing"}],
        }
    )
    doc["plans"].append(
        {
            "made_on": "2026-03-26",
            "kind": "child",
            "child": "p3",
            "goals": [{"text": "Tryg i skolen", "domain": "safety", "status": "achieved"}],
        }
    )
    doc["risk_assessments"] = [{"on": "2026-03-05", "level": "high", "notes": "Trusler"}]
    doc["events"] += [
        {"key": "e2", "kind": "outreach_letter_sent", "on": "2026-03-06"},
        {"kind": "outreach_answered", "on": "2026-03-12", "subject": "e2"},
    ]
    doc["meetings"][0]["key"] = "m1"
    doc["meetings"][0]["decisions"] = ["Søge bolig"]
    doc["notes"].append(
        {"written_at": "2026-03-25T12:00:00", "text": "Referat", "meeting": "m1", "person": "p1"}
    )
    return doc


def test_issue_example_imports(session: Session) -> None:
    case = interchange.import_case(session, ISSUE_EXAMPLE)
    assert case.reference == "K-2026-001"
    assert [f.form for f in case.violence_forms] == ["economic", "physical"]
    job = actors.case_actors(session, case)[0]
    assert job.is_coordinator
    assert (
        consent.consent_status(session, case, job, "receive_action_plan", dt.date(2026, 4, 1))
        == ConsentState.VALID
    )
    assert "case.import" in audit_actions(session)


def test_import_dump_import_round_trips(session: Session) -> None:
    first = dump_case(session, interchange.import_case(session, _rich()))
    again = copy.deepcopy(first)
    again["case"]["reference"] = "K-2026-002"
    second = dump_case(session, interchange.import_case(session, again))
    second["case"]["reference"] = "K-2026-001"
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert [p["version"] for p in first["plans"]] == [1, 2, 1]
    assert first["case"]["urgent"] is True
    assert first["consents"][1]["withdrawn_on"] == "2026-04-01"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.update(format="vnr-desk-case/9"), "format"),
        (lambda d: d["case"].pop("reference"), "case.reference"),
        (lambda d: d["case"].update(opened_on="2026-02-30"), "case.opened_on"),
        (lambda d: d["consents"][0].update(recipient="a9"), r"consents\[0\].recipient"),
        (lambda d: d["people"][1].update(role="uncle"), r"people\[1\].role"),
        (lambda d: d["consents"][0].update(purposes=[]), r"consents\[0\].purposes"),
        (
            lambda d: d["plans"][0]["goals"][0]["actions"][0].update(due_on="soon"),
            r"plans\[0\].goals\[0\].actions\[0\].due_on",
        ),
        (
            lambda d: d["assessments"][0]["domains"]["housing"].update(rating=9),
            r"assessments\[0\].domains.housing.rating",
        ),
        (lambda d: d["people"][1].update(key="p1"), r"people\[1\].key"),
    ],
)
def test_bad_input_names_the_field_and_imports_nothing(
    session: Session, change: Any, field: str
) -> None:
    doc = copy.deepcopy(ISSUE_EXAMPLE)
    change(doc)
    before = session.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(InvalidInput, match=rf"^{field}"):
        interchange.import_case(session, doc)
    assert session.scalar(select(func.count()).select_from(Case)) == 0
    assert session.scalar(select(func.count()).select_from(CasePerson)) == 0
    assert session.scalar(select(func.count()).select_from(AuditEntry)) == before


def test_duplicate_reference_and_half_way_failure_leave_nothing(session: Session) -> None:
    interchange.import_case(session, ISSUE_EXAMPLE)
    with pytest.raises(InvalidInput, match=r"case\.reference"):
        interchange.import_case(session, ISSUE_EXAMPLE)
    late_failure = _rich()
    late_failure["case"]["reference"] = "K-LATE"
    late_failure["events"][-1]["subject"] = "nope"
    consents_before = session.scalar(select(func.count()).select_from(Consent))
    with pytest.raises(InvalidInput, match=r"events\[2\].subject"):
        interchange.import_case(session, late_failure)
    assert session.scalar(select(func.count()).select_from(Consent)) == consents_before
    with pytest.raises(Exception, match="no case"):
        get_case(session, "K-LATE")
    with pytest.raises(InvalidInput, match=r"^\[1\]\.case.reference"):
        interchange.import_cases(
            session,
            [_rich() | {"case": {"reference": "K-A", "opened_on": "2026-01-01"}}, ISSUE_EXAMPLE],
        )
    with pytest.raises(Exception, match="no case"):
        get_case(session, "K-A")


def test_documented_example_imports(session: Session) -> None:
    import re
    from pathlib import Path

    text = (Path(__file__).parents[3] / "docs" / "case-format.md").read_text(encoding="utf-8")
    example = json.loads(re.search(r"```json\n(.*?)```", text, re.S).group(1))  # type: ignore[union-attr]
    case = interchange.import_case(session, example)
    assert dump_case(session, case)["consents"][2]["renews"] == "c1"
