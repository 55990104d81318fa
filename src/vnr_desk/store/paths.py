"""Where a vault lives: one rule, used by the CLI, the GUI and the bundle alike."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "vnr-desk"
ENV_VAULT = "VNR_DESK_VAULT"


def default_vault_dir() -> Path:
    """`$VNR_DESK_VAULT`, else the platform's user data dir (never beside the program)."""
    env = os.environ.get(ENV_VAULT)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


@dataclass(frozen=True)
class VaultPaths:
    directory: Path

    @property
    def database(self) -> Path:
        return self.directory / "vault.db"

    @property
    def header(self) -> Path:
        return self.directory / "vault.header"

    @property
    def lock(self) -> Path:
        return self.directory / "vault.lock"

    def exists(self) -> bool:
        return self.header.exists() or self.database.exists()
