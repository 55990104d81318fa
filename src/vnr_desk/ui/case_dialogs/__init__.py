"""Dialogs about the case itself: intake, its people, its facts, closing it."""
