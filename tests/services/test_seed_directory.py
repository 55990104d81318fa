"""The example directory follows the vault's edition: a Danish vault is seeded with Danish
actors only, a Swedish one with the Swedish actors the sources name, and no entry of the
other country reaches either."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Actor, Sector
from vnr_desk.services import actors
from vnr_desk.services.seed.actor_directory import EXAMPLE_ACTORS, examples_for
from vnr_desk.services.settings import set_edition

SWEDISH_UNITS = {
    "försörjningsstöd",
    "vuxenenheten",
    "barn och familj",
    "kvinnojour",
    "polis",
    "vårdcentral",
    "psykiatri",
    "barn- och ungdomspsykiatri",
    "skola",
    "kriminalvård",
    "arbetsförmedling",
    "försäkringskassa",
}


def _countries(session: Session) -> set[str | None]:
    return set(session.scalars(select(Actor.country)))


def test_a_danish_vault_gets_only_danish_entries(session: Session) -> None:
    names = {a.name for a in actors.directory(session)}
    assert {"Jobcenter", "Krisecenter", "Politiet"} <= names
    assert _countries(session) == {"DK"}
    assert not {"Kvinnojour", "Försäkringskassan", "Polisen"} & names


def test_a_swedish_vault_gets_only_swedish_entries(session: Session) -> None:
    set_edition(session, "sv")
    seeded = actors.directory(session)
    assert _countries(session) == {"SE"}
    assert {a.unit for a in seeded} >= SWEDISH_UNITS
    assert not {"Jobcenter", "Krisecenter", "LOKK", "Politiet"} & {a.name for a in seeded}
    assert any(a.sector == Sector.CIVIL_SOCIETY and a.unit != "kvinnojour" for a in seeded)


@pytest.mark.parametrize(("edition", "country"), [("da", "DK"), ("sv", "SE")])
def test_examples_split_cleanly_by_edition(edition: str, country: str) -> None:
    chosen = examples_for(edition)
    assert chosen and {entry[3] for entry in chosen} == {country}
    assert len(examples_for("da")) + len(examples_for("sv")) == len(EXAMPLE_ACTORS)
    names = [entry[0] for entry in chosen]
    assert len(names) == len(set(names))
