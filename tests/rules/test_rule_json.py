from __future__ import annotations

import json

import pytest

from vnr_desk.rules.deadlines import (
    CONSENT_EXPIRY,
    DEFAULT_RULES,
    PLAN_REVIEW,
    RULE_IDS,
    DeadlineRule,
    rule_from_json,
    rule_to_json,
    rules_from_json,
    rules_to_json,
)


def test_round_trip_through_json_text() -> None:
    text = json.dumps(rules_to_json(DEFAULT_RULES))
    assert rules_from_json(json.loads(text)) == dict(DEFAULT_RULES)
    assert [item["id"] for item in json.loads(text)] == list(RULE_IDS)


def test_dict_form() -> None:
    assert rule_to_json(DEFAULT_RULES[CONSENT_EXPIRY]) == {
        "id": "consent_expiry",
        "months": 0,
        "days": 30,
        "before": True,
        "enabled": True,
    }


def test_missing_keys_keep_the_default_values() -> None:
    assert rule_from_json({"id": CONSENT_EXPIRY, "days": 45}) == DeadlineRule(
        CONSENT_EXPIRY, days=45, before=True
    )
    assert rule_from_json({"id": PLAN_REVIEW, "enabled": False}) == DeadlineRule(
        PLAN_REVIEW, months=3, enabled=False
    )


def test_overrides_are_laid_over_the_defaults() -> None:
    rules = rules_from_json([{"id": PLAN_REVIEW, "months": 6}])
    assert list(rules) == list(RULE_IDS)
    assert rules[PLAN_REVIEW].months == 6
    assert all(rules[k] == DEFAULT_RULES[k] for k in RULE_IDS if k != PLAN_REVIEW)
    assert rules_from_json([]) == dict(DEFAULT_RULES)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"id": "coffee_break", "days": 1}, "id"),
        ({"days": 1}, "id"),
        ({"id": 3}, "id"),
        ({"id": PLAN_REVIEW, "months": -1}, "months"),
        ({"id": PLAN_REVIEW, "days": -3}, "days"),
        ({"id": PLAN_REVIEW, "months": "3"}, "months"),
        ({"id": PLAN_REVIEW, "months": 1.5}, "months"),
        ({"id": PLAN_REVIEW, "days": True}, "days"),
        ({"id": PLAN_REVIEW, "days": 100_000}, "days"),
        ({"id": PLAN_REVIEW, "months": 1_000}, "months"),
        ({"id": PLAN_REVIEW, "enabled": "yes"}, "enabled"),
        ({"id": PLAN_REVIEW, "before": True}, "before"),
        ({"id": CONSENT_EXPIRY, "before": False}, "before"),
        ({"id": PLAN_REVIEW, "month": 6}, "month"),
    ],
)
def test_bad_rules_name_the_field(data: dict[str, object], field: str) -> None:
    with pytest.raises(ValueError, match=f"^{field}:"):
        rule_from_json(data)


def test_not_an_object() -> None:
    with pytest.raises(ValueError, match=r"^rule:"):
        rule_from_json(["plan_review"])  # type: ignore[arg-type]


def test_duplicate_override_rejected() -> None:
    with pytest.raises(ValueError, match=r"^id:.*twice"):
        rules_from_json([{"id": PLAN_REVIEW}, {"id": PLAN_REVIEW, "months": 2}])


def test_constructing_a_rule_validates_too() -> None:
    with pytest.raises(ValueError, match=r"^months:"):
        DeadlineRule(PLAN_REVIEW, months=-1)
    with pytest.raises(ValueError, match=r"^id:"):
        DeadlineRule("nope")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"id": "children_unit_contact", "days": 10},
            DeadlineRule("children_unit_contact", days=10),
        ),
        ({"id": "risk_reassessment", "months": 6}, DeadlineRule("risk_reassessment", months=6)),
        (
            {"id": "risk_reassessment_urgent", "days": 7},
            DeadlineRule("risk_reassessment_urgent", days=7),
        ),
        ({"id": "plan_action", "enabled": False}, DeadlineRule("plan_action", enabled=False)),
    ],
)
def test_the_new_rules_take_overrides(data: dict, expected: DeadlineRule) -> None:
    assert rule_from_json(data) == expected
    assert rule_from_json(rule_to_json(expected)) == expected


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"id": "children_unit_contact", "before": True}, "before"),
        ({"id": "risk_reassessment", "months": -1}, "months"),
        ({"id": "risk_reassessment_urgent", "days": "14"}, "days"),
        ({"id": "plan_action", "days": 4000}, "days"),
    ],
)
def test_bad_overrides_of_the_new_rules_are_refused(data: dict, field: str) -> None:
    with pytest.raises(ValueError, match=f"^{field}:"):
        rule_from_json(data)
