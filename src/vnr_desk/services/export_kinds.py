"""The printout kinds, in a module light enough for the CLI to build its parser from."""

KINDS = ("plan", "agenda", "minutes", "consent-form", "summary", "access")
