"""Failure 11c of issue 13: deleting `vault.lock` while the vault is open must not let a
second writer in. The lock also sits on something that cannot be unlinked away."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from vnr_desk.store.errors import VaultInUse
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault


def test_second_open_refused_after_lock_file_deleted(vault: Vault) -> None:
    vault.paths.lock.unlink()
    with pytest.raises(VaultInUse):
        Vault.unlock(vault.paths.directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    r = run_cli("--vault", vault.paths.directory, "verify", env={"VNR_DESK_PASSPHRASE": PASSPHRASE})
    assert r.returncode == 6, r.stderr


def test_lock_file_replaced_by_another_file_still_refuses(vault: Vault) -> None:
    vault.paths.lock.unlink()
    vault.paths.lock.write_text("")
    with pytest.raises(VaultInUse):
        Vault.unlock(vault.paths.directory, PASSPHRASE, CHEAP_TEST_PARAMS)


def test_after_lock_the_vault_opens_again_and_the_lock_file_returns(vault: Vault) -> None:
    vault.paths.lock.unlink()
    vault.lock()
    again = Vault.unlock(vault.paths.directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    try:
        assert again.paths.lock.exists()
        with pytest.raises(VaultInUse):
            Vault.unlock(vault.paths.directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    finally:
        again.lock()
