"""kill -9 of a sync at random moments: afterwards both vaults verify, and no change is
lost or applied twice (the outbox is cleared only for change ids the server committed;
a change id pushed again is answered from `team_change`, not applied again).

Each round Anna writes a note and moves the meeting, then her sync and Bo's are started
in a forked process and killed with SIGKILL after a random delay; then both sync to the
end and the round is checked. `test_kill_5_rounds` runs in every suite; the 50-round
soak is marked slow."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from tests.conftest import PASSPHRASE
from tests.team.scenario import REF, open_shared_case
from tests.team.team_kit import Laptop, Team
from vnr_desk.domain import Note, SyncOutbox
from vnr_desk.services.cases import get_case
from vnr_desk.services.notes import add_note
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.store.verify import verify

_FORK = multiprocessing.get_context("fork")


def _sync_in_child(directory: str) -> None:
    from vnr_desk.team.sync import sync

    vault = Vault.unlock(Path(directory), PASSPHRASE, CHEAP_TEST_PARAMS)
    sync(vault)
    os._exit(0)


def _killed_sync(laptop: Laptop, delay: float) -> bool:
    """Sync in a forked child, SIGKILLed after `delay` s; True if it died by the kill."""
    directory = laptop.vault.paths.directory
    laptop.vault.lock()
    child = _FORK.Process(target=_sync_in_child, args=(str(directory),))
    child.start()
    time.sleep(delay)
    if child.pid is not None and child.is_alive():
        os.kill(child.pid, signal.SIGKILL)
    child.join()
    laptop.vault = Vault.unlock(Path(str(directory)), PASSPHRASE, CHEAP_TEST_PARAMS)
    return child.exitcode == -signal.SIGKILL


def _notes(laptop: Laptop) -> list[str]:
    with laptop.vault.session() as s:
        return sorted(s.scalars(select(Note.text)))


def _run(team: Team, rounds: int, seed: int) -> None:
    shared, u = open_shared_case(team)
    rng = random.Random(seed)
    start = time.monotonic()
    shared.anna.sync()
    typical = max(0.2, time.monotonic() - start)
    killed = 0
    for i in range(rounds):
        with shared.anna.vault.session() as s:
            add_note(s, get_case(s, REF), f"Notat {i}")
        shared.edit(shared.anna, "meeting", u["meeting"], place=f"Sted {i}")
        killed += _killed_sync(shared.anna, rng.uniform(0, typical * 1.5))
        killed += _killed_sync(shared.bo, rng.uniform(0, typical * 1.5))
        shared.anna.sync()
        shared.bo.sync()
        expected = sorted(["Første samtale.", *(f"Notat {n}" for n in range(i + 1))])
        assert _notes(shared.anna) == expected, f"round {i}"
        assert _notes(shared.bo) == expected, f"round {i}"
        assert shared.row(shared.bo, "meeting", u["meeting"]).place == f"Sted {i}"
        with shared.anna.vault.session() as s:
            assert s.scalar(select(func.count()).select_from(SyncOutbox)) == 0
    assert killed >= rounds // 2  # most syncs really were cut off midway
    for laptop in (shared.anna, shared.bo):
        assert verify(laptop.vault).ok
        assert laptop.conflicts(open_only=False) == []
    with psycopg.connect(team.admin_dsn) as conn:
        notes = conn.execute(
            "SELECT count(*) FROM team_row WHERE table_name = 'note' AND NOT deleted"
        ).fetchone()
        changes = conn.execute("SELECT count(DISTINCT change_id), count(*) FROM team_change")
        distinct, total = changes.fetchone()  # type: ignore[misc]
        version = conn.execute(
            "SELECT version FROM team_row WHERE uuid = %s", (u["meeting"],)
        ).fetchone()
    assert notes == (rounds + 1,)
    assert distinct == total
    # One version per round's move and never one more: nothing applied twice.
    assert version == (rounds + 1,)


def test_kill_5_rounds(team: Team) -> None:
    _run(team, 5, seed=18)


@pytest.mark.slow
def test_kill_50_rounds(team: Team) -> None:
    _run(team, 50, seed=1818)
