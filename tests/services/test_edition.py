"""A vault's edition: Danish unless set, only "da" or "sv", and the change is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from vnr_desk.domain import AuditEntry
from vnr_desk.services.errors import InvalidInput
from vnr_desk.services.settings import edition, set_edition
from vnr_desk.store.vault import Vault


def test_edition_defaults_to_danish_and_can_be_swedish(vault: Vault) -> None:
    with vault.session() as s:
        assert edition(s) == "da"
        set_edition(s, "sv")
    with vault.session() as s:
        assert edition(s) == "sv"
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and last.action == "setting.update" and last.object_id == "edition"


def test_unknown_edition_is_refused(vault: Vault) -> None:
    with pytest.raises(InvalidInput), vault.session() as s:
        set_edition(s, "no")
