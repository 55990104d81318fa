"""The vault: keys, the encrypted engine, migrations, backup and the audit chain."""
