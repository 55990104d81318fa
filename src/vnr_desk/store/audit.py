"""Appending to and checking the hash-chained audit log.

Each row stores SHA-256 over the previous row's hash and its own content, so an edit,
a deletion or a reordering breaks the chain at the first row touched. What the chain
cannot show by itself — rows cut off its end, or every hash recomputed after an edit —
is caught by its *anchor*: the chain's length and head hash, kept outside the table in
the vault header under the header's MAC and moved forward after each commit that
appended rows (`advance_anchor`). A crash between the commit and the header write leaves
the anchor behind the chain, never ahead of it, so `verify_chain` accepts an anchor on
the chain at or before its head, and reports a chain shorter than its anchor or one whose
anchored entry changed."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from vnr_desk.domain.audit import AuditEntry
from vnr_desk.domain.settings import Setting

GENESIS = "0" * 64
APPENDED = "vnr_desk.audit.appended"  # session.info flag: this unit of work wrote entries

# Triggers that make tables append-only, each (table, verb). `verify` reports any that is
# missing or no longer refuses: dropping them is the first step of rewriting history.
APPEND_ONLY_TABLES = ("audit_log", "consent", "consent_purpose", "consent_withdrawal")
APPEND_ONLY_TRIGGERS = {
    f"{table}_no_{verb.lower()}": (table, verb)
    for table in APPEND_ONLY_TABLES
    for verb in ("UPDATE", "DELETE")
}
# The one condition under which the consent ledger lets rows go (migration 0015): their
# case is listed for demo removal, which a trigger allows for demo cases only. Spelt out
# whole, so any other WHEN still reads as a trigger that no longer refuses.
_CONSENT_OF = "(SELECT case_id FROM consent WHERE id = OLD.consent_id)"
DEMO_RELEASE = {
    "consent_no_delete": "OLD.case_id",
    "consent_purpose_no_delete": _CONSENT_OF,
    "consent_withdrawal_no_delete": _CONSENT_OF,
}
DEMO_GUARD = (
    "demo_case_removal_only_demo",
    "CREATE TRIGGER demo_case_removal_only_demo BEFORE INSERT ON demo_case_removal "
    "WHEN (SELECT is_demo FROM case_file WHERE id = NEW.case_id) IS NOT 1 BEGIN "
    "SELECT RAISE(ABORT, 'only a demo case can be removed'); END",
)


@dataclass(frozen=True)
class AuditAnchor:
    """The chain's length, its head row's id and hash, as last committed."""

    count: int
    last_id: int
    head: str

    def to_json(self) -> dict[str, Any]:
        return {"count": self.count, "last_id": self.last_id, "head": self.head}

    @classmethod
    def from_json(cls, data: Any) -> AuditAnchor:
        """Raises ValueError for anything but two non-negative integers and a hex hash."""
        if not isinstance(data, dict):
            raise ValueError("audit anchor unreadable")
        count, last_id, head = data.get("count"), data.get("last_id"), data.get("head")
        if not (isinstance(count, int) and isinstance(last_id, int) and isinstance(head, str)):
            raise ValueError("audit anchor unreadable")
        if count < 0 or last_id < 0 or len(head) != 64 or head.strip("0123456789abcdef"):
            raise ValueError("audit anchor unreadable")
        return cls(count, last_id, head)


EMPTY_ANCHOR = AuditAnchor(0, 0, GENESIS)


NO_PROFILE = "(no caseworker profile)"
PROFILE_NAME_KEY = "profile.name"


def current_user(session: Session) -> str:
    """Who records: the caseworker profile's name kept in this vault. Never the OS login,
    which on a shared or municipal laptop names an account, not the caseworker, and must
    not reach a record or a printout."""
    row = session.get(Setting, PROFILE_NAME_KEY)
    return row.value if row is not None and row.value else NO_PROFILE


def _digest(
    prev_hash: str,
    at: dt.datetime,
    who: str,
    action: str,
    object_type: str,
    object_id: str,
    case_id: int | None,
    detail: str,
) -> str:
    content = json.dumps(
        [prev_hash, at.isoformat(), who, action, object_type, object_id, case_id, detail],
        ensure_ascii=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode()).hexdigest()


def record(
    session: Session,
    action: str,
    object_type: str,
    object_id: object,
    *,
    case_id: int | None = None,
    detail: dict[str, Any] | None = None,
    who: str | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction. Never put names or note text in `detail`."""
    session.flush()
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev = last or GENESIS
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    user = who or current_user(session)
    detail_text = json.dumps(detail or {}, sort_keys=True, ensure_ascii=True)
    entry = AuditEntry(
        at=at,
        who=user,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        case_id=case_id,
        detail=detail_text,
        prev_hash=prev,
        hash=_digest(prev, at, user, action, object_type, str(object_id), case_id, detail_text),
    )
    session.add(entry)
    session.flush()
    session.info[APPENDED] = True
    return entry


def advance_anchor(session: Session, anchor: AuditAnchor | None) -> AuditAnchor | None:
    """The anchor for the chain as this transaction leaves it, or None to keep `anchor`.

    Moves only forward: if the anchored row is gone or changed, or the chain is shorter
    than before, the old anchor stays so that `verify` keeps reporting it (a later write
    must not bless a cut or rewritten chain). A vault from before anchors gets its first
    anchor from the chain as it stands. Three indexed reads; no walk."""
    head = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    if head is None:
        return None
    if anchor is None:
        count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        return AuditAnchor(count, head.id, head.hash)
    if head.id == anchor.last_id and head.hash == anchor.head:
        return None
    if anchor.count > 0:
        anchored = session.scalar(select(AuditEntry.hash).where(AuditEntry.id == anchor.last_id))
        if anchored != anchor.head:
            return None
    added = session.scalar(
        select(func.count()).select_from(AuditEntry).where(AuditEntry.id > anchor.last_id)
    )
    if not added:
        return None
    return AuditAnchor(anchor.count + added, head.id, head.hash)


@dataclass(frozen=True)
class ChainReport:
    """What `verify` found. `missing_entries`: entries the anchor counts that are gone
    from the end; `rewritten_at`: the anchored entry's position, when its hash changed."""

    entries: int
    first_broken_id: int | None
    head: str = GENESIS
    anchored: int | None = None
    missing_entries: int = 0
    rewritten_at: int | None = None
    missing_triggers: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return (
            self.first_broken_id is None
            and not self.missing_entries
            and self.rewritten_at is None
            and not self.missing_triggers
        )


def missing_triggers(session: Session) -> tuple[str, ...]:
    """Append-only triggers that are gone or no longer refuse their statement."""
    found: dict[str, str | None] = {
        name: sql
        for name, sql in session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        ).all()
    }
    missing = []
    released = False
    for name, (table, verb) in APPEND_ONLY_TRIGGERS.items():
        sql = " ".join(str(found.get(name) or "").split())
        when = ""
        if name in DEMO_RELEASE:
            case_of = DEMO_RELEASE[name]
            when = re.escape(
                f"WHEN NOT EXISTS (SELECT 1 FROM demo_case_removal WHERE case_id = {case_of}) "
            )
            when = f"(?P<release>{when})?"
        # The whole statement, so a `WHEN 0` or a body that no longer raises is caught too.
        shape = (
            rf'CREATE TRIGGER "?{name}"? BEFORE {verb} ON "?{table}"? (FOR EACH ROW )?{when}'
            r"BEGIN SELECT RAISE\(ABORT, '[^']*'\); END"
        )
        matched = re.fullmatch(shape, sql, flags=re.IGNORECASE)
        if not matched:
            missing.append(name)
        elif when and matched.group("release"):
            released = True
    guard_name, guard_sql = DEMO_GUARD
    if released and " ".join(str(found.get(guard_name) or "").split()) != guard_sql:
        missing.append(guard_name)  # the release without its guard opens every case
    return tuple(missing)


def verify_chain(session: Session, anchor: AuditAnchor | None = None) -> ChainReport:
    """Walk the chain from genesis; then hold it against `anchor` and the triggers."""
    prev = GENESIS
    count = 0
    at_anchor: str | None = GENESIS if anchor is None or anchor.count == 0 else None
    first_broken: int | None = None
    for row in session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
        count += 1
        expected = _digest(
            prev,
            row.at,
            row.who,
            row.action,
            row.object_type,
            row.object_id,
            row.case_id,
            row.detail,
        )
        if row.prev_hash != prev or row.hash != expected:
            first_broken = row.id
            break
        prev = row.hash
        if anchor is not None and count == anchor.count:
            at_anchor = row.hash
    missing = 0
    rewritten = None
    if anchor is not None and first_broken is None:
        if count < anchor.count:
            missing = anchor.count - count
        elif at_anchor != anchor.head:
            rewritten = anchor.count
    return ChainReport(
        entries=count,
        first_broken_id=first_broken,
        head=prev,
        anchored=None if anchor is None else anchor.count,
        missing_entries=missing,
        rewritten_at=rewritten,
        missing_triggers=missing_triggers(session),
    )
