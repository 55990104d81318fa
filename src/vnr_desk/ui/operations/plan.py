"""The Plan tab's actions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vnr_desk.services import plans, settings
from vnr_desk.services.views import actors as actors_view
from vnr_desk.services.views import plan as plan_view
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession

SHOWS = plan_view.SHOWS


def load(session: VaultSession, case_id: int, done: Done, failed: Failed) -> None:
    """(plans, children, case actors, whether to offer a SIP: a Swedish vault) of the case."""
    session.run(
        lambda s: (
            plan_view.plan_views(s, case_id),
            plan_view.children(s, case_id),
            actors_view.case_actor_views(s, case_id),
            settings.edition(s) == "sv",
        ),
        done,
        failed,
    )


def create_plan(
    session: VaultSession,
    case_id: int,
    made_on: dt.date,
    child_id: int | None,
    done: Done,
    failed: Failed,
    *,
    sip: bool = False,
) -> None:
    session.run(
        lambda s: plans.create_plan_by_id(s, case_id, made_on, child_id=child_id, sip=sip),
        done,
        failed,
    )


def add_goal(
    session: VaultSession,
    case_id: int,
    plan_id: int,
    text: str,
    domain: str,
    done: Done,
    failed: Failed,
) -> None:
    session.run(lambda s: plans.add_goal_by_id(s, case_id, plan_id, text, domain), done, failed)


def add_action(
    session: VaultSession,
    case_id: int,
    plan_id: int,
    goal_id: int,
    text: str,
    responsible_id: int | None,
    due_on: dt.date | None,
    done: Done,
    failed: Failed,
) -> None:
    session.run(
        lambda s: plans.add_action_by_id(
            s, case_id, plan_id, goal_id, text, responsible_id=responsible_id, due_on=due_on
        ),
        done,
        failed,
    )


def set_status(
    session: VaultSession,
    case_id: int,
    plan_id: int,
    kind: str,
    item_id: int,
    status: str,
    done: Done,
    failed: Failed,
) -> None:
    """`kind` is "goal" or "action"."""
    command = plans.set_goal_status_by_id if kind == "goal" else plans.set_action_status_by_id
    session.run(lambda s: command(s, case_id, plan_id, item_id, status), done, failed)


def renew(
    session: VaultSession, case_id: int, plan_id: int, on: dt.date, done: Done, failed: Failed
) -> None:
    session.run(lambda s: plans.renew_plan_by_id(s, case_id, plan_id, on), done, failed)


def update_goal(
    session: VaultSession,
    case_id: int,
    goal_id: int,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(lambda s: plans.update_goal_by_id(s, case_id, goal_id, **values), done, failed)


def update_action(
    session: VaultSession,
    case_id: int,
    action_id: int,
    values: dict[str, Any],
    done: Done,
    failed: Failed,
) -> None:
    session.run(lambda s: plans.update_action_by_id(s, case_id, action_id, **values), done, failed)
