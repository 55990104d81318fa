"""Guard against a Qt binding release that corrupts the interpreter.

PySide6 6.12.0's item `setData` drops a reference to None on every call; a few thousand
calls (one busy case list or plan) abort Python with `none_dealloc`, losing the session.
pyproject excludes that release; this test fails on any release with the same fault."""

from __future__ import annotations

import sys

from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem


def test_item_setters_keep_none_refcount(qapp) -> None:  # type: ignore[no-untyped-def]
    for cls in (QStandardItem, QTableWidgetItem, QListWidgetItem):
        before = sys.getrefcount(None)
        for _ in range(200):
            item = cls("x")
            item.setData(1, 256)  # type: ignore[arg-type]
        assert sys.getrefcount(None) > before - 100, cls.__name__
