"""Swedish for the messages argparse itself prints (usage, errors, help headings); the CLI
routes argparse's gettext calls through our catalogs (see `vnr_desk.cli.translate_argparse`)."""

MESSAGES = {
    "usage: ": "användning: ",
    "positional arguments": "positionsargument",
    "options": "flaggor",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "show program's version number and exit": "visa programmets versionsnummer och avsluta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "följande argument måste anges: %s",
    "one of the arguments %s is required": "ett av argumenten %s måste anges",
    "unrecognized arguments: %s": "okända argument: %s",
    "not allowed with argument %s": "inte tillåtet tillsammans med argumentet %s",
    "ignored explicit argument %r": "ignorerade det angivna argumentet %r",
    "expected one argument": "förväntade ett argument",
    "expected at most one argument": "förväntade högst ett argument",
    "expected at least one argument": "förväntade minst ett argument",
    "expected %s argument": "förväntade %s argument",
    "expected %s arguments": "förväntade %s argument",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig flagga: %(option)s kan betyda %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "ogiltigt %(type)s-värde: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ogiltigt val: %(value)r (välj bland %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "kan inte öppna '%(filename)s': %(error)s",
}
