"""The workbook writes dates the way its language does: Danish 02.12.2026, Swedish
2026-12-02 with Swedish month names in the date pickers; printouts spell Swedish months."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from vnr_desk.i18n import translator
from vnr_desk.reports.labels import long_date, weekday_date
from vnr_desk.ui import dates, labels, translations
from vnr_desk.ui.widgets.common import date_edit

DAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("language", "text", "moment", "qt_format", "month"),
    [
        ("da", "02.12.2026", "02.12.2026 09:05", "dd.MM.yyyy", "december"),
        ("sv", "2026-12-02", "2026-12-02 09:05", "yyyy-MM-dd", "december"),
    ],
)
def test_dates_follow_the_installed_language(  # type: ignore[no-untyped-def]
    qapp, language: str, text: str, moment: str, qt_format: str, month: str
) -> None:
    try:
        translations.install(qapp, language)
        assert labels.date_text(DAY) == text
        assert dates.moment(dt.datetime(2026, 12, 2, 9, 5)) == moment
        assert date_edit("d", DAY).displayFormat() == qt_format
        assert QLocale().monthName(12) == month
        assert QLocale().dayName(1) == {"da": "mandag", "sv": "måndag"}[language]
    finally:
        translations.install(qapp, "en")
    assert labels.date_text(DAY) == "02.12.2026"


def test_swedish_printouts_spell_swedish_months_and_weekdays() -> None:
    sv = translator("sv")
    assert long_date(DAY, "sv", sv) == "2 december 2026"
    assert long_date(dt.date(2026, 5, 1), "sv", sv) == "1 maj 2026"
    assert weekday_date(DAY, "sv", sv) == "Onsdag den 2 december 2026"
