"""The citizen's self-chosen network (netværkskortlægning)."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from vnr_desk.domain.base import Base, enum_type
from vnr_desk.domain.enums import NetworkStance


class NetworkMember(Base):
    """`may_contact` is the citizen's wish; contact also needs a valid consent."""

    __tablename__ = "network_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(200), default="")
    stance: Mapped[NetworkStance] = mapped_column(
        enum_type(NetworkStance, "stance"), default=NetworkStance.UNKNOWN
    )
    may_contact: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    phone: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")

    @property
    def label(self) -> str:
        return member_label(self.name, self.relation)


def member_label(name: str, relation: str | None) -> str:
    """How a network member is named in lists: "Name (relation)"."""
    return f"{name} ({relation})" if relation else name
