"""Every printout that needs an actor's consent names a real purpose, and the CLI parser
(which reads the registry's kinds) stays free of the database layer."""

from __future__ import annotations

from vnr_desk.domain.enums import ConsentPurpose
from vnr_desk.services.export.registry import REGISTRY


def test_every_purpose_named_is_a_consent_purpose() -> None:
    named = {k.name: k.consent_purpose for k in REGISTRY.values() if k.purpose is not None}
    assert named["plan"] is ConsentPurpose.RECEIVE_ACTION_PLAN
    assert named["summary"] is ConsentPurpose.RECEIVE_CASE_SUMMARY
    assert all(isinstance(p, ConsentPurpose) for p in named.values())
