"""Benchmarks at municipal scale, each figure against its floor (`python -m benchmarks`)."""
