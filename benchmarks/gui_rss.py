"""Child process for the GUI memory figure; prints one JSON line with peak RSS in MB.

    gui_rss.py empty                     an empty QApplication + QMainWindow (the floor)
    gui_rss.py app VAULT_DIR SETTINGS    the main window on the vault, a case opened

Run with QT_QPA_PLATFORM=offscreen. Peak RSS is this process's high-water mark (see `peak_mb`)."""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path


def peak_mb() -> float:
    """Peak resident set size of this process in MB.

    On Linux `ru_maxrss` survives exec: a child forked from a 200 MB benchmark process
    reports at least 200 MB whatever it does. `VmHWM` belongs to the new address space, so
    it is read first; `ru_maxrss` is the fallback elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    if argv[0] == "empty":
        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1366, 768)
        window.show()
        for _ in range(5):
            app.processEvents()
        print(json.dumps({"rss_mb": round(peak_mb(), 1)}))
        return 0

    from PySide6.QtCore import QSettings
    from sqlalchemy import func, select

    from benchmarks.data import PASSPHRASE
    from vnr_desk.domain import Case, Note
    from vnr_desk.store.vault import Vault
    from vnr_desk.ui.app import application
    from vnr_desk.ui.main_window import MainWindow
    from vnr_desk.ui.settings import AppSettings
    from vnr_desk.ui.worker import SyncWorker

    vault_dir, settings_dir = Path(argv[1]), Path(argv[2])
    app = application()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    with vault.session() as s:
        cases = s.scalar(select(func.count(Case.id)))
        case_id, notes = s.execute(
            select(Note.case_id, func.count(Note.id))
            .group_by(Note.case_id)
            .order_by(func.count(Note.id).desc())
            .limit(1)
        ).one()
    settings = AppSettings(
        QSettings(str(settings_dir / "settings.ini"), QSettings.Format.IniFormat)
    )
    window = MainWindow(vault, SyncWorker(), settings)
    window.resize(1366, 768)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.open_case(case_id)
    for _ in range(10):
        app.processEvents()
    rss = peak_mb()
    window.shutdown()
    print(json.dumps({"rss_mb": round(rss, 1), "cases": cases, "opened_case_notes": notes}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
