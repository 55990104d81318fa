"""The de-identified case presentation for a cooperation group (Höganäs' external group
"goes through de-identified cases"): age bands, household shape, forms of violence, risk,
life domains and which sectors are involved, plus only the text the worker reviewed.

Rendered from `CasePresentationData`, which has no place for anything identifying, so
nothing here can print a name, a date of birth, an address, a reference or unreviewed
notes. The footer's printing date is the only date on the page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from vnr_desk.i18n import Translator
from vnr_desk.reports.blocks import bullets, key_values, paragraphs
from vnr_desk.reports.frame import Rendered, build_pdf, translator_for
from vnr_desk.reports.group_data import CasePresentationData
from vnr_desk.reports.labels import DOMAINS, intake_label
from vnr_desk.reports.styles import para, styles

BODY_SIZE = 11.0

VIOLENCE_FORMS: dict[str, str] = {
    "physical": "Physical violence",
    "psychological": "Psychological violence",
    "sexual": "Sexual violence",
    "economic": "Economic violence",
    "material": "Material violence",
    "digital": "Digital violence",
    "stalking": "Stalking and harassment",
    "honour_related": "Honour-related violence",
    "neglect": "Neglect",
}
RISK_LEVELS: dict[str, str] = {
    "low": "Low",
    "medium": "Medium",
    "high": "High",
    "acute": "Acute",
}
SECTORS: dict[str, str] = {
    "municipality": "Municipality",
    "region": "Region",
    "state": "State",
    "civil_society": "Civil society",
    "private": "Private provider",
}


def _listed(codes: tuple[str, ...], table: dict[str, str], t: Translator) -> str:
    return ", ".join(t(table[c]) for c in codes) or "–"


def _facts(data: CasePresentationData, t: Translator) -> list[tuple[str, str]]:
    children = (
        t("{n} children, aged {bands}").format(
            n=len(data.children_age_bands), bands=", ".join(data.children_age_bands)
        )
        if data.children_age_bands
        else t("No children recorded")
    )
    return [
        (t("Age"), data.age_band or t("Not recorded")),
        (t("Children"), children),
        (
            t("Person using violence"),
            t("Recorded in the case") if data.person_using_violence_known else t("Not recorded"),
        ),
        (t("How the case arrived"), intake_label(data.intake, t)),
        (t("Forms of violence"), _listed(data.violence_forms, VIOLENCE_FORMS, t)),
        (t("Latest risk assessment"), t(RISK_LEVELS[data.risk_level]) if data.risk_level else "–"),
        (t("Known for"), t("{n} months").format(n=data.months_known)),
        (t("Meetings held"), str(data.meetings_held)),
    ]


def render_case_presentation(
    data: CasePresentationData, out: Path, lang: str = "da", *, printed_on: dt.date | None = None
) -> Rendered:
    """Write the de-identified presentation in `data` to `out`."""
    t = translator_for(lang)
    st = styles(BODY_SIZE)
    story: list[Flowable] = [
        para(t("Case presentation (de-identified)"), st.title),
        para(
            t(
                "Prepared for a cooperation group. It names no one and gives no dates, "
                "addresses or contact details."
            ),
            st.caption,
        ),
        Spacer(1, st.size * 0.5),
        key_values(_facts(data, t), st, key_fraction=0.35),
        para(t("Life domains of concern"), st.h1),
        para(_listed(data.concern_domains, DOMAINS, t), st.body),
        para(t("Areas of the action plan"), st.h1),
        para(_listed(data.goal_domains, DOMAINS, t), st.body),
        para(t("Involved"), st.h1),
    ]
    if data.actor_sectors:
        story.append(
            bullets(
                [
                    t("{sector}: {n}").format(sector=t(SECTORS[s]), n=n)
                    for s, n in data.actor_sectors
                ],
                st,
            )
        )
    else:
        story.append(para("–", st.body))
    story.append(para(t("The caseworker's presentation"), st.h1))
    if data.text:
        story += paragraphs(data.text, st)
    else:
        story.append(para(t("No reviewed presentation text."), st.body))
    return build_pdf(out, story, lang=lang, recipient=data.recipient, printed_on=printed_on)
