"""The benchmark vault: a deterministic municipality's worth of cases, built once and cached.

The vault is made by `Vault.create` (cheap Argon2 parameters: unlock cost is measured
separately), then filled in one transaction through a raw keyed connection with
`executemany`. Notes go into `note` with plain INSERTs, so the FTS5 triggers index them
exactly as `add_note` would. A plain (unencrypted) copy of the same database is exported
with `sqlcipher_export` for the floors. Both are cached under `benchmarks/.cache/<size>/`
and rebuilt when the schema head, the builder version or the sizes change."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from vnr_desk.store.engine import connect_raw
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.migrate import head_revision
from vnr_desk.store.vault import Vault

BUILDER_VERSION = 1
PASSPHRASE = "benchmark passphrase"
SEED = 20260302
TODAY = dt.date(2026, 3, 2)
SEARCH_WORD = "husleje"  # in about 1.5 % of notes, as "husleje" or "huslejen"
CACHE_ROOT = Path(__file__).resolve().parent / ".cache"


@dataclass(frozen=True)
class Size:
    name: str
    cases: int
    notes: int
    actions: int
    consents: int


SIZES = {
    "tiny": Size("tiny", 20, 800, 80, 40),
    "quick": Size("quick", 1000, 40_000, 4000, 2000),
    "full": Size("full", 5000, 200_000, 20_000, 10_000),
}


@dataclass(frozen=True)
class BenchData:
    size: Size
    vault_dir: Path
    plain_db: Path
    built_seconds: float | None  # None when taken from the cache

    @property
    def db(self) -> Path:
        return self.vault_dir / "vault.db"


# -- text -----------------------------------------------------------------------------------

COMMON = [
    "borgeren",
    "fortæller",
    "at",
    "hun",
    "har",
    "sovet",
    "bedre",
    "den",
    "sidste",
    "uge",
    "vi",
    "talte",
    "om",
    "budget",
    "og",
    "samtale",
    "på",
    "krisecentret",
    "er",
    "bekymret",
    "for",
    "børnenes",
    "skolegang",
    "efter",
    "flytningen",
    "telefonisk",
    "kontakt",
    "ønsker",
    "søstren",
    "deltager",
    "i",
    "næste",
    "netværksmøde",
    "hjemmebesøg",
    "aflyst",
    "ny",
    "tid",
    "aftalt",
    "rådhusets",
    "mødelokale",
    "koordinerende",
    "møde",
    "afholdt",
    "jobcentret",
    "børne",
    "familieafdelingen",
    "deltog",
    "svar",
    "boligansøgningen",
    "glad",
    "flytte",
    "foråret",
    "økonomisk",
    "kontrol",
    "partneren",
    "adgang",
    "mitid",
    "politiet",
    "anmeldelse",
    "tilhold",
    "psykolog",
    "henvisning",
    "depositum",
    "enkeltydelse",
    "plan",
    "mål",
    "handling",
    "aftale",
    "opfølgning",
    "barnet",
    "skolen",
    "lærer",
    "sundhedsplejerske",
    "læge",
    "medicin",
    "angst",
    "søvn",
    "mad",
    "penge",
    "gæld",
    "regning",
    "bank",
    "konto",
    "kommune",
    "sagsbehandler",
    "møde",
    "uge",
    "måned",
    "dag",
]


def _vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    syllables = ("ka", "ren", "bo", "lig", "sko", "le", "for", "hold", "ning", "ste", "mo", "der")
    rare = {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(3000)}
    words = COMMON + sorted(rare - set(COMMON) - {SEARCH_WORD})
    weights = [1.0 / (rank + 8) for rank in range(len(words))]  # Zipf-like
    return words, weights


def _note_texts(rng: random.Random, count: int) -> list[str]:
    words, weights = _vocabulary(rng)
    cumulative = list(itertools.accumulate(weights))
    texts = []
    for _ in range(count):
        body = rng.choices(words, cum_weights=cumulative, k=rng.randint(12, 70))
        if rng.random() < 0.015:
            body.insert(rng.randrange(len(body)), rng.choice((SEARCH_WORD, SEARCH_WORD + "en")))
        text = " ".join(body)
        texts.append(text[0].upper() + text[1:] + ".")
    return texts


# -- rows -----------------------------------------------------------------------------------


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S.000000")


ACTOR_SECTORS = ("municipality", "municipality", "region", "state", "civil_society")
INTAKE = ("police_report", "emergency_room", "psp", "jobcentre", "self_referral", "third_party")
PURPOSES = ("share_information", "invite_to_meeting", "receive_action_plan", "receive_case_summary")
DOMAINS = ("housing", "economy", "children_parenting", "job", "mental_health", "safety", "legal")


def _fill(conn: object, size: Size) -> None:
    rng = random.Random(SEED)
    ex = conn.executemany  # type: ignore[attr-defined]
    actors = [
        (i, f"Aktør {i} (fiktiv)", ACTOR_SECTORS[i % len(ACTOR_SECTORS)], f"Enhed {i}", "")
        for i in range(1, 41)
    ]
    ex("INSERT INTO actor (id, name, sector, unit, offers) VALUES (?,?,?,?,?)", actors)

    cases, violence, people, case_actors, network, risks = [], [], [], [], [], []
    assessments, ratings, plans, goals, actions, meetings, events = [], [], [], [], [], [], []
    consents, purposes, withdrawals = [], [], []
    actions_per_case = size.actions // size.cases
    consents_per_case = size.consents // size.cases
    person_id = ca_id = goal_id = action_id = consent_id = 0
    for case_id in range(1, size.cases + 1):
        opened = TODAY - dt.timedelta(days=rng.randint(5, 1500))
        admitted = rng.random() < 0.6
        urgent = rng.random() < 0.1
        closed = rng.random() < 0.15
        cases.append(
            (
                case_id,
                f"K-{opened.year}-{case_id:05d}",
                _iso(opened),
                _iso(opened + dt.timedelta(days=300)) if closed else None,
                "closed" if closed else "open",
                "crisis_centre_admission" if admitted else rng.choice(INTAKE),
                int(urgent),
                _iso(TODAY - dt.timedelta(days=rng.randint(0, 30))) if urgent else None,
                _iso(opened) if admitted else None,
            )
        )
        for form in rng.sample(("physical", "psychological", "economic", "digital"), 2):
            violence.append((case_id, form))
        surname = rng.choice(("Eksempel", "Prøvesen", "Fiktivsen", "Påhittad", "Testsson"))
        roles = ["victim_survivor", "person_using_violence"] + ["child"] * rng.randint(0, 2)
        for role in roles:
            person_id += 1
            people.append(
                (
                    person_id,
                    case_id,
                    role,
                    f"{rng.choice(('Mette', 'Sara', 'Bo', 'Alma', 'Noah'))} {surname}",
                    _iso(dt.date(rng.randint(1965, 2020), rng.randint(1, 12), 1)),
                    f"Skjultvej {rng.randint(1, 99)}",
                    int(rng.random() < 0.5),
                )
            )
        first_ca = ca_id + 1
        for k, actor in enumerate(rng.sample(range(1, 41), rng.randint(2, 4))):
            ca_id += 1
            case_actors.append((ca_id, case_id, actor, "Rolle", "Ansvar", "active", int(k == 0)))
        last_ca = ca_id
        network.append((case_id, case_id, f"Netværk {case_id}", "søster", "resource", 1, ""))
        for k in range(rng.randint(1, 2)):
            risks.append(
                (
                    case_id,
                    _iso(opened + dt.timedelta(days=1 + 60 * k)),
                    rng.choice(("low", "medium", "high", "acute")),
                    "",
                )
            )
        assessments.append((case_id, case_id, _iso(opened + dt.timedelta(days=14)), "", "", ""))
        for domain in rng.sample(DOMAINS, 4):
            ratings.append((case_id, domain, rng.randint(1, 5), "", ""))
        made = opened + dt.timedelta(days=rng.randint(7, 28))
        plans.append((case_id, case_id, "adult", 1, _iso(made), _iso(made), ""))
        for g in range(2):
            goal_id += 1
            goals.append((goal_id, case_id, g, f"Mål {g + 1}", DOMAINS[g], "open"))
            for _ in range(actions_per_case // 2):
                action_id += 1
                actions.append(
                    (
                        action_id,
                        goal_id,
                        "Handling",
                        rng.randint(first_ca, last_ca),
                        _iso(TODAY + dt.timedelta(days=rng.randint(-40, 90))),
                        rng.choice(("planned", "in_progress", "done")),
                        "",
                    )
                )
        meetings.append(
            (
                case_id,
                case_id,
                rng.choice(("coordination", "network", "follow_up", "urgent")),
                _stamp(dt.datetime.combine(opened + dt.timedelta(days=30), dt.time(10))),
                "Rådhuset",
                1,
                "",
            )
        )
        if admitted and rng.random() < 0.6:
            events.append((case_id, "coordinator_contact", _iso(opened + dt.timedelta(days=2))))
        if rng.random() < 0.3:
            events.append((case_id, "outreach_letter_sent", _iso(TODAY - dt.timedelta(days=20))))
        for k in range(consents_per_case):
            consent_id += 1
            given = opened + dt.timedelta(days=rng.randint(0, 10))
            expires = (
                _iso(
                    max(given + dt.timedelta(days=30), TODAY + dt.timedelta(rng.randint(-60, 200)))
                )
                if rng.random() < 0.6
                else None
            )
            consents.append(
                (
                    consent_id,
                    case_id,
                    first_ca + k if first_ca + k <= last_ca else None,
                    None if first_ca + k <= last_ca else case_id,
                    _iso(given),
                    expires,
                    _stamp(dt.datetime.combine(given, dt.time(12))),
                )
            )
            for p in rng.sample(PURPOSES, rng.randint(1, 3)):
                purposes.append((consent_id, p))
            if rng.random() < 0.1:
                withdrawals.append(
                    (
                        consent_id,
                        _iso(TODAY - dt.timedelta(days=3)),
                        "oral",
                        "bench",
                        _stamp(TODAY_AT),
                    )
                )

    ex(
        "INSERT INTO case_file (id, reference, opened_on, closed_on, status, intake_route, "
        "urgent, urgent_since, crisis_centre_admission_on) VALUES (?,?,?,?,?,?,?,?,?)",
        cases,
    )
    ex("INSERT INTO case_violence_form (case_id, form) VALUES (?,?)", violence)
    ex(
        "INSERT INTO case_person (id, case_id, role, name, date_of_birth, address, "
        "protected_address) VALUES (?,?,?,?,?,?,?)",
        people,
    )
    ex(
        "INSERT INTO case_actor (id, case_id, actor_id, role, responsibility, referral_status, "
        "is_coordinator) VALUES (?,?,?,?,?,?,?)",
        case_actors,
    )
    ex(
        "INSERT INTO network_member (id, case_id, name, relation, stance, may_contact, notes) "
        "VALUES (?,?,?,?,?,?,?)",
        network,
    )
    ex(
        "INSERT INTO risk_assessment (case_id, made_on, level, notes) VALUES (?,?,?,?)",
        risks,
    )
    ex(
        "INSERT INTO assessment (id, case_id, made_on, hopes, dreams, resources) "
        "VALUES (?,?,?,?,?,?)",
        assessments,
    )
    ex(
        "INSERT INTO domain_rating (assessment_id, domain, rating, description, own_words) "
        "VALUES (?,?,?,?,?)",
        ratings,
    )
    ex(
        "INSERT INTO action_plan (id, case_id, kind, version, made_on, review_due_on, "
        "after_effort) VALUES (?,?,?,?,?,date(?, '+6 months'),?)",
        plans,
    )
    ex(
        "INSERT INTO goal (id, plan_id, position, text, domain, status) VALUES (?,?,?,?,?,?)",
        goals,
    )
    ex(
        "INSERT INTO plan_action (id, goal_id, text, responsible_id, due_on, status, outcome) "
        "VALUES (?,?,?,?,?,?,?)",
        actions,
    )
    ex(
        "INSERT INTO meeting (id, case_id, kind, held_on, place, citizen_present, minutes) "
        "VALUES (?,?,?,?,?,?,?)",
        meetings,
    )
    ex(
        "INSERT INTO case_event (case_id, kind, occurred_on, remark) VALUES (?,?,?,'')",
        events,
    )
    ex(
        "INSERT INTO consent (id, case_id, case_actor_id, network_member_id, given_on, form, "
        "expires_on, recorded_at) VALUES (?,?,?,?,?,'written',?,?)",
        consents,
    )
    ex("INSERT INTO consent_purpose (consent_id, purpose) VALUES (?,?)", purposes)
    ex(
        "INSERT INTO consent_withdrawal (consent_id, withdrawn_on, how, recorded_by, "
        "recorded_at) VALUES (?,?,?,?,?)",
        withdrawals,
    )

    texts = _note_texts(rng, size.notes)
    opened_on = {row[0]: dt.date.fromisoformat(row[2]) for row in cases}
    per_case = size.notes // size.cases
    notes = []
    for i, text in enumerate(texts):
        case_id = i // per_case + 1 if i // per_case < size.cases else rng.randint(1, size.cases)
        start = dt.datetime.combine(opened_on[case_id], dt.time(9))
        written = start + dt.timedelta(hours=rng.randint(0, 24 * 300))
        notes.append((case_id, _stamp(written), text))
    notes.sort(key=lambda row: row[1])  # ids grow with time, as in real use
    ex("INSERT INTO note (case_id, written_at, text) VALUES (?,?,?)", notes)


TODAY_AT = dt.datetime.combine(TODAY, dt.time(8))


# -- cache ----------------------------------------------------------------------------------


def _stamp_file(size: Size) -> dict[str, object]:
    return {
        "builder": BUILDER_VERSION,
        "schema_head": head_revision(),
        "seed": SEED,
        "size": asdict(size),
    }


def build(size: Size, directory: Path) -> None:
    """Make the vault and its plain twin in `directory` (which must not exist)."""
    vault, _ = Vault.create(directory / "vault", PASSPHRASE, CHEAP_TEST_PARAMS)
    key = vault.data_key
    vault.lock()
    conn = connect_raw(directory / "vault" / "vault.db", key)
    try:
        conn.execute("PRAGMA cache_size = -400000")  # build without spilling to the WAL
        conn.execute("BEGIN IMMEDIATE")
        _fill(conn, size)
        conn.execute("COMMIT")
        conn.execute("PRAGMA optimize")
        conn.execute(f"ATTACH DATABASE '{directory / 'plain.db'}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def bench_data(size: Size, root: Path = CACHE_ROOT, log: object = print) -> BenchData:
    """The cached data set for `size`, built first if missing or stale."""
    folder = root / size.name
    stamp = _stamp_file(size)
    stamp_path = folder / "stamp.json"
    if stamp_path.exists() and json.loads(stamp_path.read_text()) == stamp:
        return BenchData(size, folder / "vault", folder / "plain.db", None)
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    log(f"building the {size.name} data set ({size.cases} cases, {size.notes} notes)...")  # type: ignore[operator]
    start = time.perf_counter()
    build(size, folder)
    stamp_path.write_text(json.dumps(stamp, indent=2))
    return BenchData(size, folder / "vault", folder / "plain.db", time.perf_counter() - start)
