"""`vnr-desk` alone starts the workbook; `vnr-desk gui` says which system libraries Qt lacks
and the exact line that installs them, instead of Qt's abort."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnr_desk import system_check
from vnr_desk.cli import main

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => not found
\tlibQt6Gui.so.6 => /opt/Qt/lib/libQt6Gui.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
"""


def test_no_command_starts_the_workbook(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[Path] = []
    monkeypatch.setattr(system_check, "check", lambda desktop: None)
    monkeypatch.setattr(
        "vnr_desk.ui.app.run_gui", lambda vault_dir, params: started.append(vault_dir) or 0
    )
    assert main(["--vault", str(tmp_path / "v")]) == 0
    assert started == [tmp_path / "v"]


def test_gui_prints_the_install_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(system_check, "missing_for_import", lambda: [])
    monkeypatch.setattr(system_check, "missing_for_desktop", lambda: system_check.not_found(LDD))
    monkeypatch.setattr("vnr_desk.ui.app.run_gui", lambda *a: pytest.fail("Qt must not start"))
    assert main(["--vault", str(tmp_path / "v"), "gui"]) == 1
    err = capsys.readouterr().err
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in err
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in err


def test_a_failing_import_names_its_library(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(name: str) -> None:
        raise ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(system_check.importlib, "import_module", fail)
    message = system_check.check(desktop=False)
    assert message is not None and message.endswith("sudo apt-get install libegl1")


def test_nothing_to_say_when_everything_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert system_check.check(desktop=True) is None
