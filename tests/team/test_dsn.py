"""TLS is required for a remote team server; loopback and Unix sockets may go without it;
a stored DSN never keeps a password."""

from __future__ import annotations

import pytest

from vnr_desk.services.errors import InvalidInput
from vnr_desk.team.dsn import checked_conninfo, without_password


@pytest.mark.parametrize(
    "dsn",
    [
        "postgresql://db.kommune.dk/vnr",
        "postgresql://db.kommune.dk/vnr?sslmode=require",
        "postgresql://db.kommune.dk/vnr?sslmode=verify-full",
    ],
)
def test_remote_hosts_get_tls(dsn: str) -> None:
    info = checked_conninfo(dsn)
    assert "sslmode=require" in info or "sslmode=verify-full" in info


@pytest.mark.parametrize("mode", ["disable", "allow", "prefer"])
def test_remote_hosts_without_tls_are_refused(mode: str) -> None:
    with pytest.raises(InvalidInput):
        checked_conninfo(f"postgresql://db.kommune.dk/vnr?sslmode={mode}")


@pytest.mark.parametrize(
    "dsn",
    [
        "postgresql://127.0.0.1:5432/vnr?sslmode=disable",
        "postgresql://localhost/vnr?sslmode=disable",
        "postgresql:///vnr?host=/var/run/postgresql&sslmode=disable",
    ],
)
def test_loopback_and_sockets_may_go_without_tls(dsn: str) -> None:
    assert "sslmode=verify-full" not in checked_conninfo(dsn)


def test_a_stored_dsn_has_no_password() -> None:
    assert "secret" not in without_password("postgresql://anna:secret@db.kommune.dk/vnr")
