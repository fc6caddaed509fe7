"""Threats stated as the other party's future penalty: "Iran warned that Israel would be held
responsible", "Moscow said Kyiv will pay a heavy price for the strike".

Wire copy reports many threats without a verb of threatening: the speaker announces what
will happen to the other party ("will pay dearly", "will face the consequences", "will be
held accountable").  CAMEO codes such coercive warnings with serious repercussions as a
threat (130, PLOVER THREATEN) by the speaker against the party who is to pay.  The clause
must be future or conditional ("will", "would") and not negated, and it must be what a
speaker says or warns: "Israel paid a heavy price in the war" reports a loss, not a threat.
The penalty words are data (``classes.tsv``: ``PENALTY_VERB``, ``PENALTY``,
``BLAME_PREDICATE``).
"""

from __future__ import annotations

from communique.events.doers import no_places, subject_actors
from communique.events.lexicon import ad_hoc_rule
from communique.events.modality import modality_of
from communique.events.rules import choose_rule
from communique.events.view import VERB_POS, Found, SentenceView, evidence_span

THREAT_CODE = "130"
SPEECH_KIND = "speech"
FUTURE_AUX = frozenset({"will", "would", "'ll", "shall"})
# Verbs whose complement may state the penalty: reporting verbs and verbs of warning.
_THREAT_ROOT = "13"


def _governs_speech(view: SentenceView, i: int) -> bool:
    """Is ``i`` a plain reporting verb ("said") or a verb of warning ("warned")?"""
    tree = view.tree
    if view.lexicon.speech.get(tree.lemma(i)) == SPEECH_KIND:
        return True
    chosen = choose_rule(view, i, "V")
    return chosen is not None and (
        chosen[0].code == "frame:threat" or chosen[0].code.startswith(_THREAT_ROOT)
    )


def _warning(view: SentenceView, i: int) -> bool:
    return view.lexicon.speech.get(view.tree.lemma(i)) != SPEECH_KIND


def penalty_clause(view: SentenceView, comp: int) -> bool:
    """Does the clause at ``comp`` announce a penalty for its subject: "will pay a heavy
    price", "would pay dearly", "will face the consequences", "will be held responsible"?"""
    tree = view.tree
    aux = {tree.tok(a).text.lower() for a in tree.kids(comp, {"aux"})}
    if not aux & FUTURE_AUX or tree.kids(comp, {"neg"}):
        return False
    lex = view.lexicon
    lemma = tree.lemma(comp)
    if lex.in_class(lemma, "PENALTY_VERB"):
        words = tree.kids(comp, {"dobj", "advmod", "npadvmod"})
        return any(lex.in_class(tree.lemma(k), "PENALTY") for k in words)
    if lemma == "hold" and tree.kids(comp, {"auxpass"}):
        preds = tree.kids(comp, {"oprd", "acomp", "xcomp"})
        return any(lex.in_class(tree.lemma(k), "BLAME_PREDICATE") for k in preds)
    return False


def penalty_clauses(view: SentenceView) -> list[tuple[int, int]]:
    """(governing verb, penalty clause) pairs of the sentence."""
    tree = view.tree
    out = []
    for t in tree.tokens:
        if t.pos not in VERB_POS or not _governs_speech(view, t.i):
            continue
        out.extend((t.i, c) for c in tree.kids(t.i, {"ccomp"}) if penalty_clause(view, c))
    return out


def code_penalty_threats(view: SentenceView, consumed: set[int]) -> list[Found]:
    """Threats by the speaker against the party whose penalty the clause announces.  The
    clause (and a verb of warning, whose own threat this is) are consumed; nothing is coded
    when the paying party is not an actor other than the speaker ("it will pay": the ordinary
    rules resolve the pronoun)."""
    tree = view.tree
    found: list[Found] = []
    for gov, comp in penalty_clauses(view):
        if comp in consumed or gov in consumed:
            continue
        subj = tree.kid(comp, {"nsubj", "nsubjpass"})
        sources = subject_actors(view, gov)
        if subj is None or not sources:
            continue
        own = {m.actor.code for m in sources}
        targets = tuple(
            m for m in no_places(view.in_phrase(subj, lists=True)) if m.actor.code not in own
        )
        if not targets:
            continue
        consumed.update(tree.subtree(comp))
        if _warning(view, gov):
            consumed.add(gov)
        used = (gov, comp, *tree.kids(comp, {"dobj", "advmod", "oprd", "acomp", "xcomp"}))
        found.append(
            Found(
                trigger=gov,
                code=THREAT_CODE,
                rule=ad_hoc_rule("V", tree.lemma(gov), THREAT_CODE),
                sources=sources,
                targets=targets,
                modality=modality_of(tree, gov),
                tokens=evidence_span(view, used, sources, targets),
                symmetric=False,
            )
        )
    return found
