"""Consent status chips: a rounded, coloured pill per grid cell, so the caseworker sees at a
glance who may receive what. Colour is never the only cue: the chip carries the word too."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from vnr_desk.rules.consent import ConsentState

STATE_ROLE = Qt.ItemDataRole.UserRole + 2

CHIP_COLOURS: dict[str, tuple[QColor, QColor]] = {
    # state: (fill, text)
    ConsentState.VALID: (QColor("#2e7d32"), QColor("#ffffff")),
    ConsentState.EXPIRING: (QColor("#f0a500"), QColor("#1a1a1a")),
    ConsentState.EXPIRED: (QColor("#8a8a8a"), QColor("#ffffff")),
    ConsentState.WITHDRAWN: (QColor("#c62828"), QColor("#ffffff")),
}
MISSING_OUTLINE = QColor("#7a7a7a")


class ChipDelegate(QStyledItemDelegate):
    """Paints cells whose model gives a `STATE_ROLE` as chips; others as usual."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        state = index.data(STATE_ROLE)
        if state is None:
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = QRectF(option.rect).adjusted(6, 5, -6, -5)
        radius = rect.height() / 2
        fill, text_colour = CHIP_COLOURS.get(state, (None, option.palette.text().color()))
        if fill is None:
            pen = QPen(MISSING_OUTLINE, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(option.palette.base())
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(text_colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index.data() or ""))
        if option.state & QStyle.StateFlag.State_HasFocus:
            focus = QPen(option.palette.highlightedText().color(), 2)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), radius + 3, radius + 3)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height() + 12, 30))
