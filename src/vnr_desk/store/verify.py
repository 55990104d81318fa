"""Whole-vault check: every page's HMAC, SQLite's structure, and the audit chain held
against its anchor in the header and its append-only triggers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vnr_desk.store.audit import ChainReport, verify_chain
from vnr_desk.store.errors import VaultCorrupted


@dataclass(frozen=True)
class VerifyReport:
    cipher_problems: list[str]
    integrity_problems: list[str]
    chain: ChainReport

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and not self.integrity_problems and self.chain.ok


def check_connection(conn: Any) -> tuple[list[str], list[str]]:
    """(cipher problems, integrity problems) for a keyed DB-API connection."""
    cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    integrity = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if integrity == ["ok"]:
        integrity = []
    return cipher, integrity


def verify(vault: Any) -> VerifyReport:
    """Run every check; damage found by SQLite itself surfaces as `VaultCorrupted`."""
    with vault.engine.connect() as conn:
        raw = conn.connection.driver_connection
        try:
            cipher, integrity = check_connection(raw)
        except Exception as exc:
            raise VaultCorrupted("database pages cannot be read") from exc
    with vault.session() as s:
        chain = verify_chain(s, vault.header.audit_anchor)
    return VerifyReport(cipher, integrity, chain)
