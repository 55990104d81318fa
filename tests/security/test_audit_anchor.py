"""Issue 13, failure 5: with the data key and the triggers dropped, cutting rows off the
audit log, emptying it or editing a row and recomputing the chain left `verify` "ok".
The chain's length and head are now anchored in the header under its MAC."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from vnr_desk.cli import main
from vnr_desk.domain import AuditEntry
from vnr_desk.services.cases import create_case, get_case
from vnr_desk.services.notes import add_note
from vnr_desk.store import audit
from vnr_desk.store import header as header_io
from vnr_desk.store.engine import connect_raw
from vnr_desk.store.vault import Vault
from vnr_desk.store.verify import verify

ENTRIES = 30


@pytest.fixture
def filled(new_vault: tuple[Vault, str], vault_dir: Path) -> bytes:
    """A locked vault with ENTRIES audit entries; returns its data key (the attacker's)."""
    vault = new_vault[0]
    with vault.session() as s:
        create_case(s, "K-1")
    for batch in range(ENTRIES // 10):  # several commits, each moving the anchor
        with vault.session() as s:
            for i in range(10 - (batch == 0)):
                add_note(s, get_case(s, "K-1"), f"note {batch}.{i}")
    key = vault.data_key
    vault.lock()
    return key


def _tamper(vault_dir: Path, key: bytes, *sql: str) -> None:
    conn = connect_raw(vault_dir / "vault.db", key)
    try:
        for statement in sql:
            conn.execute(statement)
    finally:
        conn.close()


def _recompute_chain(vault_dir: Path, key: bytes) -> None:
    """What an attacker with the key and this source does after editing a row."""
    conn = connect_raw(vault_dir / "vault.db", key)
    try:
        rows = conn.execute(
            "SELECT id, at, who, action, object_type, object_id, case_id, detail "
            "FROM audit_log ORDER BY id"
        ).fetchall()
        prev = audit.GENESIS
        for row_id, at, *rest in rows:
            digest = audit._digest(prev, dt.datetime.fromisoformat(at), *rest)
            conn.execute(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row_id)
            )
            prev = digest
    finally:
        conn.close()


DROP_TRIGGERS = ("DROP TRIGGER audit_log_no_delete", "DROP TRIGGER audit_log_no_update")
RESTORE_TRIGGERS = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
    "SELECT RAISE(ABORT, 'audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN "
    "SELECT RAISE(ABORT, 'audit log is append-only'); END",
)


@pytest.fixture
def verify_cli(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[[], tuple[int, str]]:
    """`vnr-desk verify` in this process: (exit code, everything it printed)."""
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)

    def run() -> tuple[int, str]:
        code = main(["--vault", str(vault_dir), "verify"])
        out = capsys.readouterr()
        return code, out.out + out.err

    return run


def test_last_20_rows_deleted(
    filled: bytes, vault_dir: Path, verify_cli: Callable[[], tuple[int, str]]
) -> None:
    _tamper(
        vault_dir,
        filled,
        *DROP_TRIGGERS,
        "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT 20)",
        *RESTORE_TRIGGERS,
    )
    code, text = verify_cli()
    assert code == 4
    assert f"TRUNCATED: 20 of the {ENTRIES} recorded entries are missing" in text


def test_all_rows_deleted(
    filled: bytes, vault_dir: Path, verify_cli: Callable[[], tuple[int, str]]
) -> None:
    _tamper(vault_dir, filled, *DROP_TRIGGERS, "DELETE FROM audit_log", *RESTORE_TRIGGERS)
    code, text = verify_cli()
    assert code == 4
    assert f"TRUNCATED: {ENTRIES} of the {ENTRIES} recorded entries" in text


def test_edited_row_with_recomputed_chain(
    filled: bytes, vault_dir: Path, verify_cli: Callable[[], tuple[int, str]]
) -> None:
    _tamper(
        vault_dir,
        filled,
        *DROP_TRIGGERS,
        "UPDATE audit_log SET action = 'note.view' WHERE id = (SELECT min(id) + 2 FROM audit_log)",
    )
    _recompute_chain(vault_dir, filled)
    _tamper(vault_dir, filled, *RESTORE_TRIGGERS)
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        report = verify(vault).chain
    finally:
        vault.lock()
    assert report.first_broken_id is None  # the chain itself is consistent again
    assert report.rewritten_at == ENTRIES and not report.ok
    code, text = verify_cli()
    assert code == 4
    assert f"REWRITTEN: entry number {ENTRIES} no longer matches" in text


def test_dropped_triggers_are_reported(
    filled: bytes, vault_dir: Path, verify_cli: Callable[[], tuple[int, str]]
) -> None:
    _tamper(
        vault_dir,
        filled,
        "DROP TRIGGER audit_log_no_delete",
        "DROP TRIGGER consent_no_update",
        "DROP TRIGGER audit_log_no_update",
        # same names, defused
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT 1; END",
        "DROP TRIGGER consent_no_delete",
        "CREATE TRIGGER consent_no_delete BEFORE DELETE ON consent WHEN 0 BEGIN "
        "SELECT RAISE(ABORT, 'the consent ledger is append-only'); END",
    )
    code, text = verify_cli()
    assert code == 4
    assert (
        "triggers missing: audit_log_no_update, audit_log_no_delete, "
        "consent_no_update, consent_no_delete" in text
    )


def test_the_demo_release_needs_its_guard(
    filled: bytes, vault_dir: Path, verify_cli: Callable[[], tuple[int, str]]
) -> None:
    assert verify_cli()[0] == 0  # the ledger's demo-release form (migration 0015) verifies
    _tamper(vault_dir, filled, "DROP TRIGGER demo_case_removal_only_demo")
    code, text = verify_cli()
    assert code == 4
    assert "triggers missing: demo_case_removal_only_demo" in text


def test_a_later_write_does_not_bless_a_cut_chain(filled: bytes, vault_dir: Path) -> None:
    _tamper(
        vault_dir,
        filled,
        *DROP_TRIGGERS,
        "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT 5)",
        *RESTORE_TRIGGERS,
    )
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        for i in range(7):  # past the anchored length again
            with vault.session() as s:
                add_note(s, get_case(s, "K-1"), f"after {i}")
        report = verify(vault).chain
    finally:
        vault.lock()
    assert not report.ok
    assert report.anchored == ENTRIES and report.entries == ENTRIES - 5 + 7
    assert report.rewritten_at == ENTRIES


def test_intact_vault_verifies_and_anchor_follows_each_commit(vault: Vault) -> None:
    with vault.session() as s:
        case = create_case(s, "K-1")
        add_note(s, case, "one")
    with vault.session() as s:
        add_note(s, get_case(s, "K-1"), "two")
    on_disk = header_io.read(vault.paths.header).audit_anchor
    with vault.session() as s:
        head = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert on_disk == audit.AuditAnchor(3, head.id, head.hash)
    report = verify(vault)
    assert report.ok and report.chain.anchored == 3


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to crash a real process")
def test_crash_between_commit_and_anchor_is_not_tampering(filled: bytes, vault_dir: Path) -> None:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child: commit, then die before the anchor is written
        try:
            vault = Vault.unlock(vault_dir, PASSPHRASE)
            Vault._write_anchor = lambda self, anchor: os._exit(9)  # type: ignore[method-assign]
            with vault.session() as s:
                add_note(s, get_case(s, "K-1"), "saved, anchor not yet")
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 9
    assert header_io.read(vault_dir / "vault.header").audit_anchor.count == ENTRIES  # type: ignore[union-attr]
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        report = verify(vault)
        assert report.ok and report.chain.entries == ENTRIES + 1
        assert report.chain.anchored == ENTRIES  # behind by the last commit: allowed
        with vault.session() as s:
            add_note(s, get_case(s, "K-1"), "the anchor catches up")
        assert verify(vault).chain.anchored == ENTRIES + 2
    finally:
        vault.lock()


def test_vault_from_before_anchors_gets_one_at_its_first_write(vault: Vault) -> None:
    with vault.session() as s:
        create_case(s, "K-1")
    unanchored = replace(vault._current_header(), audit_anchor=None).sealed(vault.data_key)
    header_io.write(vault.paths.header, unanchored)
    vault.header = unanchored
    assert verify(vault).ok and verify(vault).chain.anchored is None
    with vault.session() as s:
        add_note(s, get_case(s, "K-1"), "first write after the upgrade")
    assert header_io.read(vault.paths.header).audit_anchor.count == 2  # type: ignore[union-attr]
    assert verify(vault).ok


def test_a_whole_older_copy_is_caught_only_by_a_witness(
    filled: bytes,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The documented limit: header and database put back together look honest; a count
    and head noted outside the laptop (`verify --json`) still catch it."""
    older = tmp_path / "older"
    shutil.copytree(vault_dir, older)
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    with vault.session() as s:
        add_note(s, get_case(s, "K-1"), "the entry someone wants gone")
    vault.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(vault_dir), "verify", "--json"]) == 0
    noted = json.loads(capsys.readouterr().out)
    witness = f"{noted['audit_entries']}:{noted['audit_head']}"
    assert main(["--vault", str(vault_dir), "verify", "--witness", witness]) == 0
    assert "still carries the hash noted earlier" in capsys.readouterr().out

    shutil.rmtree(vault_dir)
    shutil.copytree(older, vault_dir)
    assert main(["--vault", str(vault_dir), "verify"]) == 0
    capsys.readouterr()
    assert main(["--vault", str(vault_dir), "verify", "--witness", witness]) == 4
    assert f"DOES NOT MATCH what was noted: entry {ENTRIES + 1}" in capsys.readouterr().out


def test_a_unit_of_work_rolled_back_by_its_caller_leaves_the_anchor(vault: Vault) -> None:
    with vault.session() as s:
        create_case(s, "K-1")
    before = header_io.read(vault.paths.header).audit_anchor
    with vault.session() as s:
        add_note(s, get_case(s, "K-1"), "thought better of it")
        s.rollback()
    assert header_io.read(vault.paths.header).audit_anchor == before
    assert verify(vault).ok


def test_a_failed_anchor_write_does_not_fail_the_saved_note(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    with vault.session() as s:
        create_case(s, "K-1")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(header_io, "write", disk_full)
    with vault.session() as s:
        add_note(s, get_case(s, "K-1"), "saved although the header could not be written")
    monkeypatch.undo()
    assert verify(vault).ok and verify(vault).chain.anchored == 1
    with vault.session() as s:
        add_note(s, get_case(s, "K-1"), "the anchor catches up")
    assert verify(vault).chain.anchored == 3
