"""Read models, one per list or tab of the workbook: plain frozen rows built in a fixed
handful of queries inside one unit of work, safe to hand to Qt after the session closed.
They only read; writes live in the services by noun."""
