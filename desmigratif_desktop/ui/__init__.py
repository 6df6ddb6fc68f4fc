"""Every Qt widget, view, model, dialog and worker lives here; nothing here runs SQL (DESIGN §3)."""
