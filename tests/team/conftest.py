"""The team tests run against a real PostgreSQL started here: one cluster per session
(initdb as an unprivileged user, stopped at the end), a fresh database per test.

Every test in this directory carries the `team` marker, so a developer without the server
binaries may deselect them with `-m "not team"`; otherwise a missing PostgreSQL FAILS the
tests with the install line (never a silent skip, so CI cannot pass without them)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.team.team_kit import Team, make_template
from vnr_desk.team.cluster import Cluster, PostgresUnavailable

_counter = itertools.count(1)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.team)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        cluster = Cluster.start()
    except PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_database(pg_cluster: Cluster) -> Iterator[str]:
    """A new empty database's name; dropped after the test."""
    name = f"team_test_{next(_counter)}"
    with psycopg.connect(pg_cluster.admin_dsn(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(pg_cluster.admin_dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("team-template") / "vault")


@pytest.fixture
def team(
    pg_cluster: Cluster, pg_database: str, tmp_path: Path, vault_template: Path
) -> Iterator[Team]:
    """A team server initialised in this test's database; `team.laptop(name)` joins one."""
    made = Team(pg_cluster, pg_database, tmp_path, vault_template)
    try:
        yield made
    finally:
        made.close()
