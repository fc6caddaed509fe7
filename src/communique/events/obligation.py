"""Reported obligations: "Britain said Iran must release the sailors" is a demand.

When a speaker states what another party *must* or *should* do, the news is the speaker's
demand on that party (CAMEO 10, PLOVER REQUEST), not the act the other party has not done.
The complement's own event (release, withdraw, respect a ceasefire) only chooses which kind of
demand it is, exactly as in "demanded that Iran release the sailors".

Only plain reporting verbs qualify (``speech`` kind in ``speech.tsv``): "a newspaper reported
that Iran must ..." is provenance, not a demand by the newspaper.  The obliged party must be
an actor other than the speaker: "Japan said it must strengthen its defences" is a statement of
Japan's own intent, which the ordinary rules code.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from communique.events.lexicon import Rule
from communique.events.modality import modality_of
from communique.events.roles import no_places, subject_actors
from communique.events.view import VERB_POS, Found, SentenceView

OBLIGATION_AUX = frozenset({"must", "should", "ought"})
SPEECH_KIND = "speech"


def obliged_clauses(view: SentenceView) -> list[tuple[int, int]]:
    """(reporting verb, complement verb) pairs whose complement states an obligation."""
    tree = view.tree
    out = []
    for t in tree.tokens:
        if t.pos not in VERB_POS or view.lexicon.speech.get(tree.lemma(t.i)) != SPEECH_KIND:
            continue
        for comp in tree.kids(t.i, {"ccomp"}):
            aux = {tree.tok(a).text.lower() for a in tree.kids(comp, {"aux"})}
            if aux & OBLIGATION_AUX and not tree.kids(comp, {"neg"}):
                out.append((t.i, comp))
    return out


def code_obligations(
    view: SentenceView, consumed: set[int], code_inner: Callable[[int], Found | None]
) -> list[Found]:
    """Demands stated as obligations.  ``code_inner`` codes the complement verb (and marks
    what it uses as consumed); the complement itself is consumed either way."""
    tree = view.tree
    found = []
    for speech, comp in obliged_clauses(view):
        if comp in consumed:
            continue
        subj = tree.kid(comp, {"nsubj", "nsubjpass"})
        sources = subject_actors(view, speech)
        targets = no_places(view.in_phrase(subj)) if subj is not None else ()
        codes = {m.actor.code for m in sources}
        targets = tuple(m for m in targets if m.actor.code not in codes)
        if not sources or not targets:
            continue
        inner = code_inner(comp)
        consumed.add(comp)
        code = view.lexicon.frame_code("demand", inner.code if inner is not None else None)
        # The demand is the speaker's act: its rule is the reporting verb read as a demand.
        rule = Rule("V", tree.lemma(speech), "*", "frame:demand", MappingProxyType({}), 0)
        evidence = {speech, comp, *(inner.tokens if inner is not None else ())}
        for m in (*sources, *targets):
            if m.sentence == tree.sentence.index:
                evidence.update(range(m.tok_start, m.tok_end))
        found.append(
            Found(
                trigger=speech,
                code=code,
                rule=rule,
                sources=sources,
                targets=targets,
                modality=modality_of(tree, speech),
                tokens=tuple(sorted(evidence)),
                symmetric=False,
            )
        )
    return found
