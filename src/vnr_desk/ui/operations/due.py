"""The due-and-overdue list's reads: the whole vault, or only the cases a write touched."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from vnr_desk.services.views.due import due_rows
from vnr_desk.ui.operations import Done
from vnr_desk.ui.session import VaultSession


def load(
    session: VaultSession, on: dt.date, done: Done, case_ids: Collection[int] | None = None
) -> None:
    session.run(lambda s: due_rows(s, on, case_ids), done)
