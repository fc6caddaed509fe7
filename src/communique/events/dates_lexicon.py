"""The words date expressions are made of, loaded from ``events/data/dates_lexicon.json``.

Month and weekday names, number words, the prepositions that say what role a date plays
("since 2019" is not the date of anything that happened in 2019) and the cue words of future
clauses are data, so they are read from a versioned file and compiled once into an immutable
``DateLexicon``.  Callers may pass their own lexicon (tests, other English varieties); the
default one is built lazily, once per process, which is safe under multiprocessing because it
is never mutated.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType

from communique.errors import DictionaryError

LEXICON_RESOURCE = "dates_lexicon.json"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first so that "Sept" is tried before "Sep"."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def phrase_alternation(words: Iterable[str]) -> str:
    """Like ``alternation`` but multi-word entries match any run of whitespace."""
    parts = sorted(set(words), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)


@dataclass(frozen=True, slots=True, eq=False)
class DateLexicon:
    """Word lists and the regex fragments built from them (all read-only).

    Equality is identity (``eq=False``) so a lexicon can key the compiled-pattern cache.
    """

    version: str
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    cardinals: Mapping[str, int]
    vague_cardinals: frozenset[str]
    ordinals: Mapping[str, int]
    ordinal_tens: Mapping[str, int]
    named_day_prefixes: frozenset[str]  # "Good Friday", "Black Monday": names, not dates
    seasons: Mapping[str, int]
    prepositions: Mapping[str, str]
    premodifiers: frozenset[str]
    determiners: frozenset[str]
    function_words: frozenset[str]
    subject_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    clause_words: frozenset[str]
    relative_pronouns: frozenset[str]
    future_cues: frozenset[str]
    # Predicates only an event can have ("took place", "was held", "ended"): a relative clause
    # with one describes the event noun even when the parser hangs it on a participant.
    occurrence_verbs: frozenset[str] = frozenset()
    # Past-tense words that settle a clause as past when no future cue does ("were held"):
    # irregular forms; regular ones ("-ed") are recognised by their ending.
    past_cues: frozenset[str] = frozenset()
    # Premodifiers that place an event within a month ("early", "mid-", "late", "the end of"):
    # the day of the month that stands for that part (see ``dates_resolve.month_part``).
    month_part_days: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))

    # ---------------------------------------------------------------- regex fragments
    def month_pattern(self, group: str) -> str:
        """Capitalised month names; abbreviations may carry a full stop ("Sept.")."""
        full = [m for m in self.months if len(m) > 4 or m in {"May", "June", "July"}]
        abbrev = [m for m in self.months if m not in full]
        alts = "|".join(
            sorted([re.escape(m) for m in full] + [re.escape(m) + r"\.?" for m in abbrev],
                   key=len, reverse=True)
        )  # fmt: skip
        return rf"(?P<{group}>{alts})(?![A-Za-z])"

    def weekday_pattern(self, group: str) -> str:
        return rf"(?P<{group}>{alternation(self.weekdays)})(?![A-Za-z])"

    def ordinal_word_pattern(self, group: str) -> str:
        """Ordinal words, compounds included ("seventy-third")."""
        tens = alternation(self.ordinal_tens)
        units = alternation(self.ordinals)
        return rf"(?P<{group}>(?:(?:{tens})[-\s])?(?:{units}))"

    def cardinal_pattern(self, group: str) -> str:
        words = list(self.cardinals) + list(self.vague_cardinals)
        return rf"(?P<{group}>\d{{1,3}}|{phrase_alternation(words)})"

    def cardinal_value(self, word: str) -> int | None:
        """The number a cardinal stands for; ``None`` for vague ones ("a few")."""
        norm = " ".join(word.lower().split())
        if norm.isdigit():
            return int(norm)
        return self.cardinals.get(norm)

    def ordinal_value(self, word: str) -> int | None:
        norm = word.lower().replace("-", " ").split()
        if not norm:
            return None
        if len(norm) == 1:
            return self.ordinals.get(norm[0])
        tens, unit = self.ordinal_tens.get(norm[0]), self.ordinals.get(norm[1])
        return None if tens is None or unit is None else tens + unit

    def month_number(self, word: str) -> int:
        return self.months[word.rstrip(".")]


def _frozen(data: Mapping[str, object], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data[key])  # type: ignore[attr-defined]


def _optional(data: Mapping[str, object], key: str) -> frozenset[str]:
    """A word list that older lexicon files may lack."""
    return _frozen(data, key) if key in data else frozenset()


def _mapping(data: Mapping[str, object], key: str) -> Mapping[str, int]:
    return MappingProxyType({str(k): int(v) for k, v in data[key].items()})  # type: ignore[attr-defined]


def parse_date_lexicon(data: Mapping[str, object], source: str) -> DateLexicon:
    """Build a lexicon from the decoded JSON; names ``source`` in any error."""
    try:
        return DateLexicon(
            version=str(data["version"]),
            months=_mapping(data, "months"),
            weekdays=_mapping(data, "weekdays"),
            cardinals=_mapping(data, "cardinals"),
            vague_cardinals=_frozen(data, "vague_cardinals"),
            ordinals=_mapping(data, "ordinals"),
            ordinal_tens=_mapping(data, "ordinal_tens"),
            named_day_prefixes=_frozen(data, "named_day_prefixes"),
            seasons=_mapping(data, "seasons"),
            prepositions=MappingProxyType(
                {str(k): str(v) for k, v in data["prepositions"].items()}  # type: ignore[attr-defined]
            ),
            premodifiers=_frozen(data, "premodifiers"),
            determiners=_frozen(data, "determiners"),
            function_words=_frozen(data, "function_words"),
            subject_verbs=_frozen(data, "subject_verbs"),
            reporting_verbs=_frozen(data, "reporting_verbs"),
            clause_words=_frozen(data, "clause_words"),
            relative_pronouns=_frozen(data, "relative_pronouns"),
            future_cues=_frozen(data, "future_cues"),
            occurrence_verbs=_optional(data, "occurrence_verbs"),
            past_cues=_optional(data, "past_cues"),
            month_part_days=_mapping(data, "month_part_days")
            if "month_part_days" in data
            else MappingProxyType({}),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DictionaryError(f"{source}: malformed date lexicon ({exc!r})") from exc


def load_date_lexicon(path: str | Path | None = None) -> DateLexicon:
    """Read a lexicon file (the packaged one when ``path`` is ``None``)."""
    if path is None:
        resource = files("communique.events").joinpath("data", LEXICON_RESOURCE)
        source, raw = f"communique/events/data/{LEXICON_RESOURCE}", resource.read_text("utf-8")
    else:
        source, raw = str(path), Path(path).read_text("utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DictionaryError(f"{source}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise DictionaryError(f"{source}: expected a JSON object")
    return parse_date_lexicon(data, source)


@lru_cache(maxsize=1)
def default_lexicon() -> DateLexicon:
    """The packaged lexicon, read on first use and shared (it is immutable)."""
    return load_date_lexicon()
