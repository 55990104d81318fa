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
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.exports import ExportRequest, prepare_export, render_export

    request = ExportRequest(
        case_reference=args.case,
        kind=args.kind,
        recipient=args.recipient,
        out=args.out,
        lang=args.lang or system_language(),
        meeting_id=args.meeting,
        person=args.person,
        on=args.on,
    )
    vault = ctx.unlock()
    with vault.session() as s:
        prepared = prepare_export(s, request)
    vault.lock()  # other commands may open the vault while the pages are laid out
    rendered = render_export(prepared)
    print(_("Written: {path} ({pages} pages)").format(path=rendered.path, pages=rendered.pages))
    return 0
