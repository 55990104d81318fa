"""Rules every printout shares: footer, neutral metadata, escaping, fonts, languages."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports import samples
from tests.reports.conftest import SAMPLES, flat, full_text, page_texts, render_to
from vnr_desk.i18n.catalogs import reports_da, reports_sv
from vnr_desk.reports import case_presentation
from vnr_desk.reports import labels as report_labels
from vnr_desk.reports.data import MeetingData, PlanAction, PlanGoal, Recipient
from vnr_desk.services.export.printouts import render
from vnr_desk.services.export.registry import REGISTRY

KINDS = sorted(SAMPLES)
HOSTILE = ("<b>Ali & Sons</b>", "&amp;", '<font color="x">', "</para>", "a < b > c")


def test_registry_covers_every_export_kind() -> None:
    assert set(REGISTRY) == {
        "plan",
        "agenda",
        "minutes",
        "consent-form",
        "summary",
        "access",
        "sip",
        "case-presentation",
    }
    assert set(REGISTRY) == set(SAMPLES)
    for kind in REGISTRY.values():  # every name resolves: build, data type, renderer
        assert callable(kind.build) and callable(kind.render), kind
        assert isinstance(SAMPLES[kind.name], kind.data_type), kind


def test_registry_refuses_wrong_data_and_unknown_kind(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        render("plan", samples.meeting(), tmp_path / "x.pdf")
    with pytest.raises(ValueError):
        render("letter", samples.meeting(), tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", KINDS)
def test_footer_on_every_page(tmp_path: Path, kind: str) -> None:
    rendered = render_to(tmp_path, kind, SAMPLES[kind])
    pages = page_texts(rendered.path)
    assert len(pages) == rendered.pages
    label = SAMPLES[kind].recipient.label
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {rendered.pages}" in text
        assert f"Prepared for: {label}" in text
        assert "Printed 23 November 2025" in text


@pytest.mark.parametrize("kind", KINDS)
def test_metadata_is_neutral(tmp_path: Path, kind: str) -> None:
    data = SAMPLES[kind]
    rendered = render_to(tmp_path, kind, data)
    meta = PdfReader(rendered.path).metadata
    assert meta is not None
    assert meta.title == "VNR Desk"
    for key in ("/Author", "/Subject", "/Keywords"):
        assert not meta.get(key)
    values = " ".join(str(v) for v in meta.values())
    for secret in (
        samples.CITIZEN,
        "Eksempel",
        samples.REFERENCE,
        samples.COORDINATOR,
        "mødelokale",
        data.recipient.label or "never-empty-marker",
    ):
        assert secret not in values


@pytest.mark.parametrize("kind", KINDS)
def test_internal_and_actor_copies_are_marked_confidential(tmp_path: Path, kind: str) -> None:
    data = dataclasses.replace(SAMPLES[kind], recipient=Recipient("internal"))
    text = full_text(render_to(tmp_path, kind, data).path)
    assert "Prepared for: Internal use · Confidential" in text


def test_citizen_copy_is_not_marked_confidential(tmp_path: Path) -> None:
    text = full_text(render_to(tmp_path, "plan", SAMPLES["plan"]).path)
    assert "Confidential" not in text


def _hostile_plan() -> object:
    goal = PlanGoal(HOSTILE[0], "economy", tuple(PlanAction(h, HOSTILE[1]) for h in HOSTILE))
    plan = samples.citizen_plan((goal,))
    return dataclasses.replace(plan, citizen_name=HOSTILE[2], after_effort_text=HOSTILE[3])


def _hostile_meeting() -> MeetingData:
    return dataclasses.replace(
        samples.meeting(),
        place=HOSTILE[0],
        participants=HOSTILE,
        agenda=HOSTILE,
        minutes="\n\n".join(HOSTILE),
        decisions=HOSTILE,
        new_actions=tuple(PlanAction(h, h) for h in HOSTILE),
    )


@pytest.mark.parametrize(
    ("kind", "data"),
    [("plan", _hostile_plan()), ("agenda", _hostile_meeting()), ("minutes", _hostile_meeting())],
)
def test_user_text_prints_literally(tmp_path: Path, kind: str, data: object) -> None:
    text = flat(full_text(render_to(tmp_path, kind, data).path))
    for hostile in HOSTILE:
        assert hostile in text


def test_recipient_label_with_markup_prints_literally(tmp_path: Path) -> None:
    data = dataclasses.replace(samples.summary(), recipient=Recipient("actor", HOSTILE[0]))
    text = full_text(render_to(tmp_path, "summary", data).path)
    assert f"Prepared for: {HOSTILE[0]}" in text


def test_names_in_other_scripts_survive(tmp_path: Path) -> None:
    names = "Ørnbøl Åkesson Ђорђе Σοφία Łukasz Nguyễn Šárka"
    data = dataclasses.replace(samples.citizen_plan(), citizen_name=names)
    rendered = render_to(tmp_path, "plan", data)
    assert names in flat(full_text(rendered.path))
    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(rendered.path).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("DejaVuSans" in f for f in fonts)


@pytest.mark.parametrize(
    ("lang", "page", "prepared"),
    [("da", "Side 1 af", "Udarbejdet til:"), ("sv", "Sida 1 av", "Upprättad för:")],
)
@pytest.mark.parametrize("kind", KINDS)
def test_each_language_translates_the_frame(
    tmp_path: Path, kind: str, lang: str, page: str, prepared: str
) -> None:
    text = full_text(render_to(tmp_path, kind, SAMPLES[kind], lang).path)
    assert page in text
    assert prepared in text
    assert "Page 1 of" not in text


def test_danish_is_the_default_language(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    render("plan", SAMPLES["plan"], out)
    assert "Min plan" in full_text(out)


def test_unknown_language_is_refused_and_nothing_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render("plan", SAMPLES["plan"], tmp_path / "plan.pdf", "de")
    assert list(tmp_path.iterdir()) == []


def _source_strings() -> set[str]:
    """Every English string the report modules pass to the translator."""
    found: set[str] = set()
    package = Path(report_labels.__file__).parent
    for module in package.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    for table in (
        report_labels.DOMAINS,
        report_labels.ACTION_STATUSES,
        report_labels.PURPOSES,
        report_labels.MEETING_KINDS,
        report_labels.RECIPIENT_KINDS,
        report_labels.RATING_SCALE,
        case_presentation.VIOLENCE_FORMS,
        case_presentation.RISK_LEVELS,
        case_presentation.SECTORS,
    ):
        found |= set(table.values())
    return found


@pytest.mark.parametrize("catalog", [reports_da.MESSAGES, reports_sv.MESSAGES])
def test_catalogs_translate_every_report_string(catalog: dict[str, str]) -> None:
    strings = _source_strings()
    assert len(strings) > 100
    assert sorted(strings - set(catalog)) == []
    for source, translation in catalog.items():
        assert translation.strip()
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", translation))


def test_printed_date_defaults_to_today(tmp_path: Path) -> None:
    out = tmp_path / "agenda.pdf"
    render("agenda", SAMPLES["agenda"], out, "en")
    today = report_labels.long_date(dt.date.today(), "en", lambda text: text)
    assert f"Printed {today}" in full_text(out)
