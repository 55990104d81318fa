"""Row-level security, checked with raw SQL through each caseworker's own login role: no
one reads another unit's case, and a protected address never reaches a role that may
not see it (a colleague the case is only shared with)."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
from sqlalchemy import select

from tests.team.team_kit import Team
from vnr_desk.domain import CasePerson
from vnr_desk.domain.enums import PersonRole
from vnr_desk.services.cases import create_case
from vnr_desk.services.people import add_person
from vnr_desk.team import link as team_link
from vnr_desk.team.server import assign, share

ADDRESS = "Hemmelig Allé 7, 4400 Kalundborg"


def _raw(team: Team, laptop) -> psycopg.Connection:  # type: ignore[no-untyped-def]
    with laptop.vault.session() as s:
        found = team_link.require_link(s)
    return psycopg.connect(found.conninfo())


def _case_with_protected_address(laptop, reference: str) -> None:  # type: ignore[no-untyped-def]
    with laptop.vault.session() as s:
        case = create_case(s, reference, dt.date(2026, 11, 1))
        add_person(
            s,
            case,
            PersonRole.VICTIM_SURVIVOR,
            "Lise Berg",
            address=ADDRESS,
            protected_address=True,
        )
    laptop.sync()


def test_a_caseworker_of_unit_a_cannot_read_unit_bs_case(team: Team) -> None:
    anna = team.laptop("anna", "voksen")
    dora = team.laptop("dora", "boern")
    erik = team.laptop("erik", "boern", leader=True)
    _case_with_protected_address(dora, "B-1")
    with _raw(team, anna) as conn:
        assert conn.execute("SELECT count(*) FROM team_row").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM team_case").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM team_protected").fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM team_row WHERE fields::text LIKE '%Lise%'"
        ).fetchone() == (0,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM team_user")
    with _raw(team, anna) as conn, pytest.raises(psycopg.Error):
        conn.execute("UPDATE team_case SET unit = 'voksen'")
    assert anna.sync().pulled == 0
    # The leader of unit B sees the case, protected address included.
    with _raw(team, erik) as conn:
        assert conn.execute("SELECT count(*) FROM team_case").fetchone() == (1,)
        assert conn.execute("SELECT fields->>'address' FROM team_protected").fetchone() == (
            ADDRESS,
        )
    erik.sync()
    with erik.vault.session() as s:
        assert s.scalar(select(CasePerson.address)) == ADDRESS


def test_a_protected_address_never_reaches_a_role_the_case_is_only_shared_with(
    team: Team,
) -> None:
    dora = team.laptop("dora", "boern")
    anna = team.laptop("anna", "voksen")
    _case_with_protected_address(dora, "B-2")
    with _raw(team, dora) as conn:
        share(conn, "B-2", "voksen")
    with _raw(team, anna) as conn:
        assert conn.execute("SELECT count(*) FROM team_row").fetchone() == (2,)
        assert conn.execute("SELECT count(*) FROM team_protected").fetchone() == (0,)
        text = conn.execute("SELECT string_agg(fields::text, '') FROM team_row").fetchone()
        assert text is not None and "Hemmelig" not in text[0] and "Lise Berg" in text[0]
    anna.sync()
    with anna.vault.session() as s:
        person = s.scalars(select(CasePerson)).one()
        assert person.name == "Lise Berg" and person.protected_address
        assert person.address is None
    # Nothing of it on disk in plain text either: the vault is encrypted.
    for path in anna.vault.paths.directory.rglob("*"):
        if path.is_file():
            assert b"Lise Berg" not in path.read_bytes()


def test_assigning_moves_a_case_within_the_unit_only(team: Team) -> None:
    dora = team.laptop("dora", "boern")
    fie = team.laptop("fie", "boern")
    anna = team.laptop("anna", "voksen")
    _case_with_protected_address(dora, "B-3")
    with _raw(team, dora) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        assign(conn, "B-3", "anna")  # another unit: refused
    with _raw(team, dora) as conn:
        assign(conn, "B-3", "fie")
    fie.sync()
    with fie.vault.session() as s:
        assert s.scalar(select(CasePerson.address)) == ADDRESS
    assert anna.sync().pulled == 0
