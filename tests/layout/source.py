"""Reading the package's own source for the layout tests: modules, string literals, imports."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "vnr_desk"
MIGRATIONS = SRC / "store" / "migrations"
CATALOGS = SRC / "i18n" / "catalogs"  # translations keyed by the codes they translate


def modules(under: Path = SRC) -> Iterator[tuple[Path, ast.Module]]:
    """Every module under `under`, but migrations (frozen history) and translation catalogs."""
    for path in sorted(under.rglob("*.py")):
        if MIGRATIONS in path.parents or CATALOGS in path.parents:
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def literal_starts(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """Each string literal and each f-string's leading text, with its line."""
    in_fstring: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for part in node.values:
                in_fstring.add(id(part))
            head = node.values[0] if node.values else None
            if isinstance(head, ast.Constant) and isinstance(head.value, str):
                # "actor:" followed by a value: the text would be the key
                follows = len(node.values) > 1
                yield node.lineno, head.value + ("{}" if follows else "")
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in in_fstring
        ):
            yield node.lineno, node.value


def imported_modules(tree: ast.Module, package: str) -> Iterator[tuple[int, str]]:
    """Absolute names of everything `tree` imports (relative imports resolved in `package`)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def dotted(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)
