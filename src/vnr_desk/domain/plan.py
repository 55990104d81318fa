"""Action plans: versioned per case (an adult plan, and one per child), goals in the
citizen's own words, actions with a responsible actor and a date."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vnr_desk.domain.base import Base, enum_type
from vnr_desk.domain.enums import ActionStatus, GoalStatus, LifeDomain, PlanKind


class ActionPlan(Base):
    """One version of a plan. A renewal makes a new version; the old one points at it."""

    __tablename__ = "action_plan"
    __table_args__ = (
        CheckConstraint(
            "(kind = 'child') = (child_person_id IS NOT NULL)", name="child_plan_has_child"
        ),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    kind: Mapped[PlanKind] = mapped_column(enum_type(PlanKind, "kind"))
    child_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_person.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1)
    made_on: Mapped[dt.date] = mapped_column(Date)
    reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    review_due_on: Mapped[dt.date | None] = mapped_column(Date)
    after_effort: Mapped[str] = mapped_column(Text, default="")
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_plan.id", ondelete="SET NULL"), index=True
    )

    goals: Mapped[list[Goal]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Goal.position"
    )

    @property
    def is_current(self) -> bool:
        return self.superseded_by_id is None

    @property
    def anchor_on(self) -> dt.date:
        """The day the review clock runs from: the last review, else the day it was made."""
        return self.reviewed_on or self.made_on


class Goal(Base):
    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    domain: Mapped[LifeDomain] = mapped_column(enum_type(LifeDomain, "domain"))
    status: Mapped[GoalStatus] = mapped_column(
        enum_type(GoalStatus, "status"), default=GoalStatus.OPEN
    )

    plan: Mapped[ActionPlan] = relationship(back_populates="goals")
    actions: Mapped[list[Action]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="Action.id"
    )


class Action(Base):
    __tablename__ = "plan_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_actor.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        enum_type(ActionStatus, "status"), default=ActionStatus.PLANNED
    )
    outcome: Mapped[str] = mapped_column(Text, default="")

    goal: Mapped[Goal] = relationship(back_populates="actions")
