"""Building the whole vault's deadlines makes some 60,000 short-lived, acyclic objects.
With the collector on, their count sets off full collections that walk every object the
application holds (about 80 of the due view's 275 ms at 5,000 cases; benchmarks). Such a
build runs with automatic collection paused; nothing it makes needs the cycle collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """Pause automatic garbage collection for the block, process-wide.

    Reference counting still frees everything as usual. If another thread paused it
    first, that thread turns it back on; it always ends up on again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
