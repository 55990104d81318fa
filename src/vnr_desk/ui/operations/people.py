"""The people actions of the open case: add, correct, remove as entered in error."""

from __future__ import annotations

from vnr_desk.services import people
from vnr_desk.services.intake import PersonValues
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession


def add_person(
    session: VaultSession, case_id: int, values: PersonValues, done: Done, failed: Failed
) -> None:
    """Reports the new person's id."""
    session.run(
        lambda s: people.add_person_to_case(s, case_id, values.role, **values.as_changes()),
        done,
        failed,
    )


def edit_person(
    session: VaultSession,
    case_id: int,
    person_id: int,
    changes: dict[str, object],
    done: Done,
    failed: Failed,
) -> None:
    session.run(lambda s: people.edit_person(s, case_id, person_id, **changes), done, failed)


def remove_in_error(
    session: VaultSession, case_id: int, person_id: int, reason: str, done: Done, failed: Failed
) -> None:
    session.run(
        lambda s: people.remove_person_in_error(s, case_id, person_id, reason), done, failed
    )
