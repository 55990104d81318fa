"""Widgets shared by the workbook tabs."""
