"""Meeting agenda (handed out before) and minutes (sent after) from one `MeetingData`.

Both are printed material the citizen often receives, so they carry only what the meeting
itself produced: who took part, what was on the agenda, what was decided and who does what.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from vnr_desk.i18n import Translator
from vnr_desk.reports.blocks import (
    action_table,
    bullets,
    key_values,
    lines_for_writing,
    paragraphs,
)
from vnr_desk.reports.data import MeetingData
from vnr_desk.reports.frame import Rendered, build_pdf, translator_for
from vnr_desk.reports.labels import date_time, long_date, meeting_kind_label
from vnr_desk.reports.styles import Styles, para, styles

BODY_SIZE = 11.0


def _head(
    data: MeetingData,
    what: str,
    st: Styles,
    lang: str,
    t: Translator,
    extra: tuple[tuple[str, str], ...] = (),
) -> list[Flowable]:
    """Title and the when/where/who block both documents open with."""
    rows = [
        (t("When"), date_time(data.on, lang, t)),
        (t("Where"), data.place or "–"),
        (t("Participants"), "\n".join(data.participants) or "–"),
        *extra,
        (t("Reference"), data.case_reference),
    ]
    return [
        para(f"{what} – {meeting_kind_label(data.kind, t)}", st.title),
        Spacer(1, st.size * 0.3),
        key_values(rows, st, key_fraction=0.25),
    ]


def render_agenda(
    data: MeetingData, out: Path, lang: str = "da", *, printed_on: dt.date | None = None
) -> Rendered:
    """Write the agenda for the meeting in `data` to `out`."""
    t = translator_for(lang)
    st = styles(BODY_SIZE)
    story = _head(data, t("Agenda"), st, lang, t)
    story.append(para(t("Items on the agenda"), st.h1))
    if data.agenda:
        story.append(bullets(data.agenda, st, numbered=True))
    else:
        story.append(para(t("The agenda will be agreed at the start of the meeting."), st.body))
    story.append(Spacer(1, st.size))
    story += lines_for_writing(t("Your own notes"), st, count=5)
    return build_pdf(out, story, lang=lang, recipient=data.recipient, printed_on=printed_on)


def render_minutes(
    data: MeetingData, out: Path, lang: str = "da", *, printed_on: dt.date | None = None
) -> Rendered:
    """Write the minutes of the meeting in `data` to `out`."""
    t = translator_for(lang)
    st = styles(BODY_SIZE)
    present = t("Yes") if data.citizen_present else t("No")
    story = _head(data, t("Minutes"), st, lang, t, ((t("Citizen present"), present),))

    if data.agenda:
        story.append(para(t("Agenda"), st.h1))
        story.append(bullets(data.agenda, st, numbered=True))
    story.append(para(t("What was discussed"), st.h1))
    story += paragraphs(data.minutes, st) or [para("–", st.body)]
    story.append(para(t("Decisions"), st.h1))
    if data.decisions:
        story.append(bullets(data.decisions, st))
    else:
        story.append(para(t("No decisions were recorded."), st.body))
    story.append(para(t("New actions"), st.h1))
    if data.new_actions:
        story.append(action_table(data.new_actions, st, lang, t))
    else:
        story.append(para(t("No new actions."), st.body))
    if data.next_meeting_on is not None:
        story.append(para(t("Next meeting"), st.h1))
        story.append(para(long_date(data.next_meeting_on, lang, t), st.body))
    else:
        story += lines_for_writing(t("Next meeting"), st)
    return build_pdf(out, story, lang=lang, recipient=data.recipient, printed_on=printed_on)
