"""Server addresses: TLS is required unless the DSN names a loopback or Unix-socket host,
and a DSN is never stored or shown with a password in it."""

from __future__ import annotations

from psycopg.conninfo import conninfo_to_dict, make_conninfo

from vnr_desk.services.errors import InvalidInput

LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
SAFE_SSLMODES = frozenset({"require", "verify-ca", "verify-full"})


def is_local(host: str) -> bool:
    """Loopback or a Unix-socket directory (every host of a multi-host DSN must be)."""
    hosts = [h for h in host.split(",")] if host else [""]
    return all(h == "" or h.startswith("/") or h in LOOPBACK for h in hosts)


def checked_conninfo(dsn: str, *, user: str | None = None, password: str | None = None) -> str:
    """A libpq conninfo for `dsn` with TLS enforced for remote hosts: no sslmode means
    `verify-full`; a weaker one (disable/allow/prefer) is refused."""
    try:
        params = conninfo_to_dict(dsn)
    except Exception:
        raise InvalidInput("dsn: not a PostgreSQL connection string") from None
    host = str(params.get("host") or params.get("hostaddr") or "")
    if not is_local(host):
        mode = str(params.get("sslmode") or "verify-full")
        if mode not in SAFE_SSLMODES:
            raise InvalidInput(
                "dsn: the team server needs TLS (sslmode=verify-full) unless it runs on "
                "this computer"
            )
        params["sslmode"] = mode
    if user is not None:
        params["user"] = user
    if password is not None:
        params["password"] = password
    return make_conninfo("", **{k: v for k, v in params.items() if v is not None})


def without_password(dsn: str) -> str:
    """`dsn` with any password removed, for storing and printing."""
    params = conninfo_to_dict(dsn)
    params.pop("password", None)
    return make_conninfo("", **params)
