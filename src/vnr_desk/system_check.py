"""Which system libraries Qt is missing, and the exact line that installs them, said before
a raw traceback or Qt's own abort ("could not load the Qt platform plugin xcb").

Used by `vnr-desk gui` and by `make run`/`make test` (packaging/check_system.py). Never
imports Qt at module level; the desktop plugin is checked with `ldd`, which loads nothing."""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Shared object -> Debian/Ubuntu package. Other distributions name them alike.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
LIBRARY = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*)")
MODULES = ("PySide6.QtGui", "PySide6.QtWidgets", "sqlcipher3")


def missing_for_import() -> list[str]:
    """Libraries named by a failing import of Qt or SQLCipher (empty when they load)."""
    for name in MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            found = LIBRARY.findall(str(exc))
            return found or [str(exc).splitlines()[0] if str(exc) else name]
    return []


def missing_for_desktop() -> list[str]:
    """Libraries Qt's X11 plugin needs but cannot find: without them a real window aborts
    in QApplication, past any Python error handling. Only asked for on X11 (not offscreen,
    Wayland or a frozen bundle, which ships its own)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return []
    if platform not in ("", "xcb") or not shutil.which("ldd"):
        return []
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    plugin = Path(next(iter(spec.submodule_search_locations)), "Qt/plugins/platforms/libqxcb.so")
    if not plugin.exists():
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    return not_found(out.stdout)


def not_found(ldd_output: str) -> list[str]:
    return sorted({m.group(1) for m in re.finditer(r"(\S+) => not found", ldd_output)})


def install_line(libraries: list[str]) -> str:
    packages = sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in libraries})
    return "sudo apt-get install " + " ".join(packages)


def report(libraries: list[str]) -> str:
    """The message for a person: what is missing and the one line that installs it."""
    return (
        "VNR Desk needs system libraries that are missing: "
        + ", ".join(libraries)
        + "\nOn Debian/Ubuntu install them with:\n    "
        + install_line(libraries)
    )


def check(desktop: bool) -> str | None:
    """None when everything loads; else the report to print."""
    missing = missing_for_import()
    if not missing and desktop:
        missing = missing_for_desktop()
    return report(missing) if missing else None
