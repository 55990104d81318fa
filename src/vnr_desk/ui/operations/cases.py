"""The window's case actions."""

from __future__ import annotations

import datetime as dt

from vnr_desk.services.cases import create_case
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession


def new_case(
    session: VaultSession, reference: str, opened_on: dt.date, done: Done, failed: Failed | None
) -> None:
    """Open a new case; reports its id."""
    session.run(lambda s: create_case(s, reference, opened_on).id, done, failed)
