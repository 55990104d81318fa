"""The print dialog's actions: what can be printed, the consent gate asked before a file
name, the export itself, and recording a signed consent form."""

from __future__ import annotations

import datetime as dt

from vnr_desk.services import consent
from vnr_desk.services.export.printouts import (
    ExportRequest,
    check_export,
    export_document,
    load_choices,
)
from vnr_desk.ui.operations import Done, Failed
from vnr_desk.ui.session import VaultSession


def choices(session: VaultSession, case_id: int, done: Done, failed: Failed) -> None:
    session.run(lambda s: load_choices(s, case_id), done, failed)


def check(session: VaultSession, request: ExportRequest, done: Done, failed: Failed) -> None:
    """The gate (consent, recipient, profile), before anyone is asked for a file name."""
    session.run(lambda s: check_export(s, request), done, failed)


def export(session: VaultSession, request: ExportRequest, done: Done, failed: Failed) -> None:
    session.run(lambda s: export_document(s, request), done, failed)


def record_signed_form(
    session: VaultSession,
    case_id: int,
    recipients: list[str],
    purposes: list[str],
    signed_on: dt.date,
    expires_on: dt.date,
    done: Done,
    failed: Failed,
) -> None:
    """The consents the signed form gives, one per recipient ticked, in one unit of work."""
    session.run(
        lambda s: consent.record_signed_form(
            s, case_id, recipients, purposes, signed_on, expires_on
        ),
        done,
        failed,
    )
