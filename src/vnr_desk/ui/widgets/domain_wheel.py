"""The domain wheel: a radar chart of the life-domain ratings (1 = severe problems, 5 = none),
the latest assessment drawn filled over the previous one (dashed), with a dated legend, so
change over time shows at a glance."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

LATEST = QColor("#1565c0")
PREVIOUS = QColor("#8a8a8a")
MAX_RATING = 5


@dataclass(frozen=True)
class WheelSeries:
    label: str  # e.g. "Latest, 15.04.2026"
    ratings: tuple[int | None, ...]  # one per axis; None = not rated (drawn at the centre)


class DomainWheel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("domain_wheel")
        self.axes: list[str] = []
        self.latest: WheelSeries | None = None
        self.previous: WheelSeries | None = None
        self.setMinimumSize(320, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(440, 420)

    def set_data(
        self, axes: list[str], latest: WheelSeries | None, previous: WheelSeries | None
    ) -> None:
        self.axes = list(axes)
        self.latest = latest
        self.previous = previous
        self.update()

    def clear(self) -> None:
        self.set_data([], None, None)

    def case_texts(self) -> list[str]:
        """What the wheel shows as text (legend), for checks that a cleared view is empty."""
        return [s.label for s in (self.latest, self.previous) if s is not None]

    def _point(self, centre: QPointF, radius: float, axis: int, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * axis / max(1, len(self.axes))
        r = radius * value / MAX_RATING
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.text().color()
        if not self.axes or self.latest is None:
            painter.setPen(text_colour)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No assessment yet")
            )
            return
        metrics = painter.fontMetrics()
        legend_height = metrics.height() * 2 + 8
        label_width = min(100, max(metrics.horizontalAdvance(a) for a in self.axes) + 4)
        label_height = metrics.height() * 2 + 2
        area = QRectF(self.rect()).adjusted(0, 0, 0, -legend_height)
        radius = max(
            40.0,
            min(area.width() / 2 - label_width - 10, area.height() / 2 - label_height - 4),
        )
        centre = area.center()

        grid_pen = QPen(palette.mid().color(), 1)
        painter.setPen(grid_pen)
        for ring in range(1, MAX_RATING + 1):
            ring_points = [self._point(centre, radius, i, ring) for i in range(len(self.axes))]
            painter.drawPolygon(QPolygonF(ring_points))
        for i, name in enumerate(self.axes):
            painter.setPen(grid_pen)
            end = self._point(centre, radius, i, MAX_RATING)
            painter.drawLine(centre, end)
            at = self._point(centre, radius + 8, i, MAX_RATING)
            box = QRectF(0, 0, label_width, label_height)
            dx, dy = at.x() - centre.x(), at.y() - centre.y()
            flags = Qt.TextFlag.TextWordWrap
            if dx > radius * 0.2:
                box.moveTopLeft(QPointF(at.x(), at.y() - label_height / 2))
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            elif dx < -radius * 0.2:
                box.moveTopRight(QPointF(at.x(), at.y() - label_height / 2))
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            else:
                box.moveCenter(
                    QPointF(at.x(), at.y() + (label_height / 2 if dy > 0 else -label_height / 2))
                )
                align = Qt.AlignmentFlag.AlignHCenter | (
                    Qt.AlignmentFlag.AlignTop if dy > 0 else Qt.AlignmentFlag.AlignBottom
                )
            painter.setPen(text_colour)
            painter.drawText(box, int(align) | int(flags), name)

        def polygon(series: WheelSeries) -> QPolygonF:
            return QPolygonF(
                [
                    self._point(centre, radius, i, float(v or 0))
                    for i, v in enumerate(series.ratings)
                ]
            )

        if self.previous is not None:
            pen = QPen(PREVIOUS, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(polygon(self.previous))
        fill = QColor(LATEST)
        fill.setAlpha(70)
        painter.setPen(QPen(LATEST, 2.5))
        painter.setBrush(fill)
        painter.drawPolygon(polygon(self.latest))
        painter.setBrush(LATEST)
        for i, v in enumerate(self.latest.ratings):
            if v:
                painter.drawEllipse(self._point(centre, radius, i, v), 3, 3)

        y = self.height() - legend_height + 4
        x = 8.0
        for series, pen in (
            (self.latest, QPen(LATEST, 3)),
            (self.previous, QPen(PREVIOUS, 2, Qt.PenStyle.DashLine)),
        ):
            if series is None:
                continue
            painter.setPen(pen)
            mid = y + metrics.height() / 2
            painter.drawLine(QPointF(x, mid), QPointF(x + 28, mid))
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 36, y + metrics.ascent()), series.label)
            y += metrics.height() + 2
