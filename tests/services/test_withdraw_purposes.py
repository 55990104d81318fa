"""Withdrawing one purpose of a consent leaves the recipient's other purposes valid, and the
caseworker profile lives in the vault (issue 12, fault 4)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from vnr_desk.domain import AuditEntry
from vnr_desk.rules.consent import ConsentState
from vnr_desk.services import consent
from vnr_desk.services.actors import directory, involve_actor
from vnr_desk.services.cases import create_case
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.settings import (
    CaseworkerProfile,
    caseworker_profile,
    set_caseworker_profile,
)
from vnr_desk.store.vault import Vault

GIVEN = dt.date(2026, 1, 10)
TODAY = dt.date(2026, 3, 2)
ALL = ["share_information", "invite_to_meeting", "receive_action_plan"]


def _setup(s: Session):  # type: ignore[no-untyped-def]
    case = create_case(s, "K-2026-077", GIVEN)
    recipient = involve_actor(s, case, directory(s)[0])
    entry = consent.record_consent(s, case, recipient, ALL, GIVEN, expires_on=dt.date(2026, 12, 31))
    return case, recipient, entry


def test_withdrawing_one_purpose_keeps_the_others(vault: Vault) -> None:
    with vault.session() as s:
        case, recipient, _entry = _setup(s)
        consent.withdraw_purposes(
            s, case, recipient, ["invite_to_meeting"], TODAY, how="oral", recorded_by="Anna"
        )

        def state(p: str, on: dt.date = TODAY) -> ConsentState:
            return consent.consent_status(s, case, recipient, p, on)

        assert state("invite_to_meeting") == ConsentState.WITHDRAWN
        assert state("share_information") == ConsentState.VALID
        assert state("receive_action_plan") == ConsentState.VALID
        assert state("share_information", dt.date(2027, 1, 1)) == ConsentState.EXPIRED
        assert state("invite_to_meeting", TODAY - dt.timedelta(days=1)) == ConsentState.VALID
        actions = [a for (a,) in s.query(AuditEntry.action)]
        assert "consent.withdraw_purposes" in actions


def test_withdrawing_every_purpose_leaves_nothing(vault: Vault) -> None:
    with vault.session() as s:
        case, recipient, _entry = _setup(s)
        consent.withdraw_purposes(s, case, recipient, ALL, TODAY, how="oral", recorded_by="A")
        for p in ALL:
            assert consent.consent_status(s, case, recipient, p, TODAY) == ConsentState.WITHDRAWN


def test_withdrawing_a_purpose_without_consent_is_refused(vault: Vault) -> None:
    with vault.session() as s:
        case, recipient, _entry = _setup(s)
        with pytest.raises(InvalidInput):
            consent.withdraw_purposes(
                s, case, recipient, ["receive_case_summary"], TODAY, how="oral", recorded_by="A"
            )


def test_profile_is_empty_until_set_and_never_the_login(vault: Vault) -> None:
    with vault.session() as s:
        assert caseworker_profile(s) == CaseworkerProfile()
        set_caseworker_profile(s, CaseworkerProfile("Anna Holm", "Familieafd.", "", "a@k.dk"))
    with vault.session() as s:
        assert caseworker_profile(s) == CaseworkerProfile("Anna Holm", "Familieafd.", "", "a@k.dk")
        set_caseworker_profile(s, CaseworkerProfile("Anna Holm", "", "", ""))
    with vault.session() as s:
        assert caseworker_profile(s) == CaseworkerProfile(name="Anna Holm")
