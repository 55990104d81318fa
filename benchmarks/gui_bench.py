"""GUI speed goals from the workbook issue (run by hand; not a test):

- `vnr-desk gui` to a usable unlock dialog: < 1.5 s (process start included);
- opening a case with 200 notes in the workbook (all tabs load): < 300 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_bench.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CHILD = """
import sys, time
from pathlib import Path
from vnr_desk.cli import build_parser  # what `vnr-desk gui` loads before the window
build_parser().parse_args(["gui"])
from vnr_desk.ui.app import application
from vnr_desk.ui import translations
from vnr_desk.ui.settings import AppSettings, LANGUAGE
from vnr_desk.ui.unlock import UnlockDialog
from vnr_desk.ui.worker import Worker
app = application()
translations.install(app, translations.choose_language(AppSettings().get(LANGUAGE)))
dialog = UnlockDialog(Path(sys.argv[1]), Worker())
dialog.show()
app.processEvents()
print(time.monotonic())
"""


def startup_seconds(vault_dir: Path, runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.monotonic()
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(vault_dir)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        times.append(float(out.strip().splitlines()[-1]) - start)
    return times


def open_case_seconds(vault_dir: Path, runs: int = 7) -> list[float]:
    from PySide6.QtCore import QSettings

    from vnr_desk.services.cases import get_case
    from vnr_desk.store.vault import Vault
    from vnr_desk.ui.app import application
    from vnr_desk.ui.main_window import MainWindow
    from vnr_desk.ui.settings import AppSettings
    from vnr_desk.ui.worker import SyncWorker

    app = application()
    vault = Vault.unlock(vault_dir, "bench")
    settings = AppSettings(QSettings(str(vault_dir.parent / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(vault, SyncWorker(), settings)
    window.resize(1366, 768)
    window.show()
    with vault.session() as s:
        case_id = get_case(s, "B-1").id
    times = []
    for _ in range(runs):
        window.workbook.clear()
        app.processEvents()
        start = time.perf_counter()
        window.open_case(case_id)
        app.processEvents()
        times.append(time.perf_counter() - start)
    window.shutdown()
    return times


def make_vault(directory: Path) -> None:
    from vnr_desk.services.cases import create_case
    from vnr_desk.services.notes import add_note
    from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
    from vnr_desk.store.vault import Vault

    vault, _ = Vault.create(directory, "bench", CHEAP_TEST_PARAMS)
    with vault.session() as s:
        case = create_case(s, "B-1", dt.date(2026, 1, 5))
        for i in range(200):
            add_note(
                s,
                case,
                f"Notat {i}: samtale om bolig, økonomi og netværk. " * 8,
                dt.datetime(2026, 1, 5) + dt.timedelta(hours=i),
            )
    vault.lock()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        vault_dir = Path(tmp) / "vault"
        make_vault(vault_dir)
        start = startup_seconds(vault_dir)
        opened = open_case_seconds(vault_dir)
    for name, values, goal in (
        ("gui start to unlock dialog", start, 1.5),
        ("open case with 200 notes", opened, 0.3),
    ):
        med = statistics.median(values)
        print(
            f"{name:32} median {med * 1000:7.1f} ms  min {min(values) * 1000:7.1f}  "
            f"max {max(values) * 1000:7.1f}  goal {goal * 1000:.0f} ms  "
            f"{'met' if med < goal else 'MISSED'}"
        )


if __name__ == "__main__":
    main()
