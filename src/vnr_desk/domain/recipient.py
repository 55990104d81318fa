"""Who a printout, consent or invitation is for: one typed reference and its one spelling.

A recipient is the citizen, internal use, a case actor (by case actor id), a network
member (by member id) or a cooperation group (by group id). The CLI, the UI, the audit log
and the interchange file name it by its `key`: `citizen`, `internal`,
`actor:<case actor id>`, `network:<member id>`, `group:<group id>`. This module
is the only place that spells or parses that key, so a new kind or a changed spelling is
one edit. Pure: no database, no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RecipientKind(StrEnum):
    CITIZEN = "citizen"
    INTERNAL = "internal"
    ACTOR = "actor"  # a case actor, by case actor id
    NETWORK = "network"  # a network member, by member id
    GROUP = "group"  # a cooperation group across cases, by group id


_SEP = ":"
_NUMBERED = frozenset({RecipientKind.ACTOR, RecipientKind.NETWORK, RecipientKind.GROUP})


class BadRecipient(ValueError):
    """Text that names no recipient (services turn it into `InvalidInput`)."""


@dataclass(frozen=True, slots=True)
class RecipientRef:
    """A recipient by kind and, for an actor or network member, its row id."""

    kind: RecipientKind
    id: int | None = None

    def __post_init__(self) -> None:
        if (self.kind in _NUMBERED) != (self.id is not None):
            raise BadRecipient(
                f"recipient: {self.kind} {'needs' if self.id is None else 'takes no'} id"
            )

    @classmethod
    def actor(cls, case_actor_id: int) -> RecipientRef:
        return cls(RecipientKind.ACTOR, case_actor_id)

    @classmethod
    def network(cls, member_id: int) -> RecipientRef:
        return cls(RecipientKind.NETWORK, member_id)

    @classmethod
    def group(cls, group_id: int) -> RecipientRef:
        return cls(RecipientKind.GROUP, group_id)

    @classmethod
    def of_ledger(cls, case_actor_id: int | None, network_member_id: int | None) -> RecipientRef:
        """From a row holding one of the two (a consent, a meeting participant)."""
        if case_actor_id is not None:
            return cls.actor(case_actor_id)
        if network_member_id is None:
            raise BadRecipient("recipient: neither a case actor nor a network member")
        return cls.network(network_member_id)

    @classmethod
    def parse(cls, text: str) -> RecipientRef:
        """`citizen`, `internal`, `actor:<id>`, `network:<id>` or `group:<id>`; raises
        `BadRecipient`."""
        kind, sep, raw = text.strip().partition(_SEP)
        try:
            parsed = RecipientKind(kind)
        except ValueError:
            raise BadRecipient(f"recipient: {text!r} is not a recipient") from None
        if not sep and parsed not in _NUMBERED:
            return cls(parsed)
        if sep and parsed in _NUMBERED and raw.isdigit():
            return cls(parsed, int(raw))
        raise BadRecipient(f"recipient: {text!r} is not a recipient")

    @property
    def key(self) -> str:
        if self.id is None:
            return self.kind.value
        return f"{self.kind.value}{_SEP}{self.id}"

    @property
    def is_party(self) -> bool:
        """An actor, a network member or a group: someone a consent ledger names."""
        return self.kind in _NUMBERED

    def __str__(self) -> str:
        return self.key


def ledger_key(case_actor_id: int | None, network_member_id: int | None) -> str:
    """`RecipientRef.of_ledger(...).key` without making the object: the consent grid and
    the Overview name every ledger row and recipient of a case this way, on every open."""
    if case_actor_id is not None:
        return f"{_ACTOR_PREFIX}{case_actor_id}"
    if network_member_id is None:
        raise BadRecipient("recipient: neither a case actor nor a network member")
    return f"{_NETWORK_PREFIX}{network_member_id}"


def key_kind(key: str) -> RecipientKind | None:
    """The kind a well-formed key names, cheaply (None for text that is no key)."""
    return _KIND_OF.get(key.partition(_SEP)[0])


_ACTOR_PREFIX = f"{RecipientKind.ACTOR.value}{_SEP}"
_NETWORK_PREFIX = f"{RecipientKind.NETWORK.value}{_SEP}"
_KIND_OF = {kind.value: kind for kind in RecipientKind}

CITIZEN = RecipientRef(RecipientKind.CITIZEN)
INTERNAL = RecipientRef(RecipientKind.INTERNAL)


def actor_query(text: str) -> str | None:
    """The NAME (or number) of `actor:NAME`, as the CLI's `--for` takes it; else None."""
    kind, sep, rest = text.partition(_SEP)
    if sep and kind == RecipientKind.ACTOR and rest.strip():
        return rest.strip()
    return None


def actor_query_text(name: str) -> str:
    """`actor:NAME`: the CLI's way to name an actor of the case by name or number."""
    return f"{RecipientKind.ACTOR.value}{_SEP}{name}"
