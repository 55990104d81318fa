"""The Overview tab's actions."""

from __future__ import annotations

import datetime as dt

from vnr_desk.services.people import reveal_person_address
from vnr_desk.services.views import overview as overview_view
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession

SHOWS = overview_view.SHOWS


def load(session: VaultSession, case_id: int, today: dt.date, done: Done, failed: Failed) -> None:
    session.run(lambda s: overview_view.overview(s, case_id, today), done, failed)


def reveal_address(
    session: VaultSession, case_id: int, person_id: int, done: Done, failed: Failed
) -> None:
    """Show a protected address; the reveal is audited."""
    session.run(lambda s: reveal_person_address(s, case_id, person_id), done, failed)
