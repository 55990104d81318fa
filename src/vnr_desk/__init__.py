"""VNR Desk: an offline, encrypted case workbook for violence in close relationships."""

__version__ = "0.1.0"
