"""Agenda, minutes, consent form, coordination summary and access export content."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from tests.reports import samples
from tests.reports.conftest import flat, full_text, page_texts, render_to
from vnr_desk.reports.coordination_summary import domain_wheel
from vnr_desk.reports.data import (
    AccessExportData,
    AuditLine,
    ConsentFormRecipient,
    DomainRating,
    Recipient,
    ReportDataError,
    SummaryData,
)
from vnr_desk.reports.labels import DOMAINS


def test_agenda_lists_items_participants_and_leaves_out_minutes(tmp_path: Path) -> None:
    meeting = samples.meeting()
    text = flat(full_text(render_to(tmp_path, "agenda", meeting, "da").path))
    assert "Dagsorden – Koordinerende møde" in text
    assert "Tirsdag den 9. december 2025, kl. 10.00" in text
    for n, item in enumerate(meeting.agenda, start=1):
        assert f"{n}. {item}" in text
    for person in meeting.participants:
        assert person in text
    for decision in meeting.decisions:
        assert decision not in text
    assert "Boligafdelingen har modtaget" not in text


def test_minutes_hold_decisions_actions_and_next_meeting(tmp_path: Path) -> None:
    meeting = samples.meeting()
    text = flat(full_text(render_to(tmp_path, "minutes", meeting).path))
    assert "Minutes – Coordination meeting" in text
    assert "Citizen present Yes" in text
    for decision in meeting.decisions:
        assert decision in text
    for action in meeting.new_actions:
        assert action.text in text
        assert action.responsible in text
    assert "2026-01-15" in text
    assert "Next meeting 20 January 2026" in text
    assert "gradvis opstart" in text


def test_minutes_without_next_date_leave_a_line_to_fill_in(tmp_path: Path) -> None:
    meeting = dataclasses.replace(samples.meeting(), next_meeting_on=None, new_actions=())
    text = flat(full_text(render_to(tmp_path, "minutes", meeting).path))
    assert "Next meeting" in text
    assert "No new actions." in text


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        (
            "da",
            (
                "Samtykke til videregivelse af oplysninger",
                "Du kan til enhver tid trække dit samtykke tilbage",
                "Udveksle oplysninger om min situation",
                "Modtage et resumé af min sag",
                "Samtykket gælder til og med 20. november 2026",
                "Underskrift",
                "Dato",
            ),
        ),
        (
            "sv",
            (
                "Samtycke till att sekretessen får brytas",
                "Du kan när som helst återkalla ditt samtycke",
                "Bjuda in mig och andra till möten om mitt ärende",
                "Samtycket gäller till och med 20 november 2026",
                "Underskrift",
                "Datum",
            ),
        ),
        (
            "en",
            (
                "Consent to share information",
                "You can withdraw your consent at any time",
                "Receive my action plan",
                "valid until 20 November 2026",
                "Signature",
                "Date",
            ),
        ),
    ],
)
def test_consent_form_in_each_language(tmp_path: Path, lang: str, phrases: tuple[str]) -> None:
    form = samples.consent_form()
    rendered = render_to(tmp_path, "consent-form", form, lang)
    text = flat(full_text(rendered.path))
    for phrase in phrases:
        assert phrase in text
    for recipient in form.recipients:
        assert recipient.name in text
        assert recipient.unit in text
    assert samples.COORDINATOR_PHONE in text
    assert rendered.pages == 1


@pytest.mark.parametrize("lang", ["da", "sv", "en"])
def test_consent_form_without_a_name_has_no_empty_slot(tmp_path: Path, lang: str) -> None:
    """The Swedish form opened "Jag, , samtycker" when no name was recorded; the Danish one
    already worded the sentence without the name."""
    form = dataclasses.replace(samples.consent_form(), citizen_name="")
    text = flat(full_text(render_to(tmp_path, "consent-form", form, lang).path))
    assert re.search(r",\s*,", text) is None
    assert form.issued_by in text


def test_consent_form_refuses_unknown_purpose_and_empty_recipients() -> None:
    with pytest.raises(ReportDataError):
        ConsentFormRecipient("X", "Y", ("sell_data",))
    with pytest.raises(ReportDataError):
        ConsentFormRecipient("X", "Y", ())
    with pytest.raises(ReportDataError):
        dataclasses.replace(samples.consent_form(), recipients=())


WITHHELD = "Some parts of the case are not included in this summary"


def test_summary_says_parts_were_withheld_without_saying_what(tmp_path: Path) -> None:
    text = flat(full_text(render_to(tmp_path, "summary", samples.summary(withheld=True)).path))
    assert WITHHELD in text
    for hint in ("risk", "note", "address", "violence", "police"):
        assert hint not in text.lower()


def test_summary_without_withheld_parts_has_no_notice(tmp_path: Path) -> None:
    text = flat(full_text(render_to(tmp_path, "summary", samples.summary(withheld=False)).path))
    assert WITHHELD not in text


def test_summary_shows_only_the_actors_it_was_given(tmp_path: Path) -> None:
    data = samples.summary()
    text = flat(full_text(render_to(tmp_path, "summary", data, "da").path))
    assert "Sofie Prøvesen (tovholder)" in text
    assert "Jobcenter Eksempelby" in text
    assert "Dr. Lars Lægesen" not in text
    assert "Resumé af det koordinerede forløb" in text
    assert "Fortroligt" in text


def test_summary_wheel_and_ratings(tmp_path: Path) -> None:
    text = flat(full_text(render_to(tmp_path, "summary", samples.summary()).path))
    assert "Whole-person assessment, 18 November 2025" in text
    assert "Housing (1)" in text
    assert "Substance use (5)" in text
    assert "1 – Serious difficulties" in text
    assert "Gæld efter samlivet" in text
    assert "At have et trygt hjem" in text


def test_wheel_draws_every_domain_and_marks_unrated_ones() -> None:
    latest = dataclasses.replace(
        samples.ASSESSMENT, ratings=(DomainRating("housing", 2), DomainRating("job", None))
    )
    drawing = domain_wheel(latest, None, "en", lambda s: s)
    labels = [getattr(c, "text", "") for c in drawing.contents]
    assert "Housing (2)" in labels
    assert "Job (–)" in labels
    assert "Safety (–)" in labels
    assert len([lbl for lbl in labels if lbl.endswith(")")]) == len(DOMAINS)


def test_rating_out_of_range_is_refused() -> None:
    with pytest.raises(ReportDataError):
        DomainRating("housing", 6)


def test_long_summary_numbers_every_page(tmp_path: Path) -> None:
    rendered = render_to(tmp_path, "summary", samples.summary(meetings=100))
    pages = page_texts(rendered.path)
    assert rendered.pages == len(pages) >= 9
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {rendered.pages}" in text
        if "Beslutning" in text:
            assert "Decisions" in text


def test_summary_needs_no_optional_parts(tmp_path: Path) -> None:
    data = SummaryData(samples.REFERENCE, samples.CITIZEN, Recipient("actor", "Skolen"))
    text = flat(full_text(render_to(tmp_path, "summary", data).path))
    assert "Coordination summary" in text
    assert "Skolen" in text


def test_access_export_holds_everything_and_the_audit_trail(tmp_path: Path) -> None:
    data = samples.access_export()
    later = AuditLine(dt.datetime(2025, 12, 3, 8, 0), "Sofie Prøvesen", "Exported action plan")
    data = dataclasses.replace(data, audit_entries=(later, *data.audit_entries))
    text = flat(full_text(render_to(tmp_path, "access", data).path))
    assert "Access request under Article 15 of the GDPR" in text
    for section in data.sections:
        assert section.heading in text
        for _label, value in section.rows:
            assert value in text
    assert text.index("2025-11-18 14:02") < text.index("2025-12-03 08:00")
    assert "Jens Testesen Viewed the case" in text


def test_access_export_in_danish(tmp_path: Path) -> None:
    text = flat(full_text(render_to(tmp_path, "access", samples.access_export(), "da").path))
    assert "Dine personoplysninger" in text
    assert "Indsigt efter databeskyttelsesforordningens artikel 15" in text
    assert "Hvem har set eller eksporteret dine oplysninger" in text
    assert "Åbnede sagen" in text


def test_access_export_with_nothing_recorded(tmp_path: Path) -> None:
    data = AccessExportData(samples.CITIZEN, Recipient("citizen", samples.CITIZEN), ())
    text = flat(full_text(render_to(tmp_path, "access", data).path))
    assert "Nothing recorded." in text


def test_actor_recipient_needs_a_name() -> None:
    with pytest.raises(ReportDataError):
        Recipient("actor", " ")
    with pytest.raises(ReportDataError):
        Recipient("neighbour", "x")  # type: ignore[arg-type]


def test_sip_names_each_side_and_refuses_two_leads(tmp_path: Path) -> None:
    text = flat(full_text(render_to(tmp_path, "sip", samples.sip(), "en").path))
    for phrase in (
        "My coordinated individual plan (SIP)",
        "Social services (the municipality)",
        "Health care (the region)",
        "Others who help",
        "Takes part in the plan",
        f"{samples.COORDINATOR} has the main responsibility for your plan",
    ):
        assert phrase in text
    lead = samples.sip().participants[0]
    with pytest.raises(ReportDataError):
        dataclasses.replace(samples.sip(), participants=(lead, lead))
    with pytest.raises(ReportDataError):
        dataclasses.replace(lead, side="state")
