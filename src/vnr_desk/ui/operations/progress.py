"""Long work from the workbook (backup, import, demo cases) on the worker, behind a busy
progress dialog that cannot be cancelled half-way; the result or a message at the end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from vnr_desk.ui.errors import error_text


def run_with_progress(
    parent: QWidget,
    label: str,
    submit: Callable[[Callable[[Any], None], Callable[[BaseException], None]], None],
    on_done: Callable[[Any], None],
) -> QProgressDialog:
    """`submit(done, failed)` queues the work; a busy dialog shows until it reports back."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowTitle("VNR Desk")
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def done(result: Any) -> None:
        dialog.reset()
        on_done(result)

    def failed(exc: BaseException) -> None:
        dialog.reset()
        QMessageBox.warning(parent, "VNR Desk", error_text(exc))

    submit(done, failed)
    return dialog
