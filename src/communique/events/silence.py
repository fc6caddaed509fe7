"""Refusals to comment: "declined to comment", "refused to confirm the report".

A source's refusal to talk to the press rejects nothing another party asked for, so it is never
a CAMEO 12 rejection.  CAMEO has its own code for it, 011 (decline comment), whose target is the
party the comment would have been about ("declined to comment on the British report"); with no
such party the event has no recipient and is not emitted.  The complement's verb or object
(``classes.tsv`` ``NOCOMMENT``: "comment", "confirm", "say", "give details") gives the sense
away.  What the source would not say ("declined to say whether Beijing had sent envoys") is not
coded as done.
"""

from __future__ import annotations

from communique.events.doers import no_places, speaker_actors, subject_actors
from communique.events.lexicon import Rule
from communique.events.modality import modality_of
from communique.events.view import VERB_POS, Found, SentenceView, evidence_span
from communique.types import ActorMention

_ABOUT_PREPS = frozenset({"on", "about", "over", "regarding"})


def declined_comment(view: SentenceView, i: int) -> int | None:
    """The complement verb of a refusal verb at ``i`` when what is refused is only a comment
    ("declined to comment", "refused to say whether ...", "declined to give details")."""
    tree = view.tree
    for comp in tree.kids(i, {"xcomp", "ccomp"}):
        if tree.tok(comp).pos not in VERB_POS:
            continue
        words = [comp, *tree.kids(comp, {"dobj"})]
        if any(view.lexicon.in_class(tree.lemma(k), "NOCOMMENT") for k in words):
            return comp
    return None


def _subject_of_comment(view: SentenceView, comp: int) -> tuple[ActorMention, ...]:
    """Whom the comment would have been about: "comment on the British report"."""
    tree = view.tree
    carriers = [comp, *tree.kids(comp, {"dobj"})]
    for carrier in carriers:
        for _, pobj in tree.preps(carrier, _ABOUT_PREPS):
            found = no_places(view.in_phrase(pobj))
            if found:
                return found
    return ()


def code_silence(
    view: SentenceView, i: int, rule: Rule, comp: int, consumed: set[int]
) -> Found | None:
    """The 011 event of a refusal to comment at ``i`` (complement ``comp``); the whole
    complement is consumed."""
    tree = view.tree
    consumed.update(tree.subtree(comp))
    sources = subject_actors(view, i)
    targets = tuple(m for m in _subject_of_comment(view, comp) if m not in sources)
    return Found(
        trigger=i,
        code=view.lexicon.frame_code("reject", "01"),
        rule=rule,
        sources=sources,
        targets=targets,
        modality=modality_of(tree, i),
        tokens=evidence_span(view, (i, comp), sources, targets),
        symmetric=False,
        speaker=speaker_actors(view, i),
    )
