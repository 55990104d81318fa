"""Consent holds across the team: a withdrawal recorded on one laptop stops exports on
the other after its next sync, and an export from a stale copy is refused once the
withdrawal is known to the team server (the export pulls first when it can)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.team.scenario import REF, open_shared_case
from tests.team.team_kit import Team
from vnr_desk.domain import Consent
from vnr_desk.domain.enums import ConsentForm
from vnr_desk.domain.recipient import RecipientRef
from vnr_desk.services.consent import withdraw_consent
from vnr_desk.services.errors import ConsentRequired
from vnr_desk.services.export.printouts import ExportRequest, prepare_export
from vnr_desk.team.sync import refresh_before_export

TODAY = dt.date(2026, 12, 1)


def _request(case_actor_id: int, out: Path) -> ExportRequest:
    return ExportRequest(REF, "summary", RecipientRef.actor(case_actor_id).key, out, on=TODAY)


def test_withdrawal_on_one_laptop_stops_exports_on_the_other(team: Team, tmp_path: Path) -> None:
    shared, u = open_shared_case(team)
    bo_actor = shared.row(shared.bo, "case_actor", u["case_actor"]).id
    with shared.bo.vault.session() as s:  # allowed before the withdrawal
        prepare_export(s, _request(bo_actor, tmp_path / "before.pdf"))
    with shared.anna.vault.session() as s:
        consent = s.get(Consent, shared.row(shared.anna, "consent", u["consent"]).id)
        withdraw_consent(s, consent, TODAY, how=ConsentForm.WRITTEN, recorded_by="Anna")
    anna_actor = shared.row(shared.anna, "case_actor", u["case_actor"]).id
    with shared.anna.vault.session() as s, pytest.raises(ConsentRequired):
        prepare_export(s, _request(anna_actor, tmp_path / "anna.pdf"))
    shared.anna.sync()
    shared.bo.sync()
    with shared.bo.vault.session() as s, pytest.raises(ConsentRequired):
        prepare_export(s, _request(bo_actor, tmp_path / "after.pdf"))


def test_an_export_from_a_stale_copy_is_refused_when_the_server_knows(
    team: Team, tmp_path: Path
) -> None:
    shared, u = open_shared_case(team)
    with shared.anna.vault.session() as s:
        consent = s.get(Consent, shared.row(shared.anna, "consent", u["consent"]).id)
        withdraw_consent(s, consent, TODAY, how=ConsentForm.ORAL, recorded_by="Anna")
    shared.anna.sync()
    # Bo has not synced: his copy still shows the consent as valid ...
    bo_actor = shared.row(shared.bo, "case_actor", u["case_actor"]).id
    with shared.bo.vault.session() as s:
        prepare_export(s, _request(bo_actor, tmp_path / "stale.pdf"))
    # ... but an export asks the server first when it can, and is refused.
    assert refresh_before_export(shared.bo.vault) == "fresh"
    with shared.bo.vault.session() as s, pytest.raises(ConsentRequired):
        prepare_export(s, _request(bo_actor, tmp_path / "refused.pdf"))


def test_a_vault_without_a_team_exports_as_before(tmp_path: Path, vault) -> None:  # type: ignore[no-untyped-def]
    assert refresh_before_export(vault) == "alone"
