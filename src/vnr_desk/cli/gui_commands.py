"""`vnr-desk gui`: the desktop app, or with --screenshot a PNG of one view for the docs."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vnr_desk.cli.context import CliContext, kdf_params
from vnr_desk.i18n import _

TABS = ("overview", "assessment", "actors", "consent", "plan", "meetings", "journal")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(_("size must look like 1366x768")) from exc
    return width, height


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("gui", parents=[common], help=_("start the desktop app"))
    p.add_argument("--screenshot", type=Path, metavar="FILE.png", default=None)
    p.add_argument("--force", action="store_true", help=_("replace an existing screenshot"))
    p.add_argument("--case", metavar="REF", default=None)
    p.add_argument("--tab", choices=TABS, default=None)
    p.add_argument("--size", type=_size, default=(1366, 768), metavar="WxH")
    p.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace, ctx: CliContext) -> int:
    from vnr_desk.system_check import check

    missing = check(desktop=True)
    if missing:
        print(missing, file=sys.stderr)
        return 1
    if args.screenshot is None:
        from vnr_desk.ui.app import run_gui

        return run_gui(ctx.vault_dir, kdf_params())
    from PySide6.QtCore import QSize

    from vnr_desk.files.output_guard import PNG, check_output, write_errors
    from vnr_desk.ui.app import take_screenshot

    out = check_output(args.screenshot, PNG, replace=args.force, vault_dir=ctx.vault_dir)
    vault = ctx.unlock(read_only_ok=True)
    with write_errors(out), _private_files():
        take_screenshot(vault, out, args.case, args.tab, QSize(*args.size))
    if os.name != "nt":
        os.chmod(out, 0o600)  # a file that existed keeps its mode otherwise
    return 0


@contextlib.contextmanager
def _private_files() -> Iterator[None]:
    """A screenshot shows case data: the file is created readable by its owner only."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)
