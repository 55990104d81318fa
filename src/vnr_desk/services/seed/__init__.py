"""Data that seeds a vault: fictional demo cases and the example actor directory."""
