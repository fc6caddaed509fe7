"""Event dates across an article and inside a noun phrase: the parts of dating that need the
parse or the article's earlier sentences (``dates`` itself reads one sentence's text).

* ``DateMemory`` -- one per article, filled by the coder as it goes: the latest stated event
  dates (for "the next day", "later that week") and the dates of events by the words that named
  them (for "hours after the launch").  ``context`` hands a sentence what it needs as a
  ``DateContext``.  It is an object the coder creates per article, never module state, so
  coding stays pure per article and safe under multiprocessing.
* ``owns_clause`` / ``own_spans`` -- which relative and participial clauses describe the event
  noun itself: "the latest round of talks, held in Cairo on August 27 and 28, ended ..." (the
  participle hangs on "round", not on "talks"); "the meeting between Putin and Erdogan, which
  took place in Sochi in February, ..." (the parser hangs the clause on "Erdogan", but only an
  event can take place).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from communique.events.dates_lexicon import DateLexicon
from communique.events.dates_model import PRECISIONS, DateContext, NamedEvent
from communique.types import EventDate

if TYPE_CHECKING:
    from communique.events.syntax import Tree
    from communique.events.view import Found, SentenceView

# Dates the text states; the publication fallback is no anchor for "the next day".
STATED_BASES = frozenset({"explicit", "relative"})
CLAUSE_DEPS = frozenset({"acl", "relcl"})
# Determiners and possessives: a closed grammatical class, kept in code.
DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})


@dataclass
class DateMemory:
    """What one article has dated so far (create one per article; see the module docstring).

    ``anchors``: (value, precision) of the latest stated dates, most recent first, one per
    precision.  Within a sentence the main clause's event is the anchor ("Japan protested on
    Wednesday after the North fired on Tuesday. The next day ..." counts from Wednesday).
    ``named``: ``lemma:<word>`` and ``root:<CAMEO root>`` -> the date of the latest event so
    named or coded.
    """

    anchors: list[tuple[date, str]] = field(default_factory=list)
    named: dict[str, tuple[date, str]] = field(default_factory=dict)
    pending: list[tuple[int, int, date, str]] = field(default_factory=list)
    # the sentence being read (set by ``context``), so ``note`` can see where its date sits
    current: Tree | None = None

    def record(self, tree: Tree, found: Found, when: EventDate) -> None:
        """Remember a coded event's date (only a date the text states)."""
        if when.basis not in STATED_BASES or when.value is None or when.precision is None:
            return
        stated = (when.value, when.precision)
        depth = sum(1 for _ in tree.ancestors(found.trigger))
        self.pending.append((depth, -len(self.pending), *stated))
        for k in (found.trigger, found.noun):
            if k is not None:
                self.named[f"lemma:{tree.lemma(k)}"] = stated
        if found.code[:1].isdigit():
            self.named[f"root:{found.code[:2]}"] = stated

    def note(self, when: EventDate | None) -> None:
        """A sentence with no coded event still moves the story's time ("The two leaders met
        in Geneva on Monday." even when the leaders were not resolved)."""
        if when is None or when.basis not in STATED_BASES or not when.value or not when.precision:
            return
        if self.current is not None and describes_a_thing(self.current, when.text):
            return  # "The accord, signed on July 9, 2018, ..." is no time of the story
        self._anchor(when.value, when.precision)

    def close_sentence(self) -> None:
        """Make the sentence's main event the anchor (called before the next sentence)."""
        if self.pending:
            _, _, value, precision = min(self.pending)
            self._anchor(value, precision)
            self.pending.clear()

    def _anchor(self, value: date, precision: str) -> None:
        if precision not in PRECISIONS:
            return
        self.anchors = [(value, precision)] + [a for a in self.anchors if a[1] != precision]

    def context(self, view: SentenceView) -> DateContext:
        """The ``DateContext`` for the sentence of ``view``: the anchors, and the words of the
        sentence that name an event the article dated ("the launch", "fired")."""
        self.close_sentence()
        self.current = view.tree
        if not self.anchors and not self.named:
            return DateContext()
        return DateContext(tuple(self.anchors), _named_events(view, self.named))


def _named_events(view: SentenceView, named: dict[str, tuple[date, str]]) -> tuple[NamedEvent, ...]:
    from communique.events.rules import choose_rule  # rules imports view; keep imports light

    tree = view.tree
    base = tree.sentence.start
    out = []
    for tok in tree.tokens:
        # Only a definite noun refers back ("the launch"); a clause ("after Pyongyang fired
        # two projectiles") tells of an act of its own, even with the same verb.
        if tok.pos != "NOUN" or not _definite(tree, tok.i):
            continue
        hit = named.get(f"lemma:{tree.lemma(tok.i)}")
        if hit is None:
            # "hours after the launch" when the article coded "fired two missiles" (same root)
            chosen = choose_rule(view, tok.i, "N")
            if chosen is not None and chosen[0].code[:1].isdigit():
                hit = named.get(f"root:{chosen[0].code[:2]}")
        if hit is not None:
            subject = tok.dep in {"nsubj", "nsubjpass"}
            out.append(NamedEvent(tok.start - base, tok.end - base, *hit, subject=subject))
    return tuple(out)


def _definite(tree: Tree, i: int) -> bool:
    """ "the launch", "its test", "Pyongyang's launch": a noun that refers back."""
    for d in tree.kids(i, {"det", "poss"}):
        tok = tree.tok(d)
        if tok.text.lower() in DEFINITE or tok.dep == "poss":
            return True
    return False


def describes_a_thing(tree: Tree, expression: str) -> bool:
    """Does the date ``expression`` sit in a clause that describes a noun of the sentence: a
    reduced passive ("the accord, signed on July 9, 2018, ...") or a passive relative clause
    ("the treaty, which was signed in May 2019, ...")?  Such a date tells when the thing was
    made, not where the story is, so "Hours later" in the next sentence must not count from it.
    """
    if not expression:
        return False
    text = tree.sentence.text
    at = text.find(expression)
    if at < 0:
        return False
    base = tree.sentence.start
    first = next((t.i for t in tree.tokens if at <= t.start - base < at + len(expression)), None)
    if first is None:
        return False
    return any(_passive_description(tree, k) for k in (first, *tree.ancestors(first)))


def _passive_description(tree: Tree, k: int) -> bool:
    tok = tree.tok(k)
    head = tree.head(k)
    if head is None or tree.tok(head).pos not in {"NOUN", "PROPN"}:
        return False
    if tok.dep == "acl":
        return tok.tag == "VBN"
    return tok.dep == "relcl" and bool(tree.kids(k, {"auxpass", "nsubjpass"}))


# --------------------------------------------------------------------------- own clauses


def _container(tree: Tree, noun: int) -> int | None:
    """ "round" in "the latest round of talks", "series" in "a series of meetings"."""
    prep = tree.head(noun)
    if prep is None or tree.tok(noun).dep != "pobj" or tree.tok(prep).text.lower() != "of":
        return None
    holder = tree.head(prep)
    return holder if holder is not None and tree.tok(holder).pos == "NOUN" else None


def _occurrence(tree: Tree, clause: int, lex: DateLexicon) -> bool:
    """Is the clause's predicate one only an event can have ("took place", "was held",
    "ended")?  A use with an object or complement ("which ended its boycott", "which began
    enriching uranium") is not."""
    lemma = tree.lemma(clause)
    objects = tree.kids(clause, {"dobj", "obj", "xcomp", "ccomp", "attr", "oprd"})
    if lemma == "take":
        place = any(tree.lemma(o) == "place" for o in objects)
        return place and "take place" in lex.occurrence_verbs
    if lemma not in lex.occurrence_verbs or objects:
        return False
    if lemma == "hold":  # "which was held in Brussels", "held in Cairo": passive only
        return tree.tok(clause).tag == "VBN"
    return True


def owns_clause(tree: Tree, clause: int, trigger: int, noun: int | None, lex: DateLexicon) -> bool:
    """Does the relative or participial clause headed by ``clause`` describe the event itself,
    so that its date is the event's?  Yes when it hangs on the trigger or the event noun, on a
    noun the event noun is "of" ("round of talks"), or, with a predicate only an event can
    have, anywhere inside the event noun's phrase (the parser hangs ", which took place ..." on
    the nearest participant)."""
    if tree.tok(clause).dep not in CLAUSE_DEPS:
        return False
    head = tree.head(clause)
    events = [k for k in (trigger, noun) if k is not None]
    if head in events or any(_container(tree, k) == head for k in events):
        return True
    nouns = [k for k in events if tree.tok(k).pos == "NOUN"]
    inside = any(k in tree.ancestors(clause) for k in nouns)
    return inside and _occurrence(tree, clause, lex)


def own_spans(
    tree: Tree, trigger: int, noun: int | None, lex: DateLexicon
) -> tuple[tuple[int, int], ...]:
    """Character spans (into the sentence text) of the clauses ``owns_clause`` accepts."""
    base = tree.sentence.start
    spans = []
    for tok in tree.tokens:
        if tok.dep in CLAUSE_DEPS and owns_clause(tree, tok.i, trigger, noun, lex):
            sub = tree.subtree(tok.i)
            spans.append((tree.tok(sub[0]).start - base, tree.tok(sub[-1]).end - base))
    return tuple(spans)
