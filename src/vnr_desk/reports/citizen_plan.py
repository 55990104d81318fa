"""The action plan the citizen takes home: plain words, large type, who does what by when.

A printed plan may be found by the person using violence, so it says "My plan" rather than
naming violence, and its data type (`CitizenPlanData`) has no place for a risk level, notes,
the person using violence or an address.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from vnr_desk.i18n import Translator
from vnr_desk.reports.blocks import action_table, key_values, paragraphs
from vnr_desk.reports.data import CitizenPlanData, PlanGoal
from vnr_desk.reports.frame import Rendered, build_pdf, translator_for
from vnr_desk.reports.labels import date_time, domain_label, long_date, unbreakable
from vnr_desk.reports.styles import Styles, esc, para, styles

BODY_SIZE = 13.0


def _goal(number: int, goal: PlanGoal, st: Styles, lang: str, t: Translator) -> list[Flowable]:
    heading = t("Goal {number}").format(number=number)
    flow: list[Flowable] = [
        Paragraph(f"{esc(heading)}: “{esc(goal.text)}”", st.h2),
        para(t("Area: {area}").format(area=domain_label(goal.domain, t)), st.caption),
    ]
    if goal.actions:
        flow.append(action_table(goal.actions, st, lang, t, plain=True))
    else:
        flow.append(para(t("No steps agreed yet."), st.body))
    flow.append(Spacer(1, st.size * 0.6))
    return flow


def _made_line(data: CitizenPlanData, lang: str, t: Translator) -> str:
    made = long_date(data.made_on, lang, t)
    if data.citizen_name.strip():
        return t("Made {date} for {name}").format(date=made, name=data.citizen_name)
    return t("Made {date}").format(date=made)


def _contact_rows(data: CitizenPlanData, t: Translator) -> list[tuple[str, str]]:
    """Only the rows that have a value: an empty phone is left out, not printed blank."""
    who = ", ".join(
        part for part in (data.coordinator_contact.strip(), data.coordinator_name.strip()) if part
    )
    rows = [
        (t("Your coordinator"), who),
        (t("Phone"), data.coordinator_phone),
        (t("Email"), data.coordinator_email),
        (t("Your caseworker"), data.issued_by),
        (t("Reference"), data.case_reference),
    ]
    return [(key, value) for key, value in rows if value.strip()]


def _call_line(data: CitizenPlanData, t: Translator) -> str | None:
    """Whom to contact, in the one sentence the known details allow; None if no one."""
    name = data.coordinator_contact.strip() or data.coordinator_name.strip()
    if not name:
        return None
    if data.coordinator_phone.strip():
        return t("Call {name} on {phone} if something changes or if you have questions.").format(
            name=name, phone=unbreakable(data.coordinator_phone)
        )
    if data.coordinator_email.strip():
        return t(
            "Write to {name} at {email} if something changes or if you have questions."
        ).format(name=name, email=data.coordinator_email)
    return t("Contact {name} if something changes or if you have questions.").format(name=name)


def render_citizen_plan(
    data: CitizenPlanData, out: Path, lang: str = "da", *, printed_on: dt.date | None = None
) -> Rendered:
    """Write the citizen's plan to `out` in `lang` (da, sv or en)."""
    t = translator_for(lang)
    st = styles(BODY_SIZE)
    story: list[Flowable] = [
        para(t("My plan"), st.title),
        para(_made_line(data, lang, t), st.body),
        Spacer(1, st.size * 0.4),
        key_values(_contact_rows(data, t), st, key_fraction=0.36),
        para(t("Next meeting"), st.h1),
    ]
    if data.next_meeting is not None:
        meeting = date_time(data.next_meeting.on, lang, t)
        if data.next_meeting.place:
            meeting = f"{meeting}\n{data.next_meeting.place}"
        story.append(para(meeting, st.body))
    else:
        story.append(para(t("We will agree on the next meeting together."), st.body))

    story.append(para(t("My goals and what happens next"), st.h1))
    if not data.goals:
        story.append(para(t("No goals have been written down yet."), st.body))
    for number, goal in enumerate(data.goals, start=1):
        story += _goal(number, goal, st, lang, t)

    if data.after_effort_text.strip():
        story.append(para(t("When the effort ends"), st.h1))
        story += paragraphs(data.after_effort_text, st)
    story.append(para(t("We look at the plan again"), st.h1))
    if data.review_on is not None:
        review = t("We will review this plan together on {date}.").format(
            date=long_date(data.review_on, lang, t)
        )
    else:
        review = t("We will agree on a date to review the plan together.")
    story.append(para(review, st.body))
    call = _call_line(data, t)
    if call is not None:
        story.append(Spacer(1, st.size))
        story.append(para(call, st.body))
    return build_pdf(
        out, story, lang=lang, recipient=data.recipient, printed_on=printed_on, footer_size=10.0
    )
