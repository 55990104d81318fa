"""PyInstaller entry point: the `vnr-desk` command; with no arguments it opens the GUI, so a
double-click on the bundled executable (or a Start-menu/Dock launch) does the right thing."""

import sys

from vnr_desk.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["gui"]))
