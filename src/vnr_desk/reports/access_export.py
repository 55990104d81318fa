"""Data-subject access export (GDPR art. 15): everything held on one person, and who saw it.

The audit entries about exports and views of the person's data are part of what they have
a right to see, so they are printed too, in full, in time order.

A note can be a megabyte long. ReportLab re-wraps a table cell's whole remaining text at
every page break, so one long value in one cell costs time in the square of its length;
each value is therefore cut into chunks of at most `CHUNK` characters, each its own small
table, and the layout time grows in step with the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, HRFlowable, Spacer

from vnr_desk.reports.blocks import key_values, table
from vnr_desk.reports.data import AccessExportData
from vnr_desk.reports.frame import CONTENT_WIDTH, Rendered, build_pdf, translator_for
from vnr_desk.reports.labels import cell_text, clock, long_date, short_date
from vnr_desk.reports.styles import RULE, Styles, para, styles

BODY_SIZE = 10.0
KEY_FRACTION = 0.28
# About a third of a page of body text: a chunk splits across a page break at most once.
CHUNK = 1500


def text_chunks(text: str, limit: int = CHUNK) -> list[str]:
    """`text` cut into pieces of at most `limit` characters: at a line break where there
    is one (it is dropped, the next piece starts a new paragraph anyway), else after a
    sentence, else after a space, else anywhere."""
    chunks: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        floor = start + limit // 2
        cut = text.rfind("\n", floor, end)
        if cut >= 0:
            chunks.append(text[start:cut])
            start = cut + 1
            continue
        cut = max(text.rfind(". ", floor, end - 1), -1)
        cut = cut + 2 if cut >= 0 else text.rfind(" ", floor, end) + 1 or end
        chunks.append(text[start:cut])
        start = cut
    chunks.append(text[start:])
    return chunks


def _continued(st: Styles) -> ParagraphStyle:
    """Body text of a long value after its first chunk, aligned with the value column."""
    return ParagraphStyle(
        "continued", parent=st.cell, leftIndent=CONTENT_WIDTH * KEY_FRACTION, rightIndent=6
    )


def entry_flowables(rows: Sequence[tuple[str, str]], st: Styles) -> list[Flowable]:
    """Label/value rows as `key_values` prints them; a value longer than one chunk has its
    first chunk in the table and the rest as plain paragraphs in the value column."""
    out: list[Flowable] = []
    short: list[tuple[str, str]] = []
    continued = _continued(st)
    for key, value in rows:
        chunks = text_chunks(value)
        if len(chunks) == 1:
            short.append((key, value))
            continue
        if short:
            out.append(key_values(short, st, key_fraction=KEY_FRACTION))
            short = []
        out.append(key_values([(key, chunks[0])], st, key_fraction=KEY_FRACTION, ruled=False))
        out += [para(chunk, continued) for chunk in chunks[1:]]
        out.append(HRFlowable(width="100%", thickness=0.4, color=RULE, spaceAfter=st.size * 0.3))
    if short:
        out.append(key_values(short, st, key_fraction=KEY_FRACTION))
    return out


def render_access_export(
    data: AccessExportData, out: Path, lang: str = "da", *, printed_on: dt.date | None = None
) -> Rendered:
    """Write the access export for `data.person_name` to `out`."""
    t = translator_for(lang)
    st = styles(BODY_SIZE)
    today = printed_on or dt.date.today()
    story: list[Flowable] = [
        para(t("Your personal data"), st.title),
        para(t("Access request under Article 15 of the GDPR"), st.muted),
        Spacer(1, st.size * 0.5),
        key_values(
            [
                (t("About"), data.person_name),
                *(((t("Data controller"), data.controller),) if data.controller else ()),
                (t("Extract made"), long_date(today, lang, t)),
            ],
            st,
            key_fraction=KEY_FRACTION,
        ),
        Spacer(1, st.size * 0.8),
        para(
            t(
                "This document contains all the information held about you in VNR Desk on the "
                "date above, and a list of who has viewed or exported it."
            ),
            st.body,
        ),
    ]
    for section in data.sections:
        story.append(para(t(section.heading), st.h1))
        if section.rows:
            story += entry_flowables(
                [
                    (cell_text(k, t, label=True), cell_text(v, t, label=False))
                    for k, v in section.rows
                ],
                st,
            )
        else:
            story.append(para(t("Nothing recorded."), st.body))

    story.append(para(t("Who has viewed or exported your data"), st.h1))
    if data.audit_entries:
        entries = sorted(data.audit_entries, key=lambda e: e.at)
        story.append(
            table(
                (t("When"), t("Who"), t("What")),
                [
                    (f"{short_date(e.at.date(), lang)} {clock(e.at, lang)}", e.who, t(e.action))
                    for e in entries
                ],
                st,
                (0.24, 0.3, 0.46),
            )
        )
    else:
        story.append(para(t("Nothing recorded."), st.body))
    return build_pdf(out, story, lang=lang, recipient=data.recipient, printed_on=printed_on)
