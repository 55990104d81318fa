"""A vault's edition (Danish or Swedish) is chosen at `init`, and the CLI speaks Swedish."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli
from vnr_desk.cli.context import kdf_params
from vnr_desk.services.settings import edition
from vnr_desk.store.vault import Vault

PW = "correct horse battery staple"


def _edition_of(vault_dir: Path) -> str:
    vault = Vault.unlock(vault_dir, PW, kdf_params())
    try:
        with vault.session() as s:
            return edition(s)
    finally:
        vault.lock()


@pytest.mark.parametrize(
    ("args", "env_language", "expected"),
    [
        (["--lang", "sv"], "da", "sv"),
        (["--lang", "da"], "sv", "da"),
        ([], "sv", "sv"),
        ([], "da", "da"),
        ([], "en", "da"),
    ],
)
def test_init_chooses_the_edition(
    tmp_path: Path, args: list[str], env_language: str, expected: str
) -> None:
    vault = tmp_path / "vault"
    result = run_cli(
        "--vault",
        vault,
        "init",
        *args,
        "--json",
        "--passphrase-stdin",
        stdin=PW + "\n",
        env={"VNR_DESK_LANG": env_language},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["edition"] == expected
    assert _edition_of(vault) == expected


def test_swedish_messages_for_success_and_error(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    sv = {"VNR_DESK_LANG": "sv"}
    made = run_cli("--vault", vault, "init", "--passphrase-stdin", stdin=PW + "\n", env=sv)
    assert made.returncode == 0
    assert "Valvet är skapat i" in made.stdout
    assert "Din återställningsnyckel" in made.stdout
    wrong = run_cli("--vault", vault, "due", "--passphrase-stdin", stdin="nope\n", env=sv)
    assert wrong.returncode != 0
    assert "fel lösenfras" in wrong.stderr.lower()
    bad = run_cli("--vault", vault, "init", "--lang", "no", env=sv)
    assert "ogiltigt val: 'no' (välj bland 'da', 'sv')" in bad.stderr


def test_printouts_of_a_swedish_vault_are_swedish_by_default(tmp_path: Path) -> None:
    from pypdf import PdfReader

    vault = tmp_path / "vault"
    plain = {"VNR_DESK_LANG": ""}  # no language asked for: the vault's edition decides
    stdin = PW + "\n"
    made = run_cli("--vault", vault, "init", "--lang", "sv", "--passphrase-stdin", stdin=stdin)
    assert made.returncode == 0, made.stderr
    demo = run_cli(
        "--vault", vault, "demo", "--cases", "1", "--json", "--passphrase-stdin", stdin=stdin
    )
    assert demo.returncode == 0, demo.stderr
    reference = json.loads(demo.stdout)["cases"][0]
    pdf = tmp_path / "plan.pdf"
    args = ["--case", reference, "--kind", "plan", "--for", "internal", "--out", pdf]
    printed = run_cli(
        "--vault", vault, "export", *args, "--passphrase-stdin", stdin=stdin, env=plain
    )
    assert printed.returncode == 0, printed.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Din kontaktperson" in text and "Utskriven" in text
    assert "Udskrevet" not in text and "Handleplan" not in text
