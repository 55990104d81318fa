"""Vault commands: init, passphrase, recover, verify, backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vnr_desk.cli.context import ENV_PASSPHRASE, CliContext, kdf_params
from vnr_desk.cli.output import print_json
from vnr_desk.i18n import _
from vnr_desk.store.errors import VaultCorrupted


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("init", parents=[common], help=_("create a new vault"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser("passphrase", parents=[common], help=_("change the passphrase"))
    p.set_defaults(handler=cmd_passphrase)

    p = commands.add_parser(
        "recover", parents=[common], help=_("set a new passphrase with the recovery key")
    )
    p.set_defaults(handler=cmd_recover)

    p = commands.add_parser("verify", parents=[common], help=_("check the vault for damage"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_verify)

    p = commands.add_parser("backup", parents=[common], help=_("write a verified backup file"))
    p.add_argument("out_file", metavar="OUT_FILE", type=Path)
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser(
        "restore", parents=[common], help=_("restore a backup into a new vault directory")
    )
    p.add_argument("backup_file", metavar="BACKUP_FILE", type=Path)
    p.set_defaults(handler=cmd_restore)


def cmd_init(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.store.vault import Vault

    passphrase = ctx.secrets.get(ENV_PASSPHRASE, _("New passphrase: "), confirm=True)
    if not passphrase:
        print(f"vnr-desk: {_('the passphrase must not be empty')}", file=sys.stderr)
        return 2
    vault, recovery_key = Vault.create(ctx.vault_dir, passphrase, kdf_params())
    ctx.keep(vault)
    if args.json:
        print_json({"vault": str(ctx.vault_dir), "recovery_key": recovery_key})
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


def cmd_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.store.verify import verify

    report = verify(ctx.unlock(read_only_ok=True))
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "cipher_problems": report.cipher_problems,
                "integrity_problems": report.integrity_problems,
                "first_damaged_page": report.first_damaged_page,
                "audit_entries": report.chain.entries if report.chain else None,
                "audit_first_broken_id": report.chain.first_broken_id if report.chain else None,
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
        if report.chain is None:
            print(_("Audit log: not checked, the pages under it are damaged"))
        elif report.chain.ok:
            print(_("Audit log: ok ({n} entries)").format(n=report.chain.entries))
        else:
            print(_("Audit log: broken at entry {id}").format(id=report.chain.first_broken_id))
    if not report.ok:
        raise VaultCorrupted("verify found damage", page=report.first_damaged_page)
    return 0


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.files.output_guard import BACKUP, check_output
    from vnr_desk.store.backup import create_backup

    check_output(args.out_file, BACKUP, vault_dir=ctx.vault_dir)
    info = create_backup(ctx.unlock(read_only_ok=True), args.out_file)
    print(_("Backup written and checked: {path}").format(path=info.path))
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.store.backup import restore_backup

    manifest = restore_backup(args.backup_file, ctx.vault_dir)
    print(
        _("Backup from {when} restored into {path}").format(
            when=manifest.get("created_at", "?"), path=ctx.vault_dir
        )
    )
    print(_("Open it with the passphrase that was valid when the backup was made."))
    return 0
