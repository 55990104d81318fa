"""Small settings kept in the vault: the consent warning window, the caseworker's own
profile (who "registered by" and "documented by" name; never the computer's login), and who
the user is in the actor directory (so "mine" can mean "cases I coordinate")."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Actor, Setting, VaultMeta
from vnr_desk.rules.consent import DEFAULT_WARN_DAYS
from vnr_desk.services import auditing as audit
from vnr_desk.services.errors import InvalidInput, NotFound
from vnr_desk.store.prepared import PreparedRead

WARN_DAYS_KEY = "consent.warn_days"


_WARN_DAYS = PreparedRead(select(Setting.value).where(Setting.key == WARN_DAYS_KEY))


def consent_warn_days(session: Session) -> int:
    """Days before expiry that a consent shows as `expiring` (default 30)."""
    rows = _WARN_DAYS.rows(session)
    return int(rows[0][0]) if rows else DEFAULT_WARN_DAYS


def set_consent_warn_days(session: Session, days: int) -> None:
    if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= 365:
        raise InvalidInput("warn_days: must be a whole number of days from 0 to 365")
    session.merge(Setting(key=WARN_DAYS_KEY, value=str(days)))
    session.flush()
    audit.record(session, "setting.update", "setting", WARN_DAYS_KEY, detail={"value": days})


PROFILE_PREFIX = "profile."
PROFILE_MAX = 200


@dataclass(frozen=True)
class CaseworkerProfile:
    """The caseworker using this vault; every field may be empty (not filled in yet)."""

    name: str = ""
    unit: str = ""
    phone: str = ""
    email: str = ""


def caseworker_profile(session: Session) -> CaseworkerProfile:
    keys = {PROFILE_PREFIX + f.name: f.name for f in fields(CaseworkerProfile)}
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.in_(keys)))
    return CaseworkerProfile(**{keys[key]: value for key, value in rows})


def caseworker_signature(session: Session) -> str:
    """Who asks for consent on a printed form: the profile's name and unit, never the OS
    login (a shared or generic account name on a paper the citizen signs). Refused while
    the profile is empty: a form naming no one is no consent."""
    profile = caseworker_profile(session)
    signature = ", ".join(part for part in (profile.name, profile.unit) if part)
    if not signature:
        raise InvalidInput("profile: fill in your name and unit in Settings before printing")
    return signature


def set_caseworker_profile(session: Session, profile: CaseworkerProfile) -> None:
    """Store the profile; an emptied field is removed. The audit names the fields changed,
    never their values."""
    changed: list[str] = []
    for f in fields(CaseworkerProfile):
        value = " ".join(str(getattr(profile, f.name)).split())
        if len(value) > PROFILE_MAX:
            raise InvalidInput(f"{f.name}: at most {PROFILE_MAX} characters")
        key = PROFILE_PREFIX + f.name
        row = session.get(Setting, key)
        if (row.value if row else "") == value:
            continue
        changed.append(f.name)
        if not value:
            session.delete(row)
        elif row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
    if changed:
        session.flush()
        audit.record(session, "setting.profile", "setting", "profile", detail={"fields": changed})


MY_ACTOR_KEY = "my_actor_id"


def my_actor_id(session: Session) -> int | None:
    row = session.get(VaultMeta, MY_ACTOR_KEY)
    return int(row.value) if row is not None and row.value.isdigit() else None


def set_my_actor(session: Session, actor_id: int | None) -> None:
    """Who the user is in the actor directory, so "mine" can mean "I coordinate it"."""
    row = session.get(VaultMeta, MY_ACTOR_KEY)
    if actor_id is None:
        if row is not None:
            session.delete(row)
        return
    if session.get(Actor, actor_id) is None:
        raise NotFound(f"actor_id: no actor with id {actor_id}")
    session.merge(VaultMeta(key=MY_ACTOR_KEY, value=str(actor_id)))
    session.flush()
    audit.record(session, "settings.my_actor", "actor", actor_id)


EDITION_KEY = "edition"
EDITIONS = ("da", "sv")
"""A vault is a Danish or a Swedish edition: its language, actor directory, intake routes
and consent wording. Chosen at creation; changing it later changes the language only."""


def edition(session: Session) -> str:
    """The vault's edition ("da" or "sv"); vaults made before editions existed are Danish."""
    row = session.get(VaultMeta, EDITION_KEY)
    return row.value if row is not None and row.value in EDITIONS else EDITIONS[0]


def set_edition(session: Session, code: str) -> None:
    if code not in EDITIONS:
        raise InvalidInput(f"edition: must be one of {', '.join(EDITIONS)}")
    session.merge(VaultMeta(key=EDITION_KEY, value=code))
    session.flush()
    audit.record(session, "setting.update", "vault_meta", EDITION_KEY, detail={"value": code})
