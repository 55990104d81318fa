"""`vnr-desk export`: what each recipient may see, exit 7 without consent, nothing else on disk."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from vnr_desk.cli import main
from vnr_desk.services.interchange.importer import import_case
from vnr_desk.services.settings import CaseworkerProfile, set_caseworker_profile
from vnr_desk.store.vault import Vault

TODAY = dt.date(2026, 5, 1)
CASE = {
    "format": "vnr-desk-case/1",
    "case": {
        "reference": "K-EXP-1",
        "opened_on": "2026-03-02",
        "intake_route": "crisis_centre_admission",
        "crisis_centre_admission_on": "2026-03-02",
    },
    "people": [
        {
            "key": "p1",
            "role": "victim_survivor",
            "name": "Mette Eksempel",
            "protected_address": True,
            "address": "Skjultvej 17",
        },
        {"key": "p2", "role": "person_using_violence", "name": "Bo Voldersen"},
    ],
    "actors": [
        {
            "key": "a1",
            "name": "Jobcenter Nord",
            "sector": "municipality",
            "unit": "jobcenter",
            "coordinator": True,
            "phone": "+45 11 22 33 44",
        },
        {"key": "a2", "name": "Politiet Syd", "sector": "state", "unit": "politi"},
    ],
    "consents": [
        {
            "recipient": "a1",
            "purposes": ["share_information", "receive_action_plan", "receive_case_summary"],
            "given_on": "2026-03-03",
            "expires_on": "2026-12-31",
        },
    ],
    "plans": [
        {
            "made_on": "2026-03-25",
            "kind": "adult",
            "goals": [
                {
                    "text": "Jeg vil have min egen bolig",
                    "domain": "housing",
                    "actions": [
                        {
                            "text": "Søge bolig via boligkontoret",
                            "responsible": "a1",
                            "due_on": "2026-04-30",
                            "status": "planned",
                        },
                        {
                            "text": "Anmelde forholdet",
                            "responsible": "a2",
                            "due_on": "2026-04-15",
                            "status": "planned",
                        },
                    ],
                }
            ],
        }
    ],
    "meetings": [
        {
            "on": "2026-03-25T10:00:00",
            "kind": "follow_up",
            "participants": ["a1"],
            "agenda": ["Boligsituationen"],
            "minutes": "Aftalt næste skridt.",
        }
    ],
    "notes": [
        {
            "written_at": "2026-03-02T10:15:00",
            "text": "Bo Voldersen truede Mette Eksempel i telefonen. Fortrolig-notat-123.",
        }
    ],
}


@pytest.fixture
def case_vault(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Path:
    with vault.session() as s:
        import_case(s, CASE)
    vault.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    return vault.paths.directory


def export(vault_dir: Path, out: Path, *args: str) -> int:
    return main(
        [
            "--vault",
            str(vault_dir),
            "export",
            "--case",
            "K-EXP-1",
            "--on",
            TODAY.isoformat(),
            "--lang",
            "da",
            "--out",
            str(out),
            *args,
        ]
    )


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_citizen_plan_shows_only_what_the_citizen_may_see(case_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    assert export(case_vault, out, "--kind", "plan", "--for", "citizen") == 0
    text = text_of(out)
    assert "Jeg vil have min egen bolig" in text and "Jobcenter Nord" in text
    for forbidden in ("Bo Voldersen", "Skjultvej", "Fortrolig-notat-123", "Politiet Syd"):
        assert forbidden not in text
    assert "Anmelde forholdet" in text  # the action stays; its unconsented actor does not
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf", "vault"]


def test_actor_without_consent_gets_exit_7_and_no_file(
    case_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "summary.pdf"
    assert export(case_vault, out, "--kind", "summary", "--for", "actor:Politiet Syd") == 7
    assert not out.exists()
    assert os.listdir(tmp_path) == ["vault"]
    assert "Traceback" not in capsys.readouterr().err
    assert export(case_vault, out, "--kind", "summary", "--for", "actor:Jobcenter Nord") == 0
    text = text_of(out)
    assert "Politiet Syd" not in text and "Skjultvej" not in text


def test_unknown_actor_and_bad_kind_are_usage_errors(case_vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    assert export(case_vault, out, "--kind", "plan", "--for", "actor:Ingen Sådan") == 2
    with pytest.raises(SystemExit) as exc:
        export(case_vault, out, "--kind", "brochure", "--for", "citizen")
    assert exc.value.code == 2
    assert not out.exists()


def test_access_export_masks_the_person_using_violence_and_lists_exports(
    case_vault: Path, tmp_path: Path
) -> None:
    assert export(case_vault, tmp_path / "plan.pdf", "--kind", "plan", "--for", "citizen") == 0
    out = tmp_path / "access.pdf"
    assert export(case_vault, out, "--kind", "access", "--for", "citizen") == 0
    text = text_of(out)
    assert "Mette Eksempel" in text and "Fortrolig-notat-123" in text
    assert "Voldersen" not in text and "Skjultvej" not in text
    assert "Beskyttet adresse" in text
    assert "Eksporterede handleplanen" in text  # the earlier export, from the audit log


def test_every_kind_renders_for_internal_use(case_vault: Path, tmp_path: Path) -> None:
    set_profile(case_vault, "Anna Holm", "Familieafdelingen")
    for kind in ("plan", "agenda", "minutes", "summary", "access"):
        out = tmp_path / f"{kind}.pdf"
        assert export(case_vault, out, "--kind", kind, "--for", "internal") == 0, kind
        assert len(PdfReader(out).pages) >= 1
    out = tmp_path / "consent.pdf"
    assert export(case_vault, out, "--kind", "consent-form", "--for", "citizen") == 0
    assert "Jobcenter Nord" in text_of(out)


def set_profile(vault_dir: Path, name: str, unit: str) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    with vault.session() as s:
        set_caseworker_profile(s, CaseworkerProfile(name=name, unit=unit))
    vault.lock()


def test_consent_form_names_the_caseworker_profile_never_the_os_login(
    case_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "loginname-xyz")
    set_profile(case_vault, "Anna Holm", "Familieafdelingen")
    out = tmp_path / "consent.pdf"
    assert export(case_vault, out, "--kind", "consent-form", "--for", "citizen") == 0
    text = " ".join(text_of(out).split())
    assert "Anna Holm" in text and "Familieafdelingen" in text
    assert "loginname-xyz" not in text


def test_consent_form_without_a_profile_is_refused_not_signed_with_the_login(
    case_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "loginname-xyz")
    out = tmp_path / "consent.pdf"
    assert export(case_vault, out, "--kind", "consent-form", "--for", "citizen") == 2
    assert not out.exists()
