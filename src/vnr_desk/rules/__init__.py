"""Pure case-work rules (consent checks, deadlines): plain dataclasses in and out, no DB, no Qt."""
