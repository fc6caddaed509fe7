"""Reported blame: "Beijing said Washington was responsible for the tensions", "Moscow said
Kyiv was to blame", "Seoul said the North was behind the attack", "Cairo said Israel had
violated the truce".

CAMEO 112 (accuse) covers any party's allegation that another did wrong; wire copy often
words it as a reported verdict on who caused a harm rather than with "accuse" or "blame".
Such a clause is the speaker's accusation of the blamed party -- not an act by that party:
the harm itself was usually reported elsewhere, and the CAMEO note on 112 says an
accusation "does not imply that the alleged events have taken place".

Four shapes are read here, each only under a reporting verb whose subject is an actor:

* a copula verdict: "X was responsible/culpable/guilty for (of) <harm>", "X was to blame",
  "X was behind <harm>".  "responsible" alone is ambiguous ("responsible for the talks" is
  being in charge), so it counts as blame only when the thing answered for is a harm (class
  ``HARM`` or an event noun of a hostile root); "guilty", "to blame" and "behind" a harm are
  always blame;
* a harm said to be carried out by someone ("said the attack was carried out by X", class
  ``PERPETRATE`` of verbs of doing): the speaker names the perpetrator;
* a breach of an agreement reported of another party ("said Israel had broken the
  ceasefire"): the verb of breaking (class ``BREACH``) with an agreement-like object coded
  by the lexicon.  A party reporting its own breach is left to the ordinary reading;
* a standoff said to be made worse by someone ("said Washington was stoking tensions",
  "said Seoul's drills escalated the confrontation"): a verb of class ``AGGRAVATE`` with an
  object of class ``AGGRAVATED`` -- only the verb is used up, so a worsened attack keeps
  its own coding;
* blame carried as a burden ("said Tokyo must bear full responsibility for the crisis"):
  a verb of class ``BEAR_BLAME`` with an object of class ``BORNE_BLAME``, whose for-phrase,
  if any, names a harm ("bear responsibility for regional security" is a duty, not blame).

The lexicon classes (``BLAME_PREDICATE``, ``HARM``, ``BREACH``, ``PERPETRATE``,
``AGGRAVATE``, ``AGGRAVATED``, ``BEAR_BLAME``, ``BORNE_BLAME``) live in ``classes.tsv``.
"""

from __future__ import annotations

from communique.events.discourse import party
from communique.events.doers import no_places, subject_actors
from communique.events.lexicon import ad_hoc_rule
from communique.events.modality import modality_of
from communique.events.rules import choose_rule
from communique.events.view import NOUN_POS, Found, SentenceView, evidence_span
from communique.types import ActorMention

ACCUSE = "112"  # CAMEO: accuse, not specified below
BLAME_CLASS = "BLAME_PREDICATE"
HARM_CLASS = "HARM"
BREACH_CLASS = "BREACH"
PERPETRATE_CLASS = "PERPETRATE"
AGGRAVATE_CLASS = "AGGRAVATE"
AGGRAVATED_CLASS = "AGGRAVATED"
BEAR_CLASS = "BEAR_BLAME"
BORNE_CLASS = "BORNE_BLAME"
_COPULA = frozenset({"be", "remain"})
# Predicates that are a verdict of wrongdoing whatever they answer for.
_ALWAYS_BLAME = frozenset({"guilty", "culpable"})
# Roots of acts that are harms in themselves: coercion, assault, fighting, mass violence.
_HOSTILE_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
# Codes of breaking a rule or accord: 128 (defy norms, law), 196 (violate ceasefire).
_BREACH_CODES = frozenset({"128", "196"})
_REPORT_DEPS = frozenset({"parataxis", "ccomp"})
_STATEMENT_CLASSES = ("STATEMENT", "LETTER", "WRITING")


def code_blame(view: SentenceView, consumed: set[int]) -> list[Found]:
    """Reported blame and breaches in the sentence, each as a 112 by the speaker."""
    out: list[Found] = []
    tree = view.tree
    for tok in tree.tokens:
        if tok.i in consumed:
            continue
        verdict = (
            _blame_verdict(view, tok.i)
            or _breach(view, tok.i)
            or _perpetration(view, tok.i)
            or _aggravation(view, tok.i)
            or _borne_blame(view, tok.i)
        )
        if verdict is None:
            continue
        blamed_at, used = verdict
        found = _accusation(view, tok.i, blamed_at, used)
        if found is not None:
            consumed.update({tok.i, *used})
            out.append(found)
    return out


def _blame_verdict(view: SentenceView, i: int) -> tuple[int, tuple[int, ...]] | None:
    """(the blamed phrase, tokens used) when ``i`` is a copula verdict of blame."""
    tree = view.tree
    if tree.lemma(i) not in _COPULA:
        return None
    subject = tree.kid(i, {"nsubj"})
    if subject is None:
        return None
    for k in tree.kids(i, {"acomp", "attr"}):
        if not view.lexicon.in_class(tree.lemma(k), BLAME_CLASS):
            continue
        answered = [pobj for _, pobj in tree.preps(k, {"for", "of"})]
        if tree.lemma(k) in _ALWAYS_BLAME or any(_harm(view, n) for n in answered):
            return subject, (k, *answered)
    for k in tree.kids(i, {"xcomp"}):
        if tree.lemma(k) == "blame" and not tree.kids(k, {"dobj"}):
            return subject, (k, *[pobj for _, pobj in tree.preps(k, {"for"})])
    for _, pobj in tree.preps(i, {"behind"}):
        if _harm(view, pobj):
            return subject, (pobj,)
    return None


def _breach(view: SentenceView, i: int) -> tuple[int, tuple[int, ...]] | None:
    """(the violator's phrase, tokens used) when ``i`` breaks an agreement in a report."""
    tree = view.tree
    if not view.lexicon.in_class(tree.lemma(i), BREACH_CLASS) or tree.tok(i).pos in NOUN_POS:
        return None
    chosen = choose_rule(view, i, "V")
    if chosen is None or chosen[0].code not in _BREACH_CODES:
        return None
    subject = tree.kid(i, {"nsubj"})
    if subject is None:
        return None
    obj = chosen[1]
    return subject, ((obj,) if obj is not None else ())


def _perpetration(view: SentenceView, i: int) -> tuple[int, tuple[int, ...]] | None:
    """(the named perpetrator, tokens used) when ``i`` is a passive verb of carrying out a
    harm with a by-agent: "said the attack was carried out by X"."""
    tree = view.tree
    if not view.lexicon.in_class(tree.lemma(i), PERPETRATE_CLASS):
        return None
    done = tree.kid(i, {"nsubjpass"})
    if done is None or not _harm(view, done):
        return None
    for _, agent in tree.preps(i, {"by"}):
        return agent, (done,)
    return None


def _aggravation(view: SentenceView, i: int) -> tuple[int, tuple[int, ...]] | None:
    """(the aggravator's phrase, no further tokens) when ``i`` is an active verb of
    worsening a standoff: "Washington was stoking tensions"."""
    tree = view.tree
    if tree.tok(i).pos in NOUN_POS or not view.lexicon.in_class(tree.lemma(i), AGGRAVATE_CLASS):
        return None
    subject = tree.kid(i, {"nsubj"})
    obj = tree.kid(i, {"dobj"})
    if subject is None or obj is None:
        return None
    if not view.lexicon.in_class(tree.lemma(obj), AGGRAVATED_CLASS):
        return None
    return subject, ()


def _borne_blame(view: SentenceView, i: int) -> tuple[int, tuple[int, ...]] | None:
    """(the bearer's phrase, tokens used) when ``i`` bears blame: "Seoul must bear full
    responsibility for the tension"; a for-phrase must name a harm."""
    tree = view.tree
    if tree.tok(i).pos in NOUN_POS or not view.lexicon.in_class(tree.lemma(i), BEAR_CLASS):
        return None
    subject = tree.kid(i, {"nsubj"})
    obj = tree.kid(i, {"dobj"})
    if subject is None or obj is None or not view.lexicon.in_class(tree.lemma(obj), BORNE_CLASS):
        return None
    answered = [pobj for _, pobj in tree.preps(obj, {"for"})] + [
        pobj for _, pobj in tree.preps(i, {"for"})
    ]
    if answered and not any(_standoff(view, n) for n in answered):
        return None
    return subject, (obj, *answered)


def _standoff(view: SentenceView, n: int) -> bool:
    """A harm, or a standoff one can be blamed for ("the confrontation", "the standoff")."""
    return _harm(view, n) or view.lexicon.in_class(view.tree.lemma(n), AGGRAVATED_CLASS)


def _harm(view: SentenceView, n: int) -> bool:
    """Is the noun at ``n`` a harm one can be blamed for ("the tensions", "the attack")?"""
    tree = view.tree
    if view.lexicon.in_class(tree.lemma(n), HARM_CLASS):
        return True
    if tree.tok(n).pos not in NOUN_POS:
        return False
    chosen = choose_rule(view, n, "N")
    return chosen is not None and chosen[0].code[:2] in _HOSTILE_ROOTS


def reporter(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """Who reports the clause at ``i``: the subject of the reporting verb that governs it
    ("Seoul said [the North was behind ...]") or that it governs as an aside ("[the North
    was behind it], Seoul said")."""
    tree = view.tree
    head = tree.head(i)
    if tree.tok(i).dep == "ccomp" and head is not None and _reports(view, head):
        return subject_actors(view, head)
    for k in tree.kids(i, _REPORT_DEPS):
        if _reports(view, k):
            return subject_actors(view, k)
    verb = _statement_verb(view, i)
    return subject_actors(view, verb) if verb is not None else ()


def _statement_verb(view: SentenceView, i: int) -> int | None:
    """The reporting verb of "said in a statement [that X ...]" when the parser hangs the
    clause ``i`` on the statement noun instead of on the verb."""
    tree = view.tree
    noun = tree.head(i)
    if tree.tok(i).dep not in {"acl", "ccomp", "relcl"} or noun is None:
        return None
    # "a statement that X ...": a "that" opening the clause (the parser may call it a
    # relative adverb) and a subject of the clause's own
    subject = tree.kid(i, {"nsubj", "nsubjpass"})
    opener = [k for k in tree.kids(i) if tree.tok(k).text.lower() == "that" and k < i]
    if subject is None or not opener or subject < opener[0]:
        return None
    if not any(view.lexicon.in_class(tree.lemma(noun), c) for c in _STATEMENT_CLASSES):
        return None
    prep = tree.head(noun)
    verb = tree.head(prep) if prep is not None and tree.tok(noun).dep == "pobj" else None
    return verb if verb is not None and _reports(view, verb) else None


def _reports(view: SentenceView, k: int) -> bool:
    return view.lexicon.speech.get(view.tree.lemma(k)) in {"speech", "allegation"}


def _accusation(
    view: SentenceView, verb: int, blamed_at: int, used: tuple[int, ...]
) -> Found | None:
    speaker = no_places(reporter(view, verb))
    if not speaker:
        return None
    own = {party(m) for m in speaker}
    blamed = tuple(m for m in no_places(view.in_phrase(blamed_at)) if party(m) not in own)
    if not blamed:
        return None
    tree = view.tree
    return Found(
        trigger=verb,
        code=ACCUSE,
        rule=ad_hoc_rule("V", tree.lemma(verb), ACCUSE),
        sources=speaker,
        targets=blamed,
        modality=_verdict_modality(view, verb),
        tokens=evidence_span(view, (verb, blamed_at, *used), speaker, blamed),
        symmetric=False,
        speaker=speaker,
    )


def _verdict_modality(view: SentenceView, verb: int) -> str:
    """The accusation's modality: "must/would bear responsibility" is the speaker's verdict
    now, not a future act, so it is asserted; "did not bear any responsibility" stays
    negated (it clears the party instead of blaming it)."""
    modality = modality_of(view.tree, verb)
    if modality != "negated" and view.lexicon.in_class(view.tree.lemma(verb), BEAR_CLASS):
        return "asserted"
    return modality
