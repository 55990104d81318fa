"""The consent ledger: record, withdraw, renew, and the one check everything else calls.

`may_share` is the single decision point for exports and invitations. Rows are never
changed (the database refuses it): a withdrawal and a renewal are new rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, bindparam, literal, literal_column, select, union_all
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    Actor,
    Case,
    CaseActor,
    Consent,
    ConsentForm,
    ConsentPurpose,
    ConsentPurposeRow,
    ConsentWithdrawal,
    NetworkMember,
)
from vnr_desk.domain.network import member_label
from vnr_desk.domain.recipient import BadRecipient, RecipientKind, RecipientRef, ledger_key
from vnr_desk.rules import consent as rules
from vnr_desk.rules.consent import ConsentEntry, ConsentState
from vnr_desk.services import auditing as audit
from vnr_desk.services.actors import get_case_actor
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.errors import ConsentRequired, InvalidInput
from vnr_desk.services.network import get_member
from vnr_desk.services.scope import parse_enum
from vnr_desk.services.settings import caseworker_profile, consent_warn_days
from vnr_desk.store.prepared import PreparedRead, day, driver_connection, space_joined

Recipient = CaseActor | NetworkMember


def recipient_ref(recipient: Recipient) -> RecipientRef:
    """The typed reference to a case actor or network member row."""
    if isinstance(recipient, CaseActor):
        return RecipientRef.actor(recipient.id)
    return RecipientRef.network(recipient.id)


def recipient_key(recipient: Recipient) -> str:
    """How the CLI, the UI and the audit log name a recipient (`RecipientRef.key`)."""
    return recipient_ref(recipient).key


def recipient_row(session: Session, case: Case, key: str) -> Recipient:
    """The case actor or network member a recipient key names, in this case only."""
    ref = parse_recipient(key)
    if ref.kind == RecipientKind.ACTOR and ref.id is not None:
        return get_case_actor(session, case, ref.id)
    if ref.kind == RecipientKind.NETWORK and ref.id is not None:
        return get_member(session, case, ref.id)
    raise InvalidInput(f"recipient: {key!r} is not a recipient")


def parse_recipient(key: str) -> RecipientRef:
    """`RecipientRef.parse`, refusing bad text as `InvalidInput` (what the CLI reports)."""
    try:
        return RecipientRef.parse(key)
    except BadRecipient as exc:
        raise InvalidInput(str(exc)) from None


def recipient_clause(key: str) -> ColumnElement[bool]:
    """The ledger rows of the actor or network member a recipient key names."""
    ref = parse_recipient(key)
    if ref.kind == RecipientKind.ACTOR:
        return Consent.case_actor_id == ref.id
    if ref.kind == RecipientKind.NETWORK:
        return Consent.network_member_id == ref.id
    raise InvalidInput(f"recipient: {key!r} holds no consent")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _check_recipient(case: Case, recipient: Recipient) -> None:
    if recipient.case_id != case.id:
        raise InvalidInput("recipient: not part of this case")


def entry_terms(
    form: ConsentForm | str,
    documented_by: str | None,
    given_on: dt.date,
    expires_on: dt.date | None,
) -> tuple[ConsentForm, str | None]:
    """The form and who documented it, checked as every consent ledger needs them (the
    case's and a cooperation group's): oral consent says who documented it, and an expiry
    follows the giving."""
    consent_form = parse_enum(ConsentForm, form, "form")
    documented = (documented_by or "").strip() or None
    if consent_form == ConsentForm.ORAL and documented is None:
        raise InvalidInput("documented_by: oral consent must say who documented it")
    if expires_on is not None and expires_on <= given_on:
        raise InvalidInput("expires_on: must be after given_on")
    return consent_form, documented


def record_consent(
    session: Session,
    case: Case,
    recipient: Recipient,
    purposes: Iterable[ConsentPurpose | str],
    given_on: dt.date,
    *,
    form: ConsentForm | str = ConsentForm.WRITTEN,
    documented_by: str | None = None,
    expires_on: dt.date | None = None,
    renews: Consent | None = None,
) -> Consent:
    """A new ledger entry. Oral consent needs who documented it; expiry must follow giving."""
    _check_recipient(case, recipient)
    wanted = sorted({parse_enum(ConsentPurpose, p, "purposes") for p in purposes})
    if not wanted:
        raise InvalidInput("purposes: choose at least one purpose")
    consent_form, documented = entry_terms(form, documented_by, given_on, expires_on)
    consent = Consent(
        case_id=case.id,
        case_actor_id=recipient.id if isinstance(recipient, CaseActor) else None,
        network_member_id=recipient.id if isinstance(recipient, NetworkMember) else None,
        given_on=given_on,
        form=consent_form,
        documented_by=documented,
        expires_on=expires_on,
        renews_id=renews.id if renews is not None else None,
        recorded_at=_now(),
    )
    consent.purposes = [ConsentPurposeRow(purpose=purpose) for purpose in wanted]
    session.add(consent)
    session.flush()
    audit.record(
        session,
        "consent.renew" if renews is not None else "consent.give",
        "consent",
        consent.id,
        case_id=case.id,
        detail={
            "recipient": recipient_key(recipient),
            "purposes": [p.value for p in wanted],
            "form": consent_form.value,
            "renews": renews.id if renews is not None else None,
        },
    )
    return consent


def renew_consent(
    session: Session,
    consent: Consent,
    given_on: dt.date,
    *,
    expires_on: dt.date | None = None,
    form: ConsentForm | str = ConsentForm.WRITTEN,
    documented_by: str | None = None,
    purposes: Iterable[ConsentPurpose | str] | None = None,
) -> Consent:
    """A new entry for the same recipient that points at `consent`; the old one stays."""
    if consent.withdrawal is not None:
        raise InvalidInput("consent: a withdrawn consent cannot be renewed; record a new one")
    case = session.get_one(Case, consent.case_id)
    return record_consent(
        session,
        case,
        recipient_of(session, consent),
        purposes if purposes is not None else consent.purpose_values,
        given_on,
        form=form,
        documented_by=documented_by,
        expires_on=expires_on,
        renews=consent,
    )


def withdraw_consent(
    session: Session,
    consent: Consent,
    withdrawn_on: dt.date,
    *,
    how: ConsentForm | str,
    recorded_by: str,
) -> list[ConsentWithdrawal]:
    """Withdraw `consent` and every earlier entry it renewed, from `withdrawn_on` on.

    The whole renewal chain goes, so an older entry that has not expired yet cannot keep
    the consent alive once the citizen has said no."""
    method = parse_enum(ConsentForm, how, "how")
    who = (recorded_by or "").strip()
    if not who:
        raise InvalidInput("recorded_by: say who recorded the withdrawal")
    if withdrawn_on < consent.given_on:
        raise InvalidInput("withdrawn_on: before the consent was given")
    made: list[ConsentWithdrawal] = []
    entry: Consent | None = consent
    while entry is not None:
        if entry.withdrawal is None:
            row = ConsentWithdrawal(
                consent_id=entry.id,
                withdrawn_on=max(withdrawn_on, entry.given_on),
                how=method,
                recorded_by=who,
                recorded_at=_now(),
            )
            entry.withdrawal = row
            made.append(row)
        entry = session.get(Consent, entry.renews_id) if entry.renews_id else None
    if not made:
        raise InvalidInput("consent: already withdrawn")
    session.flush()
    audit.record(
        session,
        "consent.withdraw",
        "consent",
        consent.id,
        case_id=consent.case_id,
        detail={
            "recipient": consent.recipient_key,
            "withdrawn_on": withdrawn_on.isoformat(),
            "entries": [row.consent_id for row in made],
        },
    )
    return made


def withdraw_purposes(
    session: Session,
    case: Case,
    recipient: Recipient,
    purposes: Iterable[ConsentPurpose | str],
    withdrawn_on: dt.date,
    *,
    how: ConsentForm | str,
    recorded_by: str,
) -> list[ConsentWithdrawal]:
    """Withdraw consent for `purposes` only, from `withdrawn_on` on; the recipient's other
    purposes stay valid.

    The ledger is append-only and a withdrawal ends a whole entry, so every entry in force
    that covers one of `purposes` is withdrawn (with its renewal chain), and the purposes
    they covered that the citizen keeps continue in one new entry of the same day, made
    the same way (`how`, `recorded_by`) and ending when the old entries would have."""
    _check_recipient(case, recipient)
    ending = {parse_enum(ConsentPurpose, p, "purposes") for p in purposes}
    if not ending:
        raise InvalidInput("purposes: choose at least one purpose to withdraw")
    affected = [
        c
        for c in history(session, recipient)
        if rules.in_force(_entry(c), withdrawn_on) and c.purpose_values & {p.value for p in ending}
    ]
    if not affected:
        raise InvalidInput("consent: no consent in force for these purposes")
    chains: list[Consent] = []
    for consent in affected:
        entry: Consent | None = consent
        while entry is not None:
            if entry not in chains and rules.in_force(_entry(entry), withdrawn_on):
                chains.append(entry)
            entry = session.get(Consent, entry.renews_id) if entry.renews_id else None
    kept: dict[ConsentPurpose, dt.date | None] = {}
    for entry in chains:
        for row in entry.purposes:
            if row.purpose in ending:
                continue
            end = entry.expires_on
            if row.purpose not in kept or end is None:
                kept[row.purpose] = end
            elif kept[row.purpose] is not None:
                kept[row.purpose] = max(end, kept[row.purpose])  # type: ignore[type-var]
    made: list[ConsentWithdrawal] = []
    for consent in affected:
        if consent.withdrawal is None:
            made += withdraw_consent(
                session, consent, withdrawn_on, how=how, recorded_by=recorded_by
            )
    by_end: dict[dt.date | None, list[ConsentPurpose]] = {}
    for purpose, end in kept.items():
        if end is None or end > withdrawn_on:
            by_end.setdefault(end, []).append(purpose)
    for end, still in sorted(by_end.items(), key=lambda kv: kv[0] or dt.date.max):
        record_consent(
            session,
            case,
            recipient,
            still,
            withdrawn_on,
            form=how,
            documented_by=recorded_by,
            expires_on=end,
        )
    audit.record(
        session,
        "consent.withdraw_purposes",
        "consent",
        affected[0].id,
        case_id=case.id,
        detail={
            "recipient": recipient_key(recipient),
            "purposes": sorted(p.value for p in ending),
            "kept": sorted(p.value for p in kept),
        },
    )
    return made


def recipient_of(session: Session, consent: Consent) -> Recipient:
    if consent.case_actor_id is not None:
        return session.get_one(CaseActor, consent.case_actor_id)
    return session.get_one(NetworkMember, consent.network_member_id)


def _recipient_filter(recipient: Recipient) -> object:
    if isinstance(recipient, CaseActor):
        return Consent.case_actor_id == recipient.id
    return Consent.network_member_id == recipient.id


def _entry(consent: Consent) -> ConsentEntry:
    """A ledger row as the rules read it."""
    return ConsentEntry(
        id=consent.id,
        purposes=consent.purpose_values,
        given_on=consent.given_on,
        expires_on=consent.expires_on,
        withdrawn_on=consent.withdrawn_on,
    )


def history(session: Session, recipient: Recipient) -> list[Consent]:
    """Every entry for one recipient, oldest first, withdrawals attached."""
    return list(
        session.scalars(
            select(Consent)
            .where(_recipient_filter(recipient))
            .order_by(Consent.given_on, Consent.id)
        )
    )


def case_consents(session: Session, case: Case) -> list[Consent]:
    return list(
        session.scalars(
            select(Consent).where(Consent.case_id == case.id).order_by(Consent.given_on, Consent.id)
        )
    )


def case_ledger(session: Session, case_id: int, *, recipients: bool = True) -> CaseLedger:
    """The one reader of a case's consent ledger: the consent grid, the Overview and the
    sharing gate all decide from what this returns, so they cannot disagree."""
    return read_ledger(driver_connection(session), case_id, recipients=recipients)


def ledger_status(
    ledger: CaseLedger, key: str, purpose: ConsentPurpose | str, on: dt.date, warn_days: int
) -> ConsentState:
    """The state of one recipient's consent for `purpose`, decided from a ledger in hand."""
    return rules.consent_status(
        ledger.entries.get(key, ()), parse_enum(ConsentPurpose, purpose, "purpose"), on, warn_days
    )


def consent_status(
    session: Session, case: Case, recipient: Recipient, purpose: ConsentPurpose | str, on: dt.date
) -> ConsentState:
    _check_recipient(case, recipient)
    ledger = case_ledger(session, case.id, recipients=False)
    return ledger_status(ledger, recipient_key(recipient), purpose, on, consent_warn_days(session))


def may_share(
    session: Session, case: Case, recipient: Recipient, purpose: ConsentPurpose | str, on: dt.date
) -> bool:
    """The one check every export and invitation calls."""
    return consent_status(session, case, recipient, purpose, on) in rules.SHAREABLE_STATES


def require_consent(
    session: Session, case: Case, recipient: Recipient, purpose: ConsentPurpose | str, on: dt.date
) -> None:
    """Raise `ConsentRequired` unless `may_share` says yes."""
    if not may_share(session, case, recipient, purpose, on):
        raise ConsentRequired(f"{recipient_key(recipient)}: no valid consent for {purpose}")


class ConsentCell(NamedTuple):
    """One recipient × purpose of the consent grid (a tuple: cheap to make, 16 a case)."""

    recipient: str
    recipient_label: str
    purpose: ConsentPurpose
    status: ConsentState
    expires_on: dt.date | None


_GRID_RECIPIENTS = PreparedRead(
    union_all(
        select(literal(RecipientKind.ACTOR.value), CaseActor.id, Actor.name, literal(""))
        .join(Actor, Actor.id == CaseActor.actor_id)
        .where(CaseActor.case_id == bindparam("case_id")),
        select(
            literal(RecipientKind.NETWORK.value),
            NetworkMember.id,
            NetworkMember.name,
            NetworkMember.relation,
        ).where(NetworkMember.case_id == bindparam("case_id")),
    ).order_by(literal_column("1"), literal_column("2"))
)
_GRID_LEDGER = PreparedRead(
    select(
        Consent.id,
        Consent.case_actor_id,
        Consent.network_member_id,
        Consent.given_on,
        Consent.expires_on,
        ConsentWithdrawal.withdrawn_on,
        space_joined(ConsentPurposeRow.purpose, ConsentPurposeRow.consent_id == Consent.id),
        Consent.renews_id,
    )
    .outerjoin(ConsentWithdrawal, ConsentWithdrawal.consent_id == Consent.id)
    .where(Consent.case_id == bindparam("case_id"))  # any order: the rules take the latest
)


@dataclass(frozen=True)
class CaseLedger:
    """One case's consent ledger and its recipients, read once: the grid is made from it,
    and the Overview also takes the deadline clock's consents from it."""

    entries: dict[str, list[ConsentEntry]]  # by recipient key
    renews: dict[int, int]  # entry id -> the id of the entry it renews
    recipients: list[tuple[str, str, str, str]]  # (key, kind, name, relation), grid order


def read_ledger(raw: Any, case_id: int, *, recipients: bool = True) -> CaseLedger:
    """Two prepared reads on a `driver_connection` (one without the recipients, which the
    sharing gate does not need)."""
    entries: dict[str, list[ConsentEntry]] = {}
    renews: dict[int, int] = {}
    for (
        consent_id,
        actor_id,
        member_id,
        given,
        expires,
        withdrawn,
        purposes,
        renews_id,
    ) in _GRID_LEDGER.rows_on(raw, case_id=case_id):
        entries.setdefault(ledger_key(actor_id, member_id), []).append(
            ConsentEntry(
                consent_id,
                frozenset(purposes.split()),
                day(given),  # type: ignore[arg-type]
                day(expires),
                day(withdrawn),
            )
        )
        if renews_id is not None:
            renews[consent_id] = renews_id
    named = (
        [
            (
                ledger_key(rid, None) if kind == RecipientKind.ACTOR else ledger_key(None, rid),
                kind,
                name,
                relation,
            )
            for kind, rid, name, relation in _GRID_RECIPIENTS.rows_on(raw, case_id=case_id)
        ]
        if recipients
        else []
    )
    return CaseLedger(entries, renews, named)


_PURPOSES = tuple(ConsentPurpose)


def consent_grid(session: Session, case_id: int, on: dt.date) -> list[ConsentCell]:
    """Every case actor and network member × every purpose with its status, in three
    prepared reads (no ORM): the Overview tab asks for this on every case it opens."""
    return grid_cells(case_ledger(session, case_id), on, consent_warn_days(session))


def grid_cells(ledger: CaseLedger, on: dt.date, warn_days: int) -> list[ConsentCell]:
    cells: list[ConsentCell] = []
    for key, kind, name, relation in ledger.recipients:
        label = name if kind == RecipientKind.ACTOR else member_label(name, relation)
        entries = ledger.entries.get(key, ())
        for purpose in _PURPOSES:
            status, expires = rules.consent_cell(entries, purpose, on, warn_days)
            cells.append(ConsentCell(key, label, purpose, status, expires))
    return cells


# -- commands by id: what the workbook and the CLI call ------------------------------------


def record_consent_by_id(
    session: Session,
    case_id: int,
    recipient: str,
    purposes: Iterable[ConsentPurpose | str],
    given_on: dt.date,
    **values: Any,
) -> int:
    """Record consent for the recipient the grid names `recipient` (`values` as
    `record_consent`); returns the consent's id."""
    from vnr_desk.services.views.consent import recipient_by_key

    case = get_case_by_id(session, case_id)
    who = recipient_by_key(session, case, recipient)
    return record_consent(session, case, who, purposes, given_on, **values).id


def covered_purposes(
    session: Session, case_id: int, recipient: str, purpose: str, on: dt.date
) -> list[str]:
    """Every purpose a withdrawal of one cell takes with it (a consent is one ledger entry)."""
    from vnr_desk.services.views.consent import covering_consents

    case = get_case_by_id(session, case_id)
    entries = covering_consents(session, case, recipient, purpose, on)
    return sorted({p for c in entries for p in c.purpose_values})


def withdraw_purposes_by_id(
    session: Session,
    case_id: int,
    recipient: str,
    purposes: Iterable[ConsentPurpose | str],
    on: dt.date,
    *,
    how: str,
    recorded_by: str,
) -> list[ConsentWithdrawal]:
    """`withdraw_purposes` for a recipient named by its key in one case."""
    case = get_case_by_id(session, case_id)
    return withdraw_purposes(
        session,
        case,
        recipient_row(session, case, recipient),
        purposes,
        on,
        how=how,
        recorded_by=recorded_by,
    )


def record_signed_form(
    session: Session,
    case_id: int,
    recipients: Sequence[str],
    purposes: Iterable[ConsentPurpose | str],
    given_on: dt.date,
    expires_on: dt.date,
) -> list[int]:
    """What a signed consent form gives, in one step: one written consent per recipient the
    citizen ticked (keys as the form was printed for), each with the same purposes and the
    validity the form stated, documented by the caseworker whose profile issued the form.
    All or none: a bad recipient records nothing."""
    case = get_case_by_id(session, case_id)
    keys = list(dict.fromkeys(recipients))
    if not keys:
        raise InvalidInput("recipients: tick at least one recipient the citizen agreed to")
    wanted = list(purposes)
    rows = [recipient_row(session, case, key) for key in keys]
    caseworker = caseworker_profile(session).name.strip() or None
    return [
        record_consent(
            session, case, row, wanted, given_on, documented_by=caseworker, expires_on=expires_on
        ).id
        for row in rows
    ]
