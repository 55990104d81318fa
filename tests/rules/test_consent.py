from __future__ import annotations

import datetime as dt

import pytest

from vnr_desk.domain.enums import ConsentPurpose
from vnr_desk.rules.consent import (
    ConsentEntry,
    ConsentState,
    consent_cell,
    consent_overview,
    consent_status,
    in_force,
    may_share,
)

D = dt.date
SHARE = ConsentPurpose.SHARE_INFORMATION
INVITE = ConsentPurpose.INVITE_TO_MEETING
GIVEN = D(2026, 3, 3)
EXPIRES = D(2026, 9, 3)


def entry(
    id: int = 1,
    given: dt.date = GIVEN,
    expires: dt.date | None = EXPIRES,
    withdrawn: dt.date | None = None,
    purposes: frozenset[str] = frozenset({"share_information", "receive_action_plan"}),
) -> ConsentEntry:
    return ConsentEntry(id, purposes, given, expires, withdrawn)


def test_no_entries_is_missing() -> None:
    assert consent_status([], SHARE, D(2026, 4, 1)) is ConsentState.MISSING
    assert not may_share([], SHARE, D(2026, 4, 1))


def test_entry_for_another_purpose_is_missing() -> None:
    assert consent_status([entry()], INVITE, D(2026, 4, 1)) is ConsentState.MISSING


def test_future_dated_entry_does_not_count_yet() -> None:
    ledger = [entry(given=D(2026, 5, 1))]
    assert consent_status(ledger, SHARE, D(2026, 4, 30)) is ConsentState.MISSING
    assert consent_status(ledger, SHARE, D(2026, 5, 1)) is ConsentState.VALID


def test_plain_string_purpose_is_accepted() -> None:
    assert consent_status([entry()], "share_information", D(2026, 4, 1)) is ConsentState.VALID


def test_unknown_purpose_fails_loudly_instead_of_reading_as_missing() -> None:
    with pytest.raises(ValueError, match=r"^purpose:"):
        consent_status([entry()], "share_info", D(2026, 4, 1))


def test_negative_warn_days_rejected() -> None:
    with pytest.raises(ValueError, match=r"^warn_days:"):
        consent_status([entry()], SHARE, D(2026, 4, 1), warn_days=-1)


@pytest.mark.parametrize(
    ("on", "state"),
    [
        (D(2026, 3, 3), ConsentState.VALID),  # given today
        (D(2026, 8, 3), ConsentState.VALID),  # 31 days left
        (D(2026, 8, 4), ConsentState.EXPIRING),  # 30 days left
        (D(2026, 9, 3), ConsentState.EXPIRING),  # expiry day itself is still in force
        (D(2026, 9, 4), ConsentState.EXPIRED),
    ],
)
def test_expiry_window_and_expiry_day_inclusive(on: dt.date, state: ConsentState) -> None:
    assert consent_status([entry()], SHARE, on) is state
    assert may_share([entry()], SHARE, on) is (state in (ConsentState.VALID, "expiring"))


def test_warn_days_is_configurable() -> None:
    on = D(2026, 8, 4)
    assert consent_status([entry()], SHARE, on, warn_days=7) is ConsentState.VALID
    assert consent_status([entry()], SHARE, D(2026, 8, 27), warn_days=7) is ConsentState.EXPIRING
    assert consent_status([entry()], SHARE, D(2026, 9, 3), warn_days=0) is ConsentState.EXPIRING


def test_no_expiry_is_valid_forever() -> None:
    ledger = [entry(expires=None)]
    assert consent_status(ledger, SHARE, D(2040, 1, 1)) is ConsentState.VALID


def test_withdrawn_today_after_being_valid_yesterday() -> None:
    ledger = [entry(withdrawn=D(2026, 4, 10))]
    assert consent_status(ledger, SHARE, D(2026, 4, 9)) is ConsentState.VALID
    assert may_share(ledger, SHARE, D(2026, 4, 9))
    assert consent_status(ledger, SHARE, D(2026, 4, 10)) is ConsentState.WITHDRAWN
    assert not may_share(ledger, SHARE, D(2026, 4, 10))


def test_withdrawal_after_expiry_reads_as_withdrawn() -> None:
    ledger = [entry(withdrawn=D(2026, 10, 1))]
    assert consent_status(ledger, SHARE, D(2026, 9, 20)) is ConsentState.EXPIRED
    assert consent_status(ledger, SHARE, D(2026, 10, 1)) is ConsentState.WITHDRAWN


def test_renewal_after_expiry_makes_it_valid_again() -> None:
    old = entry(1, given=D(2025, 3, 1), expires=D(2026, 3, 1))
    new = entry(2, given=D(2026, 4, 1), expires=D(2027, 4, 1))
    assert consent_status([old, new], SHARE, D(2026, 3, 15)) is ConsentState.EXPIRED
    assert consent_status([old, new], SHARE, D(2026, 4, 1)) is ConsentState.VALID


def test_renewal_before_expiry_clears_the_warning() -> None:
    old = entry(1, expires=D(2026, 9, 3))
    new = entry(2, given=D(2026, 8, 20), expires=D(2027, 8, 20))
    assert consent_status([old], SHARE, D(2026, 8, 25)) is ConsentState.EXPIRING
    assert consent_status([old, new], SHARE, D(2026, 8, 25)) is ConsentState.VALID


def test_withdrawing_one_entry_while_another_stays_in_force() -> None:
    a = entry(1, expires=D(2027, 1, 1), withdrawn=D(2026, 5, 1))
    b = entry(2, given=D(2026, 4, 1), expires=D(2027, 4, 1))
    assert consent_status([a, b], SHARE, D(2026, 6, 1)) is ConsentState.VALID
    assert may_share([b, a], SHARE, D(2026, 6, 1))


def test_expiring_looks_at_the_longest_lasting_entry_in_force() -> None:
    short = entry(1, expires=D(2026, 6, 10))
    long = entry(2, given=D(2026, 4, 1), expires=D(2026, 12, 1))
    assert consent_status([short, long], SHARE, D(2026, 6, 1)) is ConsentState.VALID
    forever = entry(3, given=D(2026, 4, 1), expires=None)
    assert consent_status([short, forever], SHARE, D(2026, 6, 1)) is ConsentState.VALID


def test_latest_entry_decides_between_withdrawn_and_expired() -> None:
    withdrawn = entry(1, given=D(2025, 1, 1), expires=D(2026, 1, 1), withdrawn=D(2025, 6, 1))
    expired = entry(2, given=D(2025, 7, 1), expires=D(2025, 12, 1))
    on = D(2026, 2, 1)
    assert consent_status([withdrawn, expired], SHARE, on) is ConsentState.EXPIRED
    later_withdrawn = entry(3, given=D(2025, 8, 1), expires=None, withdrawn=D(2025, 9, 1))
    assert consent_status([withdrawn, expired, later_withdrawn], SHARE, on) is (
        ConsentState.WITHDRAWN
    )


def test_same_day_entries_tie_break_on_id() -> None:
    first = entry(1, given=D(2026, 1, 1), expires=D(2026, 2, 1))
    second = entry(2, given=D(2026, 1, 1), expires=None, withdrawn=D(2026, 1, 20))
    on = D(2026, 3, 1)
    assert consent_status([second, first], SHARE, on) is ConsentState.WITHDRAWN


def test_withdrawal_recorded_later_does_not_rewrite_the_past() -> None:
    ledger = [entry(withdrawn=D(2026, 5, 1))]
    assert in_force(ledger[0], D(2026, 4, 30))
    assert not in_force(ledger[0], D(2026, 5, 1))
    assert may_share(ledger, SHARE, D(2026, 4, 30))


def test_overview_covers_every_purpose_in_order() -> None:
    overview = consent_overview(iter([entry()]), D(2026, 4, 1))
    assert list(overview) == list(ConsentPurpose)
    assert overview == {
        ConsentPurpose.SHARE_INFORMATION: ConsentState.VALID,
        ConsentPurpose.INVITE_TO_MEETING: ConsentState.MISSING,
        ConsentPurpose.RECEIVE_ACTION_PLAN: ConsentState.VALID,
        ConsentPurpose.RECEIVE_CASE_SUMMARY: ConsentState.MISSING,
    }


def test_states_and_purposes_are_plain_strings() -> None:
    assert ConsentState.EXPIRING == "expiring"
    assert ConsentPurpose.RECEIVE_CASE_SUMMARY == "receive_case_summary"
    assert [s.value for s in ConsentState] == [
        "valid",
        "expiring",
        "expired",
        "withdrawn",
        "missing",
    ]


def test_cell_gives_the_latest_end_of_what_is_in_force_for_the_purpose() -> None:
    longer = entry(2, expires=D(2027, 3, 3))
    other_purpose = entry(3, expires=D(2028, 1, 1), purposes=frozenset({"invite_to_meeting"}))
    on = D(2026, 6, 1)
    assert consent_cell([entry(), longer, other_purpose], SHARE, on) == (
        ConsentState.VALID,
        D(2027, 3, 3),
    )
    assert consent_cell([entry()], SHARE, D(2026, 8, 20)) == (ConsentState.EXPIRING, EXPIRES)
    assert consent_cell([entry(), entry(2, expires=None)], SHARE, on) == (ConsentState.VALID, None)
    withdrawn = entry(withdrawn=D(2026, 5, 1))
    assert consent_cell([withdrawn], SHARE, on) == (ConsentState.WITHDRAWN, None)
    assert consent_cell([entry()], SHARE, D(2026, 9, 4)) == (ConsentState.EXPIRED, None)
    assert consent_cell([], SHARE, on) == (ConsentState.MISSING, None)
    with pytest.raises(ValueError, match="purpose"):
        consent_cell([entry()], "share_informaton", on)
