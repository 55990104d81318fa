"""Coordination summary for one actor: only what the consent ledger lets that actor receive.

The service leaves out everything without consent (purpose "receive case summary"); the
page then says that parts were withheld, never what, since even a heading would tell. The
latest whole-person assessment is drawn as a domain wheel, with the one before in grey so
change over time shows at a glance.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from vnr_desk.i18n import Translator
from vnr_desk.reports.blocks import action_table, key_values, paragraphs, table
from vnr_desk.reports.data import AssessmentData, SummaryData
from vnr_desk.reports.frame import (
    CONTENT_WIDTH,
    Rendered,
    build_pdf,
    recipient_label,
    translator_for,
)
from vnr_desk.reports.labels import (
    DOMAINS,
    RATING_SCALE,
    domain_label,
    long_date,
    meeting_kind_label,
    short_date,
)
from vnr_desk.reports.styles import (
    ACCENT,
    FONT,
    INK,
    MUTED,
    PREVIOUS,
    RULE,
    Styles,
    para,
    styles,
)

BODY_SIZE = 10.0
WHEEL_RADIUS = 92.0
LEGEND_HEIGHT = 18.0
LABEL_SIZE = 8.0


def _point(cx: float, cy: float, radius: float, index: int, count: int) -> tuple[float, float]:
    """Spoke `index` of `count`, clockwise from twelve o'clock."""
    angle = math.pi / 2 - 2 * math.pi * index / count
    return cx + radius * math.cos(angle), cy + radius * math.sin(angle)


def _ring(cx: float, cy: float, radius: float, count: int) -> list[float]:
    points: list[float] = []
    for i in range(count):
        points += _point(cx, cy, radius, i, count)
    return points


def _shape(assessment: AssessmentData, cx: float, cy: float, domains: list[str]) -> list[float]:
    points: list[float] = []
    for i, domain in enumerate(domains):
        rating = assessment.rating_of(domain) or 0
        points += _point(cx, cy, WHEEL_RADIUS * rating / 5, i, len(domains))
    return points


def domain_wheel(
    latest: AssessmentData,
    previous: AssessmentData | None,
    lang: str,
    t: Translator,
    width: float = CONTENT_WIDTH,
) -> Drawing:
    """A radar chart of the life domains, 1 at the centre to 5 at the rim."""
    domains = list(DOMAINS)
    count = len(domains)
    cx, cy = width / 2, LEGEND_HEIGHT + WHEEL_RADIUS + 22
    drawing = Drawing(width, LEGEND_HEIGHT + 2 * (WHEEL_RADIUS + 22))
    for level in range(1, 6):
        drawing.add(
            Polygon(
                _ring(cx, cy, WHEEL_RADIUS * level / 5, count),
                strokeColor=RULE,
                strokeWidth=0.5,
                fillColor=None,
            )
        )
        x, y = _point(cx, cy, WHEEL_RADIUS * level / 5, 0, count)
        drawing.add(String(x + 2, y + 1, str(level), fontName=FONT, fontSize=6, fillColor=MUTED))
    for i, domain in enumerate(domains):
        x, y = _point(cx, cy, WHEEL_RADIUS, i, count)
        drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
        lx, ly = _point(cx, cy, WHEEL_RADIUS + 10, i, count)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        if ly < cy - WHEEL_RADIUS * 0.8:
            ly -= LABEL_SIZE * 0.8
        rating = latest.rating_of(domain)
        label = f"{domain_label(domain, t)} ({rating if rating is not None else '–'})"
        drawing.add(
            String(
                lx,
                ly - 3,
                label,
                fontName=FONT,
                fontSize=LABEL_SIZE,
                fillColor=INK,
                textAnchor=anchor,
            )
        )
    if previous is not None:
        drawing.add(
            Polygon(
                _shape(previous, cx, cy, domains),
                strokeColor=PREVIOUS,
                strokeWidth=1,
                strokeDashArray=[3, 2],
                fillColor=None,
            )
        )
    fill = colors.Color(ACCENT.red, ACCENT.green, ACCENT.blue, alpha=0.22)
    drawing.add(
        Polygon(
            _shape(latest, cx, cy, domains), strokeColor=ACCENT, strokeWidth=1.5, fillColor=fill
        )
    )
    for i, domain in enumerate(domains):
        rating = latest.rating_of(domain)
        if rating:
            x, y = _point(cx, cy, WHEEL_RADIUS * rating / 5, i, count)
            drawing.add(Circle(x, y, 2, fillColor=ACCENT, strokeColor=None))
    _legend(drawing, latest, previous, lang, t)
    return drawing


def _legend(
    drawing: Drawing,
    latest: AssessmentData,
    previous: AssessmentData | None,
    lang: str,
    t: Translator,
) -> None:
    entries = [(ACCENT, long_date(latest.assessed_on, lang, t))]
    if previous is not None:
        entries.append((PREVIOUS, long_date(previous.assessed_on, lang, t)))
    gap = 24.0
    widths = [18 + stringWidth(text, FONT, LABEL_SIZE) for _, text in entries]
    x = (drawing.width - sum(widths) - gap * (len(widths) - 1)) / 2
    for (colour, text), w in zip(entries, widths, strict=True):
        drawing.add(Rect(x, 2, 14, 6, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 18, 2, text, fontName=FONT, fontSize=LABEL_SIZE, fillColor=INK))
        x += w + gap


def _assessment(data: SummaryData, st: Styles, lang: str, t: Translator) -> list[Flowable]:
    latest = data.assessment
    if latest is None:
        return []
    flow: list[Flowable] = [
        para(
            t("Whole-person assessment, {date}").format(
                date=long_date(latest.assessed_on, lang, t)
            ),
            st.h1,
        ),
        para(
            t("1 = serious difficulties, 5 = going well. Grey: the assessment before."), st.caption
        ),
        domain_wheel(latest, data.previous_assessment, lang, t),
        Spacer(1, st.size * 0.6),
    ]
    previous = data.previous_assessment
    rows = []
    for r in latest.ratings:
        before = previous.rating_of(r.domain) if previous is not None else None
        now = f"{r.rating} – {t(RATING_SCALE[r.rating])}" if r.rating is not None else "–"
        text = "\n".join(x for x in (r.text, f"“{r.own_words}”" if r.own_words else "") if x)
        rows.append(
            (domain_label(r.domain, t), now, str(before) if before is not None else "–", text)
        )
    flow.append(
        table(
            (t("Life domain"), t("Now"), t("Before"), t("Description")),
            rows,
            st,
            (0.21, 0.24, 0.11, 0.44),
        )
    )
    for label, text in (
        (t("Hopes"), latest.hopes),
        (t("Dreams"), latest.dreams),
        (t("Resources"), latest.resources),
    ):
        if text.strip():
            flow.append(para(label, st.h2))
            flow += paragraphs(text, st)
    return flow


def _fact_text(value: str | dt.date, lang: str) -> str:
    return short_date(value, lang) if isinstance(value, dt.date) else value


def render_coordination_summary(
    data: SummaryData, out: Path, lang: str = "da", *, printed_on: dt.date | None = None
) -> Rendered:
    """Write the summary prepared for `data.recipient` to `out`."""
    t = translator_for(lang)
    st = styles(BODY_SIZE)
    story: list[Flowable] = [
        para(t("Coordination summary"), st.title),
        Spacer(1, st.size * 0.3),
        key_values(
            [
                (t("Prepared for"), recipient_label(data.recipient, t)),
                (t("Citizen"), data.citizen_name),
                (t("Reference"), data.case_reference),
                *((t(f.label), _fact_text(f.value, lang)) for f in data.facts),
            ],
            st,
            key_fraction=0.28,
        ),
    ]
    if data.withheld:
        story.append(
            para(
                t(
                    "Some parts of the case are not included in this summary, because the "
                    "citizen has not consented to share them with the recipient."
                ),
                st.notice,
            )
        )
    else:
        story.append(Spacer(1, st.size))
    if data.actors:
        story.append(para(t("Actors involved"), st.h1))
        story.append(
            table(
                (t("Actor"), t("Role and responsibility")),
                [
                    (a.name + (f" ({t('coordinator')})" if a.is_coordinator else ""), a.role)
                    for a in data.actors
                ],
                st,
                (0.4, 0.6),
            )
        )
    story += _assessment(data, st, lang, t)
    if data.goals:
        story.append(para(t("Action plan"), st.h1))
        for number, goal in enumerate(data.goals, start=1):
            heading = t("Goal {number}").format(number=number)
            story.append(para(f"{heading}: {goal.text}", st.h2))
            story.append(
                para(t("Area: {area}").format(area=domain_label(goal.domain, t)), st.caption)
            )
            if goal.actions:
                story.append(action_table(goal.actions, st, lang, t))
    if data.meetings:
        story.append(para(t("Meetings"), st.h1))
        story.append(
            table(
                (t("Date"), t("Meeting"), t("Decisions")),
                [
                    (
                        short_date(m.on, lang),
                        meeting_kind_label(m.kind, t),
                        "\n".join(f"• {d}" for d in m.decisions) or "–",
                    )
                    for m in data.meetings
                ],
                st,
                (0.15, 0.27, 0.58),
            )
        )
    return build_pdf(out, story, lang=lang, recipient=data.recipient, printed_on=printed_on)
