"""The window's vault-wide actions: back up, import case files, add demo cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vnr_desk.services.interchange.importer import import_cases, load_documents
from vnr_desk.services.seed.demo import generate_demo
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession


def backup(session: VaultSession, out: Path, done: Done, failed: Failed) -> None:
    """Write and check a backup (the target was checked when it was chosen)."""
    session.backup(out, done, failed)


def import_file(session: VaultSession, path: Path, done: Done, failed: Failed) -> None:
    """Import every case of a case file; reports how many."""
    session.run(lambda s: len(import_cases(s, load_documents(path))), done, failed)


def add_demo_cases(
    session: VaultSession, count: int, today: dt.date, done: Done, failed: Failed
) -> None:
    """Add fictional demo cases; reports how many."""
    session.run(lambda s: len(generate_demo(s, count, today=today)), done, failed)
