"""The frame every printout shares: page size, margins, footer, neutral metadata.

The footer says who the document was prepared for, when it was printed and "Page X of Y";
the total is only known at the end, so the canvas keeps each page's state and draws the
footers when the document is saved (one layout pass, not two). PDF metadata is neutral:
the title is "VNR Desk" and nothing in the info dictionary names a person or a case, since
file managers and print queues show it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from vnr_desk.i18n import LANGUAGES, Translator, translator
from vnr_desk.reports.data import Recipient
from vnr_desk.reports.labels import RECIPIENT_KINDS, long_date
from vnr_desk.reports.rendered import Rendered
from vnr_desk.reports.styles import FONT, FONT_BOLD, MUTED, RULE, register_fonts
from vnr_desk.reports.writer import write_pdf_atomic

PDF_TITLE = "VNR Desk"
PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_PADDING = 6.0
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X - 2 * FRAME_PADDING

_PDF_LANG = {"da": "da-DK", "sv": "sv-SE", "en": "en"}


@dataclass(frozen=True)
class Footer:
    """The three footer texts, already translated."""

    prepared_for: str
    printed: str
    page_of: str
    size: float


def translator_for(lang: str) -> Translator:
    """The report translator; refuses languages we have no printouts in."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported report language: {lang!r}")
    return translator(lang)


def recipient_label(recipient: Recipient, t: Translator) -> str:
    """Who it is for: the actor's or citizen's name, or the kind ("Internal use")."""
    return recipient.label.strip() or t(RECIPIENT_KINDS[recipient.kind])


def recipient_text(recipient: Recipient, t: Translator) -> str:
    label = recipient_label(recipient, t)
    if recipient.kind == "citizen":
        return label
    return f"{label} · {t('Confidential')}"


def _fit(text: str, width: float, size: float) -> str:
    """`text` cut with an ellipsis so a very long recipient name cannot run into the page number."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


def _canvas_class(footer: Footer, page_count: list[int]) -> type[Canvas]:
    """A canvas that defers each page until save, then stamps "Page X of Y" on all of them."""

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            page_count.append(total)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_footer(self, number: int, total: int) -> None:
            left = MARGIN_X + FRAME_PADDING
            right = PAGE_SIZE[0] - left
            y = MARGIN_BOTTOM - 10 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(left, y + footer.size * 1.4, right, y + footer.size * 1.4)
            self.setFillColor(MUTED)
            self.setFont(FONT, footer.size)
            page = footer.page_of.format(page=number, pages=total)
            room = CONTENT_WIDTH - stringWidth(page, FONT_BOLD, footer.size) - 6 * mm
            self.drawString(left, y, _fit(footer.prepared_for, room, footer.size))
            self.drawString(left, y - footer.size * 1.35, footer.printed)
            self.setFont(FONT_BOLD, footer.size)
            self.drawRightString(right, y, page)
            self.restoreState()

    return FooterCanvas


def build_pdf(
    out: Path,
    story: Sequence[Flowable],
    *,
    lang: str,
    recipient: Recipient,
    printed_on: dt.date | None = None,
    footer_size: float = 8.0,
) -> Rendered:
    """Lay out `story` in the shared frame and write it atomically to `out`."""
    register_fonts()
    t = translator_for(lang)
    printed_on = printed_on or dt.date.today()
    footer = Footer(
        prepared_for=t("Prepared for: {recipient}").format(recipient=recipient_text(recipient, t)),
        printed=t("Printed {date}").format(date=long_date(printed_on, lang, t)),
        page_of=t("Page {page} of {pages}"),
        size=footer_size,
    )

    def build(tmp: Path) -> int:
        # Laid out in memory: a run killed during layout leaves no case text on disk.
        page_count: list[int] = []
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=PDF_TITLE,
            author="",
            subject="",
            keywords=[],
            creator=PDF_TITLE,
            lang=_PDF_LANG[lang],
            initialFontName=FONT,
        )
        doc.build(list(story), canvasmaker=_canvas_class(footer, page_count))
        tmp.write_bytes(buffer.getvalue())
        return page_count[-1]

    out = Path(out)
    return Rendered(path=out, pages=write_pdf_atomic(out, build))
