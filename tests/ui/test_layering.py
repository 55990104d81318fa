"""ui/ holds widgets, models and operations: it reaches the vault only through services
(and the vault's lifecycle in a few named modules). This walks the imports of every module
under ui/ and fails on a new sqlalchemy, ORM-model or store import, and on a tab fetching
rows itself (a `.get(` on a session) or deciding NotFound."""

from __future__ import annotations

import ast
from pathlib import Path

import vnr_desk.ui

UI = Path(vnr_desk.ui.__file__).parent

# The vault lifecycle: opening, unlocking, creating, locking and backing up the vault.
LIFECYCLE = {"session.py", "unlock.py", "first_run.py", "app.py"}
# Imports that were there before the rule, each with its reason (none are left); do not add.
GRANDFATHERED: set[tuple[str, str]] = set()
# Pure values any layer may use: enums, and the error types the UI translates.
ALLOWED = ("vnr_desk.domain.enums", "vnr_desk.domain.recipient", "vnr_desk.store.errors")
FORBIDDEN = ("sqlalchemy", "vnr_desk.store", "vnr_desk.domain")


def _imports(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            # `from vnr_desk.store import errors` is vnr_desk.store.errors
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _grandfathered(rel: str, module: str) -> bool:
    return any(rel == r and _within(module, prefix) for r, prefix in GRANDFATHERED)


def _forbidden(module: str) -> bool:
    if any(module == a or module.startswith(a + ".") for a in ALLOWED):
        return False
    return any(module == f or module.startswith(f + ".") for f in FORBIDDEN)


def _session_gets(tree: ast.AST) -> list[int]:
    """Lines calling `.get(`/`.get_one(` on something named like a session."""
    lines = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"get", "get_one", "scalar", "scalars", "execute"}
        ):
            target = node.func.value
            name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", "")
            if name in {"s", "session", "db", "uow"}:
                lines.append(node.lineno)
    return lines


def _modules() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def test_ui_reaches_the_vault_only_through_services() -> None:
    offences = []
    for path in _modules():
        rel = path.relative_to(UI).as_posix()
        if rel in LIFECYCLE:
            continue
        for module in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if _forbidden(module) and not _grandfathered(rel, module):
                offences.append(f"ui/{rel} imports {module}")
    assert offences == []


def test_tabs_neither_fetch_rows_nor_decide_not_found() -> None:
    offences = []
    for path in sorted((UI / "tabs").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        offences += [f"{path.name}:{n} fetches from a session" for n in _session_gets(tree)]
        offences += [
            f"{path.name}:{node.lineno} names NotFound"
            for node in ast.walk(tree)
            if (isinstance(node, ast.Name) and node.id == "NotFound")
            or (isinstance(node, ast.alias) and node.name == "NotFound")
        ]
    assert offences == []


def test_the_walk_sees_an_offence(tmp_path: Path) -> None:
    """The checks above would catch the patterns the tabs used to have."""
    old_tab = (
        "from sqlalchemy.orm import Session\n"
        "from vnr_desk.domain import Goal\n"
        "from vnr_desk.services.errors import NotFound\n"
        "def write(s: Session) -> None:\n"
        "    goal = s.get(Goal, 1)\n"
        "    if goal is None:\n"
        "        raise NotFound('goal')\n"
    )
    tree = ast.parse(old_tab)
    assert {m for m in _imports(tree) if _forbidden(m)} == {
        "sqlalchemy.orm.Session",
        "vnr_desk.domain.Goal",
    }
    assert _session_gets(tree) == [5]
    assert not _forbidden("vnr_desk.domain.enums")
