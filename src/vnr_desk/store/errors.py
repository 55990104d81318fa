"""Typed vault errors. Each maps to one exit code and one message, and none is ever
raised in place of another: a damaged vault must never look like a wrong passphrase."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error the vault raises on purpose."""

    exit_code = 1
    message_key = "vault_error"


class WrongPassphrase(VaultError):
    exit_code = 3
    message_key = "wrong_passphrase"


class WrongRecoveryKey(WrongPassphrase):
    message_key = "wrong_recovery_key"


class MistypedRecoveryKey(WrongRecoveryKey):
    """The recovery key's own check group does not match: a typing slip, not a wrong key."""

    message_key = "mistyped_recovery_key"


class VaultCorrupted(VaultError):
    exit_code = 4
    message_key = "vault_corrupted"

    def __init__(self, message: str = "", *, page: int | None = None) -> None:
        super().__init__(message)
        self.page = page


class KdfOutOfRange(VaultCorrupted):
    """A key slot asks for a key-derivation cost beyond the ceilings: a damaged or edited
    header, refused before anything is allocated."""

    message_key = "kdf_out_of_range"


class VaultTooNew(VaultError):
    exit_code = 5
    message_key = "vault_too_new"


class VaultInUse(VaultError):
    exit_code = 6
    message_key = "vault_in_use"


class VaultNotFound(VaultError):
    message_key = "vault_not_found"


class VaultExists(VaultError):
    message_key = "vault_exists"


class Locked(VaultError):
    """A call reached the vault after it was locked."""

    message_key = "vault_locked"


class BackupInvalid(VaultError):
    exit_code = 4
    message_key = "backup_invalid"


class DiskFull(VaultError):
    """No space left (ENOSPC, SQLITE_FULL). The failed write was rolled back, so nothing
    that was saved before is lost: this must never read as a damaged vault."""

    exit_code = 8
    message_key = "disk_full"


class VaultReadOnly(VaultError):
    """The vault sits on read-only media: it can be read, exported from and backed up,
    but not changed."""

    message_key = "vault_read_only"


class OutputRefused(VaultError):
    """A path chosen for a PDF, backup, dump or screenshot that VNR Desk will not write
    (a vault file, a backup, a folder, a read-only file, ...). Nothing was written."""

    exit_code = 2
    message_key = "output_refused"

    def __init__(self, reason: str, path: object) -> None:
        super().__init__(str(path))
        self.reason = reason
        self.message_key = f"output_{reason}"
