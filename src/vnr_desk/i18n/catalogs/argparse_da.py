"""Danish for the messages argparse itself prints (usage, errors, help headings); the CLI
routes argparse's gettext calls through our catalogs (see `vnr_desk.cli.translate_argparse`)."""

MESSAGES = {
    "usage: ": "brug: ",
    "positional arguments": "positionelle argumenter",
    "options": "tilvalg",
    "show this help message and exit": "vis denne hjælp, og afslut",
    "show program's version number and exit": "vis programmets versionsnummer, og afslut",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "følgende argumenter skal angives: %s",
    "one of the arguments %s is required": "et af argumenterne %s skal angives",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "not allowed with argument %s": "ikke tilladt sammen med argumentet %s",
    "ignored explicit argument %r": "ignorerede det angivne argument %r",
    "expected one argument": "forventede ét argument",
    "expected at most one argument": "forventede højst ét argument",
    "expected at least one argument": "forventede mindst ét argument",
    "expected %s argument": "forventede %s argument",
    "expected %s arguments": "forventede %s argumenter",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydigt tilvalg: %(option)s kan betyde %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "ugyldig %(type)s-værdi: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldigt valg: %(value)r (vælg mellem %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
}
