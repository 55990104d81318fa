"""The workbook's tabs. Each is a `CaseTab`: load a case, clear, flush pending edits."""
