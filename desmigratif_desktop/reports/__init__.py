"""Paper and spreadsheets: PDF (reportlab) and Excel (openpyxl) output. No Qt, no SQL here.

The services compute the figures (`services/monthly_figures.py`, `services/report_rows.py`); the
modules here only lay them out, and `output.py` writes the file so a crash never leaves half of one.
"""
