from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, LifeDomain
from vnr_desk.services import assessments, risk
from vnr_desk.services.assessments import RatingInput
from vnr_desk.services.errors import InvalidInput

D = dt.date


def test_domain_series_shows_change_over_time(session: Session, case: Case) -> None:
    assessments.record_assessment(
        session,
        case,
        D(2026, 3, 20),
        {"housing": RatingInput(2, "Bor på krisecenter"), "economy": RatingInput(1)},
        hopes="Egen lejlighed",
        resources="Stærk søster",
    )
    draft = assessments.draft_from_last(session, case)
    assert draft[LifeDomain.HOUSING].rating == 2 and draft[LifeDomain.JOB].rating is None
    draft[LifeDomain.HOUSING] = RatingInput(4, "Har fået bolig")
    assessments.record_assessment(session, case, D(2026, 6, 20), draft)
    series = assessments.domain_series(session, case)
    assert series[LifeDomain.HOUSING] == [(D(2026, 3, 20), 2), (D(2026, 6, 20), 4)]
    assert series[LifeDomain.ECONOMY] == [(D(2026, 3, 20), 1), (D(2026, 6, 20), 1)]
    assert assessments.latest_assessment(session, case).made_on == D(2026, 6, 20)


def test_rating_must_be_1_to_5(session: Session, case: Case) -> None:
    with pytest.raises(InvalidInput, match=r"domains\.housing\.rating"):
        assessments.record_assessment(session, case, D(2026, 3, 20), {"housing": RatingInput(6)})
    with pytest.raises(InvalidInput, match=r"domains\.garden"):
        assessments.record_assessment(session, case, D(2026, 3, 20), {"garden": RatingInput(3)})


def test_high_risk_makes_case_urgent(session: Session, case: Case) -> None:
    instrument = risk.create_instrument(
        session, "Basis-screening", ["Trusler om drab?", "Kvælning?"]
    )
    risk.assess_risk(session, case, D(2026, 3, 5), "medium")
    assert not case.urgent
    item = instrument.items[0]
    risk.assess_risk(
        session, case, D(2026, 3, 10), "acute", instrument=instrument, answers={item.id: "ja"}
    )
    assert case.urgent and case.urgent_since == D(2026, 3, 10)
    risk.assess_risk(session, case, D(2026, 3, 12), "high")
    assert case.urgent_since == D(2026, 3, 10)
    assert [r.level for r in risk.risk_history(session, case)] == ["medium", "acute", "high"]
    with pytest.raises(InvalidInput, match="answers"):
        risk.assess_risk(session, case, D(2026, 3, 12), "low", answers={1: "x"})
