"""Read-only helpers over a dependency-parsed sentence (our ``ParsedSentence`` records).

The coder asks the same few questions of every parse -- children with a given relation,
the subtree of a token, the clause a token belongs to -- so they live here, once, as small
pure functions over an index built per sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from communique.types import ParsedSentence, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "acl", "ROOT"})
# Forms the small English model is known to mislemmatise ("staged" -> "stag").
_LEMMA_FIXES = {
    "staged": "stage", "stages": "stage", "hopes": "hope", "hoped": "hope",
    "banned": "ban", "shelled": "shell",
    "retook": "retake", "retaken": "retake", "overran": "overrun",
}  # fmt: skip
# Fixes that hold only for the verb: "were shelling the town" is the verb "shell", but "killed
# in Russian shelling" is the event noun "shelling", which has lexicon rows of its own.
_VERB_LEMMA_FIXES = {"shelling": "shell"}
_VERB_TAGS = frozenset({"VERB", "AUX"})
# Clause-internal modifiers that may carry a date or a target.
PREPOSITIONS = frozenset({"prep", "agent", "dative"})


@dataclass(frozen=True, slots=True)
class Tree:
    """A sentence with child lists, built once and queried many times."""

    sentence: ParsedSentence
    children: tuple[tuple[int, ...], ...]
    # every token's lemma as ``lemma`` reads it: the coder asks for lemmas in every rule check
    lemmas: tuple[str, ...] = ()

    @classmethod
    def of(cls, sentence: ParsedSentence) -> Tree:
        kids: list[list[int]] = [[] for _ in sentence.tokens]
        for tok in sentence.tokens:
            if tok.head != tok.i:
                kids[tok.head].append(tok.i)
        lemmas = tuple(_lemma(tok) for tok in sentence.tokens)
        return cls(sentence, tuple(tuple(k) for k in kids), lemmas)

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.sentence.tokens

    def tok(self, i: int) -> Token:
        return self.sentence.tokens[i]

    def kids(self, i: int, deps: Iterable[str] | None = None) -> list[int]:
        if deps is None:
            return list(self.children[i])
        wanted = deps if isinstance(deps, (set, frozenset)) else set(deps)
        tokens = self.sentence.tokens
        return [c for c in self.children[i] if tokens[c].dep in wanted]

    def kid(self, i: int, deps: Iterable[str]) -> int | None:
        found = self.kids(i, deps)
        return found[0] if found else None

    def head(self, i: int) -> int | None:
        h = self.tokens[i].head
        return None if h == i else h

    def ancestors(self, i: int) -> Iterator[int]:
        seen = {i}
        h = self.head(i)
        while h is not None and h not in seen:
            seen.add(h)
            yield h
            h = self.head(h)

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def clause_subtree(self, i: int) -> list[int]:
        """The subtree of ``i`` without embedded clauses: what belongs to this predicate."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(
                c
                for c in self.children[j]
                if self.tokens[c].dep not in {"ccomp", "advcl", "relcl", "parataxis", "conj"}
                or (
                    j != i
                    and self.tokens[c].dep == "conj"
                    and self.tokens[j].pos in {"NOUN", "PROPN"}
                )
            )
        return sorted(out)

    def conjuncts(self, i: int) -> list[int]:
        """``i`` and everything coordinated with it ("Japan and South Korea")."""
        out, stack = [], [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.kids(j, {"conj"}))
        return sorted(out)

    def lemma(self, i: int) -> str:
        return self.lemmas[i] if self.lemmas else _lemma(self.sentence.tokens[i])

    def span_chars(self, indices: Iterable[int]) -> tuple[int, int]:
        idx = list(indices)
        return self.tokens[min(idx)].start, self.tokens[max(idx)].end

    def pobj(self, prep: int) -> int | None:
        """The object of a preposition, looking through "of"-less chains ("to Pyongyang")."""
        return self.kid(prep, {"pobj", "pcomp"})

    def preps(self, i: int, words: Iterable[str] | None = None) -> list[tuple[str, int]]:
        """(preposition, object) pairs attached to ``i``: ("to", <Kim>)."""
        wanted = None if words is None else set(words)
        out = []
        for p in self.kids(i, PREPOSITIONS):
            word = self.tokens[p].text.lower()
            if wanted is not None and word not in wanted:
                continue
            obj = self.pobj(p)
            if obj is not None:
                out.append((word, obj))
        return out


def _lemma(tok: Token) -> str:
    """The lemma the coder matches a token by, with the small model's known slips fixed."""
    text = tok.text.lower()
    verb_fix = _VERB_LEMMA_FIXES.get(text) if tok.pos in _VERB_TAGS else None
    return _LEMMA_FIXES.get(text) or verb_fix or tok.lemma.lower()


def in_description(tree: Tree, k: int, top: int | None = None) -> bool:
    """Is token ``k`` inside a clause that describes a noun ("those [betting on Taiwan]",
    "countries [that arm Kyiv]"), below ``top`` (anywhere when ``None``)?  Whoever such a
    clause names is part of a description of people, not a party of the clause around it."""
    j = k
    for a in tree.ancestors(k):
        if tree.tok(j).dep in {"acl", "relcl"}:
            return True
        if a == top:
            return False
        j = a
    return False


_INFINITIVE_MARKERS = frozenset({"aux"})


def to_infinitive(tree: Tree, k: int, markers: Iterable[str] = _INFINITIVE_MARKERS) -> bool:
    """Is ``k`` a to-infinitive ("plans [to visit]", "a decision [to expel]")?  The parser
    marks one with a "to" child labelled ``aux`` (some callers also accept a "to" it mislabels
    ``mark`` or ``auxpass``).  Many constructions hinge on it -- an infinitive states an
    intention, a purpose or an order's content, never a finished act -- so it is one test."""
    return any(tree.tok(a).text.lower() == "to" for a in tree.kids(k, markers))


def phrases_after(
    tree: Tree, carrier: int, k: int, words: Iterable[str] | None = None
) -> list[tuple[str, int]]:
    """(preposition, object) pairs of ``carrier``'s phrases whose preposition comes right after
    the phrase of ``k``.  The parser often hangs a noun's own phrase on the verb instead
    ("rejected the memo [from Seoul]", "condolences over the quake [in Turkey]", "told its
    envoy [in London] to leave"); only a phrase straight after the noun's is read as the
    noun's -- one further away may be the verb's own."""
    end = max(tree.subtree(k))
    return [(w, pobj) for w, pobj in tree.preps(carrier, words) if tree.head(pobj) == end + 1]


def first_conjunct(tree: Tree, k: int) -> int:
    """The first member of the coordination ``k`` belongs to ("criticised X, recalled its envoy
    and [expelled] ..." -> "criticised").  A later conjunct shares the first one's relation to
    the rest of the sentence (its clause type, its relativiser), so constructions read that
    relation there.  Bounded by the ancestors walk, so a malformed parse cannot loop."""
    first = k
    for up in tree.ancestors(k):
        if tree.tok(first).dep != "conj":
            break
        first = up
    return first
