"""Recipients that a known misparse hides.

The small English model sometimes labels the object of a transitive verb as a bare noun-phrase
adverbial when the object is a long title + name: "al-Sisi met Ethiopian Prime Minister Abiy
Ahmed in Cairo" hangs "Ahmed" on "met" as ``npadvmod`` instead of ``dobj``.  The meeting then
has no recipient and is dropped.  A bare adverbial that is a *named actor* (not a date, not a
place) right after a verb with no object of its own can only be that object.

It also strands subjects: "Hamas freed two hostages on Sunday and Israel released 90
prisoners" hangs "Israel" as a conjunct of "Sunday" and "released" as an adverbial clause of
"freed", so the second act would inherit the first one's doer.  A named actor coordinated
with a word that names nobody, right before a finite verb with no subject, is that verb's
subject (``stranded_subject``).
"""

from __future__ import annotations

from communique.events.view import VERB_POS, SentenceView
from communique.types import ActorMention


def adverbial_object(
    view: SentenceView, i: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The actors of a proper-noun ``npadvmod`` after the verb ``i`` that has no direct
    object, minus the doers; empty otherwise."""
    tree = view.tree
    if tree.tok(i).pos not in VERB_POS or tree.kid(i, {"dobj", "dative"}) is not None:
        return ()
    for k in tree.kids(i, {"npadvmod"}):
        if k < i or tree.tok(k).pos != "PROPN":
            continue
        found = tuple(m for m in _parties(view.in_phrase(k)) if m not in sources)
        if found:
            return found
    return ()


_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _parties(mentions: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    return tuple(m for m in mentions if m.via != "location")


def stranded_subject(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """The subject the parser hung as a conjunct of the word before: "... on Sunday and Israel
    released ..." (see the module note); empty unless the verb ``i`` is finite, has no subject
    and follows the conjunct directly."""
    tree = view.tree
    tok = tree.tok(i)
    if tok.tag not in _FINITE or tok.dep not in {"advcl", "conj"} or i == 0:
        return ()
    if tree.kids(i, {"nsubj", "nsubjpass", "csubj", "expl"}):
        return ()
    k = i - 1
    head = tree.head(k)
    if tree.tok(k).dep != "conj" or head is None or head >= k or view.at(head):
        return ()
    if not any(tree.tok(c).dep == "cc" for c in tree.kids(head, {"cc"}) + tree.kids(k, {"cc"})):
        return ()
    return _parties(tuple(m for m in view.at(k) if m.sentence == tree.sentence.index))
