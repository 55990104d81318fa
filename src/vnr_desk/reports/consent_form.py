"""The consent form the citizen signs: who may receive what, for which purpose, until when.

Consent to lift confidentiality is given per recipient and purpose and can be withdrawn at
any time; the form says so in plain words, in the citizen's language (Danish by default).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from vnr_desk.i18n import Translator
from vnr_desk.reports.blocks import table
from vnr_desk.reports.data import ConsentFormData
from vnr_desk.reports.frame import CONTENT_WIDTH, Rendered, build_pdf, translator_for
from vnr_desk.reports.labels import long_date, purpose_label, unbreakable
from vnr_desk.reports.styles import FONT, INK, Styles, esc, para, styles

BODY_SIZE = 10.0


def signature_lines(
    st: Styles,
    date_label: str,
    signers: Sequence[tuple[str, str]],
    *,
    date_share: float,
    gap_share: float,
) -> Flowable:
    """A date line and one line per signer side by side, each labelled under its line and a
    signer's name printed under the label."""
    gap = CONTENT_WIDTH * gap_share
    date_w = CONTENT_WIDTH * date_share
    line_w = (CONTENT_WIDTH - date_w - len(signers) * gap) / len(signers)
    labels: list[object] = [para(date_label, st.small)]
    names: list[object] = [""]
    widths = [date_w]
    for label, name in signers:
        labels += ["", para(label, st.small)]
        names += ["", para(name, st.small)]
        widths += [gap, line_w]
    lined = range(0, len(widths), 2)
    grid = Table(
        [[""] * len(widths), labels, names],
        colWidths=widths,
        rowHeights=[st.size * 2.6, None, None],
        hAlign="LEFT",
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                *(("LINEBELOW", (c, 0), (c, 0), 0.7, INK) for c in lined),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, -1), 2),
            ]
        ),
    )
    return KeepTogether([Spacer(1, st.size * 1.2), grid])


def recipients_section(data: ConsentFormData, st: Styles, t: Translator) -> list[Flowable]:
    """The recipients with their purposes, a box to tick for each, and what ticking means."""
    return [
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
    ]


def you_decide(st: Styles, t: Translator) -> Flowable:
    return para(
        t(
            "You decide. If you do not give consent, you still have the right to help, "
            "and we will talk with you about how the work can be done without it."
        ),
        st.body,
    )


def withdrawal_and_validity(
    data: ConsentFormData, st: Styles, t: Translator, lang: str
) -> list[Flowable]:
    """The right to withdraw, how to, until when the consent lasts, and the copy."""
    expiry = long_date(data.expires_on, lang, t)
    return [
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
    ]


def render_consent_form(
    data: ConsentFormData, out: Path, lang: str = "da", *, printed_on: dt.date | None = None
) -> Rendered:
    """Write a consent form for signature to `out` in `lang` (da, sv or en); in Swedish
    it is the form that lifts sekretess (`consent_form_sv`)."""
    if lang == "sv":
        from vnr_desk.reports.consent_form_sv import render_swedish_consent_form

        return render_swedish_consent_form(data, out, lang, printed_on=printed_on)
    t = translator_for(lang)
    st = styles(BODY_SIZE)
    story: list[Flowable] = [
        para(t("Consent to share information"), st.title),
        Spacer(1, st.size * 0.4),
        para(_consent_sentence(data, t), st.body),
        *recipients_section(data, st, t),
        para(t("What consent means"), st.h1),
        para(
            t(
                "Your consent means that the recipients you tick may receive and exchange the "
                "information about you that is needed for the purposes listed, and nothing "
                "more. Information is not shared with anyone who is not on this form."
            ),
            st.body,
        ),
        you_decide(st, t),
        *withdrawal_and_validity(data, st, t, lang),
        signature_lines(
            st, t("Date"), [(t("Signature"), data.citizen_name)], date_share=0.32, gap_share=0.06
        ),
    ]
    return build_pdf(out, story, lang=lang, recipient=data.recipient, printed_on=printed_on)


def _withdraw_text(data: ConsentFormData, t: Translator) -> str:
    base = t(
        "You can withdraw your consent at any time, in whole or for one recipient, without "
        "giving a reason. The withdrawal applies from the moment we receive it; information "
        "that has already been shared cannot be called back."
    )
    name, phone = data.coordinator_name.strip(), data.coordinator_phone.strip()
    if name and phone:
        contact = t("To withdraw it, tell {name} on {phone} or contact {issuer}.").format(
            name=name, phone=unbreakable(phone), issuer=data.issued_by
        )
    elif name:
        contact = t("To withdraw it, tell {name} or contact {issuer}.").format(
            name=name, issuer=data.issued_by
        )
    else:
        contact = t("To withdraw it, contact {issuer}.").format(issuer=data.issued_by)
    return f"{base} {contact}"


def _consent_sentence(data: ConsentFormData, t: Translator) -> str:
    """The opening sentence; without a recorded name it is worded without one (the citizen
    writes her name at the signature), never "I, , consent"."""
    if data.citizen_name.strip():
        return t(
            "I, {name}, consent to {issuer} sharing and exchanging information about me "
            "with the recipients below, for the purposes listed."
        ).format(name=data.citizen_name, issuer=data.issued_by)
    return t(
        "I consent to {issuer} sharing and exchanging information about me with the "
        "recipients below, for the purposes listed."
    ).format(issuer=data.issued_by)
