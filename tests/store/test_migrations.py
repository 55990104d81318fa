from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import PASSPHRASE
from vnr_desk.store import migrate
from vnr_desk.store.errors import VaultTooNew
from vnr_desk.store.vault import Vault


def test_new_vault_is_at_head(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()


def test_newer_schema_is_refused_and_left_untouched(
    new_vault: tuple[Vault, str], vault_dir: Path
) -> None:
    vault = new_vault[0]
    with vault.session() as s:
        s.execute(text("UPDATE alembic_version SET version_num = 'ffff_from_the_future'"))
    vault.lock()
    db = vault_dir / "vault.db"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(VaultTooNew):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert (
        not (vault_dir / "vault.db-wal").exists()
        or (vault_dir / "vault.db-wal").stat().st_size == 0
    )
