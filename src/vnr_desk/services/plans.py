"""Action plans: an adult plan and one per child, each versioned; goals in the citizen's
own words, actions with a responsible actor and a date. Renewal at a follow-up copies what
is still open into a new version and leaves the old one readable."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import (
    Action,
    ActionPlan,
    ActionStatus,
    Case,
    CaseActor,
    CasePerson,
    Goal,
    GoalStatus,
    LifeDomain,
    PersonRole,
    PlanKind,
)
from vnr_desk.services import auditing as audit
from vnr_desk.services.cases import get_case_by_id
from vnr_desk.services.errors import InvalidInput, NotFound
from vnr_desk.services.scope import in_case, parse_enum, required_text

REVIEW_MONTHS = 3
OPEN_ACTIONS = frozenset({ActionStatus.PLANNED, ActionStatus.IN_PROGRESS})


def _review_due(on: dt.date) -> dt.date:
    return on + relativedelta(months=REVIEW_MONTHS)


def current_plan(
    session: Session,
    case: Case,
    kind: PlanKind | str = PlanKind.ADULT,
    child: CasePerson | None = None,
) -> ActionPlan | None:
    plan_kind = parse_enum(PlanKind, kind, "kind")
    query = select(ActionPlan).where(
        ActionPlan.case_id == case.id,
        ActionPlan.kind == plan_kind,
        ActionPlan.superseded_by_id.is_(None),
    )
    if plan_kind == PlanKind.CHILD:
        if child is None:
            raise InvalidInput("child: a child plan belongs to one child")
        query = query.where(ActionPlan.child_person_id == child.id)
    return session.scalar(query.order_by(ActionPlan.version.desc()).limit(1))


def plans(session: Session, case: Case) -> list[ActionPlan]:
    """Every version of every plan in the case, current and superseded."""
    return list(
        session.scalars(
            select(ActionPlan)
            .where(ActionPlan.case_id == case.id)
            .order_by(ActionPlan.kind, ActionPlan.child_person_id, ActionPlan.version)
        )
    )


def create_plan(
    session: Session,
    case: Case,
    made_on: dt.date,
    *,
    kind: PlanKind | str = PlanKind.ADULT,
    child: CasePerson | None = None,
    after_effort: str = "",
    review_due_on: dt.date | None = None,
) -> ActionPlan:
    """The first version of a plan; there is one current adult plan and one per child."""
    plan_kind = parse_enum(PlanKind, kind, "kind")
    if plan_kind == PlanKind.CHILD:
        if child is None or child.case_id != case.id or child.role != PersonRole.CHILD:
            raise InvalidInput("child: a child plan needs a child of this case")
    elif child is not None:
        raise InvalidInput("child: only a child plan names a child")
    if current_plan(session, case, plan_kind, child) is not None:
        raise InvalidInput("kind: this plan exists already; renew it instead")
    plan = ActionPlan(
        case_id=case.id,
        kind=plan_kind,
        child_person_id=child.id if child is not None else None,
        version=1,
        made_on=made_on,
        review_due_on=review_due_on or _review_due(made_on),
        after_effort=after_effort,
    )
    session.add(plan)
    session.flush()
    audit.record(
        session,
        "plan.create",
        "action_plan",
        plan.id,
        case_id=case.id,
        detail={"kind": plan_kind.value, "version": 1},
    )
    return plan


def add_goal(session: Session, plan: ActionPlan, text: str, domain: LifeDomain | str) -> Goal:
    """A goal in the citizen's own words, in one life domain."""
    goal = Goal(
        position=len(plan.goals),
        text=required_text(text, "text"),
        domain=parse_enum(LifeDomain, domain, "domain"),
        status=GoalStatus.OPEN,
    )
    plan.goals.append(goal)
    session.flush()
    audit.record(session, "goal.create", "goal", goal.id, case_id=plan.case_id)
    return goal


def set_goal_status(session: Session, goal: Goal, status: GoalStatus | str) -> Goal:
    goal.status = parse_enum(GoalStatus, status, "status")
    session.flush()
    audit.record(
        session,
        "goal.update",
        "goal",
        goal.id,
        case_id=goal.plan.case_id,
        detail={"status": goal.status.value},
    )
    return goal


def add_action(
    session: Session,
    goal: Goal,
    text: str,
    *,
    responsible: CaseActor | None = None,
    due_on: dt.date | None = None,
    status: ActionStatus | str = ActionStatus.PLANNED,
) -> Action:
    case_id = goal.plan.case_id
    if responsible is not None and responsible.case_id != case_id:
        raise InvalidInput("responsible: the actor is not part of this case")
    action = Action(
        text=required_text(text, "text"),
        responsible_id=responsible.id if responsible is not None else None,
        due_on=due_on,
        status=parse_enum(ActionStatus, status, "status"),
    )
    goal.actions.append(action)
    session.flush()
    audit.record(session, "action.create", "plan_action", action.id, case_id=case_id)
    return action


def set_action_status(
    session: Session, action: Action, status: ActionStatus | str, outcome: str | None = None
) -> Action:
    action.status = parse_enum(ActionStatus, status, "status")
    if outcome is not None:
        action.outcome = outcome
    session.flush()
    audit.record(
        session,
        "action.update",
        "plan_action",
        action.id,
        case_id=action.goal.plan.case_id,
        detail={"status": action.status.value, "outcome_changed": outcome is not None},
    )
    return action


def _require_current(plan: ActionPlan) -> None:
    if not plan.is_current:
        raise InvalidInput("plan: this version has been superseded; it can only be read")


def review_plan(
    session: Session, plan: ActionPlan, reviewed_on: dt.date, next_review_on: dt.date | None = None
) -> ActionPlan:
    """Record a review without a new version: it moves the review clock on."""
    _require_current(plan)
    if reviewed_on < plan.made_on:
        raise InvalidInput("reviewed_on: before the plan was made")
    plan.reviewed_on = reviewed_on
    plan.review_due_on = next_review_on or _review_due(reviewed_on)
    session.flush()
    audit.record(
        session,
        "plan.review",
        "action_plan",
        plan.id,
        case_id=plan.case_id,
        detail={"version": plan.version, "reviewed_on": reviewed_on.isoformat()},
    )
    return plan


def renew_plan(
    session: Session, plan: ActionPlan, made_on: dt.date, *, after_effort: str | None = None
) -> ActionPlan:
    """A new version made at a follow-up: open goals with their open actions are copied;
    achieved and dropped goals and finished actions stay only in the old version."""
    _require_current(plan)
    if made_on < plan.made_on:
        raise InvalidInput("made_on: before the version it renews")
    new = ActionPlan(
        case_id=plan.case_id,
        kind=plan.kind,
        child_person_id=plan.child_person_id,
        version=plan.version + 1,
        made_on=made_on,
        review_due_on=_review_due(made_on),
        after_effort=plan.after_effort if after_effort is None else after_effort,
    )
    session.add(new)
    session.flush()
    position = 0
    for goal in plan.goals:
        if goal.status != GoalStatus.OPEN:
            continue
        copy = Goal(position=position, text=goal.text, domain=goal.domain)
        position += 1
        copy.actions = [
            Action(
                text=a.text,
                responsible_id=a.responsible_id,
                due_on=a.due_on,
                status=a.status,
                outcome=a.outcome,
            )
            for a in goal.actions
            if a.status in OPEN_ACTIONS
        ]
        new.goals.append(copy)
    plan.superseded_by_id = new.id
    session.flush()
    audit.record(
        session,
        "plan.renew",
        "action_plan",
        new.id,
        case_id=plan.case_id,
        detail={"kind": plan.kind.value, "version": new.version, "previous": plan.id},
    )
    return new


# -- commands by id: what the workbook and the CLI call ------------------------------------


def create_plan_by_id(
    session: Session,
    case_id: int,
    made_on: dt.date,
    *,
    child_id: int | None = None,
    sip: bool = False,
) -> int:
    """A first plan for the adult, for the child `child_id`, or a samordnad individuell
    plan (`sip`: social services and health care together; who answers for what is each
    action's responsible actor); returns the plan's id."""
    case = get_case_by_id(session, case_id)
    child = in_case(session, CasePerson, case_id, child_id, "child") if child_id else None
    kind = PlanKind.CHILD if child is not None else PlanKind.SIP if sip else PlanKind.ADULT
    return create_plan(session, case, made_on, kind=kind, child=child).id


def _goal_of_plan(session: Session, case_id: int, plan_id: int, goal_id: int) -> Goal:
    goal = in_case(session, Goal, case_id, goal_id, "goal")
    if goal.plan_id != plan_id:
        raise NotFound("goal: not in this plan")
    return goal


def add_goal_by_id(
    session: Session, case_id: int, plan_id: int, text: str, domain: LifeDomain | str
) -> int:
    plan = in_case(session, ActionPlan, case_id, plan_id, "plan")
    return add_goal(session, plan, text, domain).id


def add_action_by_id(
    session: Session,
    case_id: int,
    plan_id: int,
    goal_id: int,
    text: str,
    *,
    responsible_id: int | None = None,
    due_on: dt.date | None = None,
) -> int:
    goal = _goal_of_plan(session, case_id, plan_id, goal_id)
    responsible = (
        in_case(session, CaseActor, case_id, responsible_id, "responsible")
        if responsible_id
        else None
    )
    return add_action(session, goal, text, responsible=responsible, due_on=due_on).id


def set_goal_status_by_id(
    session: Session, case_id: int, plan_id: int, goal_id: int, status: GoalStatus | str
) -> None:
    set_goal_status(session, _goal_of_plan(session, case_id, plan_id, goal_id), status)


def set_action_status_by_id(
    session: Session, case_id: int, plan_id: int, action_id: int, status: ActionStatus | str
) -> None:
    action = in_case(session, Action, case_id, action_id, "action")
    if action.goal.plan_id != plan_id:
        raise NotFound("action: not in this plan")
    set_action_status(session, action, status)


def renew_plan_by_id(session: Session, case_id: int, plan_id: int, on: dt.date) -> int:
    """A new current version from `on`; returns its id."""
    return renew_plan(session, in_case(session, ActionPlan, case_id, plan_id, "plan"), on).id


# -- corrections ---------------------------------------------------------------------------


def _editable_goal(session: Session, case_id: int, goal_id: int) -> Goal:
    goal = in_case(session, Goal, case_id, goal_id, "goal")
    _require_current(goal.plan)
    return goal


def update_goal_by_id(
    session: Session, case_id: int, goal_id: int, *, text: str, domain: LifeDomain | str
) -> int:
    """Correct a goal's wording or life domain (current plan only: old versions are read)."""
    goal = _editable_goal(session, case_id, goal_id)
    goal.text = required_text(text, "text")
    goal.domain = parse_enum(LifeDomain, domain, "domain")
    session.flush()
    audit.record(
        session,
        "goal.edit",
        "goal",
        goal.id,
        case_id=case_id,
        detail={"fields": ["domain", "text"]},
    )
    return goal.id


def update_action_by_id(
    session: Session,
    case_id: int,
    action_id: int,
    *,
    text: str,
    responsible_id: int | None,
    due_on: dt.date | None,
    outcome: str,
    goal_id: int | None = None,
) -> int:
    """Correct an action: text, responsible case actor, due date, outcome, and (with
    `goal_id`) the goal of the same plan it serves."""
    action = in_case(session, Action, case_id, action_id, "action")
    _require_current(action.goal.plan)
    if goal_id is not None and goal_id != action.goal_id:
        goal = _editable_goal(session, case_id, goal_id)
        if goal.plan_id != action.goal.plan_id:
            raise InvalidInput("goal: not a goal of this action's plan")
        action.goal = goal  # moves between the collections; never an orphan
    responsible = (
        in_case(session, CaseActor, case_id, responsible_id, "responsible")
        if responsible_id is not None
        else None
    )
    action.text = required_text(text, "text")
    action.responsible_id = responsible.id if responsible is not None else None
    action.due_on = due_on
    action.outcome = outcome.strip()
    session.flush()
    audit.record(
        session,
        "action.edit",
        "plan_action",
        action.id,
        case_id=case_id,
        detail={"fields": ["due_on", "goal", "outcome", "responsible", "text"]},
    )
    return action.id
