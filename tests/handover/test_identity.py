"""Each vault has its own key pairs, private halves only inside the encrypted database:
made at creation, and by migration 0005 for a vault made before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from tests.conftest import PASSPHRASE
from vnr_desk.services.errors import Duplicate, InvalidInput
from vnr_desk.services.handover import colleagues, identity
from vnr_desk.store import migrate
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault


def test_an_older_vault_gets_its_keys_on_unlock(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_upgrade = command.upgrade
    monkeypatch.setattr(migrate.command, "upgrade", lambda cfg, _rev: real_upgrade(cfg, "0003"))
    old, _ = Vault.create(vault_dir, PASSPHRASE, CHEAP_TEST_PARAMS)
    with old.session() as s:
        assert s.execute(text("SELECT count(*) FROM vault_meta")).scalar() == 1
    old.lock()
    monkeypatch.setattr(migrate.command, "upgrade", real_upgrade)
    vault = Vault.unlock(vault_dir, PASSPHRASE, CHEAP_TEST_PARAMS)
    try:
        with vault.session() as s:
            card = identity.my_card(s)
            secret = s.execute(
                text("SELECT value FROM vault_meta WHERE key = 'identity.encryption'")
            ).scalar()
        assert card.encryption_key.startswith("age1") and len(card.signing_key) == 64
        assert secret.startswith("AGE-SECRET-KEY-")
    finally:
        vault.lock()
    for path in vault_dir.iterdir():
        assert secret.encode() not in path.read_bytes()
        assert secret.lower().encode() not in path.read_bytes()


def test_two_vaults_have_different_identities(vaults: dict[str, Vault]) -> None:
    cards = []
    for v in vaults.values():
        with v.session() as s:
            cards.append(identity.my_card(s))
    assert len({c.fingerprint for c in cards}) == 3
    assert all(len(c.fingerprint.split()) == 12 for c in cards)


def test_a_card_round_trips_and_bad_cards_are_refused(vaults: dict[str, Vault]) -> None:
    with vaults["a"].session() as s:
        mine = identity.my_card(s)
    card = identity.ContactCard("Anna Ø", "Krisecenter", mine.encryption_key, mine.signing_key)
    assert identity.parse_card(card.to_bytes()) == card
    broken = card.to_bytes().replace(mine.signing_key.encode(), b"00" * 31)
    for raw in (b"{}", b"\xff", broken, b"x" * 20000):
        with pytest.raises(InvalidInput):
            identity.parse_card(raw)
    with pytest.raises(InvalidInput), vaults["a"].session() as s:
        colleagues.add_colleague(s, card)  # one's own card
    with vaults["b"].session() as s:
        colleagues.add_colleague(s, card)
    with pytest.raises(Duplicate), vaults["b"].session() as s:
        colleagues.add_colleague(s, card, name="Anna igen")
