"""The Plan tab's read model: every plan version with goals and actions, and the children."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from vnr_desk.domain import (
    Action,
    ActionPlan,
    Actor,
    CaseActor,
    CasePerson,
    Goal,
    PersonRole,
    PlanKind,
)
from vnr_desk.services.views.overview import PersonView

# The row types this read model shows: a write of any of them makes it stale.
SHOWS: frozenset[type] = frozenset({ActionPlan, Goal, Action, CaseActor, Actor, CasePerson})


@dataclass(frozen=True)
class ActionView:
    id: int
    text: str
    responsible_id: int | None
    responsible: str
    due_on: dt.date | None
    status: str
    outcome: str


@dataclass(frozen=True)
class GoalView:
    id: int
    text: str
    domain: str | None
    status: str
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class PlanView:
    id: int
    kind: str
    child_person_id: int | None
    child_name: str
    version: int
    made_on: dt.date
    reviewed_on: dt.date | None
    review_due_on: dt.date | None
    after_effort: str
    is_current: bool
    goals: tuple[GoalView, ...]


def plan_views(session: Session, case_id: int) -> list[PlanView]:
    """Every version of every plan, goals and actions included, in four queries."""
    actor_names = dict(
        session.execute(
            select(CaseActor.id, Actor.name)
            .join(Actor, Actor.id == CaseActor.actor_id)
            .where(CaseActor.case_id == case_id)
        ).all()
    )
    child_names = dict(
        session.execute(
            select(CasePerson.id, CasePerson.name).where(CasePerson.case_id == case_id)
        ).all()
    )
    plans = session.scalars(
        select(ActionPlan)
        .where(ActionPlan.case_id == case_id)
        .options(selectinload(ActionPlan.goals).selectinload(Goal.actions))
        .order_by(ActionPlan.kind, ActionPlan.child_person_id, ActionPlan.version)
    )
    return [
        PlanView(
            p.id,
            p.kind.value,
            p.child_person_id,
            child_names.get(p.child_person_id, "") if p.child_person_id else "",
            p.version,
            p.made_on,
            p.reviewed_on,
            p.review_due_on,
            p.after_effort,
            p.is_current,
            tuple(
                GoalView(
                    g.id,
                    g.text,
                    g.domain.value if g.domain else None,
                    g.status.value,
                    tuple(
                        ActionView(
                            a.id,
                            a.text,
                            a.responsible_id,
                            actor_names.get(a.responsible_id, "") if a.responsible_id else "",
                            a.due_on,
                            a.status.value,
                            a.outcome,
                        )
                        for a in g.actions
                    ),
                )
                for g in p.goals
            ),
        )
        for p in plans
    ]


def children(session: Session, case_id: int) -> list[PersonView]:
    return [
        PersonView(p.id, p.role.value, p.name, p.date_of_birth, None, p.protected_address, None)
        for p in session.scalars(
            select(CasePerson)
            .where(
                CasePerson.case_id == case_id,
                CasePerson.role == PersonRole.CHILD,
                CasePerson.removed_at.is_(None),
            )
            .order_by(CasePerson.id)
        )
    ]


def current_goals(session: Session, case_id: int) -> list[tuple[int, str]]:
    """(id, text) of the goals of the case's current adult plan: where a meeting decision
    can join as an action."""
    return [
        (g.id, g.text)
        for g in session.scalars(
            select(Goal)
            .join(ActionPlan, ActionPlan.id == Goal.plan_id)
            .where(
                ActionPlan.case_id == case_id,
                ActionPlan.kind == PlanKind.ADULT,
                ActionPlan.superseded_by_id.is_(None),
            )
            .order_by(Goal.position, Goal.id)
        )
    ]
