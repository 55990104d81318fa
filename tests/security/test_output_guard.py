"""Export, backup, dump and screenshots never write into a vault, over a vault or backup
file (known by content), over a read-only file or something that is not a file; an
existing PDF is replaced only with --force or after the workbook asked. Every refusal is
one line and exit 2; nothing is written."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.exports.test_export import CASE
from tests.security.fs import cli, remount_read_only, tmpfs
from vnr_desk.files.output_guard import BACKUP, JSON, PDF, PNG, check_output
from vnr_desk.services.interchange.importer import import_case
from vnr_desk.store.backup import create_backup
from vnr_desk.store.errors import OutputRefused
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.ui.export_dialog import ExportDialog
from vnr_desk.ui.main_window import MainWindow

REF = CASE["case"]["reference"]
EXPORT = ("export", "--case", REF, "--kind", "plan", "--for", "internal")


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    directory = tmp_path / "vault"
    vault, _ = Vault.create(directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    with vault.session() as s:
        import_case(s, CASE)
    vault.lock()
    return directory


@pytest.fixture
def backup_file(cli_vault: Path, tmp_path: Path) -> Path:
    with Vault.unlock(cli_vault, PASSPHRASE, CHEAP_TEST_PARAMS) as vault:
        return create_backup(vault, tmp_path / "old.vnrbackup").path


def _fingerprint(directory: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.iterdir())
        if p.name.startswith("vault.") and p.name != "vault.lock"
    }


# -- the guard itself -------------------------------------------------------------------


def test_refusals_by_place_and_content(cli_vault: Path, backup_file: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "innocent"
    link.symlink_to(cli_vault)
    renamed_db = elsewhere / "report.pdf"
    shutil.copy(cli_vault / "vault.db", renamed_db)  # random bytes: no name, no magic
    renamed_header = elsewhere / "header.pdf"
    shutil.copy(cli_vault / "vault.header", renamed_header)
    renamed_backup = elsewhere / "backup.pdf"
    shutil.copy(backup_file, renamed_backup)
    os.chmod(renamed_backup, 0o600)
    plain_db = elsewhere / "plain.pdf"
    plain_db.write_bytes(b"SQLite format 3\x00" + bytes(100))
    read_only = elsewhere / "signed.pdf"
    read_only.write_bytes(b"%PDF-1.4 signed")
    os.chmod(read_only, 0o444)
    fifo = elsewhere / "pipe.pdf"
    os.mkfifo(fifo)
    cases = {
        cli_vault / "vault.db": "in_vault",
        cli_vault / "vault.header": "in_vault",
        cli_vault / "new.pdf": "in_vault",
        link / "vault.db": "in_vault",
        link / "new.pdf": "in_vault",
        renamed_db: "other_kind",
        renamed_header: "vault_file",
        renamed_backup: "backup_file",
        backup_file: "backup_file",
        plain_db: "vault_file",
        read_only: "read_only",
        elsewhere: "is_folder",
        Path("/dev/null"): "not_file",
        fifo: "not_file",
        tmp_path / "missing" / "x.pdf": "no_folder",
    }
    try:
        for path, reason in cases.items():
            with pytest.raises(OutputRefused) as refused:
                check_output(path, PDF, replace=True)
            assert refused.value.reason == reason, path
    finally:
        fifo.unlink()  # pytest keeps tmp dirs; a FIFO left there blocks any later reader


def test_only_a_file_of_the_same_kind_is_replaced_and_only_when_confirmed(
    cli_vault: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7 earlier printout")
    with pytest.raises(OutputRefused) as refused:
        check_output(pdf, PDF)
    assert refused.value.reason == "exists"
    assert check_output(pdf, PDF, replace=True) == pdf.resolve()
    png = tmp_path / "shot.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\nxyz")
    assert check_output(png, PNG, replace=True) == png.resolve()
    with pytest.raises(OutputRefused):
        check_output(png, JSON, replace=True)
    with pytest.raises(OutputRefused) as refused:
        check_output(pdf, BACKUP, replace=True)
    assert refused.value.reason == "exists_never"
    with pytest.raises(OutputRefused) as refused:
        check_output(tmp_path / "sub" / "b.vnrbackup", BACKUP, vault_dir=tmp_path)
    assert refused.value.reason == "in_vault"
    assert check_output(tmp_path / "new.pdf", PDF) == (tmp_path / "new.pdf").resolve()


# -- the commands -----------------------------------------------------------------------


def test_export_never_overwrites_the_vault(
    cli_vault: Path,
    backup_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _fingerprint(cli_vault)
    backup_bytes = backup_file.read_bytes()
    link = tmp_path / "link.pdf"
    link.symlink_to(cli_vault / "vault.db")
    for out in (cli_vault / "vault.db", cli_vault / "vault.header", link, backup_file):
        code, stdout, err = cli(capsys, monkeypatch, cli_vault, *EXPORT, "--out", out, "--force")
        assert code == 2 and stdout == "", (out, err)
        assert err.startswith("vnr-desk: refusing to ") and err.count("\n") == 1
    assert _fingerprint(cli_vault) == before
    assert backup_file.read_bytes() == backup_bytes
    assert cli(capsys, monkeypatch, cli_vault, "verify")[0] == 0


def test_export_replaces_a_pdf_only_with_force(
    cli_vault: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"%PDF-1.4 yesterday's plan")
    code, _, err = cli(capsys, monkeypatch, cli_vault, *EXPORT, "--out", out)
    assert (code, err.strip()) == (
        2,
        f"vnr-desk: the file exists; add --force to replace it: {out}",
    )
    assert out.read_bytes() == b"%PDF-1.4 yesterday's plan"
    code, _, err = cli(capsys, monkeypatch, cli_vault, *EXPORT, "--out", out, "--force")
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF-") and b"yesterday" not in out.read_bytes()


def test_export_and_backup_to_bad_places_are_one_line_and_exit_2(
    cli_vault: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    missing = tmp_path / "missing" / "x"
    expected = {
        ("export", missing): "the folder does not exist",
        ("export", folder): "that is a folder, not a file name",
        ("backup", missing): "the folder does not exist",
        ("backup", folder): "that is a folder, not a file name",
        ("backup", cli_vault / "inside.vnrbackup"): "refusing to write into a vault folder",
        ("dump", cli_vault / "case.json"): "refusing to write into a vault folder",
        ("gui", cli_vault / "vault.db"): "refusing to write into a vault folder",
    }
    for (command, out), headline in expected.items():
        args = {
            "export": (*EXPORT, "--out", out),
            "backup": ("backup", out),
            "dump": ("dump", "--case", REF, "--out", out),
            "gui": ("gui", "--screenshot", out, "--force"),
        }[command]
        code, _, err = cli(capsys, monkeypatch, cli_vault, *args)
        assert code == 2, (command, out, err)
        assert err.startswith(f"vnr-desk: {headline}") and err.count("\n") == 1, err
    assert sorted(p.name for p in cli_vault.iterdir()) == ["vault.db", "vault.header", "vault.lock"]


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "ro", "1m") as mounted:
        (mounted / "old.pdf").write_bytes(b"%PDF-1.4 old")
        remount_read_only(mounted)
        yield mounted


def test_writing_on_a_read_only_file_system_is_refused(
    cli_vault: Path,
    read_only_disk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = "vnr-desk: cannot write in that folder (read-only or no permission)"
    for args, headline in (
        ((*EXPORT, "--out", read_only_disk / "new.pdf"), folder),
        (
            (*EXPORT, "--out", read_only_disk / "old.pdf", "--force"),
            "vnr-desk: refusing to replace a read-only file",
        ),
        (("backup", read_only_disk / "b.vnrbackup"), folder),
    ):
        code, _, err = cli(capsys, monkeypatch, cli_vault, *args)
        assert code == 2 and err.startswith(headline) and err.count("\n") == 1, (args, err)


def test_dump_writes_a_private_file_only_where_allowed(
    cli_vault: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "case.json"
    code, _, err = cli(capsys, monkeypatch, cli_vault, "dump", "--case", REF, "--out", out)
    assert code == 0, err
    assert out.stat().st_mode & 0o777 == 0o600 and out.read_text().lstrip().startswith("{")
    assert cli(capsys, monkeypatch, cli_vault, "dump", "--case", REF, "--out", out)[0] == 2
    code, _, err = cli(
        capsys, monkeypatch, cli_vault, "dump", "--case", REF, "--out", out, "--force"
    )
    assert code == 0, err


# -- the workbook -----------------------------------------------------------------------


@pytest.fixture
def workbook(qtbot, cli_vault: Path, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from vnr_desk.ui.settings import AppSettings
    from vnr_desk.ui.worker import SyncWorker

    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(Vault.unlock(cli_vault, PASSPHRASE), SyncWorker(), settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shutdown()


def _export_dialog(window: MainWindow, out: Path, answer: bool, asked: list[Path]) -> ExportDialog:
    window.open_case(window.case_list.model.rows[0].id, "plan")
    dialog = window.show_export()
    assert dialog is not None
    dialog.ask_file = lambda: out  # type: ignore[method-assign]
    dialog.confirm_replace = lambda path: asked.append(path) or answer  # type: ignore[method-assign]
    return dialog


@pytest.mark.parametrize("answer", [False, True])
def test_the_print_dialog_asks_before_replacing_a_pdf(
    workbook: MainWindow, tmp_path: Path, answer: bool
) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"%PDF-1.4 the old one")
    asked: list[Path] = []
    dialog = _export_dialog(workbook, out, answer, asked)
    dialog.choose_file_and_export()
    assert asked == [out]
    assert (out.read_bytes() == b"%PDF-1.4 the old one") is not answer
    assert (dialog.written is not None) is answer


def test_the_print_dialog_refuses_a_vault_file_without_asking(workbook: MainWindow) -> None:
    target = workbook.session.vault.paths.header
    before = target.read_bytes()
    asked: list[Path] = []
    dialog = _export_dialog(workbook, target, True, asked)
    dialog.choose_file_and_export()
    assert asked == [] and dialog.written is None
    assert target.read_bytes() == before
    assert "Nothing was written" in dialog.message.text()


def test_the_backup_action_refuses_the_vault_folder(
    workbook: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "vnr_desk.ui.main_window.QMessageBox.warning", lambda *a: shown.append(a[2])
    )
    folder = workbook.session.vault.paths.directory
    workbook.ask_backup_file = lambda: folder / "copy.vnrbackup"  # type: ignore[method-assign]
    workbook.backup()
    assert not (folder / "copy.vnrbackup").exists()
    assert shown and "holds a vault" in shown[0]
