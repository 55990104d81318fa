"""A Swedish vault names intake routes, deadline rules and the SIP kinds in Swedish
(the report and CLI catalogs), not in Danish or English."""

from __future__ import annotations

import pytest

from vnr_desk.i18n import catalog
from vnr_desk.reports.labels import INTAKE_ROUTES, MEETING_KINDS
from vnr_desk.rules.deadlines import RULE_LABELS

LABELS = sorted({*INTAKE_ROUTES.values(), *RULE_LABELS.values(), MEETING_KINDS["sip"]})


@pytest.mark.parametrize("label", LABELS)
def test_label_has_swedish_and_danish(label: str) -> None:
    swedish, danish = catalog("sv").get(label), catalog("da").get(label)
    assert swedish and danish, label
    assert swedish != label and not {"æ", "ø"} & set(swedish)


def test_swedish_intake_routes_use_swedish_institutions() -> None:
    sv = catalog("sv")
    assert sv[INTAKE_ROUTES["crisis_centre_admission"]].startswith("Inflyttning på kvinnojour")
    assert sv[INTAKE_ROUTES["jobcentre"]] == "Arbetsförmedlingen"
    assert "PSP" not in sv[INTAKE_ROUTES["psp"]]
