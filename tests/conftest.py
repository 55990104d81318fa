"""Suite-wide settings: Qt offscreen, cheap Argon2 for vaults made by tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VNR_DESK_INSECURE_TEST_KDF"] = "1"
os.environ.setdefault("VNR_DESK_LANG", "en")

from collections.abc import Iterator
from pathlib import Path

import pytest

from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault

PASSPHRASE = "correct horse 'battery' \"staple\" %@ æøå"


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_dir: Path) -> Iterator[tuple[Vault, str]]:
    vault, recovery_key = Vault.create(vault_dir, PASSPHRASE, CHEAP_TEST_PARAMS)
    try:
        yield vault, recovery_key
    finally:
        vault.lock()


@pytest.fixture
def vault(new_vault: tuple[Vault, str]) -> Vault:
    return new_vault[0]
