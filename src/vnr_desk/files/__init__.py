"""Writing files the person asked for, safely: atomic replacement and the output guard.

Generic helpers with no vault in them, so the reports (which never touch the vault) and
the store (header, backup) share them. The only thing taken from `store/` is the typed
errors (`store.errors`, a leaf module), so every exit code stays what it was."""
