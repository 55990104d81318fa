"""Printouts: one registry of export kinds, the one redaction step, and the use case.

- `registry`: name -> (build, data type, renderer), read by the CLI and the print dialog;
  light to import (the CLI builds its parser from it before any heavy module loads).
- `redaction`: everything a printout shows for one recipient is built and masked there.
- `access`: the data-subject access export's sections (masked by `redaction`).
- `printouts`: `prepare_export` (vault open) / `render_export` (vault may be locked) /
  `export_document` (both)."""
