"""Use cases over a Session: plain functions, no Qt, typed errors with message keys."""

# Registers the check that keeps a handed-over case read-only in every unit of work.
from vnr_desk.services.handover import guard as guard
