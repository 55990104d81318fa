"""The window's vault-wide actions: back up, import case files, add and remove demo cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vnr_desk.services.interchange.importer import import_cases, load_documents
from vnr_desk.services.seed.demo import generate_demo
from vnr_desk.services.seed.demo_removal import demo_allowed, demo_count, remove_demo_cases
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


def demo_state(session: VaultSession, done: Done, failed: Failed) -> None:
    """(demo cases may be added, how many demo cases there are) for the Help menu."""
    session.run(lambda s: (demo_allowed(s), demo_count(s)), done, failed)


def remove_demo(session: VaultSession, done: Done, failed: Failed) -> None:
    """Remove every demo case; reports how many. Real cases are never touched."""
    session.run(remove_demo_cases, done, failed)
