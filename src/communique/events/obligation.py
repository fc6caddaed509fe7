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

from communique.events.doers import no_places, subject_actors
from communique.events.lexicon import ad_hoc_rule
from communique.events.modality import modality_of
from communique.events.view import VERB_POS, Found, SentenceView, evidence_span
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
        rule = ad_hoc_rule("V", tree.lemma(speech), "frame:demand")
        used = (speech, comp, *(inner.tokens if inner is not None else ()))
        evidence = evidence_span(view, used, sources, targets)
        found.append(
            Found(
                trigger=speech,
                code=code,
                rule=rule,
                sources=sources,
                targets=targets,
                modality=modality_of(tree, speech),
                tokens=evidence,
                symmetric=False,
            )
        )
    return found


# A demand noun's clause: "its demand that Israel ease ...", "a call for Moscow to withdraw".
_CLAUSE_DEPS = frozenset({"acl", "ccomp", "advcl"})
_CLAUSE_MARKS = frozenset({"that", "for"})
_NOUN_FRAMES = (("DEMAND_NOUN", "demand"), ("APPEAL_NOUN", "appeal"))


def _noun_frame(view: SentenceView, noun: int) -> str | None:
    lemma = view.tree.lemma(noun)
    return next((f for name, f in _NOUN_FRAMES if view.lexicon.in_class(lemma, name)), None)


def demand_clauses(view: SentenceView) -> list[tuple[int, int, str]]:
    """(demand noun, clause verb, frame) for nouns that state what another party is to do.

    The clause must have its own subject and be introduced as a content clause ("that",
    "for ... to") or carry an obligation ("must"): "the demand that was rejected" is a
    relative clause about the demand, not its content."""
    tree = view.tree
    out = []
    for t in tree.tokens:
        if t.pos not in {"NOUN"}:
            continue
        frame = _noun_frame(view, t.i)
        if frame is None:
            continue
        for clause in _content_clauses(view, t.i):
            if tree.kids(clause, {"neg"}):
                continue
            subj = tree.kid(clause, {"nsubj", "nsubjpass"})
            if subj is None or tree.tok(subj).text.lower() in {"that", "which", "who"}:
                continue
            marks = {tree.tok(m).text.lower() for m in tree.kids(clause, {"mark"})}
            aux = {tree.tok(a).text.lower() for a in tree.kids(clause, {"aux"})}
            if marks & _CLAUSE_MARKS or aux & OBLIGATION_AUX:
                out.append((t.i, clause, frame))
    return out


def _content_clauses(view: SentenceView, noun: int) -> list[int]:
    """Candidate content clauses of a demand noun.  Besides the noun's own clause, the parser
    often hangs "that Israel ease ..." on the verb that makes the demand ("reiterated [its
    demand] [that ...]"), as that verb's clausal complement; it is still the demand's
    content, so a ``that``-clause after the noun of a demand-making verb counts too.  A
    clause head the tagger took for a noun ("that Sudan ease restrictions") is accepted only
    there, where its own subject and ``that`` show it is a verb."""
    tree = view.tree
    own = [c for c in tree.kids(noun, _CLAUSE_DEPS) if tree.tok(c).pos in VERB_POS]
    head = tree.head(noun)
    if head is None or tree.tok(noun).dep != "dobj":
        return own
    if not view.lexicon.in_class(tree.lemma(head), "DEMAND_MAKER"):
        return own
    hung = [
        c
        for c in tree.kids(head, {"ccomp"})
        if c > noun
        and tree.tok(c).pos in VERB_POS | {"NOUN"}
        and any(tree.tok(m).text.lower() == "that" for m in tree.kids(c, {"mark"}))
    ]
    return own + hung


def _demander(view: SentenceView, noun: int) -> tuple[int | None, tuple]:
    """Who makes the demand: the subject of the verb that makes or repeats it ("reiterated
    its demand", "issued an ultimatum").  A demand that is only the object of someone else's
    act ("rejected the demand that ...") is not coded here: the reaction is the event."""
    tree = view.tree
    head = tree.head(noun)
    if head is None or tree.tok(noun).dep != "dobj":
        return None, ()
    if not view.lexicon.in_class(tree.lemma(head), "DEMAND_MAKER"):
        return None, ()
    return head, subject_actors(view, head)


def _addressees(view: SentenceView, noun: int, clause: int, governor: int | None) -> tuple:
    """The party the demand is made of: the clause's subject, else (for "reminded ... that
    it must") the party the demand was addressed to ("a reminder to Iran")."""
    tree = view.tree
    subj = tree.kid(clause, {"nsubj", "nsubjpass"})
    found = no_places(view.in_phrase(subj)) if subj is not None else ()
    if found:
        return found
    carriers = [noun] + ([governor] if governor is not None else [])
    for carrier in carriers:
        for dative in tree.kids(carrier, {"dative"}):
            obj = tree.pobj(dative) if tree.tok(dative).pos == "ADP" else dative
            if obj is not None and view.in_phrase(obj):
                return no_places(view.in_phrase(obj))
        for _, pobj in tree.preps(carrier, {"to"}):
            if view.in_phrase(pobj):
                return no_places(view.in_phrase(pobj))
    return ()


def code_demand_nouns(
    view: SentenceView, consumed: set[int], code_inner: Callable[[int], Found | None]
) -> list[Found]:
    """Demands and appeals carried by a noun with a content clause: "reiterated its demand
    that Israel ease restrictions" is a demand on Israel (10x), "repeated its call for the
    government to resign" an appeal (02x).  The clause states what is wanted, never what
    happened, so it is consumed whether or not the demand itself can be coded."""
    tree = view.tree
    found = []
    for noun, clause, frame in demand_clauses(view):
        if clause in consumed:
            continue
        governor, sources = _demander(view, noun)
        targets = _addressees(view, noun, clause, governor)
        codes = {m.actor.code for m in sources}
        targets = tuple(m for m in targets if m.actor.code not in codes)
        if not sources or not targets:
            consumed.update(tree.subtree(clause))
            continue
        inner = code_inner(clause)
        consumed.update((clause, noun))
        assert governor is not None
        rule = ad_hoc_rule("N", tree.lemma(noun), f"frame:{frame}")
        used = (governor, noun, clause, *(inner.tokens if inner is not None else ()))
        evidence = evidence_span(view, used, sources, targets)
        found.append(
            Found(
                trigger=governor,
                code=view.lexicon.frame_code(frame, inner.code if inner is not None else None),
                rule=rule,
                sources=sources,
                targets=targets,
                modality=modality_of(tree, governor),
                tokens=evidence,
                symmetric=False,
                noun=noun,
            )
        )
    return found
