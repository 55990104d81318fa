"""The PySide6 workbook. Only this package imports Qt; it calls services, never SQL."""
