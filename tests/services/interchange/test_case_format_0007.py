"""The case format carries every field of migration 0007 (contact person, notification date,
closing, demo mark, people removed in error, underretning recipient, risk assessor and item
answers, a child's own assessment, cancelled meetings), and files written before them still
import."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from vnr_desk.services import actors, risk
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.interchange import importer as interchange
from vnr_desk.services.interchange.dump import dump_case

OLD_FILE = Path(__file__).parents[2] / "fixtures" / "case-format" / "before-0007.json"

NEW_CASE: dict[str, Any] = {
    "format": "vnr-desk-case/1",
    "case": {
        "reference": "K-0007-1",
        "opened_on": "2026-03-02",
        "status": "closed",
        "closed_on": "2026-09-30",
        "intake_route": "crisis_centre_admission",
        "crisis_centre_admission_on": "2026-03-02",
        "municipality_notified_on": "2026-03-04",
        "closing_reason": "Borgeren er flyttet",
        "closed_handed_to": "Aarhus Kommune, Voksenområdet",
        "after_effort_text": "Egen bolig; ring hvis noget sker.",
        "is_demo": True,
        "urgent": True,
        "urgent_since": "2026-03-05",
    },
    "people": [
        {"key": "p1", "role": "victim_survivor", "name": "Mette Eksempel"},
        {"key": "p2", "role": "child", "name": "Lille Eksempel"},
        {
            "key": "p3",
            "role": "other_household_member",
            "name": "Forkert Person",
            "removed_at": "2026-03-03T09:30:00",
            "removed_reason": "Oprettet ved en fejl",
        },
    ],
    "actors": [
        {
            "key": "a1",
            "name": "Voksenområdet Nord",
            "sector": "municipality",
            "unit": "voksen",
            "coordinator": True,
            "contact_name": "Rådgiver Rikke",
            "contact_phone": "+45 20 30 40 50",
            "contact_email": "rikke@example.invalid",
        }
    ],
    "assessments": [
        {"on": "2026-03-20", "person": "p2", "hopes": "Tryg i skolen"},
    ],
    "risk_assessments": [
        {
            "on": "2026-03-05",
            "level": "high",
            "notes": "Trusler",
            "assessor": "Rådgiver Rikke",
            "instrument": "VNR-screening (test)",
            "answers": [
                {"item": "Trusler om vold?", "answer": "yes"},
                {"item": "Våben i hjemmet?", "answer": "unknown"},
            ],
        }
    ],
    "meetings": [
        {
            "key": "m1",
            "on": "2026-03-25T10:00:00",
            "kind": "first_visit",
            "place": "Rådhuset",
            "cancelled_at": "2026-03-24T15:00:00",
            "cancel_reason": "Borgeren er syg",
        }
    ],
    "events": [
        {
            "kind": "child_concern_report",
            "on": "2026-03-06",
            "recipient": "Børn og Familie",
            "remark": "Underretning sendt",
        }
    ],
}


def test_every_0007_field_is_dumped_as_imported(session: Session) -> None:
    dumped = dump_case(session, interchange.import_case(session, NEW_CASE))
    case = dumped["case"]
    for field in (
        "municipality_notified_on",
        "closing_reason",
        "closed_handed_to",
        "after_effort_text",
        "is_demo",
    ):
        assert case[field] == NEW_CASE["case"][field], field
    assert dumped["people"][2]["removed_at"] == "2026-03-03T09:30:00"
    assert dumped["people"][2]["removed_reason"] == "Oprettet ved en fejl"
    actor = dumped["actors"][0]
    assert (actor["contact_name"], actor["contact_phone"], actor["contact_email"]) == (
        "Rådgiver Rikke",
        "+45 20 30 40 50",
        "rikke@example.invalid",
    )
    assert dumped["assessments"][0]["person"] == "p2"
    assert dumped["risk_assessments"] == NEW_CASE["risk_assessments"]
    meeting = dumped["meetings"][0]
    assert meeting["cancelled_at"] == "2026-03-24T15:00:00"
    assert meeting["cancel_reason"] == "Borgeren er syg"
    assert dumped["events"][0]["recipient"] == "Børn og Familie"
    assert dumped["events"][0]["kind"] == "child_concern_report"


def test_round_trip_keeps_every_field(session: Session) -> None:
    first = dump_case(session, interchange.import_case(session, NEW_CASE))
    again = copy.deepcopy(first)
    again["case"]["reference"] = "K-0007-2"
    second = dump_case(session, interchange.import_case(session, again))
    second["case"]["reference"] = first["case"]["reference"]
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    # the second import found the instrument the first one added, and did not add another
    assert [i.name for i in risk.instruments(session)] == ["VNR-screening (test)"]


def test_answers_to_an_unknown_item_of_a_known_instrument_are_refused(session: Session) -> None:
    risk.create_instrument(session, "VNR-screening (test)", ["Trusler om vold?"])
    with pytest.raises(InvalidInput, match=r"^risk_assessments\[0\]\.answers\[1\]\.item"):
        interchange.import_case(session, NEW_CASE)


def test_a_file_in_the_format_before_0007_still_imports(session: Session) -> None:
    old = json.loads(OLD_FILE.read_text(encoding="utf-8"))
    assert "contact_name" not in json.dumps(old)
    case = interchange.import_case(session, old)
    assert case.municipality_notified_on is None and not case.is_demo
    assert case.closing_reason == "" and case.after_effort_text == ""
    job = actors.case_actors(session, case)[0]
    assert job.contact_name is None and job.contact_phone is None
    dumped = dump_case(session, case)
    assert "removed_at" not in json.dumps(dumped)
    assert dumped["case"]["opened_on"] == dt.date(2026, 3, 2).isoformat()
