"""Three vaults (A, B and a stranger C), each knowing the others' contact cards as the
test needs, and a rich case in A holding a canary note."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from vnr_desk.services import cases, notes
from vnr_desk.services.handover import colleagues, identity
from vnr_desk.services.interchange import importer as interchange
from vnr_desk.services.seed.demo import demo_document
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault

CANARY = "KANARIE-7f3a Mette bor på Skjultvej 9"


def rich_document() -> dict[str, Any]:
    doc = demo_document(random.Random(11), 1, dt.date(2026, 11, 1))
    doc["case"]["reference"] = "K-2026-017"
    return doc


@pytest.fixture
def vaults(tmp_path: Path) -> Iterator[dict[str, Vault]]:
    made = {}
    for name in ("a", "b", "c"):
        made[name], _ = Vault.create(tmp_path / name, PASSPHRASE, CHEAP_TEST_PARAMS)
    try:
        yield made
    finally:
        for v in made.values():
            v.lock()


def card(vault: Vault, name: str) -> identity.ContactCard:
    with vault.session() as s:
        mine = identity.my_card(s)
    return identity.ContactCard(name, "Enhed", mine.encryption_key, mine.signing_key)


def know(vault: Vault, other: Vault, name: str) -> None:
    with vault.session() as s:
        colleagues.add_colleague(s, card(other, name))


@pytest.fixture
def ab(vaults: dict[str, Vault]) -> dict[str, Vault]:
    """A and B know each other; A holds the case with the canary note."""
    know(vaults["a"], vaults["b"], "Bo")
    know(vaults["b"], vaults["a"], "Anna")
    with vaults["a"].session() as s:
        case = interchange.import_case(s, rich_document())
        notes.add_note(s, case, CANARY, dt.datetime(2026, 11, 20, 10, 0))
        cases.get_case(s, "K-2026-017")
    return vaults
