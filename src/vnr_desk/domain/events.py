"""Case events: the recorded facts that complete deadlines (a contact made, a visit held,
a letter sent or answered). `subject_id` points at what the event is about, e.g. the
`outreach_letter_sent` event an answer belongs to, or the consent that was renewed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from vnr_desk.domain.base import Base, enum_type
from vnr_desk.domain.enums import EventKind


class CaseEvent(Base):
    __tablename__ = "case_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    kind: Mapped[EventKind] = mapped_column(enum_type(EventKind, "kind"))
    occurred_on: Mapped[dt.date] = mapped_column(Date)
    subject_id: Mapped[int | None] = mapped_column(Integer)
    remark: Mapped[str] = mapped_column(Text, default="")
    recipient: Mapped[str] = mapped_column(String(200), default="")
