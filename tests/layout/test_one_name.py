"""One name for each thing: the recipient key, the consent purposes and the export kinds are
each spelt in one module, so a change is one edit. These fail when a second copy appears."""

from __future__ import annotations

import re

import pytest

from tests.layout.source import SRC, literal_starts, modules
from vnr_desk.domain.enums import ConsentPurpose
from vnr_desk.domain.recipient import (
    CITIZEN,
    INTERNAL,
    BadRecipient,
    RecipientKind,
    RecipientRef,
    actor_query,
    actor_query_text,
)

RECIPIENT_MODULE = SRC / "domain" / "recipient.py"
# "actor:12", "network:{id}": a recipient key, not an error's "actor: no such actor"
KEY_SPELLING = re.compile(r"^(actor|network):(\d|\{\})")


def test_recipient_key_round_trips() -> None:
    for ref in (CITIZEN, INTERNAL, RecipientRef.actor(7), RecipientRef.network(12)):
        assert RecipientRef.parse(ref.key) == ref
    assert RecipientRef.of_ledger(None, 4) == RecipientRef.network(4)
    assert RecipientRef.of_ledger(3, None).kind is RecipientKind.ACTOR
    assert actor_query(actor_query_text("Jobcenter Eksempelby")) == "Jobcenter Eksempelby"
    assert actor_query(INTERNAL.key) is None


@pytest.mark.parametrize(
    "text", ["", "actor", "actor:", "actor:x", "network:-1", "citizen:3", "x:1"]
)
def test_recipient_parse_refuses_bad_text(text: str) -> None:
    with pytest.raises(BadRecipient):
        RecipientRef.parse(text)


def test_recipient_key_is_spelt_only_in_domain_recipient() -> None:
    found = [
        f"{path.relative_to(SRC)}:{line}: {text!r}"
        for path, tree in modules()
        if path != RECIPIENT_MODULE
        for line, text in literal_starts(tree)
        if KEY_SPELLING.match(text)
    ]
    assert found == []


def test_the_recipient_scan_sees_a_hand_built_key(tmp_path) -> None:
    """The scan above would notice the old spellings (guards the guard)."""
    import ast

    tree = ast.parse('a = f"actor:{ca.id}"\nb = "network:" + str(3)\nc = "actor:12"\n')
    assert [t for _, t in literal_starts(tree) if KEY_SPELLING.match(t)] == ["actor:{}", "actor:12"]


def test_consent_purposes_are_listed_once() -> None:
    """Only domain/enums.py spells a purpose's value; every other module names the member."""
    values = {p.value for p in ConsentPurpose}
    found = [
        f"{path.relative_to(SRC)}:{line}: {text!r}"
        for path, tree in modules()
        if path != SRC / "domain" / "enums.py"
        for line, text in literal_starts(tree)
        if text in values
    ]
    assert found == []


def test_rules_have_no_private_copy_of_an_enum() -> None:
    """rules/ takes the domain's enums: no StrEnum there repeats a domain enum's values."""
    import enum

    from vnr_desk.domain import enums as domain_enums
    from vnr_desk.rules import consent, deadlines

    domain_values = [
        frozenset(m.value for m in e)
        for e in vars(domain_enums).values()
        if isinstance(e, type)
        and issubclass(e, enum.Enum)
        and e.__module__ == domain_enums.__name__
    ]
    for module in (consent, deadlines):
        for e in vars(module).values():
            if isinstance(e, type) and issubclass(e, enum.Enum) and e.__module__ == module.__name__:
                assert frozenset(m.value for m in e) not in domain_values, e


def test_domain_enums_are_pure() -> None:
    import ast

    tree = ast.parse((SRC / "domain" / "enums.py").read_text())
    imported = {
        (n.module or "") if isinstance(n, ast.ImportFrom) else a.name
        for n in ast.walk(tree)
        if isinstance(n, ast.Import | ast.ImportFrom)
        for a in n.names
    }
    assert imported <= {"__future__", "enum"}


def test_export_kinds_are_listed_once() -> None:
    """The registry names the printouts; the CLI's choices are its names, and only the print
    dialog's label table (translated by Qt) repeats a name, checked against the registry in
    tests/ui/test_export_dialog.py."""
    from vnr_desk.cli import build_parser
    from vnr_desk.services.export.registry import KINDS, REGISTRY

    allowed = {SRC / "services" / "export" / "registry.py", SRC / "ui" / "export_dialog.py"}
    found = [
        f"{path.relative_to(SRC)}:{line}: {text!r}"
        for path, tree in modules()
        if path not in allowed
        for line, text in literal_starts(tree)
        if text == "consent-form"
    ]
    assert found == []
    export = build_parser()._subparsers._group_actions[0].choices["export"]  # type: ignore[union-attr]
    kind = next(a for a in export._actions if a.dest == "kind")
    assert tuple(kind.choices) == KINDS == tuple(REGISTRY)


def test_the_fast_key_helpers_agree_with_the_reference() -> None:
    from vnr_desk.domain.recipient import key_kind, ledger_key

    assert ledger_key(5, None) == RecipientRef.actor(5).key
    assert ledger_key(None, 9) == RecipientRef.network(9).key
    assert key_kind(RecipientRef.network(9).key) is RecipientKind.NETWORK
    assert key_kind(CITIZEN.key) is RecipientKind.CITIZEN
    with pytest.raises(BadRecipient):
        ledger_key(None, None)
