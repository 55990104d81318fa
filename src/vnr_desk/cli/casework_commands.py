"""Case-work commands: demo, import, dump, due, consent."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from vnr_desk.cli.context import CliContext
from vnr_desk.cli.output import print_json, shown, stderr_is_terminal, write_json_file
from vnr_desk.i18n import _
from vnr_desk.rules.deadlines import RULE_LABELS
from vnr_desk.services.errors import InvalidInput


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        message = _("not a date (YYYY-MM-DD): {value}").format(value=value)
        raise argparse.ArgumentTypeError(message) from None


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("demo", parents=[common], help=_("fill the vault with fictional cases"))
    p.add_argument("--cases", type=int, default=20, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar="DATE",
        help=_("dates of the demo relative to this day"),
    )
    p.add_argument(
        "--lang",
        choices=("da", "sv"),
        default=None,
        help=_("language of the demo cases (default: the vault's edition)"),
    )
    p.add_argument(
        "--remove", action="store_true", help=_("remove every demo case (real cases stay)")
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser("import", parents=[common], help=_("import cases from a JSON file"))
    p.add_argument("file", metavar="FILE.json", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser("dump", parents=[common], help=_("write one case as JSON"))
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument(
        "--out", type=Path, default=None, metavar="FILE.json", help=_("write to this file")
    )
    p.add_argument("--force", action="store_true", help=_("replace an existing JSON file"))
    p.set_defaults(handler=cmd_dump)

    p = commands.add_parser("due", parents=[common], help=_("deadlines of all open cases"))
    p.add_argument("--on", type=_date, default=None, metavar="DATE")
    p.add_argument("--case", default=None, metavar="REF")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_due)

    p = commands.add_parser("consent", parents=[common], help=_("consent status of a case"))
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--on", type=_date, default=None, metavar="DATE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_consent)


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.seed.demo import generate_demo

    if args.remove:
        from vnr_desk.services.seed.demo_removal import remove_demo_cases

        with ctx.unlock().session() as s:
            removed = remove_demo_cases(s)
        if args.json:
            print_json({"removed": removed})
        else:
            print(_("{n} demo cases removed").format(n=removed))
        return 0
    if args.cases < 1:
        raise InvalidInput("cases: must be at least 1")
    with ctx.unlock().session() as s:
        made = generate_demo(s, args.cases, args.seed, args.today, args.lang)
        references = [c.reference for c in made]
    if args.json:
        print_json({"cases": references})
    else:
        print(_("{n} demo cases added").format(n=len(references)))
    return 0


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.interchange.importer import import_cases, load_documents

    documents = load_documents(args.file)
    with ctx.unlock().session() as s:
        references = [c.reference for c in import_cases(s, documents)]
    if args.json:
        print_json({"imported": references})
    else:
        for reference in references:
            print(_("Imported {ref}").format(ref=shown(reference)))
    return 0


def cmd_dump(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.files.output_guard import JSON, check_output
    from vnr_desk.files.synced_folders import synced_folder
    from vnr_desk.services.cases import get_case
    from vnr_desk.services.interchange.dump import dump_case
    from vnr_desk.store.errors import OutputRefused

    out = None
    if args.out is not None:
        out = check_output(args.out, JSON, replace=args.force, vault_dir=ctx.vault_dir)
        service = synced_folder(out)
        if service is not None:
            raise OutputRefused("synced_folder", f"{out} ({service})")
    if stderr_is_terminal():
        warning = _(
            "warning: a dump is plaintext: everything in the case, protected addresses "
            "included, readable by anyone who gets the file; to move a case use "
            "'vnr-desk handover'"
        )
        print(f"vnr-desk: {warning}", file=sys.stderr)
    with ctx.unlock(read_only_ok=True).session() as s:
        data = dump_case(s, get_case(s, args.case))
    if out is None:
        print_json(data)
    else:
        write_json_file(out, data)
        print(_("Written: {path}").format(path=out))
    return 0


def cmd_due(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import deadlines
    from vnr_desk.services.cases import get_case

    with ctx.unlock(read_only_ok=True).session() as s:
        case = get_case(s, args.case) if args.case else None
        rows = deadlines.due(s, args.on, case)
    out = [
        {
            "case": d.case_reference,
            "rule": d.rule,
            "due_on": d.due_on,
            "status": d.status.value,
            "subject_id": d.subject_id,
            "done_on": d.done_on,
        }
        for d in rows
    ]
    if args.json:
        print_json(out)
    else:
        for d in rows:
            label = _(RULE_LABELS.get(d.rule, d.rule))
            print(f"{d.due_on}  {_(d.status.value):9}  {shown(d.case_reference)}  {label}")
    return 0


def cmd_consent(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import consent
    from vnr_desk.services.cases import get_case

    on = args.on or dt.date.today()
    with ctx.unlock(read_only_ok=True).session() as s:
        cells = consent.consent_grid(s, get_case(s, args.case).id, on)
    out = [
        {
            "recipient": c.recipient,
            "recipient_label": c.recipient_label,
            "purpose": c.purpose.value,
            "status": c.status.value,
            "expires_on": c.expires_on,
        }
        for c in cells
    ]
    if args.json:
        print_json({"case": args.case, "on": on, "consents": out})
    else:
        for c in cells:
            label = shown(c.recipient_label)
            print(f"{c.recipient:12}  {label:40}  {_(c.purpose.value):24}  {_(c.status.value)}")
    return 0
