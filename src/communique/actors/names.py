"""Matching knowledge-base names and agent nouns against parsed tokens.

Why keys rather than raw strings: spaCy splits ``Kim Jong-un`` into ``Kim / Jong / - / un``
while writers also use ``Kim Jong Un`` and ``Kim Jong-Un``.  Both names and tokens are
reduced to the same *key* sequence (hyphens dropped, curly apostrophes straightened,
possessive ``'s`` split off), so one stored name matches every hyphen/space/case variant.

Case policy: the first key of a proper name must match with its case (``US`` is not
``us``, ``China`` is not ``china``) unless the entry is case-folded (PETRARCH dictionaries
are upper case) or the whole sentence is in capitals (headlines); later keys compare
case-insensitively (``Jong-un`` / ``Jong Un``).  Country names (``loose`` entries) also
match when mistyped in a case no English word has (``iSrael``), or all lower-case where the
parser still tags the word a proper noun (``israel``).

Indexes are plain dicts keyed by the lower-cased first key, built once per knowledge base.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique.actors.cues import word_list
from communique.types import Token

_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014"
_HYPHEN_SPLIT = re.compile(f"[{_HYPHENS}]+")
_EDGE_PUNCT = '"“”()[]{},;:!?'
_LEADING_ARTICLES = ("the",)
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _straighten(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def name_keys(name: str) -> tuple[str, ...]:
    """Split a dictionary name into match keys, the way spaCy would tokenise it.

    ``"Democratic People's Republic of Korea"`` -> ``Democratic People 's Republic of Korea``;
    ``"Kim Jong-un"`` -> ``Kim Jong un``.  A leading ``the`` is dropped: it is optional in text.
    """
    keys: list[str] = []
    for raw in _straighten(name).replace("_", " ").split():
        word = raw.strip(_EDGE_PUNCT)
        if not word:
            continue
        suffix = None
        if len(word) > 2 and word.lower().endswith("'s"):
            word, suffix = word[:-2], "'s"
        keys.extend(piece for piece in _HYPHEN_SPLIT.split(word) if piece)
        if suffix:
            keys.append(suffix)
    while len(keys) > 1 and keys[0].lower() in _LEADING_ARTICLES:
        keys.pop(0)
    return tuple(keys)


def token_keys(text: str) -> tuple[str, ...]:
    """The keys of one sentence token: hyphen-only tokens have none."""
    if text.isalnum():  # most tokens: no hyphen or apostrophe to split or straighten
        return (text,)
    return tuple(piece for piece in _HYPHEN_SPLIT.split(_straighten(text)) if piece)


@dataclass(frozen=True, slots=True)
class KeyStream:
    """A sentence flattened to keys, with the token each key came from.

    ``first[i]`` is the position of token ``i``'s first key (-1 for hyphen tokens) and
    ``last[p]`` says whether key ``p`` ends its token, so matches always cover whole tokens.
    """

    keys: tuple[str, ...]
    lower: tuple[str, ...]
    lemmas: tuple[str, ...]
    tok: tuple[int, ...]
    first: tuple[int, ...]
    last: tuple[bool, ...]
    caps: bool
    # per key: tagged PROPN and heading its own phrase (not "china plates")
    proper: tuple[bool, ...] = ()

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> KeyStream:
        keys: list[str] = []
        lemmas: list[str] = []
        tok: list[int] = []
        first: list[int] = []
        last: list[bool] = []
        proper: list[bool] = []
        for t in tokens:
            ks = token_keys(t.text)
            first.append(len(keys) if ks else -1)
            ls = token_keys(t.lemma)
            if len(ls) != len(ks) or t.pos in ("VERB", "AUX"):
                ls = ks  # a verb's lemma names no agent: "Khartoum forced ..." is not "forces"
            for n, (k, lemma) in enumerate(zip(ks, ls, strict=True)):
                keys.append(k)
                lemmas.append(lemma.lower())
                tok.append(t.i)
                last.append(n == len(ks) - 1)
                proper.append(t.pos == "PROPN" and t.dep not in _MODIFIER_DEPS)
        return cls(
            keys=tuple(keys),
            lower=tuple(k.lower() for k in keys),
            lemmas=tuple(lemmas),
            tok=tuple(tok),
            first=tuple(first),
            last=tuple(last),
            caps=is_caps_sentence(tokens),
            proper=tuple(proper),
        )


def is_caps_sentence(tokens: Sequence[Token]) -> bool:
    """Headlines in capitals: case carries no information, so names match case-blind."""
    words = [t.text for t in tokens if any(c.isalpha() for c in t.text)]
    if len(words) < 3:
        return False
    upper = sum(1 for w in words if w.isupper())
    return upper / len(words) >= 0.7


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One way of writing one entity.  ``via`` says how a match was recognised
    (``name``, ``alias``, ``adjective``, ``demonym``, ``metonym``); ``weak`` names only count
    when no unknown proper noun is adjacent; ``fold`` makes the first key case-blind;
    ``override`` (user files) replaces built-in entries with the same keys; ``loose``
    (country names) also matches mistyped case (see module docstring)."""

    keys: tuple[str, ...]
    entity_id: str
    via: str = "name"
    weak: bool = False
    fold: bool = False
    override: bool = False
    loose: bool = False

    @property
    def lower(self) -> tuple[str, ...]:
        return tuple(k.lower() for k in self.keys)


@dataclass(frozen=True, slots=True)
class AgentEntry:
    """A generic agent noun phrase (``foreign ministry``) in one inflected form.

    ``code`` keeps PETRARCH's placement marker: ``~GOV`` appends the sector to the country
    code, ``NGO~`` prepends it.  ``kind`` is ``person`` | ``leader`` | ``group``.
    """

    words: tuple[str, ...]
    sector: str
    code: str
    kind: str = "group"
    title: str = ""
    entity_id: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """A match: tokens ``[start, end)`` of the sentence.  ``alternatives`` holds every
    entity sharing the matched name ("Joint Chiefs of Staff": KOR and USA), default last."""

    start: int
    end: int
    entry: NameEntry | AgentEntry
    alternatives: tuple[NameEntry, ...] = ()


class NameIndex:
    """Longest-match lookup of proper names.

    Entities sharing a name are all kept (the last added is the default) so the resolver
    can choose by context; an ``override`` entry (user files, loaded last) replaces them.
    """

    def __init__(self, entries: Iterable[NameEntry]) -> None:
        table: dict[tuple[str, ...], tuple[NameEntry, ...]] = {}
        for e in entries:
            if not e.keys:
                continue
            low = e.lower
            old = table.get(low, ())
            if e.override and not all(o.override for o in old):
                old = ()
            table[low] = (*(o for o in old if o.entity_id != e.entity_id), e)
        buckets: dict[str, list[tuple[tuple[str, ...], tuple[NameEntry, ...]]]] = {}
        for low, es in table.items():
            buckets.setdefault(low[0], []).append((low, es))
        self._index = {
            k: tuple(sorted(v, key=lambda pair: -len(pair[0]))) for k, v in buckets.items()
        }
        self._table = table
        self.size = len(table)

    def find(self, name: str) -> NameEntry | None:
        """The entry for exactly this name (hyphen/space variants and case after the first
        word allowed, as in running text)."""
        keys = name_keys(name)
        if not keys:
            return None
        es = self._table.get(tuple(k.lower() for k in keys))
        if not es or not (es[-1].fold or _same_case(keys[0], es[-1].keys[0])):
            return None
        return es[-1]

    def match_at(self, stream: KeyStream, i: int) -> Hit | None:
        """The longest name starting at token ``i`` (whole tokens only), or ``None``."""
        p = stream.first[i]
        if p < 0:
            return None
        n = len(stream.keys)
        for low, es in self._index.get(stream.lower[p], ()):
            e = es[-1]
            end = p + len(low)
            if end > n or not stream.last[end - 1]:
                continue
            if stream.lower[p:end] != low:
                continue
            if e.fold:
                # Upper-case dictionaries carry no case: a one-word entry still needs a
                # capital in running text ("ENT" must not match "ent").
                if len(low) == 1 and not (stream.caps or stream.keys[p][:1].isupper()):
                    continue
            elif not (
                stream.caps
                or _same_case(stream.keys[p], e.keys[0])
                or (e.loose and _miscased(stream, p, e.keys[0]))
            ):
                continue
            return Hit(i, stream.tok[end - 1] + 1, e, es)
        return None


def _miscased(stream: KeyStream, p: int, key: str) -> bool:
    """A country name typed in the wrong case: odd case ("iSrael", "CHINA" in running text)
    from three letters, or all lower case ("israel") from four when the parser still calls
    the word a proper noun heading its own phrase (so "turkey" the bird and "china plates"
    stay words)."""
    text = stream.keys[p]
    if len(key) < 3:
        return False
    if odd_case(text, key):
        return True
    proper = bool(stream.proper) and stream.proper[p]
    return text.islower() and len(key) >= 4 and proper


def odd_case(text: str, key: str) -> bool:
    """``text`` spells ``key`` in a case no ordinary word has: a capital after the first
    letter ("iSrael", "CHINA" in running text).  "Us" for "US" is ordinary title case and
    does not count."""
    if text.lower() != key.lower() or text == key:
        return False
    return any(c.isupper() for c in text[1:])


def _same_case(text: str, key: str) -> bool:
    # "mainland China" may open a sentence as "Mainland China".
    return text == key or (key[:1].islower() and text == key[:1].upper() + key[1:])


class AgentIndex:
    """Longest-match lookup of agent nouns by word form or lemma, case-blind."""

    def __init__(self, entries: Iterable[AgentEntry]) -> None:
        table: dict[tuple[str, ...], AgentEntry] = {}
        for e in entries:
            if e.words:
                table[e.words] = e
        buckets: dict[str, list[AgentEntry]] = {}
        for e in table.values():
            buckets.setdefault(e.words[0], []).append(e)
        self._index = {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in buckets.items()}
        self.size = len(table)

    def match_at(self, stream: KeyStream, i: int) -> Hit | None:
        p = stream.first[i]
        if p < 0:
            return None
        n = len(stream.keys)
        cands = self._index.get(stream.lower[p], ()) + self._index.get(stream.lemmas[p], ())
        best: Hit | None = None
        for e in cands:
            end = p + len(e.words)
            if end > n or not stream.last[end - 1]:
                continue
            if all(w in (stream.lower[p + k], stream.lemmas[p + k]) for k, w in enumerate(e.words)):
                hit = Hit(i, stream.tok[end - 1] + 1, e)
                if best is None or hit.end > best.end:
                    best = hit
        return best


def agent_words(phrase: str) -> tuple[str, ...]:
    """Agent phrases compare lower-cased, hyphens optional (``self-defense forces``)."""
    return tuple(k.lower() for k in name_keys(phrase))


def plural_forms(words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Regular English plural of the last word (``ministry`` -> ``ministries``,
    ``congress`` -> ``congresses``, ``spokesman`` -> ``spokesmen``)."""
    if not words:
        return ()
    last = words[-1]
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith(("ss", "sh", "ch", "x")):
        plural = last + "es"
    elif last.endswith("s") or not last.isalpha():
        return ()
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return ((*words[:-1], plural),)


# Name particles that are never used alone as a surname.
_PARTICLES = frozenset(word_list("NAME_PARTICLES"))


def surname_candidates(words: tuple[str, ...]) -> tuple[str, ...]:
    """First and last word of a full name: family names come first in Korean and Chinese
    names (Kim Jong Un, Xi Jinping) and last in Western ones (Vladimir Putin)."""
    words = tuple(w for w in words if w[:1].isalpha())
    if len(words) < 2:
        return ()
    out = []
    for w in (words[0], words[-1]):
        if w[:1].isupper() and len(w) > 1 and w.lower() not in _PARTICLES and w not in out:
            out.append(w)
    return tuple(out)
