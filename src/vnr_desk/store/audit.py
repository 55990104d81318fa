"""Appending to and checking the hash-chained audit log.

Each row stores SHA-256 over the previous row's hash and its own content, so an edit,
a deletion or a reordering breaks the chain at the first row touched."""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain.audit import AuditEntry

GENESIS = "0" * 64


def current_user() -> str:
    """The OS login: who sits at the laptop. Not case data, so safe to record."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


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
    user = who or current_user()
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
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_broken_id: int | None

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify_chain(session: Session) -> ChainReport:
    prev = GENESIS
    count = 0
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
            return ChainReport(count, row.id)
        prev = row.hash
    return ChainReport(count, None)
