"""The test cluster itself: a real PostgreSQL 15+, not run as root, reachable over TCP."""

from __future__ import annotations

import psycopg

from vnr_desk.team.cluster import Cluster


def test_cluster_is_a_real_postgresql_not_run_as_root(
    pg_cluster: Cluster, pg_database: str
) -> None:
    with psycopg.connect(pg_cluster.admin_dsn(pg_database)) as conn:
        version = conn.execute("SHOW server_version_num").fetchone()
        owner = conn.execute("SELECT current_user").fetchone()
    assert version is not None and int(version[0]) >= 150000
    assert owner is not None and owner[0] != "root"
    assert (pg_cluster.data_dir / "PG_VERSION").exists()


def test_missing_server_binaries_fail_with_the_install_line(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from vnr_desk.team import cluster

    monkeypatch.delenv("VNR_DESK_PG_BIN", raising=False)
    monkeypatch.setattr(cluster.glob, "glob", lambda pattern: [])
    monkeypatch.setattr(cluster.shutil, "which", lambda name: None)
    with pytest.raises(cluster.PostgresUnavailable, match=r"apt-get install -y postgresql-15"):
        cluster.find_bin_dir()
