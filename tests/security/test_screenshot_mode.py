"""Failure 11d of issue 13: a screenshot shows case data, so it is written 0600."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from vnr_desk.store.vault import Vault


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_screenshot_is_private(new_vault: tuple[Vault, str], tmp_path: Path) -> None:
    vault, _ = new_vault
    vault.lock()
    out = tmp_path / "shot.png"
    old = os.umask(0o022)  # a usual desktop umask, inherited by the child
    try:
        r = run_cli(
            "--vault",
            vault.paths.directory,
            "gui",
            "--screenshot",
            out,
            "--size",
            "640x480",
            env={"VNR_DESK_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"},
        )
    finally:
        os.umask(old)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
