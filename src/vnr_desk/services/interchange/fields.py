"""Reading fields of a "vnr-desk-case/1" document; each error names its place (`people[1].role`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from vnr_desk.services.errors import InvalidInput

FORMAT = "vnr-desk-case/1"


class Reader:
    """One object of the document and the path that leads to it."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, Mapping):
            raise InvalidInput(f"{path}: expected an object")
        self.data = data
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key)
        if value is None:
            if default is None:
                raise InvalidInput(f"{self.at(key)}: missing")
            return default
        if not isinstance(value, str):
            raise InvalidInput(f"{self.at(key)}: expected text")
        return value

    def optional_text(self, key: str) -> str | None:
        return self.text(key) if self.has(key) else None

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise InvalidInput(f"{self.at(key)}: expected true or false")
        return value

    def integer(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(f"{self.at(key)}: expected a whole number")
        return value

    def date(self, key: str) -> dt.date:
        value = self.data.get(key)
        if value is None:
            raise InvalidInput(f"{self.at(key)}: missing")
        return parse_date(value, self.at(key))

    def optional_date(self, key: str) -> dt.date | None:
        return self.date(key) if self.has(key) else None

    def datetime(self, key: str) -> dt.datetime:
        value = self.data.get(key)
        if not isinstance(value, str):
            raise InvalidInput(f"{self.at(key)}: expected a date and time like 2026-03-02T10:15:00")
        try:
            if len(value) == 10:
                return dt.datetime.combine(dt.date.fromisoformat(value), dt.time())
            return dt.datetime.fromisoformat(value)
        except ValueError:
            raise InvalidInput(f"{self.at(key)}: {value!r} is not a date and time") from None

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise InvalidInput(f"{self.at(key)}: expected a list")
        return value

    def readers(self, key: str) -> list[Reader]:
        return [Reader(item, f"{self.at(key)}[{i}]") for i, item in enumerate(self.items(key))]

    def strings(self, key: str) -> list[str]:
        values = self.items(key)
        for i, value in enumerate(values):
            if not isinstance(value, str):
                raise InvalidInput(f"{self.at(key)}[{i}]: expected text")
        return values


def parse_date(value: Any, field: str) -> dt.date:
    if not isinstance(value, str) or len(value) != 10:
        raise InvalidInput(f"{field}: {value!r} is not a date (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{field}: {value!r} is not a date (YYYY-MM-DD)") from None


def prefixed(path: str, exc: InvalidInput) -> InvalidInput:
    """A service's message (`purposes: ...`) placed under the document path."""
    message = str(exc)
    return InvalidInput(message if message.startswith(path) else f"{path}.{message}")
