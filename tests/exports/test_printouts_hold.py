"""Printouts that hold for a case made in the app: a minimal case (the citizen's name only,
one actor without a phone, one consent, one goal with one action) prints a consent form and a
citizen plan with no empty slot and no OS login name; the plan names the coordinator's
contact person and prints the review date the municipality's rule gives, never a past one;
the consent form asks exactly the recipients and purposes chosen, for the validity chosen,
and "form signed" records exactly those."""

from __future__ import annotations

import copy
import datetime as dt
import getpass
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from tests.conftest import PASSPHRASE
from vnr_desk.cli import main
from vnr_desk.domain.recipient import RecipientRef
from vnr_desk.rules.consent import ConsentState
from vnr_desk.services import actors, consent, deadlines, network, plans
from vnr_desk.services.errors import ConsentRequired, InvalidInput, NotFound
from vnr_desk.services.export.printouts import ExportRequest, check_export, export_document
from vnr_desk.services.interchange.importer import import_case
from vnr_desk.services.settings import CaseworkerProfile, set_caseworker_profile
from vnr_desk.store.vault import Vault

TODAY = dt.date(2026, 4, 1)
CITIZEN = "Mette Minimal"
CASEWORKER = CaseworkerProfile(name="Sara Sagsbehandler", unit="Voksenområdet Øst")
MINIMAL: dict[str, Any] = {
    "format": "vnr-desk-case/1",
    "case": {"reference": "K-MIN-1", "opened_on": "2026-03-02"},
    "people": [{"key": "p1", "role": "victim_survivor", "name": CITIZEN}],
    "actors": [
        {"key": "a1", "name": "Jobcenter Øst", "sector": "municipality", "coordinator": True}
    ],
    "consents": [{"recipient": "a1", "purposes": ["share_information"], "given_on": "2026-03-03"}],
    "plans": [
        {
            "made_on": "2026-03-20",
            "goals": [
                {
                    "text": "Et sted at bo",
                    "domain": "housing",
                    "actions": [{"text": "Søge bolig", "responsible": "a1"}],
                }
            ],
        }
    ],
}

# Holes a sentence leaves when a slot is empty: ", ,", "på , ", "for" at a line's end, …
HOLES = (
    re.compile(r",\s*,"),
    re.compile(r"\s,"),
    re.compile(r"\b(på|for)\s*[,.]", re.IGNORECASE),
    re.compile(r"\b(for|på)\s*$", re.MULTILINE),
    re.compile(r"\(\s*\)"),
)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def assert_no_holes(text: str) -> None:
    for hole in HOLES:
        found = hole.search(text)
        where = text[max(0, found.start() - 60) : found.end() + 60] if found else ""
        assert found is None, f"empty slot in: …{where}…"
    assert getpass.getuser() not in text.split()


def render_pages(pdf: Path) -> list[Path]:
    """PNG pages (for a person to look at: kept next to the PDF), when poppler is there."""
    if shutil.which("pdftoppm") is None:
        return []
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(pdf.with_suffix(""))], check=True)
    return sorted(pdf.parent.glob(pdf.stem + "-*.png"))


@pytest.fixture
def minimal(vault: Vault) -> Vault:
    with vault.session() as s:
        import_case(s, MINIMAL)
        set_caseworker_profile(s, CASEWORKER)
    return vault


def _export(vault_dir: Path, out: Path, *args: str) -> int:
    return main(
        [
            "--vault",
            str(vault_dir),
            "export",
            "--case",
            "K-MIN-1",
            "--on",
            TODAY.isoformat(),
            "--lang",
            "da",
            "--out",
            str(out),
            *args,
        ]
    )


@pytest.mark.parametrize("kind", ["consent-form", "plan"])
def test_minimal_imported_case_prints_without_empty_slots(
    minimal: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    minimal.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / f"{kind}.pdf"
    assert _export(minimal.paths.directory, out, "--kind", kind, "--for", "citizen") == 0
    text = text_of(out)
    assert_no_holes(text)
    assert CITIZEN in text and "Jobcenter Øst" in text
    if kind == "plan":
        assert "Et sted at bo" in text and "Søge bolig" in text
        assert "Kontakt Jobcenter Øst, hvis noget ændrer sig" in text
        assert "Telefon" not in text  # no phone: the row is left out, not printed empty
    else:
        assert f"Jeg, {CITIZEN}, giver samtykke til, at {CASEWORKER.name}" in text.replace(
            "\n", " "
        )
    assert render_pages(out) or shutil.which("pdftoppm") is None


def test_an_internal_summary_names_who_it_is_for_and_writes_dates_in_danish(
    minimal: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen in a real window: the summary for internal use printed "Prepared for" with
    nothing after it, and the case's opening date in ISO form among Danish dates."""
    minimal.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "summary.pdf"
    assert _export(minimal.paths.directory, out, "--kind", "summary", "--for", "internal") == 0
    lines = [line.strip() for line in text_of(out).splitlines()]
    prepared = lines.index("Udarbejdet til")
    assert lines[prepared + 1] == "Intern brug"
    assert "02.03.2026" in lines and "2026-03-02" not in lines
    assert render_pages(out) or shutil.which("pdftoppm") is None


def test_a_case_without_citizen_or_coordinator_leaves_the_sentences_out(
    vault: Vault, tmp_path: Path
) -> None:
    doc = copy.deepcopy(MINIMAL)
    doc["people"] = []
    doc["actors"][0]["coordinator"] = False
    with vault.session() as s:
        import_case(s, doc)
        set_caseworker_profile(s, CASEWORKER)
        for kind in ("plan", "consent-form"):
            export_document(
                s, ExportRequest("K-MIN-1", kind, "citizen", tmp_path / f"{kind}.pdf", on=TODAY)
            )
    plan, form = text_of(tmp_path / "plan.pdf"), text_of(tmp_path / "consent-form.pdf")
    assert_no_holes(plan)
    assert_no_holes(form)
    assert "Lavet den 20. marts 2026\n" in plan + "\n" and "Ring til" not in plan
    assert "Jeg giver samtykke til, at Sara Sagsbehandler" in form


def _case(s: Session) -> Any:
    from vnr_desk.services.cases import get_case

    return get_case(s, "K-MIN-1")


def test_plan_names_the_coordinator_s_contact_person(minimal: Vault, tmp_path: Path) -> None:
    with minimal.session() as s:
        coordinator = actors.case_actors(s, _case(s))[0]
        coordinator.contact_name = "Rikke Rådgiver"
        coordinator.contact_email = "rikke@example.invalid"
        coordinator.actor.phone = "+45 70 10 20 30"  # the contact person has no phone of her own
        out = tmp_path / "plan.pdf"
        export_document(s, ExportRequest("K-MIN-1", "plan", "citizen", out, on=TODAY))
    text = text_of(out)
    assert "Rikke Rådgiver, Jobcenter Øst" in text and "rikke@example.invalid" in text
    assert "Ring til Rikke Rådgiver på +45 70 10 20 30" in text
    assert_no_holes(text)


def test_plan_names_the_caseworker_from_the_profile_and_only_from_it(
    vault: Vault, tmp_path: Path
) -> None:
    """The profile is the issuer on every printout, the citizen's plan too; with the
    profile empty the row is left out (the OS login never stands in)."""
    with vault.session() as s:
        import_case(s, MINIMAL)
        export_document(
            s, ExportRequest("K-MIN-1", "plan", "citizen", tmp_path / "a.pdf", on=TODAY)
        )
        set_caseworker_profile(s, CASEWORKER)
        export_document(
            s, ExportRequest("K-MIN-1", "plan", "citizen", tmp_path / "b.pdf", on=TODAY)
        )
    before, after = text_of(tmp_path / "a.pdf"), text_of(tmp_path / "b.pdf")
    assert "Din sagsbehandler" not in before and CASEWORKER.name not in before
    assert "Din sagsbehandler" in after
    assert f"{CASEWORKER.name}, {CASEWORKER.unit}" in after.replace("\n", " ")
    assert_no_holes(before)
    assert_no_holes(after)


def test_review_date_follows_the_rule_and_is_never_in_the_past(
    minimal: Vault, tmp_path: Path
) -> None:
    with minimal.session() as s:
        deadlines.set_rule(s, {"id": "plan_review", "months": 1, "days": 0})
        plan = plans.current_plan(s, _case(s))
        assert plan is not None and plan.review_due_on == dt.date(2026, 6, 20)  # stored: 3 months
        export_document(
            s, ExportRequest("K-MIN-1", "plan", "citizen", tmp_path / "a.pdf", on=TODAY)
        )
        late = TODAY + dt.timedelta(days=30)
        export_document(s, ExportRequest("K-MIN-1", "plan", "citizen", tmp_path / "b.pdf", on=late))
    # the municipality's rule (1 month after 20 March), not the stored 3 months
    assert "gennemgår planen sammen igen den 20. april 2026" in text_of(tmp_path / "a.pdf")
    after = text_of(tmp_path / "b.pdf")
    assert "20. april 2026" not in after
    assert "Vi aftaler sammen, hvornår vi gennemgår planen igen." in after


def test_consent_form_asks_exactly_what_was_chosen_and_signing_records_it(
    minimal: Vault, tmp_path: Path
) -> None:
    valid_until = dt.date(2026, 10, 1)
    with minimal.session() as s:
        case = _case(s)
        sister = network.add_member(s, case, "Sara Søster", relation="søster")
        keys = (RecipientRef.network(sister.id).key,)
        request = ExportRequest(
            "K-MIN-1",
            "consent-form",
            "citizen",
            tmp_path / "form.pdf",
            on=TODAY,
            consent_recipients=keys,
            consent_purposes=("invite_to_meeting",),
            valid_until=valid_until,
        )
        check_export(s, request)
        export_document(s, request)
        made = consent.record_signed_form(
            s, case.id, keys, request.consent_purposes, TODAY, valid_until
        )
        assert len(made) == 1
        state = consent.consent_status(s, case, sister, "invite_to_meeting", TODAY)
        assert state in (ConsentState.VALID, ConsentState.EXPIRING)
        assert consent.consent_status(s, case, sister, "share_information", TODAY) not in (
            ConsentState.VALID,
            ConsentState.EXPIRING,
        )
        entry = consent.case_consents(s, case)[-1]
        assert entry.expires_on == valid_until and entry.given_on == TODAY
        assert entry.documented_by == CASEWORKER.name  # the profile, never the OS login
    text = text_of(tmp_path / "form.pdf")
    assert "Sara Søster" in text and "søster" in text
    assert "Modtage min handleplan" not in text and "Udveksle oplysninger" not in text
    assert "1. oktober 2026" in text
    assert_no_holes(text)


def test_signing_a_form_with_a_stranger_records_nothing(minimal: Vault) -> None:
    with minimal.session() as s:
        case = _case(s)
        before = len(consent.case_consents(s, case))
        job = RecipientRef.actor(actors.case_actors(s, case)[0].id).key
        with pytest.raises(NotFound):  # checked before the first consent is written
            consent.record_signed_form(
                s, case.id, (job, "actor:9999"), ("share_information",), TODAY, TODAY
            )
        with pytest.raises(InvalidInput):  # valid until must follow the signing day
            consent.record_signed_form(s, case.id, (job,), ("share_information",), TODAY, TODAY)
    with minimal.session() as s:
        assert len(consent.case_consents(s, _case(s))) == before


def test_the_gate_answers_before_a_file_is_chosen(minimal: Vault, tmp_path: Path) -> None:
    with minimal.session() as s:
        job = RecipientRef.actor(actors.case_actors(s, _case(s))[0].id).key
        out = tmp_path / "never.pdf"
        with pytest.raises(ConsentRequired):  # share_information only: no action plan
            check_export(s, ExportRequest("K-MIN-1", "plan", job, out, on=TODAY))
        with pytest.raises(InvalidInput):
            check_export(s, ExportRequest("K-MIN-1", "consent-form", job, out, on=TODAY))
        check_export(s, ExportRequest("K-MIN-1", "agenda", job, out, on=TODAY))
        set_caseworker_profile(s, CaseworkerProfile())
        with pytest.raises(InvalidInput, match="profile"):
            check_export(s, ExportRequest("K-MIN-1", "consent-form", "citizen", out, on=TODAY))
    assert not out.exists()


def test_export_chooses_a_child_plan_for_the_children_s_unit(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = copy.deepcopy(MINIMAL)
    doc["people"].append({"key": "p2", "role": "child", "name": "Lille Minimal"})
    doc["actors"].append(
        {"key": "a2", "name": "Børn og Familie", "sector": "municipality", "unit": "børn"}
    )
    doc["consents"].append(
        {"recipient": "a2", "purposes": ["receive_action_plan"], "given_on": "2026-03-03"}
    )
    doc["plans"].append(
        {
            "kind": "child",
            "child": "p2",
            "made_on": "2026-03-21",
            "goals": [{"text": "Tryg i skolen", "domain": "safety"}],
        }
    )
    with vault.session() as s:
        import_case(s, doc)
        child_id = next(p.id for p in _case(s).people if p.name == "Lille Minimal")
        unit = actors.case_actors(s, _case(s))[1].id
    vault.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "child.pdf"
    args = ("--kind", "plan", "--for", f"actor:{unit}", "--child", str(child_id))
    assert _export(vault.paths.directory, out, *args) == 0
    text = text_of(out)
    assert "Tryg i skolen" in text and "Lille Minimal" in text
    assert "Et sted at bo" not in text and CITIZEN not in text
    adult = tmp_path / "adult.pdf"
    assert _export(vault.paths.directory, adult, "--kind", "plan", "--for", "citizen") == 0
    assert "Et sted at bo" in text_of(adult) and "Tryg i skolen" not in text_of(adult)


def test_cli_consent_form_asks_the_recipients_and_purposes_given(
    minimal: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with minimal.session() as s:
        sister = network.add_member(s, _case(s), "Sara Søster", relation="søster")
        key = RecipientRef.network(sister.id).key
    minimal.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "form.pdf"
    args = ("--kind", "consent-form", "--for", "citizen", "--ask", key)
    more = ("--purpose", "invite_to_meeting", "--valid-until", "2026-12-31")
    assert _export(minimal.paths.directory, out, *args, *more) == 0
    text = text_of(out)
    assert "Sara Søster" in text and "31. december 2026" in text
    assert "Modtage min handleplan" not in text
    assert_no_holes(text)
