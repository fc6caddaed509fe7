"""Verb readings decided by the clause around the trigger, not by the trigger's own lexicon row.

* **A trip under way is no visit yet.**  "The minister, flying to Washington, said ..."
  describes a journey whose arrival the sentence does not report (as "en route to Berlin"
  does); CAMEO 042 is a visit made.  A travel verb used as a progressive
  participle that modifies its traveller (``acl``/``advcl`` gerund) is read as a visit still to
  come (modality ``future``), like "is due to visit".
* **An alleged act in an accusation's gerund.**  "Armenia accused Azerbaijan's forces of shelling
  villages": the shelling has no subject in the parse, but its doer is the accused party.  The
  accusation is coded by its own row (112 family); the shelling is also kept, with the accused as
  its source and modality ``reported`` (one side's report of a done act, the convention of
  ``nested.py`` for reported content), instead of a sourceless monadic attack.
* **"warned X about <a hazard>" informs X.**  With an addressee, no complement clause and a
  content phrase that names no party and no threat cue ("warned Uganda about a cholera
  outbreak"), the warner shares information: a statement to X (frame ``alert``), not a threat.
"""

from __future__ import annotations

from communique.events.view import FRAME_COMPLEMENTS, SentenceView
from communique.types import ActorMention

# Verbs of travelling whose progressive participle describes a trip still under way.
_TRAVEL = frozenset({"fly", "travel", "head", "drive", "sail", "journey"})
_ACCUSERS = frozenset({"accuse", "charge", "blame", "suspect"})
_ALERT_PREPS = frozenset({"about"})


def trip_under_way(view: SentenceView, i: int) -> bool:
    """Is the travel verb at ``i`` a progressive participle modifying its traveller ("the
    minister, flying to Washington, ...")?  Finite "flew to Washington" stays a visit."""
    tok = view.tree.tok(i)
    return tok.lemma in _TRAVEL and tok.tag == "VBG" and tok.dep in {"acl", "advcl"}


def accused_doers(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """The accused party when the verb at ``i`` is the gerund of "accused X of <doing>" (the
    gerund hangs off "of", itself on the accused object or on the accusation verb).  An active
    accusation with no object ("Armenia accused of ...") names nobody: its subject accuses."""
    tree = view.tree
    if tree.tok(i).tag != "VBG" or tree.tok(i).dep not in {"pcomp", "pobj"}:
        return ()
    prep = tree.head(i)
    if prep is None or tree.tok(prep).text.lower() != "of":
        return ()
    carrier = tree.head(prep)
    if carrier is None:
        return ()
    if tree.lemma(carrier) in _ACCUSERS:
        # "accused Baku of shelling ..." / "Serbia was accused of shelling ...": the accused is
        # the object, or the subject of the passive
        accused = tree.kids(carrier, {"dobj", "nsubjpass"})
        return tuple(m for k in accused for m in view.in_phrase(k))
    verb = tree.head(carrier)
    if verb is None or tree.lemma(verb) not in _ACCUSERS or tree.tok(carrier).dep != "dobj":
        return ()
    return view.in_phrase(carrier)  # "accused Baku's forces of shelling ..."


def is_alert(view: SentenceView, i: int, obj: int | None) -> bool:
    """Is the warning at ``i`` a piece of information passed to the addressee ``obj`` ("warned
    Uganda about a cholera outbreak") rather than a threat?  See the module docstring."""
    tree = view.tree
    if obj is None or not view.in_phrase(obj) or tree.kids(i, FRAME_COMPLEMENTS):
        return False
    if not view.lexicon.in_class(tree.lemma(i), "CAUTION"):
        return False
    content = [p for c in (i, obj) for p in tree.preps(c, _ALERT_PREPS)]
    if not content or tree.preps(i, {"of", "against"}) or tree.preps(obj, {"of", "against"}):
        return False
    for _, pobj in content:
        phrase = tree.subtree(pobj)
        if any(view.at(k) for k in phrase):
            return False  # "warned Kyiv about its troop build-up": aimed at a party's conduct
        if any(view.lexicon.in_class(tree.lemma(k), "THREAT_CUE") for k in phrase):
            return False  # "warned Tehran about the consequences"
    return True
