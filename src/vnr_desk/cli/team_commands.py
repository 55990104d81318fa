"""Team server commands: `team-server init|add-user` (municipal IT, administrator DSN),
`team join`, `sync`, `conflicts`, `resolve`, and the handlers of `case assign|share`.

The join secret is read like a passphrase (prompt, a --passphrase-stdin line after the
vault passphrase, or $VNR_DESK_JOIN_SECRET), never from argv."""

from __future__ import annotations

import argparse
import json
from typing import Any

from vnr_desk.cli.context import CliContext
from vnr_desk.cli.output import print_json, shown
from vnr_desk.i18n import _

ENV_JOIN_SECRET = "VNR_DESK_JOIN_SECRET"


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    srv = commands.add_parser("team-server", parents=[common], help=_("set up a team server"))
    srv_cmds = srv.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    p = srv_cmds.add_parser("init", parents=[common], help=_("create or migrate the schema"))
    p.add_argument("--dsn", required=True, help=_("administrator connection string"))
    p.add_argument("--role-prefix", default="vnr_")
    p.set_defaults(handler=cmd_server_init)
    p = srv_cmds.add_parser("add-user", parents=[common], help=_("add a caseworker"))
    p.add_argument("name")
    p.add_argument("--dsn", required=True, help=_("administrator connection string"))
    p.add_argument("--unit", required=True)
    p.add_argument("--leader", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_add_user)

    team = commands.add_parser("team", parents=[common], help=_("the team server"))
    team_cmds = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    p = team_cmds.add_parser("join", parents=[common], help=_("link this vault to a server"))
    p.add_argument("--dsn", required=True)
    p.add_argument("--user", required=True)
    p.set_defaults(handler=cmd_join)

    p = commands.add_parser("sync", parents=[common], help=_("sync with the team server"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_sync)
    p = commands.add_parser("conflicts", parents=[common], help=_("list sync conflicts"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help=_("include resolved conflicts"))
    p.set_defaults(handler=cmd_conflicts)
    p = commands.add_parser("resolve", parents=[common], help=_("resolve a sync conflict"))
    p.add_argument("id", type=int)
    p.add_argument("--keep", required=True, metavar="mine|theirs|VALUE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_resolve)


def register_case_actions(case_cmds: Any, common: argparse.ArgumentParser) -> None:
    """`case assign` and `case share`, added to the `case` group by case_commands."""
    p = case_cmds.add_parser("assign", parents=[common], help=_("assign a case to a colleague"))
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--to", required=True, metavar="NAME")
    p.set_defaults(handler=cmd_case_assign)
    p = case_cmds.add_parser("share", parents=[common], help=_("share a case with a unit"))
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--unit", required=True)
    p.set_defaults(handler=cmd_case_share)


def cmd_server_init(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.team.server_admin import init

    member = init(args.dsn, role_prefix=args.role_prefix)
    print(_("Team server ready (member role {role})").format(role=member))
    return 0


def cmd_add_user(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.team.server_admin import add_user

    user = add_user(args.dsn, args.name, args.unit, leader=args.leader)
    if args.json:
        print_json(
            {
                "user": user.user,
                "role": user.role,
                "unit": user.unit,
                "leader": user.leader,
                "join_secret": user.join_secret,
            }
        )
    else:
        print(
            _("User {name} added. Join secret (shown once): {secret}").format(
                name=user.user, secret=user.join_secret
            )
        )
    return 0


def cmd_join(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.team.link import join

    vault = ctx.unlock()
    secret = ctx.secrets.get(ENV_JOIN_SECRET, _("Join secret: "))
    with vault.session() as s:
        found = join(s, args.dsn, args.user, secret)
    print(
        _("Joined the team server as {name} ({unit})").format(
            name=shown(found.user), unit=shown(found.unit)
        )
    )
    return 0


def cmd_sync(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.team.sync import sync

    report = sync(ctx.unlock())
    if args.json:
        print_json(report.as_dict())
    else:
        print(
            _("Pushed {pushed}, pulled {pulled}, open conflicts {open}").format(
                pushed=report.pushed, pulled=report.pulled, open=report.open_conflicts
            )
        )
    return 0


def _conflict_rows(vault: Any, include_resolved: bool) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from vnr_desk.domain import SyncConflict, SyncRow
    from vnr_desk.team import link as team_link
    from vnr_desk.team.tables import loads

    with vault.session() as s:
        me = team_link.require_link(s).user
        q = select(SyncConflict).order_by(SyncConflict.id)
        if not include_resolved:
            q = q.where(SyncConflict.resolved_at.is_(None))
        rows = []
        for c in s.scalars(q):
            mine, theirs = loads(c.mine), loads(c.theirs)
            if me == c.theirs_by and me != c.mine_by:
                mine, theirs = theirs, mine
            local = s.scalar(select(SyncRow).where(SyncRow.uuid == c.row_uuid))
            rows.append(
                {
                    "id": c.id,
                    "kind": c.kind,
                    "table": c.table_name,
                    "field": c.field,
                    "row_id": local.row_id if local else None,
                    "base": loads(c.base),
                    "mine": mine,
                    "theirs": theirs,
                    "by": [c.mine_by, c.theirs_by],
                    "resolved": c.resolved_at is not None,
                }
            )
    return rows


def cmd_conflicts(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = _conflict_rows(ctx.unlock(read_only_ok=True), args.all)
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(
                shown(
                    f"{r['id']}  {r['kind']}  {r['table']}.{r['field']}  "
                    f"base={json.dumps(r['base'], ensure_ascii=False)}  "
                    f"mine={json.dumps(r['mine'], ensure_ascii=False)}  "
                    f"theirs={json.dumps(r['theirs'], ensure_ascii=False)}"
                )
            )
    return 0


def cmd_resolve(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.team.sync import resolve

    keep, value = args.keep, None
    if keep not in ("mine", "theirs"):
        keep, value = "value", keep
    outcome = resolve(ctx.unlock(), args.id, keep, value)
    if args.json:
        print_json(outcome)
    else:
        print(_("Conflict {id} resolved").format(id=args.id))
    return 0


def _server_conn(ctx: CliContext) -> Any:
    from vnr_desk.team import link as team_link

    with ctx.unlock().session() as s:
        found = team_link.require_link(s)
    return team_link.server(found)


def cmd_case_assign(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.team.server import assign

    with _server_conn(ctx) as conn:
        assign(conn, args.case, args.to)
    print(_("Case {ref} assigned to {name}").format(ref=shown(args.case), name=shown(args.to)))
    return 0


def cmd_case_share(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.team.server import share

    with _server_conn(ctx) as conn:
        share(conn, args.case, args.unit)
    print(_("Case {ref} shared with {unit}").format(ref=shown(args.case), unit=shown(args.unit)))
    return 0
