"""The samordnad individuell plan (SIP) the client takes home, in plain words.

A SIP is made by social services and health care together with the client when she needs
help from both; it must show what she needs, what each of them answers for, what others do
and who holds the plan together. The page says exactly that, and, like the citizen plan,
it does not name violence (a printed plan may be found by the person using violence).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from vnr_desk.i18n import Translator
from vnr_desk.reports.blocks import paragraphs, table
from vnr_desk.reports.citizen_plan import BODY_SIZE, _goal
from vnr_desk.reports.data import SipData, SipParticipant
from vnr_desk.reports.frame import Rendered, build_pdf, translator_for
from vnr_desk.reports.labels import date_time, long_date, unbreakable
from vnr_desk.reports.styles import Styles, para, styles

SIDES: dict[str, str] = {
    "municipality": "Social services (the municipality)",
    "region": "Health care (the region)",
    "other": "Others who help",
}

LEGAL_BASIS = "socialtjänstlagen (2025:400), 16 kap. 4 § hälso- och sjukvårdslagen (2017:30)"
"""Printed as is: a statute's name is not translated. The new socialtjänstlag's section on
the SIP is not named (not verified when this was written); the duty itself is stated."""


def _who_does_what(
    participants: tuple[SipParticipant, ...], st: Styles, t: Translator
) -> list[Flowable]:
    rows = []
    for side in SIDES:
        for p in (p for p in participants if p.side == side):
            name = f"{p.name}\n{t(SIDES[side])}"
            tasks = "\n".join(f"• {task}" for task in p.responsible_for)
            rows.append((name, tasks or t("Takes part in the plan")))
    if not rows:
        return [para(t("Nothing recorded."), st.body)]
    return [table((t("Who"), t("Responsible for")), rows, st, (0.42, 0.58))]


def render_sip(
    data: SipData, out: Path, lang: str = "sv", *, printed_on: dt.date | None = None
) -> Rendered:
    """Write the client's SIP to `out` in `lang` (sv, da or en)."""
    t = translator_for(lang)
    st = styles(BODY_SIZE)
    story: list[Flowable] = [
        para(t("My coordinated individual plan (SIP)"), st.title),
        para(
            t("Made {date} for {name}").format(
                date=long_date(data.made_on, lang, t), name=data.citizen_name
            ),
            st.body,
        ),
        Spacer(1, st.size * 0.3),
        para(
            t(
                "A SIP is made when you need help from both social services and health care. "
                "The plan shows who does what, so that you do not have to hold all the "
                "contacts together yourself. It is made together with you, and only if you "
                "want it."
            ),
            st.body,
        ),
    ]
    if data.lead_name:
        story.append(para(t("Who holds the plan together"), st.h1))
        story.append(
            para(
                t("{name} has the main responsibility for your plan.").format(name=data.lead_name),
                st.body,
            )
        )
    story.append(para(t("Who does what"), st.h1))
    story += _who_does_what(data.participants, st, t)
    story.append(para(t("My goals and what happens next"), st.h1))
    if not data.goals:
        story.append(para(t("No goals have been written down yet."), st.body))
    for number, goal in enumerate(data.goals, start=1):
        story += _goal(number, goal, st, lang, t)
    if data.next_meeting is not None:
        meeting = date_time(data.next_meeting.on, lang, t)
        if data.next_meeting.place:
            meeting = f"{meeting}\n{data.next_meeting.place}"
        story += [para(t("Next meeting"), st.h1), para(meeting, st.body)]
    if data.review_on is not None:
        story.append(para(t("We look at the plan again"), st.h1))
        story.append(
            para(
                t("We will review this plan together on {date}.").format(
                    date=long_date(data.review_on, lang, t)
                ),
                st.body,
            )
        )
    if data.after_effort_text.strip():
        story.append(para(t("When the effort ends"), st.h1))
        story += paragraphs(data.after_effort_text, st)
    if data.lead_name and data.lead_phone:
        story.append(Spacer(1, st.size * 0.6))
        story.append(
            para(
                t("Call {name} on {phone} if something changes or if you have questions.").format(
                    name=data.lead_name, phone=unbreakable(data.lead_phone)
                ),
                st.body,
            )
        )
    story.append(para(t("Why there is a plan"), st.h2))
    story.append(
        para(
            t(
                "The municipality and the region must make this plan together when you need "
                "help from both and want a plan ({law})."
            ).format(law=LEGAL_BASIS),
            st.muted,
        )
    )
    return build_pdf(
        out, story, lang=lang, recipient=data.recipient, printed_on=printed_on, footer_size=10.0
    )
