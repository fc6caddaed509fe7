"""Reported obligations: "Britain said Iran must release the sailors" is a demand.

When a speaker states what another party *must* or *should* do, the news is the speaker's
demand on that party (CAMEO 10, PLOVER REQUEST), not the act the other party has not done.
The complement's own event (release, withdraw, respect a ceasefire) only chooses which kind of
demand it is, exactly as in "demanded that Iran release the sailors".

Only plain reporting verbs qualify (``speech`` kind in ``speech.tsv``): "a newspaper reported
that Iran must ..." is provenance, not a demand by the newspaper.  The obliged party must be
an actor other than the speaker: "Japan said it must strengthen its defences" is a statement of
Japan's own intent, which the ordinary rules code; so is a course the speaker's country shares
with others ("Japan said Tokyo and Seoul should work together", see ``joint_course``).
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from communique.events.lexicon import Rule
from communique.events.modality import modality_of
from communique.events.roles import no_places, subject_actors
from communique.events.view import VERB_POS, Found, SentenceView
from communique.types import ActorMention

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


def joint_course(speakers: tuple[ActorMention, ...], obliged: tuple[ActorMention, ...]) -> bool:
    """ "Japan's prime minister said Tokyo and Seoul should work together": when the speaker's
    own country is among several obliged parties, the sentence states a course the speaker
    shares, not an obligation it puts on another party.  (A single obliged party of the
    speaker's country stays a demand: "the government said protesters must leave".)"""
    own = {m.actor.country for m in speakers if m.actor.country}
    countries = {m.actor.country or m.actor.code for m in obliged}
    return len(countries) >= 2 and bool(own & countries)


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
        targets = no_places(view.in_phrase(subj, lists=True)) if subj is not None else ()
        if joint_course(sources, targets):
            continue  # "Japan said Tokyo and Seoul should work together": no demand on anyone
        codes = {m.actor.code for m in sources}
        targets = tuple(m for m in targets if m.actor.code not in codes)
        if not sources or not targets:
            continue
        inner = code_inner(comp)
        consumed.add(comp)
        deeper: int | None = comp
        while inner is None and deeper is not None:
            # "must stop selling arms", "should keep supplying aid": the act is one level down
            deeper = tree.kid(deeper, {"xcomp"})
            if deeper is None or tree.tok(deeper).pos not in VERB_POS:
                break
            inner = code_inner(deeper)
            consumed.add(deeper)
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
