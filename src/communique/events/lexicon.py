"""Load the event lexicon: trigger rules, noun classes, complement frames, content cues.

The lexicon is data (``events/data/*.tsv``), written by us from the CAMEO and PLOVER
definitions.  This module only parses it into immutable lookup tables and answers "which rule
applies to this trigger with this object?".  Malformed rows raise ``DictionaryError`` naming the
file and line, so a user editing the lexicon learns exactly what is wrong.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType

from communique.actors.cues import named_list, parse_word_lists
from communique.errors import DictionaryError

_DATA = "communique.events.data"
# Trigger rules: the core file first; rows of later files only add (earlier rows win ties).
_RULE_FILES = (
    "lexicon.tsv",
    "lexicon_cameo.tsv",
    "lexicon_plover.tsv",
    "lexicon_labels.tsv",
    "lexicon_kinds.tsv",
)
# A rule coded "none" wins like any other but yields no event: a figurative or non-political
# sense that a modifier or object gives away ("a charm offensive", "pulled out of the race").
NO_EVENT = "none"
# A frame row coded "inner" passes the complement's own code through ("tried to storm the
# embassy" is the storming); rows for specific inner codes still refine it ("tried to
# assassinate": 185).
INNER = "inner"
# Named word lists the coder's constructions test directly (no lexicon rule refers to them).
WORDS_FILE = "words.tsv"
_FILES = (*_RULE_FILES, "classes.tsv", "frames.tsv", "content.tsv", "speech.tsv", WORDS_FILE)


@dataclass(frozen=True, slots=True)
class Rule:
    """One trigger rule.  ``obj`` is ``*``, ``-``, ``$ACTOR``, ``@CLASS`` or ``a|b`` lemmas; a
    lemma item or class member of two words ("military aid") names a head and its modifier."""

    pos: str  # "V" | "N"
    lemma: str  # "call_on": verb + particle/preposition
    obj: str
    code: str  # CAMEO code, "=obj", "frame:NAME", "content" or "none" (no event)
    flags: Mapping[str, str]
    line: int

    @property
    def symmetric(self) -> bool:
        return "sym" in self.flags

    @property
    def predicative(self) -> bool:
        """ "called Seoul a puppet", "said the sanctions were illegal": the object condition is
        checked on the predicative complement (the label), not on the direct object."""
        return "pred" in self.flags

    @property
    def target_preps(self) -> tuple[str, ...]:
        value = self.flags.get("tgt", "")
        return tuple(p for p in value.split("|") if p)

    @property
    def specificity(self) -> int:
        """Rules with a precise object condition beat catch-alls."""
        if self.obj == "*":
            return 0
        if self.obj.startswith("@"):
            return 2
        return 3 if self.obj != "$ACTOR" else 1


def ad_hoc_rule(pos: str, lemma: str, code: str) -> Rule:
    """A rule for an event a construction (not a lexicon row) recognises: no object condition,
    no flags, line 0."""
    return Rule(pos, lemma, "*", code, MappingProxyType({}), 0)


_NO_WORDS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    version: str
    rules: Mapping[tuple[str, str], tuple[Rule, ...]]  # (pos, head lemma) -> rules
    classes: Mapping[str, frozenset[str]]
    frames: Mapping[str, Mapping[str, str]]  # frame -> inner prefix -> code
    content: tuple[tuple[str, str, int], ...]  # (lemma, code, priority) by priority desc
    speech: Mapping[str, str]
    particles: frozenset[str] = field(default_factory=frozenset)

    def candidates(self, pos: str, lemma: str) -> tuple[Rule, ...]:
        return self.rules.get((pos, lemma), ())

    def in_class(self, word: str, name: str) -> bool:
        return word.lower() in self.classes.get(name, _NO_WORDS)

    def frame_code(self, frame: str, inner: str | None) -> str:
        """The frame's code for an inner event code: longest matching prefix, else default.
        A row coded ``inner`` keeps the inner code; with no inner event that is ``""``.  A
        row coded ``frame:NAME`` reads the inner code as that other frame does (a frame that
        differs from another only in a few rows)."""
        table = self.frames[frame]
        code = table["*"]
        if inner:
            for n in range(len(inner), 1, -1):
                if inner[:n] in table:
                    code = table[inner[:n]]
                    break
        if code == INNER:
            return inner or ""
        if code.startswith("frame:") and code[6:] != frame:
            return self.frame_code(code[6:], inner)  # "decide * frame:intent": as that frame
        return code

    def content_code(self, lemmas: set[str]) -> str | None:
        for lemma, code, _ in self.content:
            if lemma in lemmas:
                return code
        return None


def _rows(name: str) -> Iterator[tuple[int, list[str]]]:
    """Data rows of a packaged TSV file."""
    return tsv_rows(resources.files(_DATA).joinpath(name).read_text(encoding="utf-8"))


def tsv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of the data rows of a TSV text: comments and the header skipped."""
    header_seen = False
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield n, line.split("\t")


def _flags(raw: str, where: str) -> dict[str, str]:
    flags: dict[str, str] = {}
    if not raw:
        return flags
    # "sym|tgt=with|to|civ=141": a bare word after a key=value continues that value.
    # Keys: tgt (target prepositions), civ/mil/hit/bare/why/pk (alternative codes), default,
    # plover (the PLOVER type the trigger names, see plover_type.py).
    # Bare flags: sym (joint act), rev (the subject receives), pred (a labelling predicate).
    key = None
    for part in raw.split("|"):
        if "=" in part:
            key, value = part.split("=", 1)
            flags[key] = value
        elif part in {"sym", "rev", "pred"}:
            flags[part] = "1"
            key = None
        elif key is not None:
            flags[key] += "|" + part
        else:
            raise DictionaryError(f"{where}: unknown flag {part!r}")
    return flags


def _parse_rules() -> dict[tuple[str, str], tuple[Rule, ...]]:
    rules: dict[tuple[str, str], list[Rule]] = {}
    rows = [
        (name, n, cols)
        for name in _RULE_FILES
        if resources.files(_DATA).joinpath(name).is_file()
        for n, cols in _rows(name)
    ]
    for name, n, cols in rows:
        where = f"{name} line {n}"
        if len(cols) < 4:
            raise DictionaryError(f"{where}: expected pos, lemma, object, code[, flags]")
        pos, lemma, obj, code = (c.strip() for c in cols[:4])
        if pos not in {"V", "N"}:
            raise DictionaryError(f"{where}: pos must be V or N, not {pos!r}")
        if not (
            code.isdigit() or code in {"=obj", "content", NO_EVENT} or code.startswith("frame:")
        ):
            raise DictionaryError(f"{where}: bad code {code!r}")
        flags = _flags(cols[4].strip() if len(cols) > 4 else "", where)
        rule = Rule(pos, lemma.lower(), obj, code, MappingProxyType(flags), n)
        head = lemma.lower().split("_")[0]
        rules.setdefault((pos, head), []).append(rule)
    return {
        key: tuple(sorted(found, key=lambda r: (-len(r.lemma.split("_")), -r.specificity)))
        for key, found in rules.items()
    }


@cache
def load_lexicon() -> Lexicon:
    """The built-in lexicon (immutable, loaded once per process)."""
    digest = hashlib.sha256()
    for name in _FILES:
        path = resources.files(_DATA).joinpath(name)
        if path.is_file():
            digest.update(path.read_bytes())
    classes = {
        cols[0].strip(): frozenset(w.strip().lower() for w in cols[1].split("|"))
        for _, cols in _rows("classes.tsv")
    }
    frames: dict[str, dict[str, str]] = {}
    for n, cols in _rows("frames.tsv"):
        if len(cols) != 3:
            raise DictionaryError(f"frames.tsv line {n}: expected frame, inner, code")
        frames.setdefault(cols[0], {})[cols[1]] = cols[2]
    content = tuple(
        sorted(
            ((c[0].lower(), c[1], int(c[2])) for _, c in _rows("content.tsv")),
            key=lambda row: -row[2],
        )
    )
    speech = {cols[0].lower(): cols[1] for _, cols in _rows("speech.tsv")}
    rules = _parse_rules()
    particles = frozenset(
        part for rs in rules.values() for r in rs for part in r.lemma.split("_")[1:]
    )
    for rs in rules.values():
        for r in rs:
            if r.obj.startswith("@") and r.obj[1:] not in classes:
                raise DictionaryError(f"lexicon.tsv line {r.line}: unknown class {r.obj}")
            if r.code.startswith("frame:") and r.code[6:] not in frames:
                raise DictionaryError(f"lexicon.tsv line {r.line}: unknown frame {r.code}")
    return Lexicon(
        version=f"lexicon-v1+{digest.hexdigest()[:8]}",
        rules=MappingProxyType(rules),
        classes=MappingProxyType(classes),
        frames=MappingProxyType({k: MappingProxyType(v) for k, v in frames.items()}),
        content=content,
        speech=MappingProxyType(speech),
        particles=particles,
    )


def word_list(name: str) -> tuple[str, ...]:
    """The words of list ``name`` of ``words.tsv``, in file order.  Modules bind the lists they
    test at import (``frozenset(word_list(...))``), so a missing list fails loudly and early
    rather than silently matching nothing."""
    return named_list(_word_lists(), name, WORDS_FILE)


@cache
def _word_lists() -> Mapping[str, tuple[str, ...]]:
    """The built-in word lists (immutable, read once per process)."""
    text = resources.files(_DATA).joinpath(WORDS_FILE).read_text(encoding="utf-8")
    return parse_word_lists(text, WORDS_FILE)
