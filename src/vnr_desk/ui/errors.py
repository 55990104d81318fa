"""Typed core errors → one translated sentence for a person. Never the exception text of an
unexpected error: it may quote SQL parameters, i.e. case content."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from vnr_desk.services.errors import ServiceError
from vnr_desk.store import errors as vault_errors


def disk_full(exc: BaseException) -> bool:
    """ENOSPC from a file write, or SQLite's SQLITE_FULL (its own message, no case data)."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlite_errorcode", None) == 13 or "disk is full" in str(orig or "")


def error_text(exc: BaseException) -> str:
    if isinstance(exc, vault_errors.MistypedRecoveryKey):
        return QCoreApplication.translate(
            "Errors", "The recovery key is mistyped. Check each group of four characters."
        )
    if isinstance(exc, vault_errors.WrongRecoveryKey):
        return QCoreApplication.translate("Errors", "That recovery key does not open this vault.")
    if isinstance(exc, vault_errors.WrongPassphrase):
        return QCoreApplication.translate("Errors", "Wrong passphrase. Try again.")
    if isinstance(exc, vault_errors.VaultCorrupted | vault_errors.BackupInvalid):
        return QCoreApplication.translate(
            "Errors",
            "The vault is damaged or has been tampered with. "
            "Do not type more into it: restore it from a backup.",
        )
    if isinstance(exc, vault_errors.VaultTooNew):
        return QCoreApplication.translate(
            "Errors", "The vault was saved by a newer VNR Desk. Update the program to open it."
        )
    if isinstance(exc, vault_errors.VaultInUse):
        return QCoreApplication.translate(
            "Errors", "The vault is already open in another VNR Desk window."
        )
    if isinstance(exc, vault_errors.DiskFull) or (
        isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)
    ):
        return QCoreApplication.translate(
            "Errors", "The disk is full: free space. Nothing was lost."
        )
    if isinstance(exc, vault_errors.VaultReadOnly):
        return QCoreApplication.translate(
            "Errors", "The vault is on read-only media: it can be read but not changed."
        )
    if isinstance(exc, vault_errors.OutputRefused):
        return output_refused_text(exc)
    if isinstance(exc, vault_errors.Locked):
        return QCoreApplication.translate("Errors", "The vault is locked.")
    if disk_full(exc):
        return QCoreApplication.translate(
            "Errors", "The disk is full, so the change could not be saved. Free some space."
        )
    if getattr(exc, "message_key", None) == "case_handed_over":
        return QCoreApplication.translate(
            "Errors", "The case has been handed over and is read-only here. Nothing was changed."
        )
    if isinstance(exc, ServiceError):
        return QCoreApplication.translate("Errors", "The change was not saved: {detail}").format(
            detail=str(exc)
        )
    return QCoreApplication.translate(
        "Errors", "Something went wrong ({kind}). Nothing typed has been lost."
    ).format(kind=type(exc).__name__)


def output_refused_text(exc: vault_errors.OutputRefused) -> str:
    """Why a chosen file was not written, in the person's words; nothing was written."""
    reasons = {
        "in_vault": QCoreApplication.translate(
            "Errors", "That folder holds a vault. Choose another folder."
        ),
        "vault_file": QCoreApplication.translate(
            "Errors", "That file is part of a vault and is never replaced."
        ),
        "backup_file": QCoreApplication.translate(
            "Errors", "That file is a backup and is never replaced."
        ),
        "read_only": QCoreApplication.translate(
            "Errors", "That file is read-only and is not replaced."
        ),
        "is_folder": QCoreApplication.translate("Errors", "That is a folder. Choose a file name."),
        "not_file": QCoreApplication.translate(
            "Errors", "That is not an ordinary file. Choose a file name."
        ),
        "exists_never": QCoreApplication.translate(
            "Errors", "A backup never replaces a file. Choose a new name."
        ),
        "other_kind": QCoreApplication.translate(
            "Errors", "That file exists and holds something else. Choose another name."
        ),
        "exists": QCoreApplication.translate("Errors", "That file exists. Choose another name."),
        "no_folder": QCoreApplication.translate("Errors", "That folder does not exist."),
        "folder_read_only": QCoreApplication.translate(
            "Errors", "Cannot write in that folder: it is read-only or not yours."
        ),
    }
    reason = reasons.get(
        exc.reason, QCoreApplication.translate("Errors", "That file cannot be written there.")
    )
    return QCoreApplication.translate("Errors", "{reason} Nothing was written.").format(
        reason=reason
    )
