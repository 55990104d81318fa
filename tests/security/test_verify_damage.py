"""`verify` on a damaged page: exit 4 naming the first damaged page, never a crash.

SQLCipher puts a connection that has seen a bad page HMAC into read-only mode, so the
audit walk's `BEGIN IMMEDIATE` used to fail with SQLITE_READONLY ("unexpected error",
exit 1) on larger vaults. A ~3 MB vault gets one byte flipped in one page at a time: a
sample of 120 pages plus the first and last (about 7 s), every page in the slow run
(about 40 s for some 740 pages)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from vnr_desk.services.cases import create_case
from vnr_desk.services.notes import add_note
from vnr_desk.store.errors import VaultCorrupted
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.store.verify import verify

PAGE = 4096
TARGET_BYTES = 3 * 1024 * 1024


@pytest.fixture(scope="module")
def large_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed vault of about 3 MB: one case, many notes, as many audit entries."""
    directory = tmp_path_factory.mktemp("large") / "vault"
    vault, _ = Vault.create(directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    rng = random.Random(13)
    words = ["samtale", "bolig", "sikkerhed", "aftale", "opfølgning", "netværk", "skole", "læge"]
    with vault.session() as s:
        case = create_case(s, "K-2026-300")
        for _ in range(650):
            add_note(s, case, " ".join(rng.choice(words) for _ in range(500)))
    vault.lock()
    assert (directory / "vault.db").stat().st_size >= TARGET_BYTES * 0.9
    return directory


def _first_damaged_page(directory: Path) -> int | None:
    """What verify reports for the vault in `directory` (None: it found nothing)."""
    try:
        with Vault.unlock(directory, PASSPHRASE, CHEAP_TEST_PARAMS) as vault:
            report = verify(vault)
    except VaultCorrupted as exc:
        return exc.page
    assert not report.ok
    return report.first_damaged_page


def _sweep(source: Path, work: Path, pages: list[int]) -> dict[int, int | None]:
    shutil.copytree(source, work)
    db = work / "vault.db"
    rng = random.Random(len(pages))
    found: dict[int, int | None] = {}
    with open(db, "r+b") as fh:
        for page in pages:
            offset = (page - 1) * PAGE + rng.randrange(PAGE)
            fh.seek(offset)
            original = fh.read(1)
            fh.seek(offset)
            fh.write(bytes([original[0] ^ 0x5A]))
            fh.flush()
            found[page] = _first_damaged_page(work)
            fh.seek(offset)
            fh.write(original)
            fh.flush()
    return found


def test_verify_names_the_damaged_page_on_a_sample_of_pages(
    large_vault: Path, tmp_path: Path
) -> None:
    pages_total = (large_vault / "vault.db").stat().st_size // PAGE
    pages = sorted({1, 2, pages_total, *random.Random(3).sample(range(1, pages_total + 1), 120)})
    found = _sweep(large_vault, tmp_path / "v", pages)
    assert found == {page: page for page in pages}


@pytest.mark.slow
def test_verify_names_the_damaged_page_on_every_page(large_vault: Path, tmp_path: Path) -> None:
    pages = list(range(1, (large_vault / "vault.db").stat().st_size // PAGE + 1))
    found = _sweep(large_vault, tmp_path / "v", pages)
    assert found == {page: page for page in pages}


def test_the_cli_exits_4_and_names_the_page(large_vault: Path, tmp_path: Path) -> None:
    work = tmp_path / "v"
    shutil.copytree(large_vault, work)
    pages_total = (work / "vault.db").stat().st_size // PAGE
    page = pages_total - 3
    with open(work / "vault.db", "r+b") as fh:
        fh.seek((page - 1) * PAGE + 100)
        byte = fh.read(1)
        fh.seek((page - 1) * PAGE + 100)
        fh.write(bytes([byte[0] ^ 0xFF]))
    done = run_cli("--vault", work, "verify", env={"VNR_DESK_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 4, done.stderr
    assert f"First damaged page: {page}" in done.stdout
    assert done.stderr.strip() == (
        "vnr-desk: the vault is damaged or has been tampered with: restore it from a backup"
        f" (first damaged page: {page})"
    )
