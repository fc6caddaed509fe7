"""The code knowledge the scorer needs, behind a seam so tests can supply their own.

Scoring needs two facts from the ontology: which strings are CAMEO event codes (to leave
out unit-test-only gold codes) and how PLOVER type names map to current ones (gold coded with
PLOVER 0.5b1 says DEMAND where the coder says REQUEST).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Codebook:
    is_cameo: Callable[[str], bool]
    normalise_plover: Callable[[str], str]

    @classmethod
    def from_ontology(cls) -> Codebook:
        """The packaged CAMEO 1.1b3 / PLOVER ontology."""
        from communique.ontology import load_ontology

        onto = load_ontology()
        return cls(is_cameo=onto.is_cameo, normalise_plover=onto.normalise_plover)

    def system_plover(self, name: str) -> str:
        """A coder's PLOVER label in current form; an unknown label is kept (upper-cased)
        so it simply fails to match instead of stopping the run."""
        try:
            return self.normalise_plover(name)
        except (KeyError, ValueError):
            return name.strip().upper()
