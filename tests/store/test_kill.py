"""A note the service reported as saved survives SIGKILL of the process an instant later."""

from __future__ import annotations

import os
import random
import select
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import select as sql_select

from tests.conftest import PASSPHRASE
from vnr_desk.domain import Note
from vnr_desk.services.cases import create_case, get_case
from vnr_desk.services.notes import add_note
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.store.verify import verify

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


def _writer(vault_dir: Path, out_fd: int) -> None:
    """Child: add notes forever, printing each id once add_note's transaction returned."""
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    n = 0
    while True:
        with vault.session() as s:
            note_id = add_note(s, get_case(s, "K-1"), f"kill-test note {n} " + "x" * 200).id
        os.write(out_fd, f"{note_id}\n".encode())
        n += 1


def _one_round(vault_dir: Path, rng: random.Random) -> list[int]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        os.close(read_fd)
        try:
            _writer(vault_dir, write_fd)
        finally:
            os._exit(1)
    os.close(write_fd)
    deadline = time.monotonic() + rng.uniform(0.05, 0.4)
    data = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([read_fd], [], [], 0.01)
        if ready:
            data += os.read(read_fd, 65536)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_fd, 65536):
        data += chunk
    os.close(read_fd)
    return [int(line) for line in data.split(b"\n")[:-1]]


def _kill_rounds(vault_dir: Path, rounds: int) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, CHEAP_TEST_PARAMS)
    with vault.session() as s:
        create_case(s, "K-1")
    vault.lock()
    rng = random.Random(20261123)
    printed: list[int] = []
    for _ in range(rounds):
        printed += _one_round(vault_dir, rng)
        vault = Vault.unlock(vault_dir, PASSPHRASE)
        try:
            with vault.session() as s:
                stored = set(s.scalars(sql_select(Note.id)).all())
            missing = set(printed) - stored
            assert not missing, f"notes reported saved but lost: {sorted(missing)[:5]}"
            assert verify(vault).ok
        finally:
            vault.lock()
    assert len(printed) > rounds  # the child really wrote between kills


def test_sigkill_loses_no_saved_note(tmp_path: Path) -> None:
    _kill_rounds(tmp_path / "vault", 50)


@pytest.mark.slow
def test_sigkill_soak(tmp_path: Path) -> None:
    _kill_rounds(tmp_path / "vault", 200)
