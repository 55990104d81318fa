"""A vault written by an earlier release must still open after any dependency bump
(SQLCipher major upgrades have made old files unreadable elsewhere) and migrate forward."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from vnr_desk.domain import Note
from vnr_desk.services.cases import get_case
from vnr_desk.store import migrate
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.store.verify import verify

FIXTURE = Path(__file__).parent.parent / "fixtures" / "vault-0001"
PASSPHRASE = "fixture passphrase æøå"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "old-vault"
    shutil.copytree(FIXTURE, target)
    return target


def test_old_vault_opens_migrates_and_keeps_its_note(tmp_path: Path) -> None:
    vault = Vault.unlock(_copy(tmp_path), PASSPHRASE)
    try:
        with vault.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        with vault.session() as s:
            case = get_case(s, "F-1")
            texts = s.scalars(select(Note.text).where(Note.case_id == case.id)).all()
        assert texts == ["Fixture note written by schema 0001: æøå äö"]
        assert verify(vault).ok
    finally:
        vault.lock()


def test_old_vault_recovery_key_still_works(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    recovery_key = (directory / "RECOVERY_KEY.txt").read_text().strip()
    Vault.reset_passphrase(directory, recovery_key, "ny", CHEAP_TEST_PARAMS).lock()
    Vault.unlock(directory, "ny").lock()
