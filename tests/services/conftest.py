"""A vault session per test, and a small case to work on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import AuditEntry, Case
from vnr_desk.services.cases import create_case
from vnr_desk.store.vault import Vault


@pytest.fixture
def session(vault: Vault) -> Iterator[Session]:
    with vault.session() as s:
        yield s


@pytest.fixture
def case(session: Session) -> Case:
    return create_case(session, "K-2026-001", dt.date(2026, 3, 2))


def audit_actions(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
