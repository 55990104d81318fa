"""Cases in and out as "vnr-desk-case/1" documents: importer, dump, shared fields."""
