"""The ontology's records and the read-only lookups over them.

Every stage that turns a CAMEO code into a number or a label asks an ``Ontology`` object, so
that the conventions in ``docs/conventions.md`` (which Goldstein table, which QuadClass split,
which PLOVER mapping) are applied in exactly one place.  The object is immutable and picklable:
build it once with ``load_ontology()`` and pass it to workers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.errors import CommuniqueError

QUAD_CLASS_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
"""QuadClass number -> name, using the ICEWS-style split documented in docs/conventions.md."""


class UnknownCodeError(KeyError, CommuniqueError):
    """A CAMEO code or PLOVER name that the ontology does not know.

    It is a ``KeyError`` so that ``except KeyError`` around a lookup works as with a dict, and
    a ``CommuniqueError`` so that batch runners report it like any other bad item.  ``str()``
    gives the plain message (``KeyError`` would otherwise wrap it in quotes).
    """

    def __init__(self, item: object, reason: str) -> None:
        super().__init__(f"{item!r}: {reason}")
        self.item = item
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.item!r}: {self.reason}"


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO 1.1b3 event code with everything communique derives from it.

    ``plover`` is ``None`` for roots 01 and 02, which PLOVER dropped; the event is still coded.
    ``plover_context`` holds zero, one or two PLOVER context names.  The ``*_source`` fields
    say where a value came from (``gdelt``, ``icews``, ``inherited:183`` ...) so that a user
    who disagrees with a number can see whether it is a published value or our fallback.
    """

    code: str
    root: str
    level: str  # root | secondary | tertiary
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...] = ()
    goldstein_source: str = ""
    name_source: str = ""
    plover_source: str = ""


@dataclass(frozen=True, slots=True)
class PloverType:
    """A PLOVER 2.0 event type: its quad class, whether it needs a recipient, and its score."""

    name: str
    quad_class: int
    requires_recipient: bool
    score: float


@dataclass(frozen=True, slots=True)
class PloverMode:
    """A PLOVER 2.0 mode of one event type; ``score`` is ``None`` where the manual gives none."""

    event: str
    mode: str
    score: float | None


def _suggestion(code: object, known: dict[str, CameoCode]) -> str:
    """Say what the caller probably meant, because most bad codes are lost leading zeros."""
    text = str(code).strip()
    if text.isdigit():
        for width in (2, 3, 4):
            padded = text.zfill(width)
            if padded != text and padded in known:
                return f"; codes keep their leading zeros: did you mean {padded!r}?"
        for cut in range(len(text) - 1, 1, -1):
            if text[:cut] in known:
                return f"; the nearest known code is {text[:cut]!r}"
    return ""


@dataclass(frozen=True)
class Ontology:
    """CAMEO 1.1b3 codes with Goldstein, QuadClass and PLOVER, plus the PLOVER 2.0 scores.

    Lookups require the canonical code string (``"036"``, not ``"36"`` or ``36``) because a
    silently repaired code would hide a broken dictionary; the error says what was meant.
    Two ontologies compare equal when their versions are equal.
    """

    version: str
    entries: dict[str, CameoCode] = field(repr=False, compare=False)
    plover_types: dict[str, PloverType] = field(repr=False, compare=False)
    plover_modes: dict[tuple[str, str], PloverMode] = field(repr=False, compare=False)
    legacy_plover: dict[str, str] = field(repr=False, compare=False)

    # ------------------------------------------------------------------ CAMEO

    def cameo(self, code: str) -> CameoCode:
        """The record for ``code``; raises ``UnknownCodeError`` (a ``KeyError``) otherwise."""
        if not isinstance(code, str):
            reason = f"CAMEO codes are strings, not {type(code).__name__}"
            raise UnknownCodeError(code, reason + _suggestion(code, self.entries))
        entry = self.entries.get(code)
        if entry is None:
            reason = f"not a CAMEO 1.1b3 event code (ontology {self.version})"
            raise UnknownCodeError(code, reason + _suggestion(code, self.entries))
        return entry

    def is_cameo(self, code: object) -> bool:
        """True for a canonical CAMEO 1.1b3 code string; never raises."""
        return isinstance(code, str) and code in self.entries

    def goldstein(self, code: str) -> float:
        """Goldstein score (GDELT, else ICEWS, else nearest ancestor; see conventions)."""
        return self.cameo(code).goldstein

    def quad_class(self, code: str) -> int:
        """QuadClass 1-4 of the code's root (01-05, 06-08, 09-13, 14-20)."""
        return self.cameo(code).quad_class

    def plover(self, code: str) -> tuple[str | None, str | None]:
        """``(PLOVER type, mode)`` for a CAMEO code; ``(None, None)`` for roots 01 and 02."""
        entry = self.cameo(code)
        return entry.plover, entry.plover_mode

    def root_name(self, root: str) -> str:
        """Name of the root of ``root`` (any valid code is accepted and its root is used)."""
        return self.cameo(self.cameo(root).root).name

    def describe(self, code: str) -> str:
        """``"036 Express intent to meet or negotiate"``: the code and its name, for people."""
        return f"{code} {self.cameo(code).name}"

    def codes(self) -> list[CameoCode]:
        """All codes in CAMEO order (each root followed by its secondary and tertiary codes)."""
        return list(self.entries.values())

    # ------------------------------------------------------------------ PLOVER

    def normalise_plover(self, name: str) -> str:
        """The PLOVER 2.0 type for ``name``, accepting any case and the 0.5b1 legacy names.

        Gold standards coded with PLOVER 0.5b1 use DEMAND, DISAPPROVE, INVESTIGATE and FIGHT;
        mapping them here lets them be scored against 2.0 output.
        """
        if not isinstance(name, str):
            raise UnknownCodeError(name, "PLOVER event types are strings")
        key = name.strip().upper()
        key = self.legacy_plover.get(key, key)
        if key not in self.plover_types:
            known = ", ".join(self.plover_types)
            raise UnknownCodeError(name, f"not a PLOVER event type (known: {known})")
        return key

    def plover_type(self, name: str) -> PloverType:
        """The PLOVER type record (quad class, requires_recipient, score) for ``name``."""
        return self.plover_types[self.normalise_plover(name)]

    def plover_score(self, plover_type: str | None, mode: str | None = None) -> float | None:
        """The PLOVER manual's score for a type, or for ``TYPE: mode`` when the manual has one.

        ``None`` type gives ``None`` (roots 01/02 have no PLOVER type).  A mode the score table
        does not list (the 2021 CAMEO mapping uses some, e.g. ASSAULT ``massacre``) or lists
        without a number (PROTEST ``vandalize``) falls back to the type's score: the mode
        refines the type, so the type's score is the best available estimate.
        """
        if plover_type is None:
            return None
        canonical = self.normalise_plover(plover_type)
        if mode:
            found = self.plover_modes.get((canonical, mode.strip().lower()))
            if found is not None and found.score is not None:
                return found.score
        return self.plover_types[canonical].score
