"""Where the CLI gets secrets and case text: standard input, then environment, then a prompt.

Neither secrets nor case text should come from argv: it shows in `ps`, in the world-readable
`/proc/PID/cmdline` and in shell history. Standard input is read as bytes and decoded as
strict UTF-8 here, in one place, so invalid bytes are a clear error (exit 2) rather than a
crash, and so a secret line and the text after it come from the same buffer. Each read is
bounded: `/dev/zero` on standard input is refused, not read until memory runs out."""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any, BinaryIO, cast

from vnr_desk.i18n import _
from vnr_desk.services.errors import InvalidInput

# A secret is one line; a note or a query is text a person wrote.
MAX_SECRET_BYTES = 64 * 1024
MAX_TEXT_BYTES = 16 * 1024 * 1024


class SecretUnavailable(Exception):
    """No way to ask: not a terminal, no --passphrase-stdin, no environment variable."""


def _stdin() -> BinaryIO:
    """The byte stream under `sys.stdin` (tests may put a bare byte stream there)."""
    stream: Any = sys.stdin
    return cast(BinaryIO, getattr(stream, "buffer", stream))


def decode_text(data: bytes, what: str) -> str:
    """`data` as UTF-8, or `InvalidInput` naming the first bad byte's position (never its
    neighbours: they are case text or a secret)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{what}: not UTF-8 text (invalid byte at offset {exc.start})") from None


def stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


class SecretSource:
    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def _stdin_line(self) -> str:
        line = _stdin().readline(MAX_SECRET_BYTES + 1)
        if not line:
            raise SecretUnavailable(_("standard input ended before all secrets were read"))
        if len(line) > MAX_SECRET_BYTES:
            raise InvalidInput(f"standard input: a secret line is longer than {MAX_SECRET_BYTES}")
        return decode_text(line, "standard input").rstrip("\r\n")

    def get(self, env_var: str, prompt: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            return self._stdin_line()
        value = os.environ.get(env_var)
        if value is not None:
            return value
        if not stdin_is_terminal():
            raise SecretUnavailable(
                _("no terminal to ask for a secret: use --passphrase-stdin or ${var}").replace(
                    "${var}", env_var
                )
            )
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(_("Repeat: ")) != first:
            raise SecretUnavailable(_("the two entries differ"))
        return first

    def rest_of_stdin(self, what: str = "standard input") -> str:
        """What follows the secrets on standard input (e.g. a note's text), at most
        `MAX_TEXT_BYTES` of UTF-8."""
        data = _stdin().read(MAX_TEXT_BYTES + 1)
        if len(data) > MAX_TEXT_BYTES:
            raise InvalidInput(f"{what}: more than {MAX_TEXT_BYTES // (1024 * 1024)} MiB")
        return decode_text(data, what)

    def text(self, prompt: str, what: str, *, one_line: bool = False) -> str:
        """Case text from standard input: typed at a prompt on a terminal (to the end of
        the line, or to Ctrl-D), else the rest of standard input (after the secrets)."""
        if stdin_is_terminal():
            print(prompt, end="", file=sys.stderr, flush=True)
            if one_line:
                line = _stdin().readline(MAX_TEXT_BYTES + 1)
                return decode_text(line, what).rstrip("\r\n")
        return self.rest_of_stdin(what)
