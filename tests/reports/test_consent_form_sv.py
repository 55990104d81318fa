"""The Swedish consent form lifts sekretess in the law's words: it names each recipient
and purpose, gives the legal basis (OSL 12 kap. 2 §), the right to withdraw ("återkalla")
and lines for both signatures; the Danish form says nothing of Swedish law."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.reports.conftest import flat, full_text, render_to
from vnr_desk.reports.data import ConsentFormData, ConsentFormRecipient, Recipient

FORM = ConsentFormData(
    citizen_name="Sara Påhittad",
    recipients=(
        ConsentFormRecipient(
            "Socialtjänsten, försörjningsstöd",
            "försörjningsstöd",
            ("share_information", "invite_to_meeting"),
        ),
        ConsentFormRecipient("Vårdcentralen Norr", "vårdcentral", ("receive_action_plan",)),
        ConsentFormRecipient("Kvinnojouren Fyren", "kvinnojour", ("receive_case_summary",)),
    ),
    expires_on=dt.date(2027, 6, 30),
    issued_by="Ebba Exempel, vuxenenheten",
    coordinator_name="Ebba Exempel",
    coordinator_phone="+46 70 000 12 34",
    recipient=Recipient("citizen", "Sara Påhittad"),
)


def test_swedish_form_lifts_sekretess_for_named_recipients_and_purposes(
    tmp_path: Path,
) -> None:
    rendered = render_to(tmp_path, "consent-form", FORM, "sv")
    text = flat(full_text(rendered.path))
    assert rendered.pages == 1
    for name in ("Socialtjänsten, försörjningsstöd", "Vårdcentralen Norr", "Kvinnojouren Fyren"):
        assert name in text
    for purpose in (
        "Utbyta uppgifter om min situation",
        "Bjuda in mig och andra till möten om mitt ärende",
        "Ta emot min handlingsplan",
        "Ta emot en sammanfattning av mitt ärende",
    ):
        assert purpose in text
    assert "Samtycke till att sekretessen får brytas" in text
    assert "får bryta den sekretess som skyddar uppgifter om mig" in text
    assert "12 kap. 2 § offentlighets- och sekretesslagen (2009:400)" in text
    assert "helt eller delvis efterge" in text
    assert "återkalla ditt samtycke" in text and "+46 70 000 12 34" in text
    assert "till och med 30 juni 2027" in text
    assert "Underskrift" in text and "Samtycket mottaget av" in text
    assert "Ebba Exempel, vuxenenheten" in text


def test_danish_form_says_nothing_of_swedish_law(tmp_path: Path) -> None:
    text = flat(full_text(render_to(tmp_path, "consent-form", FORM, "da").path))
    assert "Socialtjänsten, försörjningsstöd" in text
    assert "sekretess" not in text.casefold() and "12 kap" not in text
