"""Dates and times as the workbook's language writes them: 31.12.2026 in Danish (and in
the English source), 2026-12-31 in Swedish, as Swedish forms and journals do. Month and
weekday names in date pickers come from Qt's locale, which `translations.install` sets;
the printouts spell months through the report catalogs (`reports/labels.py`)."""

from __future__ import annotations

import datetime as dt

# (day, short day, Qt display format of a day) per language; time is HH:MM everywhere.
_FORMATS = {
    "da": ("%d.%m.%Y", "%d.%m.%y", "dd.MM.yyyy"),
    "sv": ("%Y-%m-%d", "%y-%m-%d", "yyyy-MM-dd"),
}
_language = "da"


def use(language: str) -> None:
    """Called when the workbook's language is installed."""
    global _language
    _language = language if language in _FORMATS else "da"


def language() -> str:
    return _language


def day(value: dt.date | None) -> str:
    """A date for labels and table cells; empty for None."""
    return "" if value is None else value.strftime(_FORMATS[_language][0])


def short_day(value: dt.date) -> str:
    """A date for narrow grid cells (two-digit year)."""
    return value.strftime(_FORMATS[_language][1])


def moment(value: dt.datetime) -> str:
    """A date with the time of day."""
    return f"{day(value)} {value:%H:%M}"


def qt_day_format() -> str:
    """Display format for QDateEdit."""
    return _FORMATS[_language][2]


def qt_moment_format() -> str:
    """Display format for QDateTimeEdit."""
    return f"{qt_day_format()} HH:mm"
