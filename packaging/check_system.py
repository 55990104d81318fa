"""Say which system libraries Qt is missing, and how to install them, before a raw traceback.

Run by `make run` and `make test`. Imports Qt in a child process, so this file itself
stays importable anywhere."""

from __future__ import annotations

import re
import subprocess
import sys

# Shared object → Debian/Ubuntu package. Other distributions name them alike.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}

PROBE = "from PySide6 import QtGui, QtWidgets; import sqlcipher3"


def main() -> int:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    if result.returncode == 0:
        return 0
    missing = sorted(set(re.findall(r"(lib[\w.+-]+\.so(?:\.\d+)*)", result.stderr)))
    if not missing:
        last = (result.stderr.strip().splitlines() or ["unknown error"])[-1]
        print(f"VNR Desk cannot load Qt or SQLCipher: {last}", file=sys.stderr)
        return 1
    packages = sorted({DEBIAN_PACKAGES.get(lib, lib) for lib in missing})
    print(
        "VNR Desk needs system libraries that are missing: " + ", ".join(missing), file=sys.stderr
    )
    print("On Debian/Ubuntu install them with:", file=sys.stderr)
    print("    sudo apt-get install " + " ".join(packages), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
