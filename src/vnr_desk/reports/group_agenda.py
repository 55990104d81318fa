"""A cooperation group meeting's agenda: when, where, who sits in the group, and the cases.

An internal group sees each case's reference and the worker's question; an external group
sees only how many cases there are ("Case 1", "Case 2"): they are presented de-identified.
Every case on it was checked against the group consent gate when the data was built."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from vnr_desk.reports.blocks import bullets, key_values, lines_for_writing
from vnr_desk.reports.frame import Rendered, build_pdf, translator_for
from vnr_desk.reports.group_data import GroupAgendaData
from vnr_desk.reports.labels import date_time
from vnr_desk.reports.styles import para, styles

BODY_SIZE = 11.0


def render_group_agenda(
    data: GroupAgendaData, out: Path, lang: str = "da", *, printed_on: dt.date | None = None
) -> Rendered:
    """Write the agenda of the group meeting in `data` to `out`."""
    t = translator_for(lang)
    st = styles(BODY_SIZE)
    kind = t("External cooperation group") if data.external else t("Internal cooperation group")
    story: list[Flowable] = [
        para(f"{t('Agenda')} – {data.group_name}", st.title),
        para(kind, st.caption),
        Spacer(1, st.size * 0.3),
        key_values(
            [
                (t("When"), date_time(data.on, lang, t)),
                (t("Where"), data.place or "–"),
                (t("Members"), "\n".join(data.members) or "–"),
            ],
            st,
            key_fraction=0.25,
        ),
        para(t("Cases on the agenda"), st.h1),
    ]
    lines = []
    for number, item in enumerate(data.items, start=1):
        if item.reference is None:
            lines.append(t("Case {number}").format(number=number))
        else:
            lines.append(f"{item.reference}: {item.topic}" if item.topic else item.reference)
    if lines:
        story.append(bullets(lines, st, numbered=True))
    else:
        story.append(para(t("No cases on the agenda yet."), st.body))
    story.append(Spacer(1, st.size))
    story += lines_for_writing(t("Your own notes"), st, count=4)
    return build_pdf(out, story, lang=lang, recipient=data.recipient, printed_on=printed_on)
