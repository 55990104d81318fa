"""Fictional demo cases in the vault's edition (Danish or Swedish names, goals, notes,
agendas, places and phone numbers; `demo_text`), every part of a case filled in, some
deadlines overdue and some consents expired or withdrawn. Demo cases are marked
`is_demo`, so no one mistakes them for real ones.

Deterministic for a seed and a reference day (dates are laid out around `today`, so the
demo always has something due). Cases are built as "vnr-desk-case/1" documents and go in
through the importer, so demo data obeys exactly the rules real data does."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Actor, Case, CaseActor, ConsentPurpose, LifeDomain, ViolenceForm
from vnr_desk.services import auditing as audit
from vnr_desk.services.interchange.fields import FORMAT
from vnr_desk.services.interchange.importer import import_cases
from vnr_desk.services.seed.actor_directory import EDITION_COUNTRY
from vnr_desk.services.seed.demo_removal import require_demo_allowed
from vnr_desk.services.seed.demo_text import TEXTS, DemoText
from vnr_desk.services.settings import edition


def _iso(day: dt.date) -> str:
    return day.isoformat()


def demo_document(
    rng: random.Random, number: int, today: dt.date, lang: str = "da"
) -> dict[str, Any]:
    words = TEXTS[lang]
    first = rng.choice(words.first_names)
    surname = rng.choice(words.surnames)
    opened = today - dt.timedelta(days=rng.randint(5, 400))
    admitted = rng.random() < 0.6
    doc: dict[str, Any] = {
        "format": FORMAT,
        "case": {
            "reference": f"DEMO-{opened.year}-{number:04d}",
            "opened_on": _iso(opened),
            "intake_route": "crisis_centre_admission"
            if admitted
            else rng.choice(
                [
                    "police_report",
                    "emergency_room",
                    "psp",
                    "jobcentre",
                    "self_referral",
                    "third_party",
                    "anonymous_counselling",
                ]
            ),
            "violence_forms": rng.sample([f.value for f in ViolenceForm], rng.randint(1, 4)),
        },
    }
    if admitted:
        doc["case"]["crisis_centre_admission_on"] = _iso(opened)
    people = [
        {
            "key": "p1",
            "role": "victim_survivor",
            "name": f"{first} {surname}",
            "date_of_birth": _iso(
                dt.date(rng.randint(1965, 2002), rng.randint(1, 12), rng.randint(1, 28))
            ),
            "phone": words.phone.format(a=rng.randint(10, 99), b=rng.randint(10, 99)),
            "address": f"{words.street} {rng.randint(1, 99)}",
            "protected_address": rng.random() < 0.5,
        },
        {
            "key": "p2",
            "role": "person_using_violence",
            "name": f"{rng.choice(words.men)} {surname}",
        },
    ]
    for i in range(rng.randint(0, 2)):
        people.append(
            {
                "key": f"p{3 + i}",
                "role": "child",
                "name": f"{rng.choice(words.children)} {surname}",
                "date_of_birth": _iso(dt.date(rng.randint(2010, 2022), rng.randint(1, 12), 1)),
            }
        )
    doc["people"] = people
    pool = words.actors
    chosen = rng.sample(pool, rng.randint(2, min(4, len(pool))))
    doc["actors"] = [
        {
            "key": f"a{i + 1}",
            "name": name,
            "sector": sector,
            "unit": unit,
            "role": role,
            "responsibility": role,
            "referral_status": rng.choice(["referred", "accepted", "active"]),
            "coordinator": i == 0,
        }
        for i, (name, sector, unit, role) in enumerate(chosen)
    ]
    doc["network"] = [
        {
            "key": "n1",
            "name": f"{rng.choice(words.first_names)} {rng.choice(words.surnames)}",
            "relation": rng.choice(words.relations),
            "stance": rng.choice(["resource", "resource", "both"]),
            "may_contact": rng.random() < 0.7,
        }
    ]
    doc["consents"] = []
    for recipient in [a["key"] for a in doc["actors"]] + ["n1"]:
        given = opened + dt.timedelta(days=rng.randint(0, 10))
        purposes = rng.sample([p.value for p in ConsentPurpose], rng.randint(1, 4))
        entry: dict[str, Any] = {
            "recipient": recipient,
            "purposes": purposes,
            "given_on": _iso(given),
            "form": "written",
            "documented_by": words.documented_by,  # the consent history names who recorded it
        }
        roll = rng.random()
        if roll < 0.15:
            entry["form"] = "oral"
        if roll < 0.6:
            entry["expires_on"] = _iso(
                max(given + dt.timedelta(days=30), today + dt.timedelta(days=rng.randint(-60, 200)))
            )
        if 0.6 <= roll < 0.7 and given < today:
            entry["withdrawn_on"], entry["withdrawn_how"] = (
                _iso(today - dt.timedelta(days=rng.randint(0, (today - given).days))),
                "oral",
            )
            entry["withdrawn_recorded_by"] = words.documented_by
        doc["consents"].append(entry)
    domains = [d.value for d in LifeDomain]
    doc["assessments"] = []
    for k in range(rng.randint(1, 3)):
        on = opened + dt.timedelta(days=14 + 90 * k)
        if on > today:
            break
        doc["assessments"].append(
            {
                "on": _iso(on),
                "domains": {
                    d: {"rating": min(5, rng.randint(1, 3) + k), "text": words.rating_text}
                    for d in rng.sample(domains, rng.randint(4, len(domains)))
                },
                "hopes": rng.choice(words.hopes),
                "dreams": words.dreams,
                "resources": rng.choice(words.resources),
            }
        )
    doc["risk_assessments"] = [
        {
            "on": _iso(opened + dt.timedelta(days=1)),
            "level": rng.choice(["low", "medium", "medium", "high", "acute"]),
            "notes": words.risk_notes,
            "assessor": words.documented_by,  # the demo's caseworker, as a real case has one
        }
    ]
    goals = rng.sample(words.goals, rng.randint(2, 4))
    doc["plans"] = [
        {
            "made_on": _iso(opened + dt.timedelta(days=rng.randint(7, 28))),
            "kind": "adult",
            "after_effort": words.after_effort,
            "goals": [
                {
                    "text": text,
                    "domain": domain,
                    "actions": [
                        {
                            "text": rng.choice(words.actions),
                            "responsible": rng.choice(doc["actors"])["key"],
                            "due_on": _iso(today + dt.timedelta(days=rng.randint(-40, 90))),
                            "status": rng.choice(["planned", "in_progress", "done"]),
                        }
                    ],
                }
                for text, domain in goals
            ],
        }
    ]
    meeting_on = opened + dt.timedelta(days=rng.randint(7, 60))
    doc["meetings"] = [
        {
            "key": "m1",
            "on": f"{_iso(meeting_on)}T10:00:00",
            "kind": rng.choice(["coordination", "network", "follow_up", "joint_job_plan"]),
            "place": rng.choice(words.places),
            "citizen_present": rng.random() < 0.7,
            "participants": [a["key"] for a in doc["actors"][:2]],
            "agenda": list(words.agenda),
            "minutes": words.minutes,
            "decisions": list(words.decisions),
        }
    ]
    if words.sip_goals and rng.random() < 0.5:
        _add_sip(doc, rng, words, opened, today)
    doc["notes"] = [
        {
            "written_at": f"{_iso(opened + dt.timedelta(days=d))}T{9 + d % 7:02d}:15:00",
            "text": rng.choice(words.notes),
        }
        for d in sorted(
            rng.sample(
                range(0, max(2, (today - opened).days)), min(4, max(1, (today - opened).days - 1))
            )
        )
    ]
    doc["events"] = []
    if admitted and rng.random() < 0.6:
        doc["events"].append(
            {
                "kind": "coordinator_contact",
                "on": _iso(opened + dt.timedelta(days=rng.randint(1, 5))),
            }
        )
    if rng.random() < 0.4:
        sent = today - dt.timedelta(days=rng.randint(3, 40))
        doc["events"].append(
            {"key": "e1", "kind": "outreach_letter_sent", "on": _iso(max(sent, opened))}
        )
    return doc


def _add_sip(
    doc: dict[str, Any], rng: random.Random, words: DemoText, opened: dt.date, today: dt.date
) -> None:
    """A samordnad individuell plan: each need with the actor that answers for it, made at
    a SIP meeting with the client."""
    made = min(today, opened + dt.timedelta(days=rng.randint(14, 45)))
    doc["plans"].append(
        {
            "made_on": _iso(made),
            "kind": "sip",
            "after_effort": words.after_effort,
            "goals": [
                {
                    "text": text,
                    "domain": domain,
                    "actions": [
                        {
                            "text": action,
                            "responsible": doc["actors"][i % len(doc["actors"])]["key"],
                            "due_on": _iso(today + dt.timedelta(days=rng.randint(10, 90))),
                            "status": "planned",
                        }
                    ],
                }
                for i, (text, domain, action) in enumerate(words.sip_goals)
            ],
        }
    )
    doc["meetings"].append(
        {
            "key": "m2",
            "on": f"{_iso(made)}T13:00:00",
            "kind": "sip",
            "place": words.places[0],
            "citizen_present": True,
            "participants": [a["key"] for a in doc["actors"]],
            "agenda": list(words.sip_agenda),
        }
    )


def generate_demo(
    session: Session,
    cases: int = 20,
    seed: int = 1,
    today: dt.date | None = None,
    lang: str | None = None,
) -> list[Case]:
    """Add `cases` demo cases in `lang` (default: the vault's edition), marked as demo;
    references already present are skipped (numbering goes on). Refused in a vault
    that holds real cases."""
    require_demo_allowed(session)
    day = today or dt.date.today()
    language = lang or edition(session)
    rng = random.Random(seed)
    existing = set(session.scalars(select(Case.reference)))
    documents = []
    number = 1
    while len(documents) < cases:
        doc = demo_document(rng, number, day, language)
        number += 1
        if doc["case"]["reference"] not in existing:
            documents.append(doc)
    made = import_cases(session, documents)
    _mark_demo(session, made, EDITION_COUNTRY[language])
    return made


def _mark_demo(session: Session, made: list[Case], country: str) -> None:
    """Demo cases say they are demo; the actors they brought into the directory belong to
    the demo's country (so an edition's directory lists them)."""
    ids = [case.id for case in made]
    for case in made:
        case.is_demo = True
    new_actors = session.scalars(
        select(Actor)
        .join(CaseActor, CaseActor.actor_id == Actor.id)
        .where(CaseActor.case_id.in_(ids), Actor.country.is_(None))
    )
    for actor in set(new_actors):
        actor.country = country
    session.flush()
    audit.record(
        session, "case.mark_demo", "case", "demo", detail={"count": len(ids), "country": country}
    )
