"""Say which system libraries Qt is missing, and how to install them, before a raw traceback.

Run by `make run` and `make test`; the check itself is `vnr_desk.system_check`, which
`vnr-desk gui` runs too. Imports Qt in a child process, so a library that aborts the
interpreter cannot take this script with it."""

from __future__ import annotations

import subprocess
import sys

PROBE = (
    "import sys; from vnr_desk.system_check import check; "
    "message = check(desktop='--desktop' in sys.argv); "
    "print(message, file=sys.stderr) if message else None; sys.exit(1 if message else 0)"
)


def main() -> int:
    args = [sys.executable, "-c", PROBE, *sys.argv[1:]]
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stderr.strip() or "VNR Desk cannot load Qt or SQLCipher", file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
