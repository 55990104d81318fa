"""Risk instruments as data files: the shipped template loads, bad files are refused with
the file and field named, and assessments store answers against the file's item ids."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from vnr_desk.domain import Case, RiskAnswer, RiskInstrument, RiskItem
from vnr_desk.services import instruments, risk
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.instruments import InstrumentFileError
from vnr_desk.services.settings import CaseworkerProfile, set_caseworker_profile, set_edition
from vnr_desk.services.views.risk import risk_form

D = dt.date
BUNDLED = Path(instruments.__file__).parent.parent / "resources" / "instruments"


def good() -> dict:
    return json.loads((BUNDLED / "vnr-screening-da.json").read_text(encoding="utf-8"))


def test_the_shipped_danish_template_loads_and_says_it_is_our_own() -> None:
    found = instruments.bundled_instruments("da")
    keys = [i.key for i in found]
    assert "vnr-screening-da" in keys
    screening = instruments.instrument_by_key("vnr-screening-da")
    assert screening.edition == "da"
    assert len(screening.items) >= 10
    assert [o.value for o in screening.scale] == ["yes", "no", "unknown"]
    assert "VNR Desk" in screening.source and "ikke" in screening.source
    assert set(screening.level_guidance) == {"low", "medium", "high", "acute"}
    assert all(i.edition == "sv" for i in instruments.bundled_instruments("sv"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other/1"), "format"),
        (lambda d: d.update(edition="no"), "edition"),
        (lambda d: d.pop("name"), "name"),
        (lambda d: d.update(extra=1), "extra: unknown field"),
        (lambda d: d.update(scale=[]), "scale"),
        (lambda d: d["sections"][1]["items"][0].update(id="v1"), "'v1' is used twice"),
        (lambda d: d["sections"][0]["items"][0].pop("text"), "sections[0].items[0].text"),
        (lambda d: d["level_guidance"].pop("acute"), "level_guidance"),
    ],
)
def test_a_bad_file_is_refused_naming_file_and_field(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = copy.deepcopy(good())
    change(data)
    path = tmp_path / "vnr-screening-da.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InstrumentFileError, match=r"vnr-screening-da\.json") as err:
        instruments.load_instrument(path)
    assert message in str(err.value)


def test_broken_json_and_a_key_not_matching_the_file_name(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    with pytest.raises(InstrumentFileError, match=r"broken\.json: not a readable JSON"):
        instruments.load_instrument(broken)
    renamed = tmp_path / "other.json"
    renamed.write_text(json.dumps(good()), encoding="utf-8")
    with pytest.raises(InstrumentFileError, match="must match the file name"):
        instruments.load_instrument(renamed)


def test_a_swedish_file_is_picked_up_by_edition(tmp_path: Path) -> None:
    data = good()
    data.update(key="test-sv", edition="sv", name="Test (sv)")
    path = tmp_path / "test-sv.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    da_path = tmp_path / "vnr-screening-da.json"
    da_path.write_text(json.dumps(good()), encoding="utf-8")
    both = [path, da_path]
    assert [i.key for i in instruments.bundled_instruments("sv", both)] == ["test-sv"]
    assert [i.key for i in instruments.bundled_instruments("da", both)] == ["vnr-screening-da"]


def _profile(session: Session) -> None:
    set_caseworker_profile(session, CaseworkerProfile(name="Hanne Sørensen", unit="Voksen"))


def test_assessment_stores_answers_by_item_id_and_high_sets_urgent(
    session: Session, case: Case
) -> None:
    with pytest.raises(InvalidInput, match="profile"):
        risk.record_risk_assessment(session, case.id, D(2026, 3, 4), "low")
    _profile(session)
    assessment_id = risk.record_risk_assessment(
        session,
        case.id,
        D(2026, 3, 4),
        "high",
        notes="Trusler efter bruddet",
        instrument_key="vnr-screening-da",
        answers={"t1": "yes", "s1": "unknown"},
    )
    assert case.urgent and case.urgent_since == D(2026, 3, 4)
    stored = session.execute(
        select(RiskItem.item_key, RiskAnswer.answer)
        .join(RiskAnswer, RiskAnswer.item_id == RiskItem.id)
        .where(RiskAnswer.risk_assessment_id == assessment_id)
        .order_by(RiskItem.item_key)
    ).all()
    assert stored == [("s1", "unknown"), ("t1", "yes")]
    form = risk_form(session, case.id)
    assert form.assessor == "Hanne Sørensen"
    assert [(h.made_on, h.level, h.assessor) for h in form.history] == [
        (D(2026, 3, 4), "high", "Hanne Sørensen")
    ]
    assert [i.key for i in form.instruments] == ["vnr-screening-da"]
    # a second assessment reuses the instrument's rows
    risk.record_risk_assessment(
        session, case.id, D(2026, 3, 5), "medium", instrument_key="vnr-screening-da"
    )
    assert len(session.scalars(select(RiskInstrument)).all()) == 1
    assert [h.level for h in risk_form(session, case.id).history] == ["medium", "high"]


def test_answers_are_checked_against_the_file(session: Session, case: Case) -> None:
    _profile(session)
    key = "vnr-screening-da"
    with pytest.raises(InvalidInput, match=r"answers\.zz"):
        risk.record_risk_assessment(
            session, case.id, D(2026, 3, 4), "low", instrument_key=key, answers={"zz": "yes"}
        )
    with pytest.raises(InvalidInput, match="not on the scale"):
        risk.record_risk_assessment(
            session, case.id, D(2026, 3, 4), "low", instrument_key=key, answers={"v1": "maybe"}
        )
    set_edition(session, "sv")
    with pytest.raises(InvalidInput, match="edition"):
        risk.record_risk_assessment(session, case.id, D(2026, 3, 4), "low", instrument_key=key)
    assert {i.edition for i in risk_form(session, case.id).instruments} == {"sv"}
