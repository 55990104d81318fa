"""The de-identified case presentation: every identifying value of a case is planted in
every free-text field, and none of it reaches the PDF; the reviewed text does."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from tests.ui.case_builder import REF, SECRET_ADDRESS, TODAY, build_case
from vnr_desk.cli import main
from vnr_desk.domain import Assessment, CaseActor, CasePerson, Goal, Meeting
from vnr_desk.services import groups, meetings, notes, plans, risk
from vnr_desk.services.cases import get_case, get_case_by_id
from vnr_desk.store.vault import Vault

EMAIL = "amira.hansen@example.dk"
CONTACT = ("Birgit Kontaktsen", "+45 99 88 77 66", "birgit@kommune.dk")
IDENTIFYING = (
    REF,
    "Amira",
    "Hansen",
    "Jonas Berg",
    "Lea Hansen",
    "Mette",
    "Karl",
    "1991-04-02",
    "02.04.1991",
    "2. april 1991",
    "2018",
    SECRET_ADDRESS,
    "Skjultvej",
    "Storegade 3",
    "20 30 40 50",
    EMAIL,
    *CONTACT,
)
REVIEWED = "Kvinde i midten af trediverne med et barn; ønsker egen bolig og arbejde."


def _planted() -> str:
    return "Identificerende: " + " / ".join(IDENTIFYING)


@pytest.fixture
def presented_vault(new_vault: tuple[Vault, str]) -> Vault:
    vault = new_vault[0]
    text = _planted()
    with vault.session() as s:
        ids = build_case(s)
        case = get_case_by_id(s, ids.case_id)
        victim = s.get_one(CasePerson, ids.victim)
        victim.email = EMAIL
        for ca in s.query(CaseActor).filter_by(case_id=case.id):
            ca.contact_name, ca.contact_phone, ca.contact_email = CONTACT
            ca.responsibility = text
            ca.role = text[:200]
        notes.add_note(s, case, text)
        for assessment in s.query(Assessment).filter_by(case_id=case.id):
            assessment.hopes = assessment.dreams = assessment.resources = text
            for rating in assessment.ratings:
                rating.description = rating.own_words = text
        for goal in s.query(Goal):
            goal.text = text
            for action in goal.actions:
                action.text = text
        plan = plans.current_plan(s, case)
        assert plan is not None
        plans.add_goal(s, plan, text, "job")
        meeting = s.get_one(Meeting, ids.meeting)
        meetings.set_minutes(s, meeting, text)
        meetings.add_agenda_item(s, meeting, text)
        meetings.add_decision(s, meeting, text)
        risk.assess_risk(s, case, TODAY - dt.timedelta(days=2), "medium", notes=text)
        case.closing_reason = case.after_effort_text = text
        # an unreviewed presentation text is never printed, whatever it says
        groups.save_presentation(s, case.id, text, reviewed=False)
    vault.lock()
    return vault


def _export(vault_dir: Path, out: Path, *extra: str) -> int:
    return main(
        [
            "--vault",
            str(vault_dir),
            "export",
            "--case",
            REF,
            "--kind",
            "case-presentation",
            "--on",
            TODAY.isoformat(),
            "--out",
            str(out),
            *extra,
        ]
    )


def _text(pdf: Path) -> str:
    raw = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    return re.sub(r"\s+", " ", raw)


def test_no_identifying_value_reaches_the_presentation(
    presented_vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    unreviewed = tmp_path / "unreviewed.pdf"
    assert _export(vault_dir, unreviewed, "--for", "internal", "--lang", "da") == 0
    text = _text(unreviewed)
    assert "Sagsfremstilling" in text  # the Danish document, so the check reads real output
    assert "Ingen gennemgået fremstillingstekst" in text
    leaked = [value for value in IDENTIFYING if value.casefold() in text.casefold()]
    assert leaked == []
    assert "Identificerende" not in text
    # what it does say: bands and codes
    assert "35–44" in text and "6–12" in text and "Fysisk vold" in text

    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.session() as s:
        groups.save_presentation(s, get_case(s, REF).id, REVIEWED, reviewed=True, reviewed_by="SB")
    reviewed = tmp_path / "reviewed.pdf"
    assert _export(vault_dir, reviewed, "--for", "internal", "--lang", "da") == 0
    text = _text(reviewed)
    assert REVIEWED in text
    assert [value for value in IDENTIFYING if value.casefold() in text.casefold()] == []


def test_presentation_is_for_internal_use_only(
    presented_vault: Vault, vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "citizen.pdf"
    assert _export(vault_dir, out, "--for", "citizen") == 2
    assert not out.exists()
