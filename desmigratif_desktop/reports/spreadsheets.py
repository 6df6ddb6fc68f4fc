"""Spreadsheet export (.xlsx), because the district office works in Excel.

The entry points `documents.py` calls; the register streams (`register_xlsx`), the monthly report's
tables fill one sheet per section (`monthly_xlsx`). Both write through `output.report_file`.
"""

from __future__ import annotations

from desmigratif_desktop.reports.monthly_xlsx import write_monthly_xlsx
from desmigratif_desktop.reports.register_xlsx import write_register_xlsx

__all__ = ["write_monthly_xlsx", "write_register_xlsx"]
