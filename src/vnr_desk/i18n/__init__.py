"""Translation outside Qt (CLI, reports). English is the source language; Danish comes
first for users. Catalogs are plain dicts in `vnr_desk.i18n.catalogs`, one module per
area and language (`cli_da`, `reports_sv`, ...), each defining `MESSAGES`."""

from __future__ import annotations

import importlib
import locale
import os
import pkgutil
from collections.abc import Callable
from functools import cache

from vnr_desk.i18n import catalogs

LANGUAGES = ("da", "sv", "en")
DEFAULT_LANGUAGE = "da"
ENV_LANGUAGE = "VNR_DESK_LANG"

Translator = Callable[[str], str]


@cache
def catalog(language: str) -> dict[str, str]:
    """Every message for `language`, merged from all catalog modules ending in `_<language>`."""
    merged: dict[str, str] = {}
    for info in pkgutil.iter_modules(catalogs.__path__):
        if info.name.endswith(f"_{language}"):
            module = importlib.import_module(f"{catalogs.__name__}.{info.name}")
            merged.update(module.MESSAGES)
    return merged


def translator(language: str) -> Translator:
    """A function from English source text to `language`; unknown text comes back as is."""
    if language == "en":
        return lambda text: text
    messages = catalog(language)
    return lambda text: messages.get(text, text)


def system_language() -> str:
    """`$VNR_DESK_LANG`, else the locale's language if we have it, else Danish."""
    wanted = os.environ.get(ENV_LANGUAGE, "")
    if not wanted:
        for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
            if os.environ.get(var):
                wanted = os.environ[var]
                break
        else:
            wanted = locale.getlocale()[0] or ""
    code = wanted.split("_")[0].split(".")[0].lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def _(text: str) -> str:
    """Translate `text` into the system language (CLI and logs for people)."""
    return translator(system_language())(text)
