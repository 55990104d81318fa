"""Building blocks several printouts share: action tables, key/value tables, lists.

Tables repeat their header row when they split across pages and may split inside a tall
row, so one very long action text cannot make a document impossible to lay out.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer, Table
from reportlab.platypus import TableStyle as _TableStyle

from vnr_desk.i18n import Translator
from vnr_desk.reports.data import PlanAction
from vnr_desk.reports.frame import CONTENT_WIDTH
from vnr_desk.reports.labels import short_date, status_label
from vnr_desk.reports.styles import FONT, HEADER_FILL, INK, RULE, ZEBRA_FILL, Styles, esc, para


def grid_style(rows: int, size: float) -> _TableStyle:
    """Header fill, light zebra rows, hairlines; padding scales with the type size."""
    pad = size * 0.35
    commands: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.2),
        ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.2),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad * 1.2),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA_FILL) for r in range(2, rows, 2)]
    return _TableStyle(commands)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    st: Styles,
    fractions: Sequence[float],
) -> Table:
    """A full-width table of escaped text whose header repeats on every page it spans."""
    widths = [CONTENT_WIDTH * f for f in fractions]
    data: list[list[Flowable]] = [[para(h, st.cell_head) for h in header]]
    data += [[para(cell, st.cell) for cell in row] for row in rows]
    return Table(
        data,
        colWidths=widths,
        repeatRows=1,
        splitInRow=1,
        longTableOptimize=1,
        style=grid_style(len(data), st.size),
        hAlign="LEFT",
    )


def action_table(
    actions: Sequence[PlanAction], st: Styles, lang: str, t: Translator, *, plain: bool = False
) -> Table:
    """Who does what by when. `plain` words the header for the citizen ("What happens")."""
    header = (
        (t("What happens"), t("Who"), t("By when"), t("Status"))
        if plain
        else (t("Action"), t("Responsible"), t("Due"), t("Status"))
    )
    rows = [
        (
            a.text,
            a.responsible,
            short_date(a.due_on, lang) if a.due_on else "–",
            status_label(a.status, t),
        )
        for a in actions
    ]
    widths = (0.37, 0.27, 0.19, 0.17) if plain else (0.43, 0.24, 0.18, 0.15)
    return table(header, rows, st, widths)


def key_values(
    rows: Sequence[tuple[str, str]], st: Styles, key_fraction: float = 0.3, *, ruled: bool = True
) -> Table:
    """Label/value pairs without a header row, e.g. case facts; labels are in bold.
    `ruled=False` leaves out the line under the last row (the value continues below)."""
    data = [[para(k, st.cell_head), para(v, st.cell)] for k, v in rows]
    pad = st.size * 0.3
    last_ruled = -1 if ruled else -2
    lines = (
        [("LINEBELOW", (0, 0), (-1, last_ruled), 0.4, RULE)] if len(rows) + last_ruled >= 0 else []
    )
    return Table(
        data,
        colWidths=[CONTENT_WIDTH * key_fraction, CONTENT_WIDTH * (1 - key_fraction)],
        splitInRow=1,
        hAlign="LEFT",
        style=_TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *lines,
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


def bullets(items: Sequence[str], st: Styles, *, numbered: bool = False) -> ListFlowable:
    """A bulleted (or numbered) list of escaped text."""
    return ListFlowable(
        [ListItem(para(item, st.body), leftIndent=st.size * 1.6) for item in items],
        bulletType="1" if numbered else "bullet",
        start="1" if numbered else "•",
        bulletFormat="%s." if numbered else None,
        bulletFontName=st.body.fontName,
        bulletFontSize=st.size,
        leftIndent=st.size * 1.6,
    )


def paragraphs(text: str, st: Styles) -> list[Flowable]:
    """Free text split into paragraphs at blank lines; single line breaks are kept."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [para(b, st.body) for b in blocks if b]


def lines_for_writing(label: str, st: Styles, count: int = 1) -> list[Flowable]:
    """A label followed by ruled lines to write on by hand (signature, date, next meeting)."""
    row_height = st.size * 2.4
    line = Table(
        [[""] for _ in range(count)],
        colWidths=[CONTENT_WIDTH],
        rowHeights=[row_height] * count,
        style=_TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), FONT), ("LINEBELOW", (0, 0), (-1, -1), 0.6, INK)]
        ),
        hAlign="LEFT",
    )
    return [Paragraph(esc(label), st.h2), line, Spacer(1, st.size)]
