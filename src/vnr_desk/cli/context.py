"""Per-invocation state: which vault, how to get secrets, and the open vault to close."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from vnr_desk.cli.output import warn_visible
from vnr_desk.cli.secrets import SecretSource
from vnr_desk.i18n import _
from vnr_desk.services.errors import InvalidInput
from vnr_desk.store.paths import default_vault_dir

if TYPE_CHECKING:  # loaded only by commands that open a vault, so `gui` starts quickly
    from vnr_desk.store.keyslots import Argon2Params
    from vnr_desk.store.vault import Vault

ENV_PASSPHRASE = "VNR_DESK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "VNR_DESK_NEW_PASSPHRASE"
ENV_RECOVERY_KEY = "VNR_DESK_RECOVERY_KEY"
# Only for test suites: creates vaults with a trivially cheap KDF. Never set it for real use.
ENV_INSECURE_TEST_KDF = "VNR_DESK_INSECURE_TEST_KDF"


def kdf_params() -> Argon2Params:
    from vnr_desk.store.keyslots import CHEAP_TEST_PARAMS, Argon2Params

    if os.environ.get(ENV_INSECURE_TEST_KDF) == "1":
        return CHEAP_TEST_PARAMS
    return Argon2Params()


@dataclass
class CliContext:
    vault_dir: Path
    secrets: SecretSource
    opened: list[Vault] = field(default_factory=list)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CliContext:
        given = getattr(args, "vault", None)
        directory = Path(given).expanduser() if given else default_vault_dir()
        return cls(directory, SecretSource(bool(getattr(args, "passphrase_stdin", False))))

    def passphrase(self) -> str:
        return self.secrets.get(ENV_PASSPHRASE, _("Passphrase: "))

    def new_passphrase(self) -> str:
        return self.secrets.get(ENV_NEW_PASSPHRASE, _("New passphrase: "), confirm=True)

    def recovery_key(self) -> str:
        return self.secrets.get(ENV_RECOVERY_KEY, _("Recovery key: "))

    def unlock(self, passphrase: str | None = None, *, read_only_ok: bool = False) -> Vault:
        """Open the vault with `passphrase`, or the one read now (prompt, stdin, env).
        `read_only_ok` for commands that only read (and audit): on a full disk or
        read-only media they open it read-only instead of failing."""
        from vnr_desk.store.vault import Vault

        if passphrase is None:
            passphrase = self.passphrase()
        vault = Vault.unlock(self.vault_dir, passphrase, kdf_params(), read_only_ok=read_only_ok)
        self.opened.append(vault)
        return vault

    def text_argument(self, value: str | None, option: str) -> str | None:
        """Case text given as an argument: warned about on a terminal; None if not given."""
        if value is None:
            return None
        warn_visible(option)
        if any("\ud800" <= ch <= "\udfff" for ch in value):  # undecodable bytes in argv
            raise InvalidInput(f"{option}: not UTF-8 text")
        return value

    def keep(self, vault: Vault) -> Vault:
        self.opened.append(vault)
        return vault

    def close(self) -> None:
        for vault in self.opened:
            vault.lock()
        self.opened.clear()
