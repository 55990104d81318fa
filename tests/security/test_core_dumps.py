"""Failure 8 of issue 13: a crash dump would hold the data key and case text, so the entry
point forbids core dumps (RLIMIT_CORE 0/0, Linux PR_SET_DUMPABLE 0) unless a developer
sets VNR_DESK_ALLOW_CORE_DUMPS=1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name == "nt", reason="RLIMIT_CORE is POSIX only")

# The child checks with its own means (resource, prctl through ctypes), after the real
# entry point ran a command that fails fast (no vault there).
CHILD = """
import ctypes, ctypes.util, json, resource, sys
from vnr_desk.cli import main
rc = main(["--vault", sys.argv[1], "verify"])
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
dumpable = libc.prctl(3, 0, 0, 0, 0) if sys.platform.startswith("linux") else None
print(json.dumps({"rc": rc, "core": resource.getrlimit(resource.RLIMIT_CORE),
                  "dumpable": dumpable}))
"""


def _run_child(tmp_path: Path, **env: str) -> dict[str, object]:
    full_env = {k: v for k, v in os.environ.items() if k != "VNR_DESK_ALLOW_CORE_DUMPS"}
    full_env.update({"VNR_DESK_PASSPHRASE": "x", **env})
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "no-vault")],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_entry_point_forbids_core_dumps(tmp_path: Path) -> None:
    state = _run_child(tmp_path)
    assert state["rc"] != 0  # the command really ran (and failed: no vault)
    assert state["core"] == [0, 0]
    if sys.platform.startswith("linux"):
        assert state["dumpable"] == 0


def test_developer_override_leaves_core_dumps_alone(tmp_path: Path) -> None:
    import resource

    inherited = list(resource.getrlimit(resource.RLIMIT_CORE))
    state = _run_child(tmp_path, VNR_DESK_ALLOW_CORE_DUMPS="1")
    assert state["core"] == inherited
    if sys.platform.startswith("linux"):
        assert state["dumpable"] == 1


def _core_limit(pid: int) -> str | None:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return " ".join(line.split()[4:6])
    return None


@pytest.mark.skipif(not Path("/proc/self/limits").exists(), reason="needs Linux /proc")
def test_installed_script_runs_without_core_dumps(tmp_path: Path) -> None:
    """The `vnr-desk` console script itself, seen from outside while it waits for input."""
    script = Path(sys.executable).with_name("vnr-desk")
    if not script.exists():
        pytest.skip("the vnr-desk script is not installed in this environment")
    env = {k: v for k, v in os.environ.items() if k != "VNR_DESK_ALLOW_CORE_DUMPS"}
    env.pop("VNR_DESK_PASSPHRASE", None)
    child = subprocess.Popen(
        [str(script), "--vault", str(tmp_path / "v"), "--passphrase-stdin", "verify"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.monotonic() + 20
        limit = _core_limit(child.pid)
        while limit != "0 0" and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
            limit = _core_limit(child.pid)
        assert limit == "0 0"
    finally:
        child.kill()
        child.wait()


def test_an_uncaught_error_is_reported_without_its_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from vnr_desk.process_guard import quiet_excepthook

    canary = "Amira Kanariefugl, Skjultvej 7"
    try:
        raise ValueError(f"no actor called {canary!r}")
    except ValueError as exc:
        quiet_excepthook(ValueError, exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert "ValueError" in err and "test_core_dumps.py" in err
    assert "Kanariefugl" not in err and "Skjultvej" not in err
