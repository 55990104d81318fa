"""The audit's "who" is the caseworker profile kept in the vault, never the OS login."""

from __future__ import annotations

import getpass

from sqlalchemy import select

from vnr_desk.domain import AuditEntry
from vnr_desk.services.cases import create_case
from vnr_desk.services.settings import CaseworkerProfile, set_caseworker_profile
from vnr_desk.store.audit import NO_PROFILE
from vnr_desk.store.vault import Vault


def test_who_is_the_profile_never_the_login(vault: Vault) -> None:
    with vault.session() as s:
        create_case(s, "K-WHO-1")
    with vault.session() as s:
        set_caseworker_profile(s, CaseworkerProfile(name="Anna Holm", unit="Familieafd."))
        create_case(s, "K-WHO-2")
    with vault.session() as s:
        who = s.scalars(select(AuditEntry.who).order_by(AuditEntry.id)).all()
    assert who[0] == NO_PROFILE
    assert who[-1] == "Anna Holm"
    assert getpass.getuser() not in who
