"""The services' door to the audit log, with one bulk mode for imports.

Normally every call appends to the hash-chained log (`vnr_desk.store.audit`). Inside
`bulk()` — an import of whole documents — routine entries are counted instead and the
importer writes one summary entry per case; consent given/renewed/withdrawn, invitations
without consent and address reveals are still recorded one by one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy.orm import Session

from vnr_desk.domain import AuditEntry

# Every write is audited through here, so this is where the rule that a case handed over to a
# colleague stays read-only is switched on for every unit of work (docs/handover.md).
from vnr_desk.services.handover import guard as guard
from vnr_desk.store import audit as store_audit

ALWAYS_RECORDED = frozenset(
    {
        "consent.give",
        "consent.renew",
        "consent.withdraw",
        "meeting.invite_override",
        "person.reveal_address",
    }
)

_bulk: ContextVar[Counter[str] | None] = ContextVar("vnr_desk_audit_bulk", default=None)


def record(
    session: Session,
    action: str,
    object_type: str,
    object_id: object,
    *,
    case_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry | None:
    counted = _bulk.get()
    if counted is not None and action not in ALWAYS_RECORDED:
        counted[action] += 1
        return None
    return store_audit.record(
        session, action, object_type, object_id, case_id=case_id, detail=detail
    )


@contextmanager
def bulk() -> Iterator[Counter[str]]:
    """Count routine entries instead of writing them; yields the counter for the summary."""
    counted: Counter[str] = Counter()
    token = _bulk.set(counted)
    try:
        yield counted
    finally:
        _bulk.reset(token)
