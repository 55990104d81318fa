"""Vault commands: init, passphrase, rekey, recover, verify, backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vnr_desk.cli.context import ENV_PASSPHRASE, CliContext, kdf_params
from vnr_desk.cli.output import print_json
from vnr_desk.i18n import _, system_language
from vnr_desk.store.errors import VaultCorrupted

EDITIONS = ("da", "sv")  # services.settings.EDITIONS, without importing the core at start-up


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("init", parents=[common], help=_("create a new vault"))
    p.add_argument(
        "--lang",
        choices=EDITIONS,
        default=None,
        help=_(
            "the vault's edition: Danish or Swedish language, directory and consent wording "
            "(default: the language of $VNR_DESK_LANG or the system, else Danish)"
        ),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser("passphrase", parents=[common], help=_("change the passphrase"))
    p.set_defaults(handler=cmd_passphrase)

    p = commands.add_parser(
        "rekey",
        parents=[common],
        help=_(
            "change the passphrase and lock out old copies: re-encrypt the vault under a "
            "new key, with a new recovery key"
        ),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_rekey)

    p = commands.add_parser(
        "recover", parents=[common], help=_("set a new passphrase with the recovery key")
    )
    p.set_defaults(handler=cmd_recover)

    p = commands.add_parser("verify", parents=[common], help=_("check the vault for damage"))
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--witness",
        metavar="N:HASH",
        type=_witness,
        help=_(
            "audit entries and head hash noted earlier from 'verify --json' "
            "(audit_entries:audit_head): entry N must still carry that hash"
        ),
    )
    p.set_defaults(handler=cmd_verify)

    p = commands.add_parser("backup", parents=[common], help=_("write a verified backup file"))
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("out_file", metavar="OUT_FILE", type=Path, nargs="?")
    target.add_argument(
        "--rotate",
        metavar="DIR",
        type=Path,
        help=_("write a dated backup into DIR and keep only the newest of this vault's"),
    )
    p.add_argument(
        "--keep",
        metavar="N",
        type=int,
        default=10,
        help=_("with --rotate: how many backups to keep (default 10)"),
    )
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser(
        "restore", parents=[common], help=_("restore a backup into a new vault directory")
    )
    p.add_argument("backup_file", metavar="BACKUP_FILE", type=Path)
    p.add_argument(
        "--recovery-key",
        action="store_true",
        help=_("prove the backup opens with the recovery key instead of the passphrase"),
    )
    p.set_defaults(handler=cmd_restore)


def default_edition() -> str:
    """A Swedish user ($VNR_DESK_LANG=sv or a Swedish locale) gets a Swedish vault."""
    language = system_language()
    return language if language in EDITIONS else EDITIONS[0]


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.store.vault import Vault

    passphrase = ctx.secrets.get(ENV_PASSPHRASE, _("New passphrase: "), confirm=True)
    if not passphrase:
        print(f"vnr-desk: {_('the passphrase must not be empty')}", file=sys.stderr)
        return 2
    vault, recovery_key = Vault.create(ctx.vault_dir, passphrase, kdf_params())
    ctx.keep(vault)
    from vnr_desk.services.settings import set_edition

    chosen = args.lang or default_edition()
    with vault.session() as s:
        set_edition(s, chosen)
    if args.json:
        print_json({"vault": str(ctx.vault_dir), "recovery_key": recovery_key, "edition": chosen})
    else:
        print(_("Vault created in {path}").format(path=ctx.vault_dir))
        print(_("Your recovery key (shown only now; write it down and keep it apart):"))
        print(f"    {recovery_key}")
    return 0


def cmd_passphrase(args: argparse.Namespace, ctx: CliContext) -> int:
    vault = ctx.unlock()
    new = ctx.new_passphrase()
    if not new:
        print(f"vnr-desk: {_('the passphrase must not be empty')}", file=sys.stderr)
        return 2
    vault.change_passphrase(new)
    print(_("Passphrase changed."))
    return 0


def cmd_rekey(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.store.vault import Vault

    current = ctx.passphrase()
    vault = ctx.keep(Vault.unlock(ctx.vault_dir, current, kdf_params()))
    new = ctx.new_passphrase()
    if not new:
        print(f"vnr-desk: {_('the passphrase must not be empty')}", file=sys.stderr)
        return 2
    recovery_key = vault.rekey(current, new)
    if args.json:
        print_json({"vault": str(ctx.vault_dir), "recovery_key": recovery_key})
    else:
        print(
            _(
                "The vault is re-encrypted under a new key. Old copies of the header, "
                "the old passphrase and the old recovery key no longer open it "
                "(old backups still open with the secrets valid when they were made)."
            )
        )
        print(_("Your new recovery key (shown only now; write it down and keep it apart):"))
        print(f"    {recovery_key}")
    return 0


def cmd_recover(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.store.vault import Vault

    recovery_key = ctx.recovery_key()
    new = ctx.new_passphrase()
    if not new:
        print(f"vnr-desk: {_('the passphrase must not be empty')}", file=sys.stderr)
        return 2
    ctx.keep(Vault.reset_passphrase(ctx.vault_dir, recovery_key, new, kdf_params()))
    print(_("New passphrase set."))
    return 0


def _witness(text: str) -> Any:
    from vnr_desk.store.audit import AuditAnchor

    count, _sep, head = text.partition(":")
    try:
        return AuditAnchor.from_json({"count": int(count), "last_id": 0, "head": head.lower()})
    except ValueError:
        raise argparse.ArgumentTypeError(_("expected N:HASH as printed by verify --json")) from None


def cmd_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.store.audit import verify_chain
    from vnr_desk.store.verify import verify

    vault = ctx.unlock(read_only_ok=True)
    report = verify(vault)
    chain = report.chain  # None when damaged pages lie under the audit log
    witnessed: bool | None = None
    if args.witness is not None and chain is not None:
        with vault.session() as s:
            against = verify_chain(s, args.witness)
        witnessed = not against.missing_entries and against.rewritten_at is None
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "cipher_problems": report.cipher_problems,
                "integrity_problems": report.integrity_problems,
                "first_damaged_page": report.first_damaged_page,
                "audit_entries": chain.entries if chain else None,
                "audit_first_broken_id": chain.first_broken_id if chain else None,
                "audit_head": chain.head if chain else None,
                "audit_anchored_entries": chain.anchored if chain else None,
                "audit_missing_entries": chain.missing_entries if chain else None,
                "audit_rewritten_at": chain.rewritten_at if chain else None,
                "audit_missing_triggers": list(chain.missing_triggers) if chain else None,
                "audit_witness_ok": witnessed,
            }
        )
    else:
        print(
            _("Pages and encryption: {state}").format(
                state=_("ok") if not report.cipher_problems else _("DAMAGED")
            )
        )
        if report.first_damaged_page is not None:
            print(_("First damaged page: {page}").format(page=report.first_damaged_page))
        print(
            _("Database structure: {state}").format(
                state=_("ok") if not report.integrity_problems else _("DAMAGED")
            )
        )
        if chain is None:
            print(_("Audit log: not checked, the pages under it are damaged"))
        else:
            _print_chain(chain)
        if witnessed is not None:
            print(
                (
                    _("Audit log: entry {n} still carries the hash noted earlier")
                    if witnessed
                    else _(
                        "Audit log: DOES NOT MATCH what was noted: entry {n} is missing "
                        "or carries another hash"
                    )
                ).format(n=args.witness.count)
            )
    if not report.ok or witnessed is False:
        raise VaultCorrupted("verify found damage", page=report.first_damaged_page)
    return 0


def _print_chain(chain: Any) -> None:
    if chain.ok:
        print(_("Audit log: ok ({n} entries)").format(n=chain.entries))
    if chain.first_broken_id is not None:
        print(_("Audit log: broken at entry {id}").format(id=chain.first_broken_id))
    if chain.missing_entries:
        print(
            _(
                "Audit log: TRUNCATED: {missing} of the {anchored} recorded entries are "
                "missing from the end"
            ).format(missing=chain.missing_entries, anchored=chain.anchored)
        )
    if chain.rewritten_at is not None:
        print(
            _(
                "Audit log: REWRITTEN: entry number {n} no longer matches the hash recorded "
                "in the vault header"
            ).format(n=chain.rewritten_at)
        )
    if chain.missing_triggers:
        print(
            _("Audit log: append-only protection REMOVED (triggers missing: {names})").format(
                names=", ".join(chain.missing_triggers)
            )
        )


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.files.output_guard import BACKUP, check_output
    from vnr_desk.store.backup import create_backup
    from vnr_desk.store.rotation import MAX_KEEP, rotating_backup

    if args.rotate is None:
        check_output(args.out_file, BACKUP, vault_dir=ctx.vault_dir)
        info = create_backup(ctx.unlock(read_only_ok=True), args.out_file)
        print(_("Backup written and checked: {path}").format(path=info.path))
        return 0
    if not 1 <= args.keep <= MAX_KEEP:
        print(
            f"vnr-desk: {_('--keep must be between 1 and {n}').format(n=MAX_KEEP)}", file=sys.stderr
        )
        return 2
    if not args.rotate.is_dir():
        print(f"vnr-desk: {_('no such folder: {path}').format(path=args.rotate)}", file=sys.stderr)
        return 2
    result = rotating_backup(ctx.unlock(read_only_ok=True), args.rotate, args.keep)
    print(_("Backup written and checked: {path}").format(path=result.backup.path))
    if result.removed:
        print(_("Removed {n} older automatic backup(s).").format(n=len(result.removed)))
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.store.backup import restore_backup

    if args.recovery_key:
        secret = {"recovery_key": ctx.recovery_key()}
    else:
        secret = {"passphrase": ctx.passphrase()}
    manifest = restore_backup(args.backup_file, ctx.vault_dir, **secret)
    print(
        _("Backup from {when} restored into {path}").format(
            when=manifest.get("created_at", "?"), path=ctx.vault_dir
        )
    )
    print(_("Open it with the passphrase that was valid when the backup was made."))
    return 0
