"""Senses of force verbs that are no political event: sport results and verbal attacks.

Wire copy uses the vocabulary of force for things that are not force.  "Japan beat Germany 2-1
in the World Cup" is a score, not an assault; "the minister attacked Seoul over its remarks" is
criticism, not a military attack.  Both are told apart by their context, not by the verb or
its object, so lexicon rows cannot express them:

* a sports context is a score ("2-1") or a sports noun (``classes.tsv`` ``SPORT``: "match",
  "cup", "final", "tournament") heading a phrase of the trigger's own clause -- not a modifier,
  so "a football stadium" or "the final days of the siege" do not count;
* a stated reason is an "over"/"for" phrase whose object is a gerund ("for failing to ...") or a
  word of ``classes.tsv`` ``REASON`` ("over its remarks", "for its handling of ..."); times
  ("over the weekend", "for hours") and places ("over the border") are no reasons.

Firing a weapon is a show of force (150) until the text says where it landed: missiles fired
*into* another country's territory or *towards* one of its places are an attack, while a test
launch "into the sea" (``classes.tsv`` ``WATERS``) stays a show of force, and so do warning shots,
whatever they are fired at.  Waters that the text places off or near a named country ("into
waters off the Japanese coast", "into the sea near Japan", "into Japan's economic zone") are
that country's waters: the launch stays a show of force (150) but it is aimed at that country
(``coastal_state``).

"stopped supplying arms to Riyadh", "is no longer buying Russian oil": an act that is stopped is
not a negated act but the act of stopping it -- a cut in aid (162x), a halt to trade (163), a
halt to talks (164), a de-escalation (087) -- by the ``halt`` frame of ``frames.tsv``.  The
stopping verbs are ``classes.tsv`` ``CEASE``; acts without a ``halt`` row keep their reading.
"""

from __future__ import annotations

import re

from communique.events.modality import modality_of
from communique.events.view import ASPECTUAL, NOUN_POS, VERB_POS, SentenceView
from communique.types import ActorMention

# Roots of force that a sports context switches off (coerce, assault, fight, mass violence).
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
_SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")
_DASHES = frozenset({"-", "–"})
# Relations of words that only describe another word: a sports noun there sets no scene.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_REASON_PREPS = frozenset({"over", "for"})
# Prepositions that say where a projectile went; "at"/"on"/"against" are handled by the caller.
_INTO_PREPS = frozenset({"into", "onto", "toward", "towards", "across"})


def clause_of(view: SentenceView, i: int) -> list[int]:
    """The tokens of the clause the trigger at ``i`` belongs to (a noun: its verb's clause)."""
    tree = view.tree
    verb = i
    while tree.tok(verb).pos not in VERB_POS:
        up = tree.head(verb)
        if up is None:
            break
        verb = up
    return tree.clause_subtree(verb)


def has_score(view: SentenceView, scope: list[int]) -> bool:
    """A result such as "2-1", written as one token or as number, dash, number."""
    tree = view.tree
    for k in scope:
        text = tree.tok(k).text
        if _SCORE.match(text):
            return True
        if text in _DASHES and 0 < k < len(tree.tokens) - 1:
            before, after = tree.tok(k - 1).text, tree.tok(k + 1).text
            if before.isdigit() and after.isdigit() and len(before) <= 2 and len(after) <= 2:
                return True
    return False


def sports_context(view: SentenceView, i: int) -> bool:
    """Is the trigger at ``i`` part of a sports report (see the module docstring)?"""
    tree = view.tree
    scope = clause_of(view, i)
    if has_score(view, scope):
        return True
    for k in scope:
        tok = tree.tok(k)
        if tok.dep in _MODIFIER_DEPS or tok.pos in VERB_POS:
            continue
        if view.lexicon.in_class(tree.lemma(k), "SPORT") or view.lexicon.in_class(
            tok.text, "SPORT"
        ):
            return True
    return False


def stated_reason(view: SentenceView, i: int) -> bool:
    """ "attacked Seoul over its remarks", "attacked Kyiv for failing to ...": the verb has an
    "over"/"for" phrase that gives a reason (a gerund or a ``REASON`` word)."""
    tree = view.tree
    for p in tree.kids(i, {"prep"}):
        if tree.tok(p).text.lower() not in _REASON_PREPS:
            continue
        for k in tree.kids(p, {"pobj", "pcomp"}):
            tok = tree.tok(k)
            if tok.pos in VERB_POS and tok.tag == "VBG":
                return True
            if tok.pos in NOUN_POS and view.lexicon.in_class(tree.lemma(k), "REASON"):
                return True
    return False


def warning_fire(view: SentenceView, obj: int | None) -> bool:
    """ "fired warning shots": shots meant to be seen, not to hit, are a show of force."""
    if obj is None:
        return False
    tree = view.tree
    return any(tree.lemma(k) == "warning" for k in tree.kids(obj, {"compound", "amod"}))


def _waters(view: SentenceView, k: int) -> bool:
    """ "into the East Sea", "into Japanese waters", "inside its exclusive economic zone"."""
    tree = view.tree
    words = {tree.lemma(k), tree.tok(k).text.lower()}
    mods = {tree.lemma(m) for m in tree.kids(k, {"compound", "amod"})}
    words |= {f"{m} {w}" for m in mods for w in words}
    return any(view.lexicon.in_class(w, "WATERS") for w in words)


def fired_at(
    view: SentenceView, i: int, obj: int | None, sources: tuple[ActorMention, ...]
) -> bool:
    """Was the weapon fired at the verb ``i`` aimed at someone: "at"/"on"/"against" a party, or
    into another country (``fired_into``)?  Warning shots never are."""
    if warning_fire(view, obj):
        return False
    tree = view.tree
    if any(
        word in {"at", "on", "against"} and (tree.tok(k).ent_type not in _WHEN or view.at(k))
        for word, k in tree.preps(i)
    ):
        # "on Thursday" says when, not what was aimed at; a named party is never a time,
        # whatever the tagger thinks of "at Kyiv overnight"
        return True
    return aimed_weapon(view, obj, sources) or fired_into(view, i, obj, sources)


def aimed_weapon(view: SentenceView, obj: int | None, sources: tuple[ActorMention, ...]) -> bool:
    """ "North Korea on Thursday fired two shells at Seoul": a date adverb before the verb often
    makes the parser hang the "at" phrase on the weapon noun instead of the verb.  On the noun
    the phrase counts only when it names a party other than the shooter's own country (a noun
    phrase like "shells at dawn" says when, not what was aimed at)."""
    if obj is None:
        return False
    tree = view.tree
    own = {m.actor.country for m in sources if m.actor.country}
    return any(
        m.actor.country not in own
        for _, k in tree.preps(obj, {"at", "on", "against"})
        for m in view.in_phrase(k)
    )


def fired_into(
    view: SentenceView, i: int, obj: int | None, sources: tuple[ActorMention, ...]
) -> bool:
    """ "fired rockets into northern Israel", "launched missiles towards Seoul", "fired
    shells across the border into South Korea": the projectile was sent into territory of a
    party other than the shooter's own, so it is an attack.  The direction phrase may hang on
    the verb or on the weapon noun; waters are no territory (a test launch into the sea)."""
    if warning_fire(view, obj):
        return False
    tree = view.tree
    own = {m.actor.country for m in sources if m.actor.country}
    for carrier in (i, obj):
        if carrier is None:
            continue
        for _, pobj in tree.preps(carrier, _INTO_PREPS):
            if _waters(view, pobj):
                continue
            hit = [m for m in view.in_phrase(pobj) if m.actor.country not in own]
            if hit:
                return True
    return False


# Prepositions that place waters by a country: "waters off Japan", "the sea near Taiwan".
_BY_COAST = frozenset({"off", "near", "around", "of", "along", "outside", "by"})
_BESIDE_SEA = frozenset({"off", "near"})


def coastal_state(
    view: SentenceView, i: int, obj: int | None, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The country whose waters a projectile was fired into (see the module docstring):
    the actors named on the waters noun itself ("Japan's waters", "Japanese waters") or in an
    "off"/"near" phrase on it, directly or through a coast noun ("off the coast of Taiwan").
    The shooter's own country is never its own target."""
    tree = view.tree
    own = {m.actor.country for m in sources if m.actor.country}
    for carrier in (i, obj):
        if carrier is None:
            continue
        for _, pobj in tree.preps(carrier, _INTO_PREPS | {"in", "inside", "within"}):
            if not _waters(view, pobj):
                continue
            places = [pobj]
            # "off" may hang on the verb: "fired missiles into the sea [off Japan's coast]"
            beside = tree.preps(pobj, _BY_COAST) + tree.preps(carrier, _BESIDE_SEA)
            for _, near in beside:
                places.append(near)
                places.extend(k for _, k in tree.preps(near, {"of"}))  # "off the coast of X"
            for place in places:
                hit = tuple(m for m in view.in_phrase(place) if m.actor.country not in own)
                if hit:
                    return hit
    return ()


_WHEN = frozenset({"DATE", "TIME"})
_LONGER = frozenset({"longer", "anymore"})


def _no_longer(view: SentenceView, i: int) -> bool:
    """ "no longer supplies", "is not buying oil any longer", "does not import it anymore"."""
    tree = view.tree
    negated = bool(tree.kids(i, {"neg"}))
    for k in tree.kids(i, {"advmod"}):
        if tree.tok(k).text.lower() not in _LONGER:
            continue
        if negated or any(tree.tok(n).text.lower() == "no" for n in tree.kids(k, {"neg"})):
            return True
    return False


def stopped_act(view: SentenceView, i: int, code: str) -> tuple[str, str] | None:
    """(code, modality) of the act at ``i`` when the text says it was stopped ("stopped
    supplying", "no longer buys"), or ``None`` when it was not or the stopped act has no
    ``halt`` reading.  The modality is the stopping's own ("will stop supplying" is future)."""
    tree = view.tree
    tok = tree.tok(i)
    head = tree.head(i)
    by_verb = (
        tok.dep in {"xcomp", "ccomp"}
        and tok.tag == "VBG"
        and head is not None
        and view.lexicon.in_class(tree.lemma(head), "CEASE")
    )
    if not by_verb and not _no_longer(view, i):
        return None
    halted = view.lexicon.frame_code("halt", code)
    if not halted:
        return None
    if by_verb and head is not None:
        return halted, modality_of(tree, head)
    modality = modality_of(tree, i)
    return halted, "asserted" if modality == "negated" else modality


def see_through(view: SentenceView, comp: int, frame: str) -> bool:
    """Verbs a frame looks through to the act: aspectual ones ("pledged to keep giving"), and
    stopping ones ("urged Washington to stop selling arms": the stopped act codes its own halt,
    ``stopped_act``) -- except after intent verbs, since "decided to stop sending arms" reports
    the halt as done and the intent frame has no halt rows."""
    lemma = view.tree.lemma(comp)
    if lemma in ASPECTUAL:
        return True
    return frame != "intent" and view.lexicon.in_class(lemma, "CEASE")
