"""Two (or more) laptops against one team server, for the team tests: each laptop is a
real vault joined with its own login role."""

from __future__ import annotations

import itertools
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from tests.conftest import PASSPHRASE
from vnr_desk.domain import Case, SyncConflict
from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS
from vnr_desk.store.vault import Vault
from vnr_desk.team import link as team_link
from vnr_desk.team import server_admin
from vnr_desk.team.cluster import Cluster
from vnr_desk.team.sync import SyncReport, resolve, sync

_prefixes = itertools.count(1)


@dataclass
class Laptop:
    user: str
    vault: Vault

    def sync(self) -> SyncReport:
        return sync(self.vault)

    def case_id(self, reference: str) -> int:
        with self.vault.session() as s:
            found = s.scalar(select(Case.id).where(Case.reference == reference))
            assert found is not None, reference
            return found

    def conflicts(self, *, open_only: bool = True) -> list[SyncConflict]:
        with self.vault.session() as s:
            q = select(SyncConflict).order_by(SyncConflict.id)
            if open_only:
                q = q.where(SyncConflict.resolved_at.is_(None))
            return list(s.scalars(q))

    def resolve(self, conflict_id: int, keep: str, value: Any = None) -> dict[str, Any]:
        return resolve(self.vault, conflict_id, keep, value)


class Team:
    def __init__(self, cluster: Cluster, database: str, root: Path, template: Path) -> None:
        self.template = template
        self.cluster = cluster
        self.database = database
        self.root = root
        self.prefix = f"t{next(_prefixes)}_"
        self.admin_dsn = cluster.admin_dsn(database)
        server_admin.init(self.admin_dsn, role_prefix=self.prefix)
        self.laptops: list[Laptop] = []

    @property
    def dsn(self) -> str:
        return f"postgresql://127.0.0.1:{self.cluster.port}/{self.database}"

    def add_user(self, name: str, unit: str = "voksen", *, leader: bool = False) -> str:
        return server_admin.add_user(self.admin_dsn, name, unit, leader=leader).join_secret

    def laptop(self, name: str, unit: str = "voksen", *, leader: bool = False) -> Laptop:
        secret = self.add_user(name, unit, leader=leader)
        shutil.copytree(self.template, self.root / name)
        vault = Vault.unlock(self.root / name, PASSPHRASE, CHEAP_TEST_PARAMS)
        with vault.session() as s:
            team_link.join(s, self.dsn, name, secret)
        laptop = Laptop(name, vault)
        self.laptops.append(laptop)
        return laptop

    def role(self, name: str) -> str:
        return self.prefix + name

    def password(self, laptop: Laptop) -> str:
        with laptop.vault.session() as s:
            found = team_link.require_link(s)
        return found.password

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.vault.lock()


def make_template(directory: Path) -> Path:
    """One empty vault made once per session and copied for every laptop: creating a vault
    runs every migration (seconds), copying it takes milliseconds."""
    vault, _ = Vault.create(directory, PASSPHRASE, CHEAP_TEST_PARAMS)
    vault.lock()
    return directory
