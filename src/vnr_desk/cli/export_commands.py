"""`vnr-desk export`: a printout for one recipient, written only where asked.

`--for actor` reads the actor's name (or number) from standard input or a prompt, and
`--for actor:NUMBER` names it by the number `vnr-desk consent --case REF` shows: an actor's
name on the command line would be readable by other users of the machine."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from vnr_desk.cli.context import CliContext
from vnr_desk.cli.output import shown
from vnr_desk.i18n import LANGUAGES, _, system_language
from vnr_desk.services.export.registry import KINDS


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("export", parents=[common], help=_("print a document to PDF"))
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument(
        "--for",
        dest="recipient",
        required=True,
        metavar="citizen|internal|actor|actor:NUMBER",
        help=_(
            "who the printout is for; 'actor' reads the actor's name from standard input, "
            "'actor:NUMBER' takes the number 'consent --case REF' shows"
        ),
    )
    p.add_argument("--meeting", type=int, default=None, metavar="ID")
    p.add_argument("--person", default=None, metavar="KEY")
    p.add_argument("--lang", choices=LANGUAGES, default=None)
    p.add_argument("--on", type=dt.date.fromisoformat, default=None, metavar="DATE")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help=_("replace an existing PDF"))
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.files.output_guard import PDF, check_output
    from vnr_desk.services.export.printouts import ExportRequest, prepare_export, render_export

    out = check_output(args.out, PDF, replace=args.force, vault_dir=ctx.vault_dir)
    passphrase = ctx.passphrase()
    recipient = _recipient(args.recipient, ctx)
    request = ExportRequest(
        case_reference=args.case,
        kind=args.kind,
        recipient=recipient,
        out=out,
        lang=args.lang or system_language(),
        meeting_id=args.meeting,
        person=args.person,
        on=args.on,
    )
    vault = ctx.unlock(passphrase, read_only_ok=True)
    from vnr_desk.team.sync import refresh_before_export

    refresh_before_export(vault)  # a withdrawal synced from a colleague is known first
    with vault.session() as s:
        prepared = prepare_export(s, request)
    vault.lock()  # other commands may open the vault while the pages are laid out
    rendered = render_export(prepared)
    print(
        _("Written: {path} ({pages} pages)").format(path=shown(rendered.path), pages=rendered.pages)
    )
    return 0


def _recipient(given: str, ctx: CliContext) -> str:
    """`--for` as given, with `actor` completed from standard input or a prompt."""
    # imported here: `vnr_desk.domain` loads the ORM, which building the parser must not
    from vnr_desk.domain.recipient import RecipientKind, actor_query, actor_query_text

    if given == RecipientKind.ACTOR:
        name = ctx.secrets.text(_("Actor (name or number): "), "for", one_line=True).strip()
        return actor_query_text(name)
    named = actor_query(given)
    if named is not None and not named.isdigit():
        return actor_query_text(ctx.text_argument(named, "--for actor:NAME") or named)
    return given
