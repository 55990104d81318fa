"""`vnr-desk export`: a printout for one recipient, written only where asked.

`--for actor` reads the actor's name (or number) from standard input or a prompt, and
`--for actor:NUMBER` names it by the number `vnr-desk consent --case REF` shows: an actor's
name on the command line would be readable by other users of the machine."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
from pathlib import Path
from typing import Any

from vnr_desk.cli.context import CliContext
from vnr_desk.cli.output import shown
from vnr_desk.i18n import ENV_LANGUAGE, LANGUAGES, _, system_language
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
    plan = p.add_mutually_exclusive_group()
    plan.add_argument(
        "--plan", type=int, default=None, metavar="ID", help=_("which plan (default: adult plan)")
    )
    plan.add_argument(
        "--child",
        type=int,
        default=None,
        metavar="PERSON_ID",
        help=_("print this child's current plan, e.g. for the children's unit"),
    )
    p.add_argument(
        "--ask",
        action="append",
        default=[],
        metavar="actor:NUMBER|network:NUMBER",
        help=_("consent form: a recipient to ask (repeat; default: every actor)"),
    )
    p.add_argument(
        "--purpose",
        action="append",
        default=[],
        metavar="PURPOSE",
        help=_("consent form: a purpose to ask for (repeat; default: every purpose)"),
    )
    p.add_argument(
        "--valid-until",
        type=dt.date.fromisoformat,
        default=None,
        metavar="DATE",
        help=_("consent form: the validity printed (default: one year)"),
    )
    p.add_argument("--lang", choices=LANGUAGES, default=None)
    p.add_argument("--on", type=dt.date.fromisoformat, default=None, metavar="DATE")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help=_("replace an existing PDF"))
    p.set_defaults(handler=cmd_export)


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.files.output_guard import PDF, check_output
    from vnr_desk.services.export.printouts import ExportRequest, prepare_export, render_export
    from vnr_desk.services.settings import edition

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
        plan_id=args.plan,
        consent_recipients=tuple(args.ask),
        consent_purposes=tuple(args.purpose),
        valid_until=args.valid_until,
        child=str(args.child) if args.child is not None else None,
    )
    vault = ctx.unlock(passphrase, read_only_ok=True)
    from vnr_desk.team.sync import refresh_before_export

    refresh_before_export(vault)  # a withdrawal synced from a colleague is known first
    with vault.session() as s:
        if args.lang is None and not os.environ.get(ENV_LANGUAGE):
            request = dataclasses.replace(request, lang=edition(s))  # the vault's language
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
