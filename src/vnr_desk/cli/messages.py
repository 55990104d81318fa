"""One translated line per typed error."""

from __future__ import annotations

from vnr_desk.cli.output import shown
from vnr_desk.i18n import _
from vnr_desk.services.errors import ServiceError
from vnr_desk.store.errors import OutputRefused, VaultError

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
    "disk_full": "the disk is full: free space; nothing was lost",
    "vault_read_only": "the vault is on read-only media: it can be read but not changed",
    "output_in_vault": "refusing to write into a vault folder; choose another folder",
    "output_vault_file": "refusing to replace a vault file",
    "output_backup_file": "refusing to replace a backup",
    "output_read_only": "refusing to replace a read-only file",
    "output_is_folder": "that is a folder, not a file name",
    "output_not_file": "that is a device or a pipe, not a file",
    "output_exists_never": "the file exists; a backup never replaces a file: choose a new name",
    "output_other_kind": "the file exists and holds something else; it is never replaced",
    "output_exists": "the file exists; add --force to replace it",
    "output_no_folder": "the folder does not exist",
    "output_folder_read_only": "cannot write in that folder (read-only or no permission)",
    "not_found": "not found",
    "duplicate": "already exists",
    "invalid_input": "invalid input",
    "consent_missing": "the recipient has not consented to receive this",
    "service_error": "the action could not be completed",
    "output_synced_folder": (
        "refusing to write a plaintext dump into a synced or shared folder; "
        "use 'vnr-desk handover' to move a case"
    ),
    "handover_refused": "the handover was refused; nothing was changed",
    "handover_unknown_sender": (
        "refused: the bundle is signed by someone not on your colleague list; "
        "add their contact card (and compare the fingerprint) first"
    ),
    "handover_not_for_you": "refused: the bundle is encrypted to another recipient, not to you",
    "handover_retargeted": (
        "refused: the bundle was signed for another recipient and re-encrypted to you"
    ),
    "handover_reference_taken": (
        "refused: another case already has this reference here; nothing was changed"
    ),
    "handover_already_received": "this case has already been received; nothing was changed",
    "handover_choice_needed": (
        "the case comes back with differences: choose with --take (see --show); nothing was changed"
    ),
    "case_handed_over": "the case has been handed over and is read-only here",
    "handover_damaged": (
        "the bundle is damaged or has been tampered with; ask the sender for a new one"
    ),
    "handover_truncated": "the bundle is incomplete (cut off); ask the sender to send it again",
    "handover_bad_signature": "the bundle's signature is not valid: it was altered or forged",
    "handover_not_a_bundle": "this is not a VNR Desk handover bundle",
}

# Detail text worth showing after the headline: it names a path, a pid or a field.
_DETAILED = {"vault_in_use", "vault_not_found", "vault_exists", "backup_invalid"}


def describe(exc: VaultError | ServiceError) -> str:
    headline = _(HEADLINES.get(exc.message_key, HEADLINES["service_error"]))
    page = getattr(exc, "page", None)
    if page is not None:
        return f"{headline} ({_('first damaged page: {page}').format(page=page)})"
    if isinstance(exc, ServiceError | OutputRefused) or exc.message_key in _DETAILED:
        detail = shown(exc)  # it may quote a reference or a name from a case file
        if detail:
            return f"{headline}: {detail}"
    return headline
