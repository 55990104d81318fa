"""Facts about the vault itself, kept inside the encrypted database."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vnr_desk.domain.base import Base


class VaultMeta(Base):
    """Key/value facts; `vault_id` ties the database to its header."""

    __tablename__ = "vault_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
