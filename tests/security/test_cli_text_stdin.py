"""Failure 7: case text stays off the command line. A note, a search query and an actor's
name are read from standard input or typed at a prompt; given as arguments they still work
but warn on a terminal; the README shows only the safe form."""

from __future__ import annotations

import io
import json
import os
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import PASSPHRASE
from tests.exports.test_export import CASE, TODAY
from vnr_desk.cli import main
from vnr_desk.services.interchange.importer import import_case
from vnr_desk.services.notes import search_notes
from vnr_desk.store.vault import Vault

README = Path(__file__).resolve().parents[2] / "README.md"
pytestmark = pytest.mark.skipif(os.name == "nt", reason="pseudo-terminals are POSIX")


@pytest.fixture
def case_dir(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> Path:
    with vault.session() as s:
        import_case(s, CASE)
    vault.lock()
    monkeypatch.setenv("VNR_DESK_PASSPHRASE", PASSPHRASE)
    return vault.paths.directory


def on_terminal(*args: str | Path, typed: bytes = b"", timeout: float = 60) -> tuple[int, str]:
    """Run `vnr-desk args` with stdin, stdout and stderr on a pseudo-terminal, as a person
    would, typing `typed` (the passphrase comes from the environment: getpass would flush
    what is typed ahead)."""
    import pty

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "vnr_desk", *map(str, args)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,
    )
    os.close(slave)
    os.write(master, typed)
    output = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                output += chunk
            elif proc.poll() is not None:
                break
        code = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    return code, output.decode("utf-8", "replace")


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    data = io.BytesIO(text.encode("utf-8"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(data, encoding="utf-8"))


def _notes(vault_dir: Path, word: str) -> int:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, vault.session() as s:
        return len(search_notes(s, word))


def test_a_note_is_typed_at_a_prompt_on_a_terminal(case_dir: Path) -> None:
    code, screen = on_terminal(
        "--vault",
        case_dir,
        "note",
        "add",
        "--case",
        "K-EXP-1",
        typed="Tastet på terminalen, blåbærgrød\nanden linje\n\x04".encode(),
    )
    assert code == 0, screen
    assert "Type the note" in screen
    assert "warning" not in screen
    assert _notes(case_dir, "blåbærgrød") == 1


def test_text_on_the_command_line_warns_on_a_terminal_only(case_dir: Path) -> None:
    argv = ["--vault", str(case_dir), "note", "add", "--case", "K-EXP-1", "--text"]
    code, screen = on_terminal(*argv, "synlig hindbærsaft")
    assert code == 0, screen
    assert "warning: --text puts case text on the command line" in screen
    piped = subprocess.run(
        [sys.executable, "-m", "vnr_desk", *argv, "synlig solbærsaft"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert piped.returncode == 0 and piped.stderr == ""  # scripts are not nagged
    assert _notes(case_dir, "hindbærsaft") == 1 == _notes(case_dir, "solbærsaft")


def test_a_search_query_on_standard_input(
    case_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, f"{PASSPHRASE}\nFortrolig\n")
    argv = ["--vault", str(case_dir), "search", "--json", "--passphrase-stdin"]
    assert main(argv) == 0
    assert [h["case"] for h in json.loads(capsys.readouterr().out)] == ["K-EXP-1"]


def test_a_search_query_typed_at_a_prompt(case_dir: Path) -> None:
    code, screen = on_terminal("--vault", case_dir, "search", typed=b"Fortrolig\n")
    assert code == 0, screen
    assert "Search for:" in screen and "K-EXP-1" in screen
    assert "warning" not in screen


def test_a_search_query_argument_warns_on_a_terminal(case_dir: Path) -> None:
    code, screen = on_terminal("--vault", case_dir, "search", "Fortrolig")
    assert code == 0, screen
    assert "warning: QUERY puts case text on the command line" in screen


def test_export_for_an_actor_named_on_standard_input(
    case_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "summary.pdf"
    _stdin(monkeypatch, f"{PASSPHRASE}\nJobcenter Nord\n")
    argv = ["--vault", str(case_dir), "export", "--case", "K-EXP-1", "--kind", "summary"]
    argv += ["--for", "actor", "--passphrase-stdin", "--lang", "da", "--out", str(out)]
    assert main([*argv, "--on", TODAY.isoformat()]) == 0
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Jobcenter Nord" in text


def test_export_for_an_actor_by_the_number_consent_shows(
    case_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    consent = ["--vault", str(case_dir), "consent", "--case", "K-EXP-1", "--on", "2026-05-01"]
    assert main(consent) == 0
    lines = capsys.readouterr().out.splitlines()
    number = next(
        m[1] for line in lines if "Jobcenter Nord" in line and (m := re.match(r"actor:(\d+)", line))
    )
    out = tmp_path / "plan.pdf"
    argv = ["--vault", str(case_dir), "export", "--case", "K-EXP-1", "--kind", "summary"]
    assert main([*argv, "--for", f"actor:{number}", "--out", str(out)]) == 0
    assert out.exists()


def test_an_actor_name_argument_warns_on_a_terminal(case_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    code, screen = on_terminal(
        *("--vault", case_dir, "export", "--case", "K-EXP-1", "--kind", "summary"),
        *("--for", "actor:Jobcenter Nord", "--out", out),
    )
    assert code == 0, screen
    assert "warning: --for actor:NAME puts case text on the command line" in screen


def test_the_readme_puts_no_case_text_on_the_command_line() -> None:
    commands = [
        line.strip()
        for line in README.read_text(encoding="utf-8").splitlines()
        if line.strip().startswith("vnr-desk ") or line.strip().startswith("--for")
    ]
    assert any(c.startswith("vnr-desk note add") for c in commands)
    for command in commands:
        assert "--text" not in command, command
        assert "actor:NAME" not in command, command
        assert not re.match(r"vnr-desk search [A-Z]", command), command


def test_an_actor_name_typed_at_a_prompt(case_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    code, screen = on_terminal(
        *("--vault", case_dir, "export", "--case", "K-EXP-1", "--kind", "summary"),
        *("--for", "actor", "--out", out),
        typed=b"Jobcenter Nord\n",
    )
    assert code == 0, screen
    assert "Actor (name or number):" in screen and "warning" not in screen
    assert out.exists()
