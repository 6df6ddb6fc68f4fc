"""The service layer: the only place that writes, validates and logs changes (DESIGN §3)."""
