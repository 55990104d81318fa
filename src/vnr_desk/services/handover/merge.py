"""A case coming back: the differences between the copy here ("mine") and the one in the
bundle ("theirs"), field by field, and the merged document the receiver chose.

Both sides are `vnr-desk-case/1` documents. A field is a leaf of the document
(`case.intake_route`, `people[0].phone`, `assessments[0].domains.housing.rating`); a list
of plain values is one field (`case.violence_forms`); an item that only one side has is
one field as a whole (`notes[3]`). Nothing of theirs is taken unless its field is named."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any


class _Missing:
    """The side that has no such field or item (one object, also through deepcopy)."""

    def __repr__(self) -> str:
        return "—"

    def __deepcopy__(self, memo: dict[int, Any]) -> _Missing:
        return self


MISSING: Any = _Missing()


@dataclass(frozen=True)
class Difference:
    field: str
    mine: Any
    theirs: Any


def _is_record_list(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(item, dict) for item in value)


def _walk(mine: Any, theirs: Any, path: str, out: list[Difference]) -> None:
    if isinstance(mine, dict) and isinstance(theirs, dict):
        for key in sorted(set(mine) | set(theirs), key=str):
            where = f"{path}.{key}" if path else str(key)
            _walk(mine.get(key, MISSING), theirs.get(key, MISSING), where, out)
    elif _is_record_list(mine) or _is_record_list(theirs):
        mine_items = mine if isinstance(mine, list) else []
        theirs_items = theirs if isinstance(theirs, list) else []
        for i in range(max(len(mine_items), len(theirs_items))):
            a = mine_items[i] if i < len(mine_items) else MISSING
            b = theirs_items[i] if i < len(theirs_items) else MISSING
            if a is MISSING or b is MISSING:
                if a != b:
                    out.append(Difference(f"{path}[{i}]", a, b))
            else:
                _walk(a, b, f"{path}[{i}]", out)
    elif mine != theirs:
        out.append(Difference(path, mine, theirs))


def differences(mine: dict[str, Any], theirs: dict[str, Any]) -> list[Difference]:
    """Every field that differs, in document order (the format line aside)."""
    out: list[Difference] = []
    _walk(
        {k: v for k, v in mine.items() if k != "format"},
        {k: v for k, v in theirs.items() if k != "format"},
        "",
        out,
    )
    return out


def _steps(field: str) -> list[str | int]:
    steps: list[str | int] = []
    for part in field.split("."):
        name, _, rest = part.partition("[")
        if name:
            steps.append(name)
        while rest:
            index, _, rest = rest.partition("]")
            steps.append(int(index))
            rest = rest.removeprefix("[")
    return steps


def _set(doc: Any, steps: list[str | int], value: Any) -> None:
    target = doc
    for i, step in enumerate(steps[:-1]):
        nxt = steps[i + 1]
        if isinstance(step, str):
            target = target.setdefault(step, [] if isinstance(nxt, int) else {})
        else:
            target = target[step]
    last = steps[-1]
    if isinstance(last, int):
        target[last] = value  # placed by `merged`, which pads and compacts lists
    elif value is MISSING:
        target.pop(last, None)
    else:
        target[last] = value


def merged(mine: dict[str, Any], theirs: dict[str, Any], take: set[str]) -> dict[str, Any]:
    """`mine` with exactly the fields named in `take` replaced by theirs."""
    known = {d.field: d for d in differences(mine, theirs)}
    unknown = sorted(take - set(known))
    if unknown:
        raise KeyError(unknown[0])
    out = copy.deepcopy(mine)
    for field in sorted(take, key=_steps_key):
        diff = known[field]
        steps = _steps(field)
        if isinstance(steps[-1], int):
            _set_item(out, steps, copy.deepcopy(diff.theirs))
        else:
            _set(out, steps, copy.deepcopy(diff.theirs))
    _compact(out)
    return out


def _steps_key(field: str) -> list[tuple[int, Any]]:
    return [(0, s) if isinstance(s, int) else (1, s) for s in _steps(field)]


def _set_item(doc: dict[str, Any], steps: list[str | int], value: Any) -> None:
    """An item only one side has: theirs added (padded with placeholders) or removed."""
    parent: Any = doc
    for step in steps[:-1]:
        parent = parent.setdefault(step, []) if isinstance(step, str) else parent[step]
    index = steps[-1]
    assert isinstance(index, int)
    while len(parent) <= index:
        parent.append(MISSING)
    parent[index] = value


def _compact(value: Any) -> None:
    """Drop the placeholders of removed items (and padding that was never filled)."""
    if isinstance(value, dict):
        for item in value.values():
            _compact(item)
    elif isinstance(value, list):
        value[:] = [item for item in value if item is not MISSING]
        for item in value:
            _compact(item)
