"""The samordnad individuell plan (SIP): a plan kind the plan service keeps like the others,
and a printout for the client in plain Swedish that shows who answers for what (the
municipality, the region, others), who holds the plan together, and the law it rests on;
an actor without consent is left off, and the person using violence is never named."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from vnr_desk.cli import main
from vnr_desk.domain import AuditEntry, PlanKind
from vnr_desk.services import actors, plans
from vnr_desk.services.cases import get_case
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.export.printouts import ExportRequest, export_document
from vnr_desk.services.export.registry import KINDS
from vnr_desk.services.interchange.importer import import_case
from vnr_desk.store.vault import Vault

TODAY = dt.date(2026, 11, 2)


def _actor(key: str, name: str, sector: str, unit: str, **extra: Any) -> dict[str, Any]:
    return {"key": key, "name": name, "sector": sector, "unit": unit, **extra}


def _action(text: str, who: str) -> dict[str, Any]:
    return {"text": text, "responsible": who, "due_on": "2026-12-01", "status": "planned"}


CASE: dict[str, Any] = {
    "format": "vnr-desk-case/1",
    "case": {"reference": "SE-SIP-1", "opened_on": "2026-09-01", "intake_route": "self_referral"},
    "people": [
        {"key": "p1", "role": "victim_survivor", "name": "Sara Påhittad"},
        {"key": "p2", "role": "person_using_violence", "name": "Erik Hotfullsson"},
    ],
    "actors": [
        _actor(
            "a1",
            "Socialtjänsten, vuxenenheten",
            "municipality",
            "vuxenenheten",
            coordinator=True,
            phone="+46 42 000 00 01",
        ),
        _actor("a2", "Vårdcentralen Norr", "region", "vårdcentral"),
        _actor("a3", "Psykiatrin Syd", "region", "psykiatri"),
        _actor("a4", "Kvinnojouren Fyren", "civil_society", "kvinnojour"),
        _actor("a5", "Polisen Nordväst", "state", "polis"),
    ],
    "consents": [
        {
            "recipient": key,
            "purposes": ["share_information"],
            "given_on": "2026-09-02",
            "expires_on": "2027-09-01",
        }
        for key in ("a1", "a2", "a3", "a4")
    ],
    "plans": [
        {"made_on": "2026-10-15", "kind": "adult", "goals": []},
        {
            "made_on": "2026-10-20",
            "kind": "sip",
            "goals": [
                {
                    "text": "Jag vill kunna sova igen",
                    "domain": "mental_health",
                    "actions": [
                        _action("Samtal med kurator varannan vecka", "a2"),
                        _action("Bedömning av sömn och oro", "a3"),
                    ],
                },
                {
                    "text": "Jag vill ha ett eget boende",
                    "domain": "housing",
                    "actions": [
                        _action("Hjälp med bostadsansökan", "a1"),
                        _action("Skyddat boende tills vidare", "a4"),
                        _action("Ansökan om kontaktförbud", "a5"),
                    ],
                },
            ],
        },
    ],
    "meetings": [
        {
            "on": "2026-11-20T13:00:00",
            "kind": "sip",
            "place": "Socialkontoret, mötesrum 2",
            "participants": ["a1", "a2", "a3"],
            "agenda": ["Vem gör vad"],
        },
    ],
}


@pytest.fixture
def sip_vault(vault: Vault) -> Vault:
    with vault.session() as s:
        case = import_case(s, CASE)
        lead = actors.coordinator(s, case)
        assert lead is not None
        lead.contact_name = "Ebba Exempel"
    return vault


def _export(vault: Vault, out: Path, recipient: str = "citizen", lang: str = "sv") -> str:
    with vault.session() as s:
        export_document(s, ExportRequest("SE-SIP-1", "sip", recipient, out, lang, on=TODAY))
    return " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())


def test_sip_printout_shows_who_does_what_in_plain_swedish(
    sip_vault: Vault, tmp_path: Path
) -> None:
    text = _export(sip_vault, tmp_path / "sip.pdf").replace("\u00a0", " ")
    assert "Min samordnade individuella plan (SIP)" in text
    assert "Gjord den 20 oktober 2026 för Sara Påhittad" in text
    assert "Ebba Exempel, Socialtjänsten, vuxenenheten har huvudansvaret för din plan" in text
    assert "+46 42 000 00 01" in text
    for side in ("Socialtjänsten (kommunen)", "Hälso- och sjukvården (regionen)"):
        assert side in text
    assert "Andra som hjälper till" in text
    for actor, task in (
        ("Vårdcentralen Norr", "Samtal med kurator varannan vecka"),
        ("Psykiatrin Syd", "Bedömning av sömn och oro"),
        ("Kvinnojouren Fyren", "Skyddat boende tills vidare"),
    ):
        assert actor in text and task in text
    assert "Jag vill kunna sova igen" in text and "Socialkontoret, mötesrum 2" in text
    assert "16 kap. 4 § hälso- och sjukvårdslagen (2017:30)" in text
    assert "socialtjänstlagen (2025:400)" in text
    assert "Polisen Nordväst" not in text  # no consent to share: left off
    assert "Erik Hotfullsson" not in text
    with sip_vault.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and last.action == "export.sip"
        assert '"withheld":true' in last.detail.replace(" ", "")


def test_sip_is_an_export_kind_of_the_cli(sip_vault: Vault, tmp_path: Path) -> None:
    assert "sip" in KINDS
    sip_vault.lock()
    out = tmp_path / "sip-cli.pdf"
    argv = ["--vault", str(sip_vault.paths.directory), "export", "--case", "SE-SIP-1"]
    argv += ["--kind", "sip", "--for", "internal", "--lang", "sv", "--on", TODAY.isoformat()]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
        assert main([*argv, "--out", str(out)]) == 0
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Polisen Nordväst" in text  # internal use sees every actor


def test_a_case_without_a_sip_has_nothing_to_print(vault: Vault, tmp_path: Path) -> None:
    with vault.session() as s:
        import_case(s, {**CASE, "plans": CASE["plans"][:1]})
    with pytest.raises(Exception, match="SIP"):
        _export(vault, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


def test_plan_service_keeps_one_current_sip_beside_the_adult_plan(sip_vault: Vault) -> None:
    with sip_vault.session() as s:
        case = get_case(s, "SE-SIP-1")
        sip = plans.current_plan(s, case, PlanKind.SIP)
        adult = plans.current_plan(s, case, PlanKind.ADULT)
        assert sip is not None and adult is not None and sip.id != adult.id
        with pytest.raises(InvalidInput):
            plans.create_plan(s, case, TODAY, kind="sip")
        renewed = plans.renew_plan(s, sip, TODAY)
        assert renewed.kind == PlanKind.SIP and plans.current_plan(s, case, "sip") == renewed


def test_main_responsibility_stays_with_a_principal_not_the_womens_shelter(
    vault: Vault, tmp_path: Path
) -> None:
    shelter_leads = [dict(a, coordinator=a["key"] == "a4") for a in CASE["actors"]]
    with vault.session() as s:
        import_case(s, {**CASE, "actors": shelter_leads})
    text = _export(vault, tmp_path / "sip.pdf")
    assert "Kvinnojouren Fyren har huvudansvaret" not in text
    assert "Socialtjänsten, vuxenenheten har huvudansvaret för din plan" in text
