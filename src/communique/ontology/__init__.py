"""CAMEO 1.1b3 and PLOVER 2.0: codes, names, Goldstein, QuadClass and PLOVER scores.

The data lives in versioned tables in ``communique/ontology/data``; the conventions used to
build them (which Goldstein column, which QuadClass split, how PLOVER is mapped) are explained
in ``docs/conventions.md``.  Everything here is pure and offline.

>>> onto = load_ontology()
>>> onto.describe("036")
'036 Express intent to meet or negotiate'
"""

from __future__ import annotations

from communique.ontology.loader import build_ontology, describe, load_ontology, normalise_plover
from communique.ontology.model import (
    QUAD_CLASS_NAMES,
    CameoCode,
    Ontology,
    PloverMode,
    PloverType,
    UnknownCodeError,
)

__all__ = [
    "QUAD_CLASS_NAMES",
    "CameoCode",
    "Ontology",
    "PloverMode",
    "PloverType",
    "UnknownCodeError",
    "build_ontology",
    "describe",
    "load_ontology",
    "normalise_plover",
]
