"""`vnr-desk`: the command line, thin over the services. Exit codes are a contract:
0 ok, 2 usage (an output path refused included), 3 wrong passphrase, 4 damaged/tampered,
5 vault too new, 6 in use, 7 consent missing, 8 disk full, 9 a handover refused
(unknown sender, bundle for another recipient, reference taken; a damaged bundle is 4),
1 anything else. Errors are one translated line on stderr."""

from __future__ import annotations

import argparse
import errno
import importlib
import logging
import os
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from vnr_desk import __version__
from vnr_desk.cli.context import CliContext
from vnr_desk.cli.messages import describe
from vnr_desk.cli.secrets import SecretUnavailable
from vnr_desk.i18n import _
from vnr_desk.process_guard import forbid_core_dumps
from vnr_desk.services.errors import ServiceError
from vnr_desk.store.errors import DiskFull, VaultError

log = logging.getLogger("vnr_desk.cli")


def command_modules() -> list[ModuleType]:
    """Every `vnr_desk.cli.*_commands` module; each has `register(commands, common)`."""
    package = importlib.import_module(__name__)
    names = sorted(
        info.name
        for info in pkgutil.iter_modules(package.__path__)
        if info.name.endswith("_commands")
    )
    return [importlib.import_module(f"{__name__}.{name}") for name in names]


def translate_argparse() -> None:
    """argparse prints "usage:", "error:" and "the following arguments are required" through
    gettext, which knows no Danish or Swedish here: route its lookups through our catalogs.
    argparse reads `_`/`ngettext` from its module globals at call time, so this is enough."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: _(one if n == 1 else many)  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    translate_argparse()
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=_("vault directory (default: $VNR_DESK_VAULT or the user data directory)"),
    )
    common.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help=_("read the passphrase (and any further secret) from standard input, one per line"),
    )
    parser = argparse.ArgumentParser(
        prog="vnr-desk",
        parents=[common],
        description=_("VNR Desk: encrypted case workbook for violence in close relationships"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"vnr-desk {__version__}",
        help=_("show program's version number and exit"),
    )
    # No command starts the workbook, as a double-click on the program does.
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=False)
    for module in command_modules():
        module.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    forbid_core_dumps()  # before any key or case text exists in this process (also `gui`)
    logging.basicConfig(level=logging.WARNING, format="vnr-desk: %(levelname)s %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    ctx = CliContext.from_args(args)
    try:
        return int(args.handler(args, ctx) or 0)
    except (VaultError, ServiceError) as exc:
        print(f"vnr-desk: {describe(exc)}", file=sys.stderr)
        return exc.exit_code
    except SecretUnavailable as exc:
        print(f"vnr-desk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            print(f"vnr-desk: {describe(DiskFull())}", file=sys.stderr)
            return DiskFull.exit_code
        # The exception text may quote SQL parameters, i.e. case content: never print it.
        log.debug("unexpected %s", type(exc).__name__, exc_info=False)
        print(f"vnr-desk: {_('unexpected error')} ({type(exc).__name__})", file=sys.stderr)
        return 1
    finally:
        ctx.close()
