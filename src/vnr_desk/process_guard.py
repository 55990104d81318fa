"""Process hardening at start: no core dumps, and on Linux no ptrace by same-user processes.

A core dump of this process holds the data key and whatever case text was on screen; the
system may keep it (systemd-coredump, apport) where any later reader finds it. So the
entry point forbids dumps before anything is read: `RLIMIT_CORE` soft and hard 0, and on
Linux `prctl(PR_SET_DUMPABLE, 0)`, which also keeps other processes of the same user from
attaching a debugger or reading `/proc/PID/mem`. A developer who needs a core file sets
`VNR_DESK_ALLOW_CORE_DUMPS=1`.

An exception nobody caught (in the workbook: one raised inside a Qt slot) is printed by
`sys.excepthook`, message included, to stderr, which many desktops keep in a plain file
(`~/.xsession-errors`); a message may quote a name or a reference. `quiet_excepthook`
prints only the error's type and where in the code it was raised."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

ENV_ALLOW_CORE_DUMPS = "VNR_DESK_ALLOW_CORE_DUMPS"
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _prctl(option: int, value: int = 0) -> int:
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    result = int(libc.prctl(option, value, 0, 0, 0))
    if result < 0:
        raise OSError(ctypes.get_errno(), "prctl failed")
    return result


def forbid_core_dumps() -> bool:
    """Turn core dumps off for this process; False when the developer override is set.

    Best effort where the platform lacks a mechanism (Windows has no RLIMIT_CORE)."""
    if os.environ.get(ENV_ALLOW_CORE_DUMPS) == "1":
        return False
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        resource = None  # type: ignore[assignment]
    if resource is not None:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            _prctl(PR_SET_DUMPABLE, 0)
    return True


def core_dumps_state() -> dict[str, object]:
    """What the kernel will do with a crash of this process (for tests and support)."""
    state: dict[str, object] = {}
    with contextlib.suppress(ImportError):
        import resource

        state["rlimit_core"] = list(resource.getrlimit(resource.RLIMIT_CORE))
    if sys.platform.startswith("linux"):
        state["dumpable"] = _prctl(PR_GET_DUMPABLE)
    return state


def quiet_excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """Report an uncaught error by type and code location only, never its message."""
    where = " <- ".join(
        f"{Path(frame.filename).name}:{frame.lineno} {frame.name}"
        for frame in reversed(traceback.extract_tb(tb))
    )
    print(f"vnr-desk: unexpected error ({exc_type.__name__}) at {where}", file=sys.stderr)


def install_quiet_excepthook() -> None:
    if os.environ.get(ENV_ALLOW_CORE_DUMPS) != "1":  # the developers' override shows all
        sys.excepthook = quiet_excepthook
