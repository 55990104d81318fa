"""The plan the citizen takes home: content, what it must never hold, and long plans."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports import samples
from tests.reports.conftest import flat, full_text, page_texts, render_to
from vnr_desk.reports import citizen_plan
from vnr_desk.reports.data import CitizenPlanData, PlanAction, PlanGoal, ReportDataError


def test_plan_holds_goals_actions_meeting_and_coordinator(tmp_path: Path) -> None:
    text = flat(full_text(render_to(tmp_path, "plan", samples.citizen_plan()).path))
    for goal in samples.GOALS:
        assert goal.text in text
        for action in goal.actions:
            assert action.text in text
    assert "Boligafdelingen" in text
    assert "2025-12-15" in text
    assert "In progress" in text
    assert "Tuesday 9 December 2025, 10:00" in text
    assert "Jobcentret, mødelokale 2" in text
    assert samples.COORDINATOR in text
    assert samples.COORDINATOR_PHONE in text
    assert "20 February 2026" in text


def test_danish_plan_reads_naturally(tmp_path: Path) -> None:
    text = flat(full_text(render_to(tmp_path, "plan", samples.citizen_plan(), "da").path))
    assert "Min plan" in text
    assert "Tirsdag den 9. december 2025, kl. 10.00" in text
    assert "Din kontaktperson" in text
    assert "Område: Bolig" in text
    assert f"Ring til {samples.COORDINATOR} på {samples.COORDINATOR_PHONE}" in text


def test_plan_type_cannot_hold_forbidden_content() -> None:
    names = {f.name for f in dataclasses.fields(CitizenPlanData)}
    names |= {f.name for f in dataclasses.fields(PlanGoal)}
    names |= {f.name for f in dataclasses.fields(PlanAction)}
    forbidden = re.compile(r"risk|note|address|violen|perpetrat|partner|protected", re.I)
    assert not [n for n in names if forbidden.search(n)]


@pytest.mark.parametrize("lang", ["da", "sv", "en"])
def test_plan_never_names_violence(tmp_path: Path, lang: str) -> None:
    text = full_text(render_to(tmp_path, "plan", samples.citizen_plan(), lang).path).lower()
    for word in ("vold", "våld", "violence", "risk", "krisecenter-adresse"):
        assert word not in text


def test_body_type_is_large(tmp_path: Path) -> None:
    rendered = render_to(tmp_path, "plan", samples.citizen_plan())
    chunks: list[tuple[str, float]] = []

    def visit(text: str, cm: object, tm: list[float], font: object, size: float) -> None:
        if text.strip():
            chunks.append((text, size * tm[0]))

    for page in PdfReader(rendered.path).pages:
        page.extract_text(visitor_text=visit)

    def size_of(wanted: str) -> float:
        return min(size for text, size in chunks if wanted in text)

    assert size_of(samples.GOALS[1].actions[1].text) >= 12
    assert size_of(samples.COORDINATOR) >= 12
    assert size_of("When the effort ends") > 12
    assert min(size for _, size in chunks) >= 10


def test_sixty_actions_paginate_with_correct_page_numbers(tmp_path: Path) -> None:
    data = samples.citizen_plan(samples.many_actions(60))
    rendered = render_to(tmp_path, "plan", data)
    pages = page_texts(rendered.path)
    assert rendered.pages == len(pages) == len(PdfReader(rendered.path).pages)
    assert rendered.pages >= 5
    for number, text in enumerate(pages, start=1):
        found = re.findall(r"Page (\d+) of (\d+)", text)
        assert found == [(str(number), str(rendered.pages))]
    everything = flat("\n".join(pages))
    for i in range(1, 61):
        assert everything.count(f"Handling nummer {i}:") == 1


def test_split_tables_repeat_their_header(tmp_path: Path) -> None:
    goal = PlanGoal("Ét langt mål", "housing", samples.many_actions(60)[0].actions * 6)
    rendered = render_to(tmp_path, "plan", samples.citizen_plan((goal,)))
    pages = page_texts(rendered.path)
    assert len(pages) > 2
    for text in pages:
        if "Handling nummer" in text:
            assert "What happens" in text


@pytest.mark.parametrize("actions_per_goal", [2, 4, 5, 6])
def test_goal_heading_is_never_left_alone_at_a_page_foot(
    tmp_path: Path, actions_per_goal: int
) -> None:
    """These sizes put a goal heading at a page foot unless headings keep with the next."""
    goals = tuple(
        PlanGoal(
            f"Mål nummer {g} med egne ord",
            "job",
            tuple(PlanAction(f"Skridt {g}.{i}", "Mette") for i in range(1, actions_per_goal + 1)),
        )
        for g in range(1, 11)
    )
    rendered = render_to(tmp_path, "plan", samples.citizen_plan(goals))
    headings_seen = 0
    for text in page_texts(rendered.path):
        for number in re.findall(r"Goal (\d+):", text):
            headings_seen += 1
            assert re.search(rf"Skridt {number}\.1\b", text)
    assert headings_seen == 10


def test_one_very_long_action_still_lays_out(tmp_path: Path) -> None:
    long_text = "Et meget langt skridt. " * 600
    goal = PlanGoal("Mål", "job", (PlanAction(long_text, samples.CITIZEN),))
    rendered = render_to(tmp_path, "plan", samples.citizen_plan((goal,)))
    assert rendered.pages >= 2


def test_empty_plan_says_so(tmp_path: Path) -> None:
    data = dataclasses.replace(samples.citizen_plan(()), next_meeting=None, review_on=None)
    text = flat(full_text(render_to(tmp_path, "plan", data).path))
    assert "No goals have been written down yet." in text
    assert "We will agree on the next meeting together." in text


def test_unknown_codes_are_refused_before_printing() -> None:
    with pytest.raises(ReportDataError):
        PlanAction("x", "y", status="finished")
    with pytest.raises(ReportDataError):
        PlanGoal("x", "violence")


def test_module_body_size_is_at_least_twelve_points() -> None:
    assert citizen_plan.BODY_SIZE >= 12
