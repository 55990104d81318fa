"""Where the CLI gets secrets: `--passphrase-stdin` lines, then environment, then a prompt.

Secrets never come from argv (they would show in `ps` and shell history)."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator

from vnr_desk.i18n import _


class SecretUnavailable(Exception):
    """No way to ask: not a terminal, no --passphrase-stdin, no environment variable."""


class SecretSource:
    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin
        self._lines: Iterator[str] | None = None

    def _stdin_line(self) -> str:
        if self._lines is None:
            self._lines = iter(sys.stdin)
        line = next(self._lines, None)
        if line is None:
            raise SecretUnavailable(_("standard input ended before all secrets were read"))
        return line.rstrip("\r\n")

    def get(self, env_var: str, prompt: str, *, confirm: bool = False) -> str:
        if self.from_stdin:
            return self._stdin_line()
        value = os.environ.get(env_var)
        if value is not None:
            return value
        if not sys.stdin.isatty():
            raise SecretUnavailable(
                _("no terminal to ask for a secret: use --passphrase-stdin or ${var}").replace(
                    "${var}", env_var
                )
            )
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(_("Repeat: ")) != first:
            raise SecretUnavailable(_("the two entries differ"))
        return first

    def rest_of_stdin(self) -> str:
        """What follows the secrets on standard input (e.g. a note's text)."""
        if self._lines is None:
            self._lines = iter(sys.stdin)
        return "".join(self._lines)
