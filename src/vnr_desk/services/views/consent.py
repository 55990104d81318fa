"""The Consent tab's reads: a recipient's ledger history, the consents covering a cell,
and a recipient by the key the grid names it with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    Actor,
    Case,
    CaseActor,
    Consent,
    ConsentPurposeRow,
    ConsentWithdrawal,
    NetworkMember,
)
from vnr_desk.rules import consent as consent_rules
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.consent import Recipient, recipient_clause, recipient_row

# The row types this read model shows: a write of any of them makes it stale.
SHOWS: frozenset[type] = frozenset(
    {Consent, ConsentPurposeRow, ConsentWithdrawal, CaseActor, Actor, NetworkMember}
)


def recipient_by_key(session: Session, case: Case, key: str) -> Recipient:
    """A recipient key (as the consent grid names them) to the row."""
    return recipient_row(session, case, key)


@dataclass(frozen=True)
class ConsentHistoryEntry:
    """One line of a recipient's ledger: a consent given or renewed, or a withdrawal."""

    consent_id: int
    event: str  # "given" | "renewed" | "withdrawn"
    on: dt.date
    purposes: tuple[str, ...]
    form: str
    documented_by: str | None
    expires_on: dt.date | None


def _recipient_clause(key: str) -> ColumnElement[bool]:
    return recipient_clause(key)


def consent_history(session: Session, case_id: int, key: str) -> list[ConsentHistoryEntry]:
    """The full ledger for one recipient in date order: gifts, renewals and withdrawals."""
    case = get_case_by_id(session, case_id)
    recipient_by_key(session, case, key)
    entries: list[ConsentHistoryEntry] = []
    for c in session.scalars(
        select(Consent)
        .where(Consent.case_id == case_id, _recipient_clause(key))
        .order_by(Consent.given_on, Consent.id)
    ):
        purposes = tuple(sorted(c.purpose_values))
        entries.append(
            ConsentHistoryEntry(
                c.id,
                "renewed" if c.renews_id is not None else "given",
                c.given_on,
                purposes,
                c.form.value,
                c.documented_by,
                c.expires_on,
            )
        )
        if c.withdrawal is not None:
            entries.append(
                ConsentHistoryEntry(
                    c.id,
                    "withdrawn",
                    c.withdrawal.withdrawn_on,
                    purposes,
                    c.withdrawal.how.value,
                    c.withdrawal.recorded_by,
                    None,
                )
            )
    order = {"given": 0, "renewed": 0, "withdrawn": 1}
    entries.sort(key=lambda e: (e.on, order[e.event], e.consent_id))
    return entries


def covering_consents(
    session: Session, case: Case, key: str, purpose: str, on: dt.date
) -> list[Consent]:
    """The ledger entries that make `purpose` valid for the recipient on `on` (what a
    withdrawal of that cell has to withdraw)."""
    recipient_by_key(session, case, key)
    found: list[Consent] = []
    for c in session.scalars(
        select(Consent)
        .where(Consent.case_id == case.id, _recipient_clause(key))
        .order_by(Consent.given_on, Consent.id)
    ):
        entry = consent_rules.ConsentEntry(
            c.id, c.purpose_values, c.given_on, c.expires_on, c.withdrawn_on
        )
        if purpose in c.purpose_values and consent_rules.in_force(entry, on):
            found.append(c)
    return found
