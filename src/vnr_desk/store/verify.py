"""Whole-vault check: every page's HMAC, SQLite's structure, and the audit chain held
against its anchor in the header and its append-only triggers.

Pages come first. Once SQLCipher has seen a page fail its HMAC the connection refuses
writes (even `BEGIN IMMEDIATE`), and nothing read through a damaged page can be trusted,
so the audit chain is walked only over undamaged pages; a damaged vault reports its first
damaged page instead."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vnr_desk.store.audit import ChainReport, verify_chain
from vnr_desk.store.engine import PAGE_PATTERN, first_damaged_page
from vnr_desk.store.errors import VaultCorrupted


@dataclass(frozen=True)
class VerifyReport:
    cipher_problems: list[str]
    integrity_problems: list[str]
    chain: ChainReport | None  # None: not walked, because pages are damaged
    first_damaged_page: int | None = None

    @property
    def ok(self) -> bool:
        return (
            not self.cipher_problems
            and not self.integrity_problems
            and self.chain is not None
            and self.chain.ok
        )


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
            raise VaultCorrupted(
                "database pages cannot be read", page=first_damaged_page(raw)
            ) from exc
        page = _first_page(cipher) or _first_page(integrity)
    if cipher or integrity:
        return VerifyReport(cipher, integrity, None, page)
    with vault.session() as s:
        chain = verify_chain(s, vault.header.audit_anchor)
    return VerifyReport(cipher, integrity, chain)


def _first_page(lines: list[str]) -> int | None:
    pages = [int(m.group(1)) for line in lines for m in PAGE_PATTERN.finditer(line)]
    return min(pages) if pages else None
