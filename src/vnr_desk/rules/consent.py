"""Consent status from a ledger of entries: the one decision every export and invitation asks.

The ledger is append-only: a renewal is a new entry and a withdrawal is recorded against an
entry, which the service flattens into `ConsentEntry.withdrawn_on`. Everything here is a pure
function of the entries and a day, so a status can be recomputed for any date in the past."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from vnr_desk.domain.enums import ConsentPurpose

DEFAULT_WARN_DAYS = 30


class ConsentState(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"
    MISSING = "missing"


SHAREABLE_STATES = frozenset({ConsentState.VALID, ConsentState.EXPIRING})


@dataclass(frozen=True, slots=True)
class ConsentEntry:
    """One ledger entry for one recipient, as the service flattens it."""

    id: int
    purposes: frozenset[str]
    given_on: dt.date
    expires_on: dt.date | None
    withdrawn_on: dt.date | None


def in_force(entry: ConsentEntry, on: dt.date) -> bool:
    """Given by `on`, not yet withdrawn (a withdrawal counts from its own day), not expired.

    The expiry day itself is still covered: "valid until 3 September" includes 3 September."""
    return (
        entry.given_on <= on
        and (entry.withdrawn_on is None or entry.withdrawn_on > on)
        and (entry.expires_on is None or on <= entry.expires_on)
    )


_PURPOSE_VALUES: dict[str, str] = {p.value: p.value for p in ConsentPurpose}


def _purpose(purpose: str) -> str:
    """The purpose's value. A misspelt purpose would silently read as MISSING; fail loudly.

    A dict lookup, not `ConsentPurpose(purpose).value`: the consent grid asks for every cell."""
    found = _PURPOSE_VALUES.get(purpose)
    if found is None:
        raise ValueError(f"purpose: unknown purpose {purpose!r}")
    return found


def consent_cell(
    entries: Iterable[ConsentEntry],
    purpose: str,
    on: dt.date,
    warn_days: int = DEFAULT_WARN_DAYS,
) -> tuple[ConsentState, dt.date | None]:
    """The state of consent for `purpose` on day `on`, from all entries for one recipient,
    and while it is in force the day it runs until (None: no end, or not in force).

    Any entry in force makes it VALID (EXPIRING when the longest-lasting one ends within
    `warn_days`). Otherwise the most recent entry given by `on` decides between WITHDRAWN
    and EXPIRED, so a later renewal wins over an older withdrawal and the reverse.
    Entries given after `on` do not count yet."""
    if warn_days < 0:
        raise ValueError("warn_days: must not be negative")
    wanted = _purpose(purpose)
    covering = [e for e in entries if wanted in e.purposes and e.given_on <= on]
    if not covering:
        return ConsentState.MISSING, None
    ends = [e.expires_on for e in covering if in_force(e, on)]
    if ends:
        if None in ends:
            return ConsentState.VALID, None
        last = max(end for end in ends if end is not None)
        if (last - on).days <= warn_days:
            return ConsentState.EXPIRING, last
        return ConsentState.VALID, last
    latest = max(covering, key=lambda e: (e.given_on, e.id))
    if latest.withdrawn_on is not None and latest.withdrawn_on <= on:
        return ConsentState.WITHDRAWN, None
    return ConsentState.EXPIRED, None


def consent_status(
    entries: Iterable[ConsentEntry],
    purpose: str,
    on: dt.date,
    warn_days: int = DEFAULT_WARN_DAYS,
) -> ConsentState:
    """The state alone, as `consent_cell` decides it."""
    return consent_cell(entries, purpose, on, warn_days)[0]


def may_share(
    entries: Iterable[ConsentEntry],
    purpose: str,
    on: dt.date,
    warn_days: int = DEFAULT_WARN_DAYS,
) -> bool:
    """True only while consent for `purpose` is in force: the single gate for sharing."""
    return consent_status(entries, purpose, on, warn_days) in SHAREABLE_STATES


def consent_overview(
    entries: Iterable[ConsentEntry],
    on: dt.date,
    warn_days: int = DEFAULT_WARN_DAYS,
) -> dict[ConsentPurpose, ConsentState]:
    """Every purpose's state for one recipient, in `ConsentPurpose` order, at a glance."""
    ledger = tuple(entries)
    return {p: consent_status(ledger, p, on, warn_days) for p in ConsentPurpose}
