"""What a vault joined to a team server remembers about syncing (docs/team-server.md).

`SyncRow` gives each synced row a stable UUID, the server version it was last agreed at
and a snapshot of its fields then (the *base* of the next change); `SyncOutbox` holds
field-level changes waiting for the server, each with its base version and a change id
the server applies at most once; `SyncConflict` mirrors the server's conflicts this
caseworker may see, until someone resolves them."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vnr_desk.domain.base import Base


class SyncRow(Base):
    __tablename__ = "sync_row"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    case_uuid: Mapped[str] = mapped_column(String(36), index=True)
    server_version: Mapped[int] = mapped_column(Integer, default=0)
    snapshot: Mapped[str | None] = mapped_column(Text)
    """Fields as JSON at `server_version`; None until the server has the row."""


class SyncOutbox(Base):
    __tablename__ = "sync_outbox"

    position: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_uuid: Mapped[str] = mapped_column(String(36), index=True)
    case_uuid: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    field: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(Text)
    base_value: Mapped[str | None] = mapped_column(Text)
    base_version: Mapped[int] = mapped_column(Integer, default=0)


class SyncConflict(Base):
    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    case_uuid: Mapped[str] = mapped_column(String(36), index=True)
    row_uuid: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(8))
    base: Mapped[str | None] = mapped_column(Text)
    mine: Mapped[str | None] = mapped_column(Text)
    theirs: Mapped[str | None] = mapped_column(Text)
    mine_by: Mapped[str] = mapped_column(String(63))
    theirs_by: Mapped[str] = mapped_column(String(63))
    created_at: Mapped[str] = mapped_column(String(40))
    resolved_at: Mapped[str | None] = mapped_column(String(40))
    resolved_by: Mapped[str | None] = mapped_column(String(63))
