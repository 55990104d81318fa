"""Data-subject access export (GDPR art. 15): everything held on one person, and who saw it.

The audit entries about exports and views of the person's data are part of what they have
a right to see, so they are printed too, in full, in time order.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from vnr_desk.reports.blocks import key_values, table
from vnr_desk.reports.data import AccessExportData
from vnr_desk.reports.frame import Rendered, build_pdf, translator_for
from vnr_desk.reports.labels import clock, long_date, short_date
from vnr_desk.reports.styles import para, styles

BODY_SIZE = 10.0


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
            key_fraction=0.28,
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
            story.append(key_values([(t(k), v) for k, v in section.rows], st, key_fraction=0.28))
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
