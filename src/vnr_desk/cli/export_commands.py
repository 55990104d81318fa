"""`vnr-desk export`: a printout for one recipient, written only where asked."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from vnr_desk.cli.context import CliContext
from vnr_desk.i18n import LANGUAGES, _, system_language
from vnr_desk.services.export_kinds import KINDS


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("export", parents=[common], help=_("print a document to PDF"))
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--for", dest="recipient", required=True, metavar="citizen|internal|actor:NAME")
    p.add_argument("--meeting", type=int, default=None, metavar="ID")
    p.add_argument("--person", default=None, metavar="KEY")
    p.add_argument("--lang", choices=LANGUAGES, default=None)
    p.add_argument("--on", type=dt.date.fromisoformat, default=None, metavar="DATE")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help=_("replace an existing PDF"))
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.exports import ExportRequest, export_document
    from vnr_desk.store.output_guard import PDF, check_output

    out = check_output(args.out, PDF, replace=args.force, vault_dir=ctx.vault_dir)
    request = ExportRequest(
        case_reference=args.case,
        kind=args.kind,
        recipient=args.recipient,
        out=out,
        lang=args.lang or system_language(),
        meeting_id=args.meeting,
        person=args.person,
        on=args.on,
    )
    with ctx.unlock(read_only_ok=True).session() as s:
        rendered = export_document(s, request)
    print(_("Written: {path} ({pages} pages)").format(path=rendered.path, pages=rendered.pages))
    return 0
