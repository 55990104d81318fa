"""Case and note commands: case new/close/reopen, note add, search.

A note's text and a search query are read from standard input (after the passphrase line
with --passphrase-stdin) or typed at a prompt: as arguments they would be readable by every
user of the machine in /proc/PID/cmdline and kept in shell history. `--text` and a QUERY
argument still work, with a warning on a terminal."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from vnr_desk.cli.context import CliContext
from vnr_desk.cli.output import print_json, shown
from vnr_desk.i18n import _


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    case = commands.add_parser("case", parents=[common], help=_("cases"))
    case_cmds = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    p = case_cmds.add_parser("new", parents=[common], help=_("open a new case"))
    p.add_argument("--reference", required=True)
    p.add_argument("--opened-on", type=dt.date.fromisoformat, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_case_new)
    p = case_cmds.add_parser("close", parents=[common], help=_("close a case"))
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--on", type=dt.date.fromisoformat, default=None)
    p.add_argument("--reason", default="")
    p.add_argument("--handed-to", default="", metavar="WHO")
    p.set_defaults(handler=cmd_case_close)
    p = case_cmds.add_parser("reopen", parents=[common], help=_("reopen a closed case"))
    p.add_argument("--case", required=True, metavar="REF")
    p.set_defaults(handler=cmd_case_reopen)
    from vnr_desk.cli.team_commands import register_case_actions

    register_case_actions(case_cmds, common)

    note = commands.add_parser("note", parents=[common], help=_("journal notes"))
    note_cmds = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    p = note_cmds.add_parser("add", parents=[common], help=_("add a note to a case"))
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument(
        "--text",
        default=None,
        help=_(
            "note text; other users of the computer can read it: leave it out and type the "
            "text, or pipe it in on standard input"
        ),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_note_add)

    p = commands.add_parser("search", parents=[common], help=_("search note text"))
    p.add_argument(
        "query",
        metavar="QUERY",
        nargs="?",
        default=None,
        help=_(
            "words to find; other users of the computer can read them: leave them out and "
            "type them, or pipe them in on standard input"
        ),
    )
    p.add_argument("--case", default=None, metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)


def cmd_case_new(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.cases import create_case

    with ctx.unlock().session() as s:
        case = create_case(s, args.reference, args.opened_on)
    if args.json:
        print_json({"id": case.id, "reference": case.reference, "opened_on": case.opened_on})
    else:
        print(_("Case {ref} opened").format(ref=shown(case.reference)))
    return 0


def cmd_case_close(args: argparse.Namespace, ctx: CliContext) -> int:
    """The after-effort plan is long free text: it is written in the workbook."""
    from vnr_desk.services.cases import close_case_by_id, get_case

    with ctx.unlock().session() as s:
        case = get_case(s, args.case)
        close_case_by_id(
            s,
            case.id,
            args.on or dt.date.today(),
            reason=args.reason,
            handed_to=args.handed_to,
        )
    print(_("Case {ref} closed").format(ref=shown(case.reference)))
    return 0


def cmd_case_reopen(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.cases import get_case, reopen_case_by_id

    with ctx.unlock().session() as s:
        case = get_case(s, args.case)
        reopen_case_by_id(s, case.id)
    print(_("Case {ref} reopened").format(ref=shown(case.reference)))
    return 0


def cmd_note_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.cases import get_case
    from vnr_desk.services.notes import add_note

    body = ctx.text_argument(args.text, "--text")
    vault = ctx.unlock()  # first: a wrong passphrase must not cost a typed note
    if body is None:
        body = ctx.secrets.text(
            _("Type the note, then Ctrl-D on a line of its own:") + "\n", "text"
        )
    with vault.session() as s:
        note = add_note(s, get_case(s, args.case), body)
    if args.json:
        print_json({"id": note.id, "case": args.case, "written_at": note.written_at})
    else:
        print(note.id)
    return 0


def cmd_search(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.cases import get_case
    from vnr_desk.services.notes import search_notes

    query = ctx.text_argument(args.query, "QUERY")
    passphrase = ctx.passphrase()
    if query is None:  # typed before the vault is opened: nobody waits on a prompt
        query = ctx.secrets.text(_("Search for: "), "query", one_line=True)
    with ctx.unlock(passphrase, read_only_ok=True).session() as s:
        case_id = get_case(s, args.case).id if args.case else None
        hits = search_notes(s, query, case_id=case_id)
    rows = [
        {
            "case": h.case_reference,
            "note_id": h.note_id,
            "written_at": h.written_at,
            "snippet": h.snippet,
        }
        for h in hits
    ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            when = f"{row['written_at']:%Y-%m-%d %H:%M}"
            print(f"{shown(row['case'])}  {when}  {shown(row['snippet'])}")
    return 0
