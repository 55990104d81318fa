"""The Consent tab's actions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vnr_desk.services import consent
from vnr_desk.services.settings import caseworker_profile
from vnr_desk.services.views import consent as consent_view
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession

SHOWS = consent_view.SHOWS


def history(
    session: VaultSession, case_id: int, recipient: str, done: Done, failed: Failed
) -> None:
    session.run(lambda s: consent_view.consent_history(s, case_id, recipient), done, failed)


def record(
    session: VaultSession,
    case_id: int,
    recipient: str,
    purposes: list[str],
    given_on: dt.date,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: consent.record_consent_by_id(s, case_id, recipient, purposes, given_on, **values),
        done,
        failed,
    )


def withdrawal_context(
    session: VaultSession,
    case_id: int,
    recipient: str,
    purpose: str,
    on: dt.date,
    done: Done,
    failed: Failed,
) -> None:
    """What a withdrawal of one cell could take with it, and the caseworker's name from the
    vault's profile (never the OS login), to ask about first."""
    session.run(
        lambda s: (
            consent.covered_purposes(s, case_id, recipient, purpose, on),
            caseworker_profile(s).name,
        ),
        done,
        failed,
    )


def withdraw(
    session: VaultSession,
    case_id: int,
    recipient: str,
    purposes: list[str],
    on: dt.date,
    how: str,
    recorded_by: str,
    done: Done,
    failed: Failed,
) -> None:
    """Withdraw `purposes` only, from `on`; the recipient's other purposes stay valid."""
    session.run(
        lambda s: consent.withdraw_purposes_by_id(
            s, case_id, recipient, purposes, on, how=how, recorded_by=recorded_by
        ),
        done,
        failed,
    )


def load(session: VaultSession, case_id: int, on: dt.date, done: Done, failed: Failed) -> None:
    """The consent grid of the case on `on`."""
    session.run(lambda s: consent.consent_grid(s, case_id, on), done, failed)
