"""The team server: a PostgreSQL database shared by a unit's laptops, which stay
offline-first and sync field-level changes with conflicts shown, never overwritten
(docs/team-server.md). No Qt here: the CLI, the workbook and the tests all use it."""
