from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tests.services.conftest import audit_actions
from vnr_desk.domain import Case, CaseActor
from vnr_desk.rules.consent import ConsentState
from vnr_desk.services import actors, consent, network, settings
from vnr_desk.services.errors import ConsentRequired, InvalidInput

D = dt.date


@pytest.fixture
def job(session: Session, case: Case) -> CaseActor:
    actor = actors.add_actor(session, "Jobcenter Nord", "municipality")
    return actors.involve_actor(session, case, actor, coordinator=True)


def test_record_validations(session: Session, case: Case, job: CaseActor) -> None:
    with pytest.raises(InvalidInput, match="documented_by"):
        consent.record_consent(
            session, case, job, ["share_information"], D(2026, 3, 3), form="oral"
        )
    with pytest.raises(InvalidInput, match="purposes"):
        consent.record_consent(session, case, job, [], D(2026, 3, 3))
    with pytest.raises(InvalidInput, match="purposes"):
        consent.record_consent(session, case, job, ["gossip"], D(2026, 3, 3))
    with pytest.raises(InvalidInput, match="expires_on"):
        consent.record_consent(
            session, case, job, ["share_information"], D(2026, 3, 3), expires_on=D(2026, 3, 3)
        )
    oral = consent.record_consent(
        session,
        case,
        job,
        ["share_information"],
        D(2026, 3, 3),
        form="oral",
        documented_by="Rådgiver A",
    )
    assert oral.purpose_values == {"share_information"}


def test_status_valid_expiring_expired_missing(
    session: Session, case: Case, job: CaseActor
) -> None:
    consent.record_consent(
        session,
        case,
        job,
        ["share_information", "receive_action_plan"],
        D(2026, 3, 3),
        expires_on=D(2026, 9, 3),
    )
    status = consent.consent_status
    assert status(session, case, job, "share_information", D(2026, 3, 2)) == ConsentState.MISSING
    assert status(session, case, job, "share_information", D(2026, 4, 1)) == ConsentState.VALID
    assert status(session, case, job, "share_information", D(2026, 8, 20)) == ConsentState.EXPIRING
    assert status(session, case, job, "share_information", D(2026, 9, 4)) == ConsentState.EXPIRED
    assert status(session, case, job, "invite_to_meeting", D(2026, 4, 1)) == ConsentState.MISSING
    settings.set_consent_warn_days(session, 5)
    assert status(session, case, job, "share_information", D(2026, 8, 20)) == ConsentState.VALID


def test_withdrawn_consent_that_was_valid_yesterday(
    session: Session, case: Case, job: CaseActor
) -> None:
    given = consent.record_consent(session, case, job, ["share_information"], D(2026, 3, 3))
    today = D(2026, 5, 10)
    yesterday = today - dt.timedelta(days=1)
    consent.withdraw_consent(session, given, today, how="oral", recorded_by="Rådgiver A")
    assert consent.may_share(session, case, job, "share_information", yesterday)
    assert not consent.may_share(session, case, job, "share_information", today)
    assert consent.consent_status(session, case, job, "share_information", today) == "withdrawn"
    with pytest.raises(ConsentRequired) as err:
        consent.require_consent(session, case, job, "share_information", today)
    assert err.value.exit_code == 7 and err.value.message_key == "consent_missing"
    assert audit_actions(session)[-1] == "consent.withdraw"
    assert "consent.give" in audit_actions(session)


def test_renewal_keeps_history_and_withdrawal_ends_the_chain(
    session: Session, case: Case, job: CaseActor
) -> None:
    first = consent.record_consent(
        session, case, job, ["share_information"], D(2026, 3, 3), expires_on=D(2026, 9, 3)
    )
    second = consent.renew_consent(session, first, D(2026, 8, 15), expires_on=D(2027, 8, 15))
    assert second.renews_id == first.id
    assert consent.may_share(session, case, job, "share_information", D(2027, 1, 1))
    assert [c.id for c in consent.history(session, job)] == [first.id, second.id]
    consent.withdraw_consent(session, second, D(2026, 8, 20), how="written", recorded_by="A")
    assert not consent.may_share(session, case, job, "share_information", D(2026, 8, 21))
    assert "consent.renew" in audit_actions(session)


def test_ledger_rows_cannot_be_changed_or_deleted(
    session: Session, case: Case, job: CaseActor
) -> None:
    given = consent.record_consent(session, case, job, ["share_information"], D(2026, 3, 3))
    session.flush()
    with pytest.raises(IntegrityError, match="append-only"):
        session.execute(
            text("UPDATE consent SET given_on = '2020-01-01' WHERE id = :i"), {"i": given.id}
        )
    with pytest.raises(IntegrityError, match="append-only"):
        session.execute(text("DELETE FROM consent_purpose WHERE consent_id = :i"), {"i": given.id})


def test_grid_has_every_recipient_and_purpose(session: Session, case: Case, job: CaseActor) -> None:
    sister = network.add_member(session, case, "Sara Påhittad", relation="søster")
    consent.record_consent(session, case, sister, ["invite_to_meeting"], D(2026, 3, 3))
    grid = consent.consent_grid(session, case.id, D(2026, 4, 1))
    assert len(grid) == 8
    cells = {(c.recipient, c.purpose.value): c.status for c in grid}
    assert cells[(f"network:{sister.id}", "invite_to_meeting")] == ConsentState.VALID
    assert cells[(f"actor:{job.id}", "share_information")] == ConsentState.MISSING


def test_recipient_from_another_case_is_refused(
    session: Session, case: Case, job: CaseActor
) -> None:
    from vnr_desk.services.cases import create_case

    other = create_case(session, "K-OTHER", D(2026, 1, 1))
    with pytest.raises(InvalidInput, match="recipient"):
        consent.record_consent(session, other, job, ["share_information"], D(2026, 3, 3))
