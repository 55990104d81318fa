"""The consent form in Swedish law's words: the client lifts the confidentiality
(sekretess) that protects her, towards named recipients and for named purposes.

In Sweden information about a client moves between units and authorities only where the
law allows it; the usual way in this work is the client's own consent. Sekretess that
protects an individual does not apply towards the individual and may be waived by her in
whole or in part (offentlighets- och sekretesslagen (2009:400) 12 kap. 2 §), so the form
says exactly that, limited to the recipients and purposes she ticks. What the ledger
records and what the gate checks is the same as for the Danish form: only the words differ.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from vnr_desk.i18n import Translator
from vnr_desk.reports.blocks import table
from vnr_desk.reports.consent_form import _withdraw_text
from vnr_desk.reports.data import ConsentFormData
from vnr_desk.reports.frame import CONTENT_WIDTH, Rendered, build_pdf, translator_for
from vnr_desk.reports.labels import long_date, purpose_label
from vnr_desk.reports.styles import FONT, INK, Styles, esc, para, styles

BODY_SIZE = 9.5
"""A little smaller than the Danish form: with the legal basis the form must still fit one
page, which the client signs as a whole."""

LEGAL_BASIS = "12 kap. 2 § offentlighets- och sekretesslagen (2009:400)"
"""Where the law says the client may waive the sekretess that protects her; printed as is
(a statute's name is not translated)."""


def _signature_lines(data: ConsentFormData, st: Styles, t: Translator) -> Flowable:
    """Date, the client's signature and the caseworker's line side by side, each name
    printed under its line."""
    gap = CONTENT_WIDTH * 0.04
    date_w = CONTENT_WIDTH * 0.2
    line_w = (CONTENT_WIDTH - date_w - 2 * gap) / 2
    grid = Table(
        [
            ["", "", "", "", ""],
            [
                para(t("Date"), st.small),
                "",
                para(t("Signature"), st.small),
                "",
                para(t("Consent received by"), st.small),
            ],
            ["", "", para(data.citizen_name, st.small), "", para(data.issued_by, st.small)],
        ],
        colWidths=[date_w, gap, line_w, gap, line_w],
        rowHeights=[st.size * 2.6, None, None],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                *(("LINEBELOW", (c, 0), (c, 0), 0.7, INK) for c in (0, 2, 4)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, -1), 2),
            ]
        ),
    )
    return KeepTogether([Spacer(1, st.size * 1.2), grid])


def render_swedish_consent_form(
    data: ConsentFormData, out: Path, lang: str = "sv", *, printed_on: dt.date | None = None
) -> Rendered:
    """Write the Swedish consent form (lifting sekretess) for signature to `out`."""
    t = translator_for(lang)
    st = styles(BODY_SIZE)
    expiry = long_date(data.expires_on, lang, t)
    story: list[Flowable] = [
        para(t("Consent to lift confidentiality"), st.title),
        Spacer(1, st.size * 0.3),
        para(
            t(
                "I, {name}, consent to {issuer} lifting the confidentiality that protects "
                "information about me, towards the recipients below and only for the purposes "
                "listed for each. The recipients I tick may in the same way give {issuer} the "
                "information about me that is needed for those purposes."
            ).format(name=data.citizen_name, issuer=data.issued_by),
            st.body,
        ),
        para(t("Recipients and purposes"), st.h1),
        table(
            (t("Recipient"), t("Unit"), t("Purposes"), t("Yes")),
            [
                (r.name, r.unit, "\n".join(f"• {purpose_label(p, t)}" for p in r.purposes), "☐")
                for r in data.recipients
            ],
            st,
            (0.26, 0.2, 0.46, 0.08),
        ),
        para(
            t("Tick each recipient you agree to. Recipients you do not tick receive nothing."),
            st.muted,
        ),
        para(t("What your consent means"), st.h1),
        para(
            t(
                "Information about you is protected by confidentiality. With your consent, "
                "the recipients you tick may receive the information about you that is needed "
                "for the purposes listed, and nothing more. Nobody who is not on this form "
                "receives anything because of it."
            ),
            st.body,
        ),
        para(
            t(
                "You decide. If you do not give consent, you still have the right to help, "
                "and we will talk with you about how the work can be done without it."
            ),
            st.body,
        ),
        para(t("Legal basis"), st.h1),
        para(
            t(
                "Confidentiality that protects you does not apply towards yourself, and you may "
                "waive it in whole or in part ({law}). This form is your written consent, "
                "limited to the recipients and purposes you tick."
            ).format(law=LEGAL_BASIS),
            st.body,
        ),
        para(t("You can withdraw your consent at any time"), st.h1),
        para(_withdraw_text(data, t), st.body),
        para(t("How long the consent lasts"), st.h1),
        Paragraph(
            esc(
                t("This consent is valid until {date}, unless you withdraw it before then.")
            ).replace("{date}", f"<b>{esc(expiry)}</b>"),
            st.body,
        ),
        para(t("You will receive a copy of this form."), st.body),
        _signature_lines(data, st, t),
    ]
    return build_pdf(out, story, lang=lang, recipient=data.recipient, printed_on=printed_on)
