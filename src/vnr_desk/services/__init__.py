"""Use cases over a Session: plain functions, no Qt, typed errors with message keys."""
