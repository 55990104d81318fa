"""The fast read models agree with the ORM paths they stand in for, on varied demo cases:
the consent grid a caseworker sees says exactly what the sharing gate decides, and a
case's own clock is the one the due view computes for it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, CaseStatus, Consent, ConsentPurpose
from vnr_desk.rules.deadlines import ConsentDeadlineInput
from vnr_desk.services import actors, consent, deadlines, network
from vnr_desk.services.seed.demo import generate_demo
from vnr_desk.services.views import overview as overview_view
from vnr_desk.services.views.due import due_rows
from vnr_desk.store.prepared import driver_connection
from vnr_desk.store.vault import Vault

TODAY = dt.date(2026, 3, 2)


@pytest.fixture
def demo(vault: Vault) -> Vault:
    """Demo cases plus a renewal and a withdrawal, which the demo data has none of."""
    with vault.session() as s:
        generate_demo(s, cases=12, seed=3, today=TODAY)
        current = [
            c
            for c in s.scalars(select(Consent).where(Consent.expires_on.is_not(None)))
            if c.withdrawal is None
        ]
        consent.renew_consent(s, current[0], TODAY, expires_on=TODAY + dt.timedelta(days=365))
        consent.withdraw_consent(s, current[1], TODAY, how="oral", recorded_by="Test")
    return vault


def _cases(s: Session) -> list[Case]:
    return list(s.scalars(select(Case).order_by(Case.id)))


def test_grid_agrees_with_the_sharing_gate(demo: Vault) -> None:
    checked = 0
    with demo.session() as s:
        for case in _cases(s):
            recipients = {
                consent.recipient_key(r): r
                for r in [*actors.case_actors(s, case), *network.members(s, case)]
            }
            cells = consent.consent_grid(s, case.id, TODAY)
            assert {c.recipient for c in cells} == set(recipients)
            assert len(cells) == len(recipients) * len(ConsentPurpose)
            for cell in cells:
                recipient = recipients[cell.recipient]
                gate = consent.consent_status(s, case, recipient, cell.purpose, TODAY)
                assert cell.status == gate, (case.reference, cell)
                assert cell.recipient_label == recipient.label
                checked += cell.status != "missing"
    assert checked > 10  # the demo has real consents, not just empty cells


def test_one_case_clock_is_the_due_views_clock(demo: Vault) -> None:
    with demo.session() as s:
        renewal = s.scalars(select(Consent).where(Consent.renews_id.is_not(None))).one()
        every = {c.case_id: c for c in deadlines.clocks(s)}
        renewed = {i.id: i.renewed_on for c in every.values() for i in c.consents}
        assert renewed[renewal.renews_id] == TODAY and renewed[renewal.id] is None
        open_ids = set(s.scalars(select(Case.id).where(Case.status == CaseStatus.OPEN)))
        assert set(every) == open_ids
        for case_id, clock in every.items():
            assert deadlines.clocks(s, case_id) == [clock]
        assert sum(len(c.consents) + len(c.events) for c in every.values()) > 0


def test_overview_deadlines_are_the_cases_next_open_ones(demo: Vault) -> None:
    with demo.session() as s:
        rows = due_rows(s, TODAY)
        assert rows
        for case in _cases(s):
            view = overview_view.overview(s, case.id, TODAY)
            expected = [d for d in deadlines.due(s, TODAY, case) if d.status != "done"]
            expected.sort(key=lambda d: (d.due_on, d.rule))
            assert list(view.deadlines) == expected[:3]
            assert view.reference == case.reference
        for row in rows:
            assert s.get(Case, row.case_id).reference == row.case_reference  # type: ignore[union-attr]


def test_clock_consents_from_the_ledger_are_the_ones_read_for_the_clock(demo: Vault) -> None:
    with demo.session() as s:
        raw = driver_connection(s)
        seen = 0
        for case in _cases(s):
            from_ledger = consent_inputs_of(consent.read_ledger(raw, case.id))
            (clock,) = deadlines.clocks(s, case.id)
            assert from_ledger == sorted(clock.consents, key=lambda i: i.id), case.reference
            seen += len(from_ledger)
        withdrawn = s.scalars(
            select(Consent.id).join(Consent.withdrawal).where(Consent.expires_on.is_not(None))
        ).all()
        assert seen > 5 and withdrawn


def consent_inputs_of(ledger: consent.CaseLedger) -> list[ConsentDeadlineInput]:
    return sorted(deadlines.ledger_consents(ledger), key=lambda i: i.id)


def test_the_one_ledger_reader_reads_what_the_orm_holds(demo: Vault) -> None:
    """Grid, Overview and sharing gate all decide from `consent.case_ledger`; check that
    reader against the ledger rows as the ORM loads them, withdrawals and renewals included."""
    from vnr_desk.rules.consent import ConsentEntry

    compared = 0
    with demo.session() as s:
        for case in _cases(s):
            ledger = consent.case_ledger(s, case.id)
            orm: dict[str, list[ConsentEntry]] = {}
            for c in consent.case_consents(s, case):
                orm.setdefault(c.recipient_key, []).append(
                    ConsentEntry(c.id, c.purpose_values, c.given_on, c.expires_on, c.withdrawn_on)
                )
            read = {k: sorted(v, key=lambda e: e.id) for k, v in ledger.entries.items()}
            assert read == {k: sorted(v, key=lambda e: e.id) for k, v in orm.items()}
            assert ledger.renews == {
                c.id: c.renews_id for c in consent.case_consents(s, case) if c.renews_id
            }
            compared += len(orm)
    assert compared > 10
