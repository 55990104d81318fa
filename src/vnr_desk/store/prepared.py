"""Hot read paths: a `select()` compiled once and run on the session's own DB-API connection.

The ORM costs 0.3-0.5 ms of Python per statement (construction, cache lookup, row
loading), which made opening a case 17x slower than reading the same rows raw and the
due view 2.5x slower than its rules (benchmarks, docs/performance.md). The statements
stay SQLAlchemy `select()`s, so names are checked against the model; only execution
skips the ORM. Rows come back as plain tuples with SQLite's own values: dates as ISO
text, booleans as 0/1, enums as their values. Callers convert with `day()`.

Runs inside the session's transaction (pending ORM changes are flushed first), and a
damaged page raises `VaultCorrupted` as every other read does."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import sqlcipher3
from sqlalchemy import ColumnElement, CompoundSelect, Select, bindparam, func, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from vnr_desk.store.engine import is_corruption
from vnr_desk.store.errors import VaultCorrupted

_DIALECT = sqlite.dialect(paramstyle="qmark")


class PreparedRead:
    """One statement; named `bindparam`s are given as keywords to `rows`."""

    def __init__(self, statement: Select[Any] | CompoundSelect[Any]) -> None:
        self.statement = statement
        compiled = statement.compile(dialect=_DIALECT)
        if "POSTCOMPILE" in compiled.string:
            raise ValueError("IN (...) is compiled per call; write it as or_() of equalities")
        self.sql = compiled.string
        self._names: tuple[str, ...] = tuple(compiled.positiontup or ())
        self._fixed = {
            name: value.value if isinstance(value, enum.Enum) else value
            for name, value in compiled.params.items()
            if value is not None  # an unvalued bindparam: given to `rows`
        }
        self._fixed_args = tuple(self._fixed.get(name) for name in self._names)
        self._slots = tuple(
            (i, name) for i, name in enumerate(self._names) if name not in self._fixed
        )

    def rows(self, session: Session, **params: object) -> list[tuple[Any, ...]]:
        return self.rows_on(driver_connection(session), **params)

    def rows_on(self, raw: Any, **params: object) -> list[tuple[Any, ...]]:
        """On a DB-API connection from `driver_connection` (several reads, one lookup)."""
        args: tuple[Any, ...] | list[Any] = self._fixed_args
        if self._slots or params:
            args = list(args)
            try:
                for i, name in self._slots:
                    args[i] = params[name]
            except KeyError as missing:
                raise ValueError(f"no value for {missing.args[0]}") from None
            if len(params) > len(self._slots):
                unknown = sorted(set(params) - {name for _, name in self._slots})
                raise ValueError(f"no parameter named {', '.join(unknown)}")
        try:
            return raw.execute(self.sql, args).fetchall()  # type: ignore[no-any-return]
        except sqlcipher3.DatabaseError as exc:
            if is_corruption(exc):
                raise VaultCorrupted("database is damaged") from exc
            raise


_CACHED = "vnr_desk.prepared.driver_connection"


def driver_connection(session: Session) -> Any:
    """The session's own DB-API connection, in its transaction, with pending changes
    flushed so a prepared read sees them.

    Remembered for the rest of the transaction (a case opens with a dozen reads); a new
    transaction looks it up again, since the pool may hand out another connection."""
    session.flush()
    transaction = session.get_transaction()
    cached = session.info.get(_CACHED)
    if transaction is not None and transaction.is_active and cached and cached[0] is transaction:
        return cached[1]
    raw = session.connection().connection.driver_connection
    session.info[_CACHED] = (session.get_transaction(), raw)
    return raw


class ScopedRead:
    """The same statement for every case, or narrowed to one case by `case_column`."""

    def __init__(self, statement: Select[Any], case_column: ColumnElement[Any]) -> None:
        self.every = PreparedRead(statement)
        self.one = PreparedRead(statement.where(case_column == bindparam("case_id")))

    def rows(self, session: Session, case_id: int | None = None) -> list[tuple[Any, ...]]:
        return self.rows_on(driver_connection(session), case_id)

    def rows_on(self, raw: Any, case_id: int | None = None) -> list[tuple[Any, ...]]:
        if case_id is None:
            return self.every.rows_on(raw)
        return self.one.rows_on(raw, case_id=case_id)


def space_joined(column: ColumnElement[Any], *where: ColumnElement[bool]) -> Any:
    """A correlated subquery: the values of `column` in the matching rows in one text,
    space-separated (for enum values, which hold no spaces); `.split()` it back. One
    statement instead of a second read for a short list per row."""
    return select(func.group_concat(column, " ")).where(*where).scalar_subquery()


def day(value: str | None) -> dt.date | None:
    """An ISO date (or the date part of a stored datetime) as a `date`."""
    return None if value is None else dt.date.fromisoformat(value[:10])
