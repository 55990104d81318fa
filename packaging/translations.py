"""Keep the Qt translations in step with the code.

    python packaging/translations.py update    # extract tr() strings into the .ts files
    python packaging/translations.py release   # compile .ts → .qm (shipped in the package)

Translate the .ts files with Qt Linguist (`pyside6-linguist`) or any XML editor between the
two steps. Danish is required for every string (a test checks); English is the source."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "src" / "vnr_desk" / "ui"
TRANSLATIONS_DIR = ROOT / "src" / "vnr_desk" / "resources" / "translations"
LANGUAGES = ("da",)


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    return found or f"pyside6-{name}"


def ui_sources() -> list[Path]:
    return sorted(UI_DIR.rglob("*.py"))


def ts_path(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    return directory / f"vnr_desk_{language}.ts"


def update(directory: Path = TRANSLATIONS_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [
                _tool("lupdate"),
                *map(str, ui_sources()),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts_path(language, directory)),
            ],
            check=True,
            capture_output=True,
        )


def release(directory: Path = TRANSLATIONS_DIR, out_dir: Path | None = None) -> None:
    for language in LANGUAGES:
        qm = (out_dir or directory) / f"vnr_desk_{language}.qm"
        subprocess.run(
            [_tool("lrelease"), str(ts_path(language, directory)), "-qm", str(qm)],
            check=True,
            capture_output=True,
        )


if __name__ == "__main__":
    commands = {"update": update, "release": release}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    commands[sys.argv[1]]()
