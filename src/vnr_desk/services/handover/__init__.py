"""Handing a case to a colleague: identities, colleagues, signed and encrypted bundles,
the field-by-field return and the read-only mark on a case handed over."""
