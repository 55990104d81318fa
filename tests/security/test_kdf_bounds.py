"""Issue 13, failure 9 (one case): a header edited to ask Argon2 for 4 GiB is refused as a
damaged header before anything is allocated, with its own message and exit code 4."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from vnr_desk.cli import main
from vnr_desk.store import header as header_io
from vnr_desk.store import keyslots
from vnr_desk.store.errors import KdfOutOfRange, VaultCorrupted
from vnr_desk.store.keyslots import Argon2Params
from vnr_desk.store.vault import Vault


@pytest.fixture(autouse=True)
def expensive_derivations_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stands in for the real allocation (4 GiB of the shared test machine): a derivation
    above the default cost fails as it would, so unchecked bounds show as MemoryError."""
    real = keyslots.Argon2id

    def argon2id(**kwargs: int | bytes) -> object:
        if kwargs["memory_cost"] > 128 * 1024 or kwargs["iterations"] > 3 or kwargs["lanes"] > 4:
            raise MemoryError
        return real(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keyslots, "Argon2id", argon2id)


def _edit_params(vault_dir: Path, params: Argon2Params) -> None:
    """Rewrite the passphrase slot's cost and recompute the checksum, as an attacker would."""
    path = Vault(vault_dir).paths.header
    hdr = header_io.read(path)
    header_io.write(path, replace(hdr, passphrase_slot=replace(hdr.passphrase_slot, params=params)))


HOSTILE = [
    Argon2Params(iterations=3, lanes=4, memory_kib=4 * 1024 * 1024),  # 4 GiB
    Argon2Params(iterations=3, lanes=4, memory_kib=1024 * 1024 + 1),  # just over 1 GiB
    Argon2Params(iterations=1000, lanes=4, memory_kib=128 * 1024),
    Argon2Params(iterations=3, lanes=64, memory_kib=128 * 1024),
]


@pytest.mark.parametrize("params", HOSTILE, ids=["4GiB", "1GiB+1", "iterations", "lanes"])
def test_hostile_kdf_cost_is_a_damaged_header(
    new_vault: tuple[Vault, str], vault_dir: Path, params: Argon2Params
) -> None:
    new_vault[0].lock()
    _edit_params(vault_dir, params)
    with pytest.raises(KdfOutOfRange) as caught:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert isinstance(caught.value, VaultCorrupted)
    assert caught.value.exit_code == 4
    with pytest.raises(KdfOutOfRange):  # again, not "in use": the refusal released the lock
        Vault.unlock(vault_dir, PASSPHRASE)


def test_cli_says_why_and_exits_4(
    new_vault: tuple[Vault, str],
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    new_vault[0].lock()
    _edit_params(vault_dir, HOSTILE[0])
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(vault_dir), "verify"]) == 4
    err = capsys.readouterr().err
    assert "key-derivation settings beyond safe limits" in err
    assert "unexpected error" not in err
    assert len(err.strip().splitlines()) == 1


def test_the_ceilings_themselves_are_accepted() -> None:
    top = {
        "iterations": keyslots.MAX_ITERATIONS,
        "lanes": keyslots.MAX_LANES,
        "memory_kib": keyslots.MAX_MEMORY_KIB,
    }
    assert Argon2Params.from_json(top).to_json() == top
    assert Argon2Params.from_json(Argon2Params().to_json()) == Argon2Params()
