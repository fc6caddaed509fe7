"""Word lists that tell which sense a country word has in context (``senses.py``).

Why a separate table object: the lists are language facts, not knowledge-base entities, and
users may extend them without touching code.  They are read once per knowledge base and
carried by it (``KnowledgeBase.cues``), so nothing is kept at module level.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType

from communique.errors import DictionaryError

log = logging.getLogger(__name__)

BUILTIN_DIR = Path(__file__).parent / "data"
LANGUAGE_FILE = "language_cues.tsv"
COMPANY_FILE = "company_words.tsv"
EVENT_FILE = "event_nouns.tsv"
# Named word lists the resolver's modules test directly; built in only (not per knowledge base).
WORDS_FILE = "words.tsv"
_LANGUAGE_KINDS = ("after", "preposition", "verb")
_POSITIONS = ("suffix", "prefix")


@dataclass(frozen=True)
class Cues:
    """Language cues by kind (lower-case words), company words by position (word tuple,
    case kept -> sector) and event nouns (word tuples, case kept: "World Cup")."""

    language: Mapping[str, frozenset[str]] = field(default_factory=dict)
    company: Mapping[str, Mapping[tuple[str, ...], str]] = field(default_factory=dict)
    events: frozenset[tuple[str, ...]] = frozenset()

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Cues:
        """Both tables from ``data_dir``, each falling back to the built-in copy when the
        directory lacks it; a malformed row is skipped with a warning naming file and line."""
        language: dict[str, set[str]] = {k: set() for k in _LANGUAGE_KINDS}
        for n, (word, kind) in _rows(_pick(data_dir, LANGUAGE_FILE), 2):
            if kind.lower() not in language:
                log.warning("%s line %d: unknown kind %r; row skipped", LANGUAGE_FILE, n, kind)
                continue
            language[kind.lower()].add(word.lower())
        company: dict[str, dict[tuple[str, ...], str]] = {p: {} for p in _POSITIONS}
        for n, (words, position, sector) in _rows(_pick(data_dir, COMPANY_FILE), 3):
            if position.lower() not in company:
                log.warning("%s line %d: unknown position %r; row skipped", COMPANY_FILE, n,
                            position)  # fmt: skip
                continue
            company[position.lower()][tuple(words.split())] = sector.upper()
        event_rows = _rows(_pick(data_dir, EVENT_FILE), 2)
        events = frozenset(tuple(words.split()) for _, (words, _note) in event_rows)
        # plain dicts, never mutated after loading: a knowledge base must pickle (workers)
        return cls({k: frozenset(v) for k, v in language.items()}, company, events)

    def language_words(self, kind: str) -> frozenset[str]:
        return self.language.get(kind, frozenset())

    def company_words(self, position: str) -> Mapping[tuple[str, ...], str]:
        return self.company.get(position, {})


def _pick(data_dir: Path | None, name: str) -> Path:
    if data_dir is not None and (data_dir / name).exists():
        return data_dir / name
    return BUILTIN_DIR / name


def _rows(path: Path, width: int) -> list[tuple[int, tuple[str, ...]]]:
    """Rows of exactly ``width`` non-empty columns after comments and the header."""
    if not path.exists():
        log.warning("actor table %s not found; continuing without it", path)
        return []
    body = [
        (n, line)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    out: list[tuple[int, tuple[str, ...]]] = []
    for n, line in body[1:]:
        cols = tuple(c.strip() for c in line.split("\t"))[:width]
        if len(cols) < width or not all(cols):
            log.warning("%s line %d: expected %d columns; row skipped", path.name, n, width)
            continue
        out.append((n, cols))
    return out


def word_list(name: str) -> tuple[str, ...]:
    """The words of list ``name`` of the built-in ``words.tsv``, in file order and case as
    written.  Modules bind the lists they test at import, so a missing list fails loudly."""
    return named_list(_word_lists(), name, WORDS_FILE)


def named_list(lists: Mapping[str, tuple[str, ...]], name: str, where: str) -> tuple[str, ...]:
    """List ``name`` of ``lists`` (read from ``where``); a missing name is an error, not an
    empty list that would silently match nothing."""
    if name not in lists:
        raise DictionaryError(f"{where}: no word list named {name!r}")
    return lists[name]


@cache
def _word_lists() -> Mapping[str, tuple[str, ...]]:
    """The built-in word lists (immutable, read once per process)."""
    text = (BUILTIN_DIR / WORDS_FILE).read_text(encoding="utf-8")
    return parse_word_lists(text, WORDS_FILE)


def parse_word_lists(text: str, where: str) -> Mapping[str, tuple[str, ...]]:
    """``list<TAB>word|word|...`` rows (after comments and the header) as name -> words.

    Shared by the actor and event stages' ``words.tsv``.  A row without words, a repeated name
    or an empty word is an error naming the file and line: skipping it would silently change
    what a construction matches, and a repeated name (a union merge of two branches) would let
    the later row win unseen."""
    lists: dict[str, tuple[str, ...]] = {}
    rows = [
        (n, line)
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    for n, line in rows[1:]:
        cols = line.split("\t")
        if len(cols) != 2 or not cols[0].strip() or not cols[1].strip():
            raise DictionaryError(f"{where} line {n}: expected list name, words")
        name = cols[0].strip()
        words = tuple(w.strip() for w in cols[1].split("|"))
        if name in lists:
            raise DictionaryError(f"{where} line {n}: list {name!r} defined twice")
        if not all(words):
            raise DictionaryError(f"{where} line {n}: empty word in list {name!r}")
        lists[name] = words
    return MappingProxyType(lists)
