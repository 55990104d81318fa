"""One translated line per typed error."""

from __future__ import annotations

from vnr_desk.i18n import _
from vnr_desk.services.errors import ServiceError
from vnr_desk.store.errors import VaultError

HEADLINES = {
    "wrong_passphrase": "wrong passphrase",
    "wrong_recovery_key": "wrong recovery key",
    "mistyped_recovery_key": "the recovery key is mistyped: check each group of four characters",
    "vault_corrupted": "the vault is damaged or has been tampered with: restore it from a backup",
    "kdf_out_of_range": (
        "the vault header asks for key-derivation settings beyond safe limits; it is damaged "
        "or has been tampered with: restore it from a backup"
    ),
    "vault_too_new": "the vault was saved by a newer VNR Desk: update the program to open it",
    "vault_in_use": "the vault is open in another VNR Desk window or process",
    "vault_not_found": "no vault found: create one with 'vnr-desk init'",
    "vault_exists": "there is already a vault or file there",
    "vault_locked": "the vault is locked",
    "backup_invalid": "the backup is damaged or not a VNR Desk backup",
    "vault_error": "the vault could not be opened",
    "not_found": "not found",
    "duplicate": "already exists",
    "invalid_input": "invalid input",
    "consent_missing": "the recipient has not consented to receive this",
    "service_error": "the action could not be completed",
}

# Detail text worth showing after the headline: it names a path, a pid or a field.
_DETAILED = {"vault_in_use", "vault_not_found", "vault_exists", "backup_invalid"}


def describe(exc: VaultError | ServiceError) -> str:
    headline = _(HEADLINES.get(exc.message_key, HEADLINES["service_error"]))
    if isinstance(exc, ServiceError) or exc.message_key in _DETAILED:
        detail = str(exc)
        if detail:
            return f"{headline}: {detail}"
    return headline
