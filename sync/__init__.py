"""Change bundles between villages and the district office (issue 6): format, crypto, export, import.

It reads the change log (`desmigratif_desktop.data.changelog`) and applies received rows through the
data layer; it never imports Qt.
"""
