"""Moving a case between vaults: identity, colleagues, handover, receive.

Exit codes beyond the common ones: 9 a handover refused (unknown sender, a bundle for
another vault or re-targeted, the reference taken by another case, a return that still
needs the receiver's choice); a damaged or cut-off bundle is 4, like a damaged vault."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vnr_desk.cli.context import CliContext
from vnr_desk.cli.output import print_json, shown
from vnr_desk.i18n import _
from vnr_desk.services.errors import InvalidInput

_YES = {"y", "yes", "j", "ja"}
_MAX_SHOWN = 160


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    ident = commands.add_parser("identity", parents=[common], help=_("your contact card"))
    ident_cmds = ident.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    p = ident_cmds.add_parser(
        "export", parents=[common], help=_("write your contact card for colleagues")
    )
    p.add_argument("--out", required=True, type=Path, metavar="FILE.vnrid")
    p.add_argument("--name", default=None, help=_("name on the card (default: your profile)"))
    p.add_argument("--unit", default=None, help=_("unit on the card (default: your profile)"))
    p.add_argument("--force", action="store_true", help=_("replace an existing card file"))
    p.set_defaults(handler=cmd_identity_export)
    p = ident_cmds.add_parser("show", parents=[common], help=_("show your fingerprint"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_identity_show)

    col = commands.add_parser(
        "colleagues", parents=[common], help=_("colleagues you hand cases to")
    )
    col_cmds = col.add_subparsers(dest="colleagues_command", metavar="ACTION", required=True)
    p = col_cmds.add_parser("add", parents=[common], help=_("add a colleague's contact card"))
    p.add_argument("card", metavar="CARD", type=Path)
    p.add_argument("--name", default=None, help=_("the name to know them by (default: the card's)"))
    p.add_argument(
        "--yes",
        action="store_true",
        help=_("confirm the fingerprint without asking (it is printed first)"),
    )
    p.set_defaults(handler=cmd_colleagues_add)
    p = col_cmds.add_parser("list", parents=[common], help=_("list colleagues"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_colleagues_list)
    p = col_cmds.add_parser("remove", parents=[common], help=_("remove a colleague"))
    p.add_argument("name", metavar="NAME")
    p.set_defaults(handler=cmd_colleagues_remove)

    p = commands.add_parser(
        "handover", parents=[common], help=_("hand a case to a colleague, encrypted and signed")
    )
    p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--to", required=True, metavar="NAME")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.vnrcase")
    p.add_argument(
        "--then",
        choices=("keep", "close"),
        default="keep",
        help=_("keep the case here read-only (default) or close it"),
    )
    p.add_argument("--force", action="store_true", help=_("replace an existing bundle file"))
    p.set_defaults(handler=cmd_handover)

    p = commands.add_parser("receive", parents=[common], help=_("receive a handed-over case"))
    p.add_argument("file", metavar="FILE.vnrcase", type=Path)
    p.add_argument(
        "--show",
        action="store_true",
        help=_("only show what the bundle holds and how it differs; change nothing"),
    )
    p.add_argument(
        "--take",
        default=None,
        metavar="CHOICE",
        help=_(
            "for a case coming back: 'mine' (keep every field here), 'theirs' (take every "
            "difference) or FIELD=theirs,FIELD=mine,... (fields not named stay as here)"
        ),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_receive)


def _card_lines(name: str, unit: str, fingerprint: str) -> list[str]:
    return [
        _("Name: {name}").format(name=shown(name)),
        _("Unit: {unit}").format(unit=shown(unit or "-")),
        _("Fingerprint: {fp}").format(fp=fingerprint),
    ]


def cmd_identity_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from dataclasses import replace

    from vnr_desk.files.atomic import write_atomic
    from vnr_desk.files.output_guard import CONTACT_CARD, check_output, write_errors
    from vnr_desk.services.handover.identity import my_card

    out = check_output(args.out, CONTACT_CARD, replace=args.force, vault_dir=ctx.vault_dir)
    with ctx.unlock(read_only_ok=True).session() as s:
        card = my_card(s)
    if args.name is not None:
        card = replace(card, name=" ".join(args.name.split()))
    if args.unit is not None:
        card = replace(card, unit=" ".join(args.unit.split()))
    if not card.name:
        raise InvalidInput("name: fill in your name in the profile or give --name")
    with write_errors(out):
        write_atomic(out, card.to_bytes(), mode=0o644)
    print(_("Contact card written: {path}").format(path=out))
    for line in _card_lines(card.name, card.unit, card.fingerprint):
        print(line)
    print(_("Read the fingerprint to your colleague on the phone when they add the card."))
    return 0


def cmd_identity_show(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.handover.identity import my_card

    with ctx.unlock(read_only_ok=True).session() as s:
        card = my_card(s)
    if args.json:
        print_json({"name": card.name, "unit": card.unit, "fingerprint": card.fingerprint})
    else:
        for line in _card_lines(card.name, card.unit, card.fingerprint):
            print(line)
    return 0


def _read_bounded(path: Path, limit: int, what: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise InvalidInput(f"{what}: {exc.strerror or type(exc).__name__}") from None
    if len(raw) > limit:
        raise InvalidInput(f"{what}: too large")
    return raw


def cmd_colleagues_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.handover.colleagues import add_colleague
    from vnr_desk.services.handover.identity import MAX_CARD_BYTES, parse_card

    card = parse_card(_read_bounded(args.card, MAX_CARD_BYTES, "card"))
    passphrase = ctx.passphrase()
    name = " ".join((args.name or card.name).split())
    for line in _card_lines(name, card.unit, card.fingerprint):
        print(line)
    if not args.yes:
        answer = ctx.secrets.text(
            _("Is this the fingerprint your colleague read to you? [y/N] "),
            "answer",
            one_line=True,
        )
        if answer.strip().lower() not in _YES:
            print(f"vnr-desk: {_('not added: the fingerprint was not confirmed')}", file=sys.stderr)
            return 2
    with ctx.unlock(passphrase).session() as s:
        colleague = add_colleague(s, card, args.name)
    print(_("Colleague added: {name}").format(name=shown(colleague.name)))
    return 0


def cmd_colleagues_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.handover.colleagues import colleagues

    with ctx.unlock(read_only_ok=True).session() as s:
        rows = [
            {"name": c.name, "unit": c.unit, "fingerprint": c.fingerprint, "added_at": c.added_at}
            for c in colleagues(s)
        ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{shown(row['name'])}  ({shown(row['unit'] or '-')})  {row['fingerprint']}")
    return 0


def cmd_colleagues_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.handover.colleagues import remove_colleague

    with ctx.unlock().session() as s:
        colleague = remove_colleague(s, args.name)
    print(_("Colleague removed: {name}").format(name=shown(colleague.name)))
    return 0


def cmd_handover(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.files.atomic import write_atomic
    from vnr_desk.files.output_guard import HANDOVER, check_output, write_errors
    from vnr_desk.services.cases import get_case
    from vnr_desk.services.handover.bundle import hand_over
    from vnr_desk.services.handover.colleagues import get_colleague

    out = check_output(args.out, HANDOVER, replace=args.force, vault_dir=ctx.vault_dir)
    with ctx.unlock().session() as s:
        sent = hand_over(s, get_case(s, args.case), get_colleague(s, args.to), args.then)
        with write_errors(out):  # inside the unit of work: no file, no mark
            write_atomic(out, sent.bundle, mode=0o600)
    print(
        _("Case {ref} handed over to {name}: {path}").format(
            ref=shown(sent.reference), name=shown(sent.colleague), path=out
        )
    )
    if sent.then == "keep":
        print(_("The case stays here, read-only."))
    else:
        print(_("The case is closed here."))
    return 0


def _value(value: Any) -> str:
    import json

    from vnr_desk.services.handover.merge import MISSING

    if value is MISSING:
        return _("(none)")
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = shown(text)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _parse_take(choice: str | None, fields: list[str]) -> set[str] | None:
    if choice is None:
        return None
    if choice.strip() == "mine":
        return set()
    if choice.strip() == "theirs":
        return set(fields)
    taken: set[str] = set()
    for part in choice.split(","):
        field, sep, side = part.strip().rpartition("=")
        if not sep or side not in ("mine", "theirs") or not field:
            raise InvalidInput(f"take: {part.strip()!r} is not FIELD=mine or FIELD=theirs")
        if field not in fields:
            raise InvalidInput(f"take: no difference named {field!r}")
        if side == "theirs":
            taken.add(field)
    return taken


def cmd_receive(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.services.handover.bundle import MAX_BUNDLE_BYTES, examine, open_bundle, receive
    from vnr_desk.services.handover.merge import MISSING

    raw = _read_bounded(args.file, MAX_BUNDLE_BYTES, "file")
    vault = ctx.unlock(read_only_ok=args.show)
    with vault.session() as s:
        incoming = open_bundle(s, raw)
        arrival = examine(s, incoming)
        fields = [d.field for d in arrival.differences]
        take = _parse_take(args.take, fields)
        summary = {
            "reference": incoming.reference,
            "from": incoming.sender.name,
            "fingerprint": incoming.sender.fingerprint,
            "sent_at": incoming.sent_at,
            "kind": arrival.kind,
            "differences": [
                {
                    "field": d.field,
                    "mine": None if d.mine is MISSING else d.mine,
                    "theirs": None if d.theirs is MISSING else d.theirs,
                    "take": None if take is None else ("theirs" if d.field in take else "mine"),
                }
                for d in arrival.differences
            ],
        }
        if not args.json:
            _print_arrival(summary)
        if args.show:
            if args.json:
                print_json(summary)
            return 0
        receive(s, incoming, take if arrival.kind == "return" else None)
    if args.json:
        print_json({**summary, "received": True})
    elif arrival.kind == "new":
        print(_("Case {ref} received.").format(ref=shown(incoming.reference)))
    elif take:
        print(
            _(
                "Case {ref} updated with {n} of their fields; the copy as it was is kept, "
                "read-only, under {ref}~N."
            ).format(ref=shown(incoming.reference), n=len(take))
        )
    else:
        print(_("Case {ref}: every field here kept.").format(ref=shown(incoming.reference)))
    return 0


def _print_arrival(summary: dict[str, Any]) -> None:
    print(
        _("Bundle from {name} ({fp}), sent {when}: case {ref}").format(
            name=shown(summary["from"]),
            fp=summary["fingerprint"],
            when=summary["sent_at"],
            ref=shown(summary["reference"]),
        )
    )
    if summary["kind"] == "new":
        print(_("A new case here."))
        return
    diffs = summary["differences"]
    print(_("This case comes back: {n} fields differ.").format(n=len(diffs)))
    for d in diffs:
        print(f"  {shown(d['field'])}")
        print("    " + _("here:   {value}").format(value=_value(_missing(d["mine"]))))
        print("    " + _("theirs: {value}").format(value=_value(_missing(d["theirs"]))))
        if d["take"] is not None:
            print("    " + (_("-> theirs") if d["take"] == "theirs" else _("-> kept as here")))


def _missing(value: Any) -> Any:
    from vnr_desk.services.handover.merge import MISSING

    return MISSING if value is None else value
