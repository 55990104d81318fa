"""Alembic migrations, shipped inside the package so installed copies and bundles find them."""
