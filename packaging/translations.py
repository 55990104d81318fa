"""Keep the Qt translations in step with the code.

    python packaging/translations.py update    # extract tr() strings into the .ts files
    python packaging/translations.py todo sv > sv.tsv   # untranslated: source TAB Danish
    python packaging/translations.py fill sv sv.tsv     # read back: source TAB translation
    python packaging/translations.py release   # compile .ts → .qm (shipped in the package)

Translate the .ts files with Qt Linguist (`pyside6-linguist`) or any XML editor between
`update` and `release`, or with `todo`/`fill`: `todo` lists each unfinished source string
with the Danish translation beside it; replace the second column with the translation and
`fill` writes it in (newlines as \\n). Danish and Swedish are required for every string (a
test checks each); English is the source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "src" / "vnr_desk" / "ui"
TRANSLATIONS_DIR = ROOT / "src" / "vnr_desk" / "resources" / "translations"
LANGUAGES = ("da", "sv")


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


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), text)


def _messages(language: str, directory: Path) -> tuple[ET.ElementTree, list[ET.Element]]:
    tree = ET.parse(ts_path(language, directory))
    return tree, list(tree.getroot().iter("message"))


def unfinished(language: str, directory: Path = TRANSLATIONS_DIR) -> list[str]:
    """Source strings of `language` that still wait for a translation."""
    _, messages = _messages(language, directory)
    return [m.findtext("source") or "" for m in messages if _is_unfinished(m)]


def _is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") == "unfinished" or not translation.text


def todo(language: str, directory: Path = TRANSLATIONS_DIR) -> str:
    """Unfinished strings as `source TAB Danish` lines, ready to be translated and filled."""
    _, danish = _messages("da", directory)
    hints = {m.findtext("source"): m.findtext("translation") or "" for m in danish}
    lines = dict.fromkeys(
        f"{_escape(source)}\t{_escape(hints.get(source, ''))}"
        for source in unfinished(language, directory)
    )
    return "".join(f"{line}\n" for line in lines)


def fill(language: str, table: str, directory: Path = TRANSLATIONS_DIR) -> int:
    """Write `source TAB translation` lines into the .ts; every context with that source
    gets the same translation. Returns how many messages were filled."""
    wanted = {}
    for line in table.splitlines():
        if "\t" in line:
            source, text = line.split("\t", 1)
            wanted[_unescape(source)] = _unescape(text)
    tree, messages = _messages(language, directory)
    filled = 0
    for message in messages:
        text = wanted.get(message.findtext("source") or "")
        translation = message.find("translation")
        if text and translation is not None:
            translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path(language, directory), encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    args = sys.argv[1:]
    if args in (["update"], ["release"]):
        {"update": update, "release": release}[args[0]]()
    elif len(args) == 2 and args[0] == "todo" and args[1] in LANGUAGES:
        sys.stdout.write(todo(args[1]))
    elif len(args) == 3 and args[0] == "fill" and args[1] in LANGUAGES:
        print(fill(args[1], Path(args[2]).read_text(encoding="utf-8")), "filled")
        update()  # lupdate writes the .ts back in its own layout
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
