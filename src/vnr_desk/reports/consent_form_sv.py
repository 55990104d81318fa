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

from reportlab.platypus import Flowable, Spacer

from vnr_desk.i18n import Translator
from vnr_desk.reports.consent_form import (
    recipients_section,
    signature_lines,
    withdrawal_and_validity,
    you_decide,
)
from vnr_desk.reports.data import ConsentFormData
from vnr_desk.reports.frame import Rendered, build_pdf, translator_for
from vnr_desk.reports.styles import para, styles

BODY_SIZE = 9.5
"""A little smaller than the Danish form: with the legal basis the form must still fit one
page, which the client signs as a whole."""

LEGAL_BASIS = "12 kap. 2 § offentlighets- och sekretesslagen (2009:400)"
"""Where the law says the client may waive the sekretess that protects her; printed as is
(a statute's name is not translated)."""


def _lifting_sentence(data: ConsentFormData, t: Translator) -> str:
    """The opening sentence; without a recorded name it is worded without one (the client
    writes her name at the signature), never "Jag, , samtycker" — as the Danish form does."""
    if data.citizen_name.strip():
        return t(
            "I, {name}, consent to {issuer} lifting the confidentiality that protects "
            "information about me, towards the recipients below and only for the purposes "
            "listed for each. The recipients I tick may in the same way give {issuer} the "
            "information about me that is needed for those purposes."
        ).format(name=data.citizen_name, issuer=data.issued_by)
    return t(
        "I consent to {issuer} lifting the confidentiality that protects information about me, "
        "towards the recipients below and only for the purposes listed for each. The "
        "recipients I tick may in the same way give {issuer} the information about me that is "
        "needed for those purposes."
    ).format(issuer=data.issued_by)


def render_swedish_consent_form(
    data: ConsentFormData, out: Path, lang: str = "sv", *, printed_on: dt.date | None = None
) -> Rendered:
    """Write the Swedish consent form (lifting sekretess) for signature to `out`."""
    t = translator_for(lang)
    st = styles(BODY_SIZE)
    story: list[Flowable] = [
        para(t("Consent to lift confidentiality"), st.title),
        Spacer(1, st.size * 0.3),
        para(_lifting_sentence(data, t), st.body),
        *recipients_section(data, st, t),
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
        you_decide(st, t),
        para(t("Legal basis"), st.h1),
        para(
            t(
                "Confidentiality that protects you does not apply towards yourself, and you may "
                "waive it in whole or in part ({law}). This form is your written consent, "
                "limited to the recipients and purposes you tick."
            ).format(law=LEGAL_BASIS),
            st.body,
        ),
        *withdrawal_and_validity(data, st, t, lang),
        signature_lines(
            st,
            t("Date"),
            [(t("Signature"), data.citizen_name), (t("Consent received by"), data.issued_by)],
            date_share=0.2,
            gap_share=0.04,
        ),
    ]
    return build_pdf(out, story, lang=lang, recipient=data.recipient, printed_on=printed_on)
