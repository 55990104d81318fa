"""The arrows between the package's rooms, checked on the source so a new import that runs
the wrong way fails here rather than in review."""

from __future__ import annotations

from pathlib import Path

from tests.layout.source import SRC, dotted, imported_modules, modules

ROOT = SRC.parents[1]


def _imports_under(room: str, forbidden: str) -> list[str]:
    found = []
    for path, tree in modules(SRC / room):
        for line, name in imported_modules(tree, dotted(path)):
            if name == forbidden or name.startswith(forbidden + "."):
                found.append(f"{path.relative_to(SRC)}:{line}: {name}")
    return found


def test_reports_import_nothing_from_the_store() -> None:
    assert _imports_under("reports", "vnr_desk.store") == []


def test_reports_import_no_services() -> None:
    """Reports render already-redacted data: the arrow runs services/export -> reports."""
    assert _imports_under("reports", "vnr_desk.services") == []


def test_file_helpers_take_only_the_error_types_from_the_store() -> None:
    found = [
        entry
        for entry in _imports_under("files", "vnr_desk.store")
        if not entry.endswith("vnr_desk.store.errors") and ": vnr_desk.store.errors." not in entry
    ]
    assert found == []


def test_the_import_walk_sees_a_store_import(tmp_path: Path) -> None:
    """Guards the guard: the walk resolves `from vnr_desk.store.atomic import x`."""
    import ast

    tree = ast.parse("from vnr_desk.store.atomic import replace_verified\n")
    names = [n for _, n in imported_modules(tree, "vnr_desk.reports.writer")]
    assert "vnr_desk.store.atomic" in names


def test_no_test_data_in_the_package() -> None:
    shipped = {p.stem for p in SRC.rglob("*.py")}
    assert not shipped & {"samples", "fixtures", "conftest"}
    assert (ROOT / "tests" / "reports" / "samples.py").is_file()


def test_resources_live_in_one_place_inside_the_package() -> None:
    assert not (ROOT / "resources").exists()
    for kind in ("fonts", "translations", "icons"):
        assert (SRC / "resources" / kind).is_dir(), kind
    assert (SRC / "resources" / "icons" / "vnr-desk.svg").is_file()


def test_building_the_cli_parser_loads_neither_the_database_layer_nor_reportlab() -> None:
    """The export registry is read at parse time; it must stay light (each command starts
    a process, so this is paid on every `vnr-desk` call)."""
    import subprocess
    import sys

    probe = (
        "import sys; from vnr_desk.cli import build_parser; build_parser(); "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'reportlab'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.strip() == "[]"


def test_no_service_translates() -> None:
    """Services hand codes and English source text; the printout or the UI translates."""
    assert _imports_under("services", "vnr_desk.i18n") == []


def test_redaction_is_the_only_masking_step() -> None:
    """Only services/export/redaction.py rewrites text to hide a name."""
    masking = [
        f"{path.relative_to(SRC)}"
        for path, _tree in modules(SRC / "services")
        if "[…]" in path.read_text(encoding="utf-8") or "_name_mask" in path.read_text()
    ]
    assert masking == ["services/export/redaction.py"]
