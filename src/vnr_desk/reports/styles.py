"""Shared look of every printout: one Unicode font family, a few colours, paragraph styles.

DejaVu Sans ships inside the package (resources/fonts) so æøå, äö and names in other
scripts print on any machine; it is registered as a family so `<b>`/`<i>` in our own
markup pick the right face. User text never reaches a Paragraph unescaped: use `para`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

FONT = "VnrSans"
FONT_BOLD = "VnrSans-Bold"
FONT_ITALIC = "VnrSans-Oblique"
FONT_BOLD_ITALIC = "VnrSans-BoldOblique"

_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#59636e")
ACCENT = colors.HexColor("#1d5c84")
RULE = colors.HexColor("#c9d1d9")
HEADER_FILL = colors.HexColor("#e6eef4")
ZEBRA_FILL = colors.HexColor("#f6f8fa")
NOTICE_FILL = colors.HexColor("#fff6dd")
PREVIOUS = colors.HexColor("#9aa5b1")


def font_bytes(filename: str) -> bytes:
    """Font file contents via importlib.resources, so it also works from a wheel or zip."""
    return resources.files("vnr_desk").joinpath("resources", "fonts", filename).read_bytes()


@cache
def register_fonts() -> str:
    """Register the shipped family once per process and return its regular face name."""
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(filename))))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    return FONT


@dataclass(frozen=True)
class Styles:
    """Paragraph styles at one body size; the citizen plan uses a larger one than the rest."""

    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    caption: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    notice: ParagraphStyle

    @property
    def size(self) -> float:
        return self.body.fontSize


@cache
def styles(body_size: float = 10.0) -> Styles:
    """Styles scaled from `body_size`; headings keep with the next flowable (no widows)."""
    register_fonts()
    leading = body_size * 1.35
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=body_size,
        leading=leading,
        textColor=INK,
        alignment=TA_LEFT,
        spaceAfter=body_size * 0.5,
    )
    small = ParagraphStyle("small", parent=body, fontSize=body_size * 0.85, leading=leading * 0.85)
    heading = ParagraphStyle(
        "heading",
        parent=body,
        fontName=FONT_BOLD,
        textColor=ACCENT,
        keepWithNext=1,
    )
    return Styles(
        body=body,
        small=small,
        muted=ParagraphStyle("muted", parent=small, textColor=MUTED),
        caption=ParagraphStyle("caption", parent=small, textColor=MUTED, keepWithNext=1),
        title=ParagraphStyle(
            "title",
            parent=heading,
            fontSize=body_size * 1.9,
            leading=body_size * 2.3,
            spaceAfter=body_size * 0.3,
            textColor=INK,
        ),
        h1=ParagraphStyle(
            "h1",
            parent=heading,
            fontSize=body_size * 1.35,
            leading=body_size * 1.7,
            spaceBefore=body_size * 1.1,
            spaceAfter=body_size * 0.45,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=heading,
            fontSize=body_size * 1.1,
            leading=body_size * 1.4,
            spaceBefore=body_size * 0.7,
            spaceAfter=body_size * 0.3,
            textColor=INK,
        ),
        cell=ParagraphStyle("cell", parent=body, spaceAfter=0),
        cell_head=ParagraphStyle("cell_head", parent=body, fontName=FONT_BOLD, spaceAfter=0),
        notice=ParagraphStyle(
            "notice",
            parent=body,
            backColor=NOTICE_FILL,
            borderColor=colors.HexColor("#e0c36a"),
            borderWidth=0.6,
            borderPadding=(body_size * 0.5, body_size * 0.6),
            spaceBefore=body_size * 0.6,
            spaceAfter=body_size * 1.1,
        ),
    )


def esc(text: str) -> str:
    """Paragraph-safe user text: markup characters print literally, line breaks are kept."""
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user (or translated) text; never interpreted as markup."""
    return Paragraph(esc(text), style)


def markup(template: str, style: ParagraphStyle, **values: str) -> Paragraph:
    """A Paragraph from our own markup `template` with user `values` escaped into it."""
    return Paragraph(template.format(**{k: esc(v) for k, v in values.items()}), style)
