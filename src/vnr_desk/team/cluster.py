"""A throwaway PostgreSQL cluster from the machine's server binaries, for tests and
benchmarks: `initdb` in a temporary directory as an unprivileged user (PostgreSQL refuses
to run as root), a Unix socket in that directory and a free loopback port, stopped and
removed at the end. Used by the test suite so `make test` needs nothing started by hand."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

INSTALL_HINT = (
    "PostgreSQL server binaries not found: install them with "
    "`apt-get install -y postgresql-15` (Debian/Ubuntu), or point VNR_DESK_PG_BIN at a "
    "directory holding initdb and pg_ctl"
)
SERVICE_USER = "vnrpg"


class PostgresUnavailable(RuntimeError):
    """No initdb/pg_ctl on this machine: the message says how to install them."""


def find_bin_dir() -> Path:
    """The newest server binary directory: $VNR_DESK_PG_BIN, Debian's layout, or PATH."""
    given = os.environ.get("VNR_DESK_PG_BIN")
    candidates = [given] if given else []
    candidates += sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
    )[::-1]
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).resolve().parent))
    for candidate in candidates:
        if (
            candidate
            and (Path(candidate) / "initdb").exists()
            and (Path(candidate) / "pg_ctl").exists()
        ):
            return Path(candidate)
    raise PostgresUnavailable(INSTALL_HINT)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ensure_service_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(SERVICE_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SERVICE_USER,
            ],
            check=True,
            capture_output=True,
        )
        return pwd.getpwnam(SERVICE_USER)


@dataclass
class Cluster:
    """A running cluster; `admin_dsn(db)` connects as its superuser over the socket."""

    bin_dir: Path
    root: Path
    port: int
    superuser: str
    run_as: str | None

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def admin_dsn(self, dbname: str = "postgres") -> str:
        return f"postgresql://{self.superuser}@/{dbname}?host={self.socket_dir}&port={self.port}"

    def tcp_dsn(self, dbname: str, user: str) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True)

    @classmethod
    def start(cls) -> Cluster:
        bin_dir = find_bin_dir()
        root = Path(tempfile.mkdtemp(prefix="vnr-pg-"))
        run_as: str | None = None
        if os.geteuid() == 0:
            user = _ensure_service_user()
            run_as = user.pw_name
            os.chown(root, user.pw_uid, user.pw_gid)
            superuser = user.pw_name
        else:
            superuser = pwd.getpwuid(os.geteuid()).pw_name
        os.chmod(root, 0o700 if run_as is None else 0o755)
        cluster = cls(bin_dir, root, _free_port(), superuser, run_as)
        cluster._run(
            "initdb",
            "-D",
            str(cluster.data_dir),
            "-U",
            superuser,
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        )
        (cluster.socket_dir).mkdir()
        if run_as:
            user = pwd.getpwnam(run_as)
            os.chown(cluster.socket_dir, user.pw_uid, user.pw_gid)
        hba = cluster.data_dir / "pg_hba.conf"
        hba_text = (
            f"local all {superuser} trust\n"
            "local all all scram-sha-256\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
            "host all all ::1/128 scram-sha-256\n"
        )
        hba.write_text(hba_text)
        if run_as:
            user = pwd.getpwnam(run_as)
            os.chown(hba, user.pw_uid, user.pw_gid)
        options = (
            f"-c port={cluster.port} -c listen_addresses=127.0.0.1 "
            f"-c unix_socket_directories={cluster.socket_dir} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        cluster._run(
            "pg_ctl",
            "-D",
            str(cluster.data_dir),
            "-w",
            "-l",
            str(cluster.root / "log"),
            "-o",
            options,
            "start",
        )
        return cluster

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
