"""Colleagues this vault may hand cases to (their public keys) and the log of cases that
travelled: who a case went to or came from, and whether it stays read-only here."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column

from vnr_desk.domain.base import Base


class Colleague(Base):
    """A caseworker in another vault, known by a contact card whose fingerprint was read
    aloud and confirmed. Only public keys: what is needed to encrypt to them and to check
    their signature."""

    __tablename__ = "colleague"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    unit: Mapped[str] = mapped_column(String(200), default="")
    encryption_key: Mapped[str] = mapped_column(String(100), unique=True)  # age X25519
    signing_key: Mapped[str] = mapped_column(String(64), unique=True)  # Ed25519, hex
    fingerprint: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CaseHandover(Base):
    """One case leaving (`direction` "out") or arriving ("in"). `case_uid` names the case
    across vaults, so a case coming back is told apart from another one with the same
    reference. No foreign key: the log outlives a case replaced on its return."""

    __tablename__ = "case_handover"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_uid: Mapped[str] = mapped_column(String(36), index=True)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    reference: Mapped[str] = mapped_column(String(64))
    direction: Mapped[str] = mapped_column(String(8))
    colleague: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    then: Mapped[str | None] = mapped_column(String(8))  # out: "keep" or "close"
    read_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
