"""A vote against a draft, or its veto, is aimed at whoever put the draft forward.

"Japan circulated a draft resolution on North Korea.  China voted against the draft.",
"France tabled a resolution on Syria.  Russia vetoed the resolution.": the rejection names
the text, not its sponsor.  Putting a text forward is no event of its own (nothing was done
to anybody yet), so the usual article memory of acts has nothing to answer; this module keeps
a memory of sponsors:

* ``remember_sponsors`` records, for each text a sentence says was drafted, tabled,
  circulated, proposed or submitted (verbs of ``classes.tsv`` SPONSORING, texts of
  SPONSORED), its sponsors under ``sponsored:<word>:<n>``, for the text's head word and for
  its compound modifier ("a draft resolution" is later "the draft" or "the resolution"), and
  for any text, which "the draft" or "the text" may refer back to ("drafted a resolution");
* ``sponsor_targets`` gives a recipient-less rejection (CAMEO 12) whose object -- or the
  object of its "against" phrase -- is such a text referred back to ("the draft", "this
  resolution") the sponsors recorded at most ``SPONSOR_WINDOW`` sentences before.

A rejection by a sponsor of its own text, or of a text "by X" / "X's draft" (which name their
own sponsor), is left to the rest of the coder.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import TYPE_CHECKING

from communique.events.discourse import ANAPHORIC_DETERMINERS, party
from communique.events.doers import subject_actors
from communique.events.lexicon import word_list
from communique.types import ActorMention

if TYPE_CHECKING:
    from communique.events.view import Found, SentenceView

REJECTION_ROOT = "12"
SPONSOR_WINDOW = 3
_PREFIX = "sponsored:"
_MAX_SPONSORS = 4
# Words that refer back to any text put forward ("drafted a resolution ... the draft").
_GENERIC = frozenset(word_list("GENERIC_TEXT_NOUNS"))
_ANY = "*"


def _key(word: str, n: int) -> str:
    return f"{_PREFIX}{word}:{n}"


def remember_sponsors(memory: MutableMapping[str, ActorMention], view: SentenceView) -> None:
    """Record the sponsors of every text the sentence says was put forward."""
    tree = view.tree
    for k in range(len(tree.sentence.tokens)):
        if tree.tok(k).dep not in {"dobj", "nsubjpass"} or not _sponsored(view, k):
            continue
        verb = tree.head(k)
        if verb is None or not view.lexicon.in_class(tree.lemma(verb), "SPONSORING"):
            continue
        sponsors = [m for m in subject_actors(view, verb) if m.via != "location"]
        if not sponsors:
            continue
        words = [tree.lemma(k), *(tree.lemma(c) for c in tree.kids(k, {"compound"})), _ANY]
        for word in words:
            for stale in [key for key in memory if key.startswith(f"{_PREFIX}{word}:")]:
                del memory[stale]
            for n, m in enumerate(sponsors[:_MAX_SPONSORS]):
                memory[_key(word, n)] = m


def sponsor_targets(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """The sponsors of the text a recipient-less rejection refers back to, or ``()``."""
    if found.targets or not found.sources or found.code[:2] != REJECTION_ROOT:
        return ()
    tree = view.tree
    texts = [*tree.kids(found.trigger, {"dobj"})]
    texts += [pobj for _, pobj in tree.preps(found.trigger, {"against"})]
    own = {party(m) for m in found.sources}
    here = tree.sentence.index
    for text in texts:
        if not _sponsored(view, text) or not _refers_back(view, text):
            continue
        sponsors = _recorded(view, tree.lemma(text))
        if not sponsors and tree.lemma(text) in _GENERIC:
            sponsors = _recorded(view, _ANY)
        if not sponsors or here - sponsors[0].sentence > SPONSOR_WINDOW:
            continue
        others = tuple(m for m in sponsors if party(m) not in own)
        if others:
            return others
    return ()


def _recorded(view: SentenceView, word: str) -> list[ActorMention]:
    sponsors: list[ActorMention] = []
    while (m := view.antecedents.get(_key(word, len(sponsors)))) is not None:
        sponsors.append(m)
    return sponsors


def _sponsored(view: SentenceView, k: int) -> bool:
    return view.lexicon.in_class(view.tree.lemma(k), "SPONSORED")


def _refers_back(view: SentenceView, k: int) -> bool:
    """ "the draft", "this resolution": a definite text with no owner or author of its own."""
    tree = view.tree
    if tree.kids(k, {"poss"}) or tree.preps(k, {"by", "from"}):
        return False
    dets = {tree.tok(d).text.lower() for d in tree.kids(k, {"det"})}
    return bool(dets & ANAPHORIC_DETERMINERS)
