"""Fictional demo cases: obviously made-up Danish and Swedish names, every part of a case
filled in, some deadlines overdue and some consents expired or withdrawn.

Deterministic for a seed and a reference day (dates are laid out around `today`, so the
demo always has something due). Cases are built as "vnr-desk-case/1" documents and go in
through the importer, so demo data obeys exactly the rules real data does."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, ConsentPurpose, LifeDomain, ViolenceForm
from vnr_desk.services.interchange.fields import FORMAT
from vnr_desk.services.interchange.importer import import_cases
from vnr_desk.services.seed.demo_removal import require_demo_allowed

FIRST_DA = ("Mette", "Hanne", "Louise", "Camilla", "Amira", "Signe", "Fatima", "Birgitte")
FIRST_SV = ("Sara", "Anna", "Elin", "Maja", "Leila", "Karin", "Ida", "Nour")
SURNAMES_DA = ("Eksempel", "Prøvesen", "Fiktivsen", "Opdigtet", "Demodatter")
SURNAMES_SV = ("Påhittad", "Låtsasson", "Testsson", "Exempelsdotter", "Fiktivström")
MEN = ("Bo", "Jens", "Kim", "Erik", "Lars", "Omar")
CHILDREN = ("Lille", "Sofus", "Alma", "Noah", "Ella", "Liam")
RELATIONS = ("søster", "mor", "veninde", "nabo", "kollega", "syster", "bror")

ACTORS_DA = (
    ("Jobcenter Demo", "municipality", "jobcenter", "Koordinerende sagsbehandler"),
    ("Ydelseskontoret Demo", "municipality", "ydelseskontor", "Økonomi og enkeltydelser"),
    ("Børne- og familieafdelingen Demo", "municipality", "børn og familie", "Barnets plan"),
    ("Krisecenter Fyrtårnet (fiktivt)", "civil_society", "krisecenter", "Ophold og samtaler"),
    ("Politiet Demo", "state", "politi", "Anmeldelse og tilhold"),
    ("Psykiatrien Demo", "region", "psykiatri", "Udredning"),
)
ACTORS_SV = (
    ("Socialtjänsten Demo", "municipality", "socialtjänst", "Samordnare"),
    ("Kvinnojouren Fyren (fiktiv)", "civil_society", "kvinnojour", "Skyddat boende"),
    ("Vårdcentralen Demo", "region", "vårdcentral", "Hälsa"),
    ("Polisen Demo", "state", "polis", "Kontaktförbud"),
)
GOALS = (
    ("Jeg vil lære at lægge et budget", "economy"),
    ("Jeg vil have fuld forældremyndighed", "legal"),
    ("Jeg vil anmelde volden", "legal"),
    ("Jeg vil have min egen bolig", "housing"),
    ("Jeg vil i gang med en uddannelse", "education"),
    ("Jeg vil have et arbejde", "job"),
    ("Jeg vil sove om natten igen", "mental_health"),
    ("Mine børn skal føle sig trygge", "children_parenting"),
)
ACTIONS = (
    "Budgetsamtale med økonomisk rådgiver",
    "Ansøge om enkeltydelse til depositum",
    "Henvisning til psykolog",
    "Kontakt til familieretshuset",
    "Ledsagelse til politiet",
    "Boligansøgning sendt",
    "Afklaringsforløb i jobcentret",
)
NOTES = (
    "Borgeren fortæller, at hun har sovet bedre den sidste uge. Vi talte om budget og husleje.",
    "Samtale på krisecentret. Borgeren er bekymret for børnenes skolegang efter flytningen.",
    "Telefonisk kontakt. Borgeren ønsker at søstren deltager i næste netværksmøde.",
    "Hjemmebesøg aflyst af borgeren. Ny tid aftalt i næste uge i rådhusets mødelokale.",
    "Koordinerende møde afholdt. Jobcentret og børne- og familieafdelingen deltog.",
    "Borgeren har fået svar på boligansøgningen og er glad for at kunne flytte i foråret.",
    "Borgeren fortæller om økonomisk kontrol: partneren har haft adgang til hendes NemID.",
)
HOPES = ("At kunne give børnene en rolig hverdag", "At få et arbejde igen", "At blive fri")
RESOURCES = (
    "God kontakt til søster",
    "Stærk motivation",
    "Uddannelse som social- og sundhedsassistent",
)


def _iso(day: dt.date) -> str:
    return day.isoformat()


def demo_document(rng: random.Random, number: int, today: dt.date) -> dict[str, Any]:
    swedish = rng.random() < 0.3
    first = rng.choice(FIRST_SV if swedish else FIRST_DA)
    surname = rng.choice(SURNAMES_SV if swedish else SURNAMES_DA)
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
            "phone": f"+45 00 00 {rng.randint(10, 99)} {rng.randint(10, 99)}",
            "address": f"Skjultvej {rng.randint(1, 99)}",
            "protected_address": rng.random() < 0.5,
        },
        {"key": "p2", "role": "person_using_violence", "name": f"{rng.choice(MEN)} {surname}"},
    ]
    for i in range(rng.randint(0, 2)):
        people.append(
            {
                "key": f"p{3 + i}",
                "role": "child",
                "name": f"{rng.choice(CHILDREN)} {surname}",
                "date_of_birth": _iso(dt.date(rng.randint(2010, 2022), rng.randint(1, 12), 1)),
            }
        )
    doc["people"] = people
    pool = ACTORS_SV if swedish else ACTORS_DA
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
            "name": f"{rng.choice(FIRST_SV + FIRST_DA)} {rng.choice(SURNAMES_DA + SURNAMES_SV)}",
            "relation": rng.choice(RELATIONS),
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
        }
        roll = rng.random()
        if roll < 0.15:
            entry["form"], entry["documented_by"] = "oral", "Rådgiver Demo"
        if roll < 0.6:
            entry["expires_on"] = _iso(
                max(given + dt.timedelta(days=30), today + dt.timedelta(days=rng.randint(-60, 200)))
            )
        if 0.6 <= roll < 0.7 and given < today:
            entry["withdrawn_on"], entry["withdrawn_how"] = (
                _iso(today - dt.timedelta(days=rng.randint(0, (today - given).days))),
                "oral",
            )
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
                    d: {"rating": min(5, rng.randint(1, 3) + k), "text": "Vurderet ved samtale"}
                    for d in rng.sample(domains, rng.randint(4, len(domains)))
                },
                "hopes": rng.choice(HOPES),
                "dreams": "En lejlighed med altan",
                "resources": rng.choice(RESOURCES),
            }
        )
    doc["risk_assessments"] = [
        {
            "on": _iso(opened + dt.timedelta(days=1)),
            "level": rng.choice(["low", "medium", "medium", "high", "acute"]),
            "notes": "Vurderet med basis-screening",
        }
    ]
    goals = rng.sample(GOALS, rng.randint(2, 4))
    doc["plans"] = [
        {
            "made_on": _iso(opened + dt.timedelta(days=rng.randint(7, 28))),
            "kind": "adult",
            "after_effort": "Borgeren har egen bolig og et netværk, der kan støtte hende.",
            "goals": [
                {
                    "text": text,
                    "domain": domain,
                    "actions": [
                        {
                            "text": rng.choice(ACTIONS),
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
            "place": "Rådhuset, mødelokale 2",
            "citizen_present": rng.random() < 0.7,
            "participants": [a["key"] for a in doc["actors"][:2]],
            "agenda": ["Velkomst", "Status på handleplanen", "Næste skridt"],
            "minutes": "Borgeren fortalte om sin situation. Aktørerne aftalte næste skridt.",
            "decisions": ["Næste møde om tre måneder"],
        }
    ]
    doc["notes"] = [
        {
            "written_at": f"{_iso(opened + dt.timedelta(days=d))}T{9 + d % 7:02d}:15:00",
            "text": rng.choice(NOTES),
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


def generate_demo(
    session: Session, cases: int = 20, seed: int = 1, today: dt.date | None = None
) -> list[Case]:
    """Add `cases` demo cases; references already present are skipped (numbering goes on).
    Refused in a vault that holds real cases; every case made is marked as a demo case."""
    require_demo_allowed(session)
    day = today or dt.date.today()
    rng = random.Random(seed)
    existing = set(session.scalars(select(Case.reference)))
    documents = []
    number = 1
    while len(documents) < cases:
        doc = demo_document(rng, number, day)
        number += 1
        if doc["case"]["reference"] not in existing:
            documents.append(doc)
    made = import_cases(session, documents)
    for case in made:
        case.is_demo = True
    session.flush()
    return made
