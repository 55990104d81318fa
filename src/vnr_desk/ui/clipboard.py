"""Copying from the app marks the data as sensitive for clipboard managers, and lock clears
the clipboard only if it still holds what we put there."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

_SENSITIVE_HINT = "x-kde-passwordManagerHint"
_last_digest: str | None = None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def copy_text(text: str) -> None:
    global _last_digest
    data = QMimeData()
    data.setText(text)
    data.setData(_SENSITIVE_HINT, b"secret")
    QGuiApplication.clipboard().setMimeData(data)
    _last_digest = _digest(text)


def clear_if_ours() -> bool:
    """Clear the clipboard if it still holds text copied from VNR Desk. True if cleared."""
    global _last_digest
    clipboard = QGuiApplication.clipboard()
    # ownsClipboard covers Ctrl+C from any of our text fields; the digest covers platforms
    # where ownership is not reported. Another program's clipboard is never touched.
    ours = clipboard.ownsClipboard() or (
        _last_digest is not None and _digest(clipboard.text()) == _last_digest
    )
    if ours:
        clipboard.clear()
    _last_digest = None
    return ours
