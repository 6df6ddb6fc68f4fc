"""What a service returns after a successful write."""

from __future__ import annotations

from dataclasses import dataclass, field

from desmigratif_desktop.services.validation import Problem


@dataclass(frozen=True)
class Saved:
    id: str
    warnings: list[Problem] = field(default_factory=list)
