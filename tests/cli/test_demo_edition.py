"""`vnr-desk demo` speaks the vault's edition: a Swedish demo vault's dumps hold no Danish
word (and a Danish one no Swedish), demo cases are marked as demo, and the actors a demo
brings into the directory belong to the edition's country."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import PASSPHRASE
from vnr_desk.cli import main
from vnr_desk.domain import Actor, AuditEntry, Case, Consent, ConsentWithdrawal, RiskAssessment
from vnr_desk.services.cases import get_case
from vnr_desk.services.interchange.dump import dump_case
from vnr_desk.services.settings import set_edition
from vnr_desk.store.vault import Vault

DANISH_ONLY = (
    "borger",
    "kommune ",
    "Kommune",
    "handleplan",
    "+45",
    "sagsbehandler",
    "underretning",
    "rådgiver",
    "krisecenter",
    "mødelokale",
    "velkomst",
    "næste",
    "søster",
    "jobcenter",
    "skjultvej",
    "æ",
    "ø",
)
SWEDISH_ONLY = ("klient", "+46", "kvinnojour", "socialtjänst", "handläggare", "ä")


def _found(text: str, words: tuple[str, ...]) -> list[str]:
    return [w for w in words if w in text or w.capitalize() in text]


def _demo_dumps(
    vault_dir: Path, lang: str | None, capsys: pytest.CaptureFixture[str]
) -> tuple[str, Vault]:
    """Run `demo` (in `lang`, or the vault's edition), then dump every case: the first
    through `vnr-desk dump`, the rest through the same service in one session."""
    args = ["--vault", str(vault_dir), "demo", "--cases", "8", "--seed", "4"]
    args += ["--today", "2026-11-01", "--json"] + (["--lang", lang] if lang else [])
    assert main(args) == 0
    references = json.loads(capsys.readouterr().out)["cases"]
    assert main(["--vault", str(vault_dir), "dump", "--case", references[0]]) == 0
    dumps = [capsys.readouterr().out]
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    with vault.session() as s:
        dumps += [json.dumps(dump_case(s, get_case(s, r)), ensure_ascii=False) for r in references]
    return "\n".join(dumps), vault


def _locked(new_vault: tuple[Vault, str], monkeypatch: pytest.MonkeyPatch, edition: str) -> None:
    if edition != "da":
        with new_vault[0].session() as s:
            set_edition(s, edition)
    new_vault[0].lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)


def test_swedish_demo_dump_has_no_danish_word(
    new_vault: tuple[Vault, str],
    vault_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _locked(new_vault, monkeypatch, "da")
    text, vault = _demo_dumps(vault_dir, "sv", capsys)
    vault.lock()
    assert _found(text, DANISH_ONLY) == []
    assert "+46 70 000" in text and "Klienten" in text
    assert '"kind": "sip"' in text  # some Swedish cases have a samordnad individuell plan


def test_swedish_edition_vault_gets_a_swedish_demo_without_asking(
    new_vault: tuple[Vault, str],
    vault_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _locked(new_vault, monkeypatch, "sv")
    text, vault = _demo_dumps(vault_dir, None, capsys)
    assert _found(text, DANISH_ONLY) == []
    with vault.session() as s:
        assert set(s.scalars(select(Case.is_demo))) == {True}
        assert set(s.scalars(select(Actor.country))) == {"SE"}
        assert set(s.scalars(select(RiskAssessment.assessor))) == {"Handläggare Demo"}
        assert set(s.scalars(select(Consent.documented_by))) == {"Handläggare Demo"}
        assert set(s.scalars(select(ConsentWithdrawal.recorded_by))) <= {"Handläggare Demo"}
    vault.lock()


def test_danish_demo_has_no_swedish_word_and_is_marked_demo(
    new_vault: tuple[Vault, str],
    vault_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _locked(new_vault, monkeypatch, "da")
    text, vault = _demo_dumps(vault_dir, None, capsys)
    assert _found(text, SWEDISH_ONLY) == []
    assert "+45 00 00" in text and "Borgeren" in text
    with vault.session() as s:
        assert set(s.scalars(select(Case.is_demo))) == {True}
        marked = s.scalars(select(AuditEntry).where(AuditEntry.action == "case.mark_demo"))
        assert [entry.object_id for entry in marked] == ["demo"]
        assert set(s.scalars(select(Actor.country))) == {"DK"}
        # a risk history reads "(unknown assessor)" without one
        assert set(s.scalars(select(RiskAssessment.assessor))) == {"Rådgiver Demo"}
    vault.lock()
