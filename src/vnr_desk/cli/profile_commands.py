"""`vnr-desk profile`: show or set the caseworker profile kept in the vault (the issuer on
printouts and the "registered by" of records), so a vault made from the command line can
print a consent form without opening the workbook."""

from __future__ import annotations

import argparse
from dataclasses import asdict, fields, replace
from typing import Any

from vnr_desk.cli.context import CliContext
from vnr_desk.cli.output import print_json
from vnr_desk.i18n import _

FIELD_HELP = {
    "name": "your name as printed on consent forms and plans",
    "unit": "your unit or authority",
    "phone": "your work phone",
    "email": "your work e-mail",
}


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "profile", parents=[common], help=_("show or set your caseworker profile")
    )
    for name, text in FIELD_HELP.items():
        p.add_argument(f"--{name}", default=None, metavar="TEXT", help=_(text))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_profile)


def cmd_profile(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.settings import caseworker_profile, set_caseworker_profile

    changes = {f: getattr(args, f) for f in FIELD_HELP if getattr(args, f) is not None}
    with ctx.unlock().session() as s:
        profile = caseworker_profile(s)
        if changes:
            profile = replace(profile, **changes)
            set_caseworker_profile(s, profile)
            profile = caseworker_profile(s)
    if args.json:
        print_json(asdict(profile))
        return 0
    for f in fields(profile):
        print(f"{_(f.name.capitalize()) + ':':<9} {getattr(profile, f.name) or '-'}")
    return 0
