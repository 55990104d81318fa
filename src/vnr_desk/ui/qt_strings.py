"""Qt's own strings that the Danish Qt catalogue shipped with PySide6 lacks: Qt 6 gave the
file dialog's labels access keys ("&Look in:", "Files of &type:") and `qtbase_da` still
holds the old texts, so a Danish save dialog showed them in English. Listed here, under
Qt's own context, so lupdate puts them in our catalogues; our translator answers where
Qt's has nothing. Swedish has them in `qtbase_sv` and in ours, the same words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_OWN: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
