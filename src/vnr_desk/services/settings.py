"""Small municipality settings kept in the vault (the consent warning window)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from vnr_desk.domain import Setting
from vnr_desk.rules.consent import DEFAULT_WARN_DAYS
from vnr_desk.services import auditing as audit
from vnr_desk.services.errors import InvalidInput

WARN_DAYS_KEY = "consent.warn_days"


def consent_warn_days(session: Session) -> int:
    """Days before expiry that a consent shows as `expiring` (default 30)."""
    row = session.get(Setting, WARN_DAYS_KEY)
    return int(row.value) if row is not None else DEFAULT_WARN_DAYS


def set_consent_warn_days(session: Session, days: int) -> None:
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 365:
        raise InvalidInput("warn_days: must be a whole number of days from 0 to 365")
    row = session.get(Setting, WARN_DAYS_KEY)
    if row is None:
        session.add(Setting(key=WARN_DAYS_KEY, value=str(days)))
    else:
        row.value = str(days)
    session.flush()
    audit.record(session, "setting.update", "setting", WARN_DAYS_KEY, detail={"value": days})
