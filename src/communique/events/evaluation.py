"""Condemnation stated as a judgement: "Tehran said the sanctions were illegal", "Damascus
described the strikes as a violation of international law", "Beijing branded the visit a
provocation".

CAMEO 111 (criticize or denounce) covers a party's official disapproval of another party's
act, however it is worded; wire copy very often words it as a verdict on the act rather than
with a verb of condemning.  The act judged is usually one reported earlier in the story ("the
sanctions", "the move"), so its actor -- the target of the criticism -- comes from the article
memory (``discourse.answered``); when the phrase names the actor ("Israel's strikes", "the US
sanctions", or the actor itself: "said Washington was irresponsible"), that actor is the target.

Predicates and labelling verbs are lexicon classes (``CONDEMNATORY``, ``LABELLING``).
"""

from __future__ import annotations

from communique.events.blame import code_blame
from communique.events.discourse import anaphoric, answered, party
from communique.events.doers import no_places, speaker_actors
from communique.events.lexicon import ad_hoc_rule
from communique.events.modality import modality_of
from communique.events.roles import noun_roles
from communique.events.view import NOUN_POS, Found, SentenceView, evidence_span
from communique.types import ActorMention

DISAPPROVAL = "111"  # CAMEO: criticize or denounce
PREDICATE_CLASS = "CONDEMNATORY"
LABELLING_CLASS = "LABELLING"
_COPULA = frozenset({"be", "remain", "constitute", "amount"})
# Slots only a noun fills: an adjective found there was misattached by the parser.
_NOUN_SLOTS = frozenset({"pobj", "appos"})


def code_evaluations(view: SentenceView, consumed: set[int]) -> list[Found]:
    """Verdicts of disapproval in the sentence, each as a 111 event by whoever gives it, and
    reported verdicts of blame ("said Kyiv was to blame"), each as a 112 (``blame.py``)."""
    out: list[Found] = code_blame(view, consumed)
    tree = view.tree
    for tok in tree.tokens:
        if tok.i in consumed:
            continue
        judged = _judgement(view, tok.i)
        if judged is None:
            continue
        subject, predicate = judged
        if subject in consumed:
            continue
        found = _evaluation(view, tok.i, subject, predicate)
        if found is not None:
            consumed.update({tok.i, subject})
            out.append(found)
    return out


def _judgement(view: SentenceView, i: int) -> tuple[int, int] | None:
    """(what is judged, the verdict) when ``i`` is a labelling verb ("called the sanctions
    illegal", "described the strikes as a violation") or a copula under a reporting verb
    ("said the sanctions were illegal"); else None."""
    tree = view.tree
    lemma = tree.lemma(i)
    if view.lexicon.in_class(lemma, LABELLING_CLASS):
        objects = tree.kids(i, {"dobj"})
        if not objects:
            return _verbless_verdict(view, i)
        verdicts = [k for k in tree.kids(i, {"oprd", "xcomp", "acomp"})] + objects[1:]
        verdicts += [pobj for word, pobj in tree.preps(i, {"as"})]
        for v in verdicts:
            if _condemnatory(view, v):
                return objects[0], v
        swallowed = _swallowed_verdict(view, objects[0])
        return (objects[0], swallowed) if swallowed is not None else None
    if lemma in _COPULA and tree.tok(i).dep == "ccomp":
        head = tree.head(i)
        if head is None or view.lexicon.speech.get(tree.lemma(head)) != "speech":
            return None
        subject = tree.kid(i, {"nsubj"})
        for v in tree.kids(i, {"acomp", "attr", "dobj"}):
            if subject is not None and _condemnatory(view, v):
                return subject, v
    return None


def _swallowed_verdict(view: SentenceView, obj: int) -> int | None:
    """The verdict the parser hung inside the object's last phrase: in "called the arrest of
    the executive unacceptable" the adjective becomes the object of "of".  An adjective that
    ends the object phrase and stands where only a noun may (object of a preposition, an
    apposition) is the verb's predicate, not part of the object."""
    tree = view.tree
    last = max(tree.subtree(obj))
    tok = tree.tok(last)
    if last == obj or tok.pos != "ADJ" or tok.dep not in _NOUN_SLOTS:
        return None
    return last if _condemnatory(view, last) else None


def _verbless_verdict(view: SentenceView, i: int) -> tuple[int, int] | None:
    """ "considers the launch a violation", parsed as a clause headed by the judged noun with
    the verdict as its object: (the judged noun, the verdict), else None."""
    tree = view.tree
    for k in tree.kids(i, {"ccomp"}):
        if tree.tok(k).pos not in NOUN_POS or tree.kid(k, {"nsubj"}) is not None:
            continue
        for v in tree.kids(k, {"dobj", "attr", "oprd"}):
            if _condemnatory(view, v):
                return k, v
    return None


def _condemnatory(view: SentenceView, k: int) -> bool:
    tree = view.tree
    words = {tree.lemma(k), tree.tok(k).text.lower()}
    return any(view.lexicon.in_class(w, PREDICATE_CLASS) for w in words)


def _evaluation(view: SentenceView, verb: int, subject: int, predicate: int) -> Found | None:
    tree = view.tree
    if tree.tok(subject).pos not in NOUN_POS and not view.at(subject):
        return None
    judge = _judge(view, verb)
    if not judge:
        return None
    own = {party(m) for m in judge}
    # The judged party: the actor itself ("said Washington was irresponsible"), else the doer
    # the act's phrase names ("Israel's strikes"), never its victims ("attacks on civilians").
    named = view.in_phrase(subject) if view.at(subject) else noun_roles(view, subject)[0]
    targets = tuple(m for m in no_places(named) if party(m) not in own)
    if not targets and anaphoric(view, subject):
        targets = answered(view, judge, [subject])
    if not targets:
        return None
    # The verdict is the trigger of its own rule: no lexicon row, no flags.
    rule = ad_hoc_rule("V", tree.lemma(verb), DISAPPROVAL)
    return Found(
        trigger=verb,
        code=DISAPPROVAL,
        rule=rule,
        sources=judge,
        targets=targets,
        modality=modality_of(tree, verb),
        tokens=evidence_span(view, (verb, subject, predicate), judge, targets),
        symmetric=False,
        speaker=speaker_actors(view, verb),
    )


def _judge(view: SentenceView, verb: int) -> tuple[ActorMention, ...]:
    """Who gives the verdict: the labelling verb's subject, or the reporting verb's."""
    tree = view.tree
    holder = verb
    if tree.tok(verb).dep == "ccomp" and tree.head(verb) is not None:
        holder = tree.head(verb)  # "Tehran said the sanctions were illegal"
    subject = tree.kid(holder, {"nsubj"})
    return no_places(view.in_phrase(subject)) if subject is not None else ()
