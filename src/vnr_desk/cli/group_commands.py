"""`vnr-desk group`: cooperation groups across cases, thin over `services.groups`.

Members are given as `UNIT` or `UNIT=PERSON` (staff of the units, not case data). The
presentation text is case text, so it is read from standard input or a prompt, never
taken as an argument. A case reaches a group's agenda, and the agenda a PDF, only through
the group consent gate: without a valid consent the command exits 7 and writes nothing."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from vnr_desk.cli.context import CliContext
from vnr_desk.cli.output import print_json, shown
from vnr_desk.i18n import LANGUAGES, _, system_language


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        message = _("not a date (YYYY-MM-DD): {value}").format(value=value)
        raise argparse.ArgumentTypeError(message) from None


def _when(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        message = _("not a time (YYYY-MM-DDTHH:MM): {value}").format(value=value)
        raise argparse.ArgumentTypeError(message) from None


def _member(value: str) -> tuple[str, str]:
    unit, _sep, person = value.partition("=")
    return unit.strip(), person.strip()


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    group = commands.add_parser("group", parents=[common], help=_("cooperation groups"))
    cmds = group.add_subparsers(dest="group_command", metavar="ACTION", required=True)

    def sub(name: str, text: str, handler: Any) -> argparse.ArgumentParser:
        p = cmds.add_parser(name, parents=[common], help=text)
        p.set_defaults(handler=handler)
        return p

    member_help = _("a member unit, UNIT or UNIT=PERSON; repeat for each member")
    p = sub("add", _("add a cooperation group"), cmd_add)
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=("internal", "external"))
    p.add_argument("--cadence-days", type=int, default=None, metavar="DAYS")
    p.add_argument("--started", type=_date, default=None, metavar="DATE")
    p.add_argument("--member", action="append", type=_member, default=[], help=member_help)
    p.add_argument("--json", action="store_true")

    p = sub("edit", _("change a cooperation group"), cmd_edit)
    p.add_argument("--group", required=True, type=int, metavar="ID")
    p.add_argument("--name", default=None)
    p.add_argument("--cadence-days", type=int, default=None, metavar="DAYS")
    p.add_argument("--member", action="append", type=_member, default=None, help=member_help)

    p = sub("retire", _("retire a cooperation group"), cmd_retire)
    p.add_argument("--group", required=True, type=int, metavar="ID")
    p.add_argument("--on", type=_date, default=None, metavar="DATE")

    p = sub("list", _("list the cooperation groups and their next meeting"), cmd_list)
    p.add_argument("--json", action="store_true")

    p = sub("consent", _("record consent to share a case with a group"), cmd_consent)
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--group", required=True, type=int, metavar="ID")
    p.add_argument("--given", type=_date, default=None, metavar="DATE")
    p.add_argument("--expires", type=_date, default=None, metavar="DATE")
    p.add_argument("--oral", action="store_true", help=_("given orally (say who documented it)"))
    p.add_argument("--documented-by", default=None, metavar="NAME")

    p = sub("withdraw", _("record that consent to share with a group is withdrawn"), cmd_withdraw)
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--group", required=True, type=int, metavar="ID")
    p.add_argument("--on", type=_date, default=None, metavar="DATE")
    p.add_argument("--recorded-by", required=True, metavar="NAME")

    p = sub("convene", _("urgent: convene a group about a case within 24 hours"), cmd_convene)
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--group", required=True, type=int, metavar="ID")
    p.add_argument("--on", type=_date, default=None, metavar="DATE")

    p = sub("meeting", _("book a meeting of a group"), cmd_meeting)
    p.add_argument("--group", required=True, type=int, metavar="ID")
    p.add_argument("--at", required=True, type=_when, metavar="YYYY-MM-DDTHH:MM")
    p.add_argument("--place", default="")
    p.add_argument("--json", action="store_true")

    p = sub("meetings", _("a group's meetings and the cases on their agendas"), cmd_meetings)
    p.add_argument("--group", required=True, type=int, metavar="ID")
    p.add_argument("--json", action="store_true")

    p = sub("agenda-add", _("put a case on a group meeting's agenda"), cmd_agenda_add)
    p.add_argument("--meeting", required=True, type=int, metavar="ID")
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--on", type=_date, default=None, metavar="DATE")

    p = sub("agenda-remove", _("take a case off a group meeting's agenda"), cmd_agenda_remove)
    p.add_argument("--meeting", required=True, type=int, metavar="ID")
    p.add_argument("--case", required=True, metavar="REF")

    p = sub("agenda", _("print a group meeting's agenda to PDF"), cmd_agenda)
    p.add_argument("--meeting", required=True, type=int, metavar="ID")
    p.add_argument("--lang", choices=LANGUAGES, default=None)
    p.add_argument("--on", type=_date, default=None, metavar="DATE")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--force", action="store_true", help=_("replace an existing PDF"))

    p = sub("presentation", _("write the de-identified presentation text of a case"), cmd_present)
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument(
        "--reviewed",
        action="store_true",
        help=_("the text identifies no one and may be printed for a group"),
    )

    p = sub("due", _("the groups' next meetings and urgent convenings"), cmd_due)
    p.add_argument("--on", type=_date, default=None, metavar="DATE")
    p.add_argument("--json", action="store_true")


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import groups

    with ctx.unlock().session() as s:
        gid = groups.create_group(
            s,
            args.name,
            args.kind,
            cadence_days=args.cadence_days,
            started_on=args.started,
            members=args.member,
        )
    if args.json:
        print_json({"id": gid})
    else:
        print(_("Group {id} added").format(id=gid))
    return 0


def cmd_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import groups

    with ctx.unlock().session() as s:
        groups.update_group(
            s, args.group, name=args.name, cadence_days=args.cadence_days, members=args.member
        )
    print(_("Group {id} changed").format(id=args.group))
    return 0


def cmd_retire(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import groups

    with ctx.unlock().session() as s:
        groups.retire_group(s, args.group, args.on or dt.date.today())
    print(_("Group {id} retired").format(id=args.group))
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.views.groups import group_rows

    with ctx.unlock(read_only_ok=True).session() as s:
        rows = group_rows(s)
    out = [
        {
            "id": r.id,
            "name": r.name,
            "kind": r.kind,
            "cadence_days": r.cadence_days,
            "members": [{"unit": u, "person": p} for u, p in r.members],
            "next_meeting_due": r.next_due,
        }
        for r in rows
    ]
    if args.json:
        print_json(out)
    else:
        for r in rows:
            kind = _("internal") if r.kind == "internal" else _("external")
            line = _("{id}  {name} ({kind}), every {days} days, next meeting due {due}").format(
                id=r.id, name=shown(r.name), kind=kind, days=r.cadence_days, due=r.next_due
            )
            print(line)
    return 0


def cmd_consent(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import groups
    from vnr_desk.services.cases import get_case

    with ctx.unlock().session() as s:
        groups.record_group_consent(
            s,
            get_case(s, args.case).id,
            args.group,
            args.given or dt.date.today(),
            form="oral" if args.oral else "written",
            documented_by=args.documented_by,
            expires_on=args.expires,
        )
    print(_("Consent to share with group {id} recorded").format(id=args.group))
    return 0


def cmd_withdraw(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import groups
    from vnr_desk.services.cases import get_case

    with ctx.unlock().session() as s:
        groups.withdraw_group_consent(
            s,
            get_case(s, args.case).id,
            args.group,
            args.on or dt.date.today(),
            recorded_by=args.recorded_by,
        )
    print(_("Consent to share with group {id} withdrawn").format(id=args.group))
    return 0


def cmd_convene(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import groups
    from vnr_desk.services.cases import get_case

    on = args.on or dt.date.today()
    with ctx.unlock().session() as s:
        groups.convene(s, get_case(s, args.case).id, args.group, on)
    print(
        _("Group {id} convened: it must meet by {due}").format(
            id=args.group, due=on + dt.timedelta(days=1)
        )
    )
    return 0


def cmd_meeting(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import groups

    with ctx.unlock().session() as s:
        mid = groups.book_meeting(s, args.group, args.at, args.place)
    if args.json:
        print_json({"id": mid})
    else:
        print(_("Group meeting {id} booked").format(id=mid))
    return 0


def cmd_meetings(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.views.groups import group_meetings

    with ctx.unlock(read_only_ok=True).session() as s:
        rows = group_meetings(s, args.group)
    out = [
        {
            "id": m.id,
            "kind": m.kind,
            "held_on": m.held_on,
            "place": m.place,
            "cancelled": m.cancelled,
            "cases": [a.case_reference for a in m.agenda],
        }
        for m in rows
    ]
    if args.json:
        print_json(out)
    else:
        for m in rows:
            cases = ", ".join(shown(a.case_reference) for a in m.agenda) or "–"
            print(f"{m.id}  {m.held_on:%Y-%m-%d %H:%M}  {shown(m.place)}  {cases}")
    return 0


def cmd_agenda_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import groups
    from vnr_desk.services.cases import get_case

    with ctx.unlock().session() as s:
        groups.add_case_to_agenda(
            s, args.meeting, get_case(s, args.case).id, args.on or dt.date.today()
        )
    print(_("Case {ref} put on the agenda").format(ref=shown(args.case)))
    return 0


def cmd_agenda_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import groups
    from vnr_desk.services.cases import get_case

    with ctx.unlock().session() as s:
        groups.remove_case_from_agenda(s, args.meeting, get_case(s, args.case).id)
    print(_("Case {ref} taken off the agenda").format(ref=shown(args.case)))
    return 0


def cmd_agenda(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.files.output_guard import PDF, check_output
    from vnr_desk.services.export.presentation import (
        prepare_group_agenda,
        render_prepared_agenda,
    )

    out = check_output(args.out, PDF, replace=args.force, vault_dir=ctx.vault_dir)
    vault = ctx.unlock(read_only_ok=True)
    with vault.session() as s:
        prepared = prepare_group_agenda(
            s, args.meeting, out, args.lang or system_language(), args.on
        )
    vault.lock()
    rendered = render_prepared_agenda(prepared)
    print(
        _("Written: {path} ({pages} pages)").format(path=shown(rendered.path), pages=rendered.pages)
    )
    return 0


def cmd_present(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services import groups
    from vnr_desk.services.cases import get_case

    vault = ctx.unlock()
    text = ctx.secrets.text(
        _("Type the presentation text, then Ctrl-D on a line of its own:") + "\n", "text"
    )
    with vault.session() as s:
        groups.save_presentation(s, get_case(s, args.case).id, text, reviewed=args.reviewed)
    print(_("Presentation text saved") if not args.reviewed else _("Presentation text reviewed"))
    return 0


def cmd_due(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.views.groups import GROUP_MEETING_RULE, group_due_rows

    on = args.on or dt.date.today()
    with ctx.unlock(read_only_ok=True).session() as s:
        rows = group_due_rows(s, on, on + dt.timedelta(days=7))
    rows.sort(key=lambda r: (r.due_on, r.case_reference))
    out = [
        {
            "rule": r.rule,
            "group": r.subject_label,
            "case": r.case_reference or None,
            "due_on": r.due_on,
            "status": r.status,
        }
        for r in rows
    ]
    if args.json:
        print_json(out)
    else:
        for r in rows:
            what = (
                _("Next meeting of {group}")
                if r.rule == GROUP_MEETING_RULE
                else _("Convene {group} within 24 hours")
            ).format(group=shown(r.subject_label))
            print(f"{r.due_on}  {_(r.status):9}  {shown(r.case_reference)}  {what}")
    return 0
