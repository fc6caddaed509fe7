"""Events stated as nouns whose participants sit inside (or just around) the noun phrase.

``extract.code_noun`` codes an event noun on its own when the phrase names its parties.  Wire
copy names them in a few more ways than "Putin's letter to Kim":

* hyphenated pairs before a joint event noun: "the Russian-Ukrainian talks", "the China-Japan
  summit" (the parser hangs the first name on the second, not on the noun);
* "between" for a joint act: "a phone call between Putin and Macron";
* an act overseen by a leader: "Kim oversaw Friday's launch" -- the launch is his side's act,
  though the noun phrase names only a day.
"""

from __future__ import annotations

from communique.events.doers import no_places, subject_actors
from communique.events.lexicon import Rule
from communique.events.modality import modality_of
from communique.events.syntax import to_infinitive
from communique.events.view import (
    DEFAULT_TARGET_PREPS,
    NOUN_POS,
    VERB_POS,
    SentenceView,
    unique,
)
from communique.types import ActorMention

OVERSEE_CLASS = "OVERSEE"
# How an overseer shows in actor mentions: a person, by name or by office.
_PERSON_VIA = frozenset({"surname", "role", "pronoun", "title"})


def participant_preps(rule: Rule) -> tuple[str, ...]:
    """Prepositions that name an event noun's other party; a joint act ("call", "talks",
    "summit") always takes its parties with "between"."""
    preps = rule.target_preps or DEFAULT_TARGET_PREPS
    return (*preps, "between") if rule.symmetric and "between" not in preps else preps


def premodifier_parties(view: SentenceView, n: int) -> tuple[ActorMention, ...]:
    """Actors named before the event noun inside its own phrase: "the Russian-Ukrainian
    talks", "the US-China trade talks", "their summit" (the pronoun is resolved by the view).
    Places are not parties ("the Istanbul talks")."""
    tree = view.tree
    left = [k for k in tree.subtree(n) if k < n]
    if not left:
        return ()
    lo = min(left)
    found = [m for m in view.mentions if lo <= m.tok_start < n]
    for k in left:  # mentions from context ("their") are not in this sentence's list
        found.extend(m for m in view.at(k) if m.sentence != tree.sentence.index)
    return no_places(unique(found))


def overseen_by(view: SentenceView, n: int) -> tuple[ActorMention, ...]:
    """ "Kim Jong Un oversaw Friday's launch", "the leader guided the test": an act a person
    oversaw, watched or guided is his side's act.  Only a person overseeing counts ("Japan
    observed the launch" is a monitor, not the launcher).  The small model sometimes tags
    "oversaw" as an adjective, so the verb is matched on its word, not its part of speech."""
    tree = view.tree
    head = tree.head(n)
    if head is None or tree.tok(n).dep not in {"dobj", "obj"}:
        return ()
    words = (tree.lemma(head), tree.tok(head).text.lower())
    if not any(view.lexicon.in_class(w, OVERSEE_CLASS) for w in words):
        return ()
    return tuple(m for m in subject_actors(view, head) if _person(m))


def _person(m: ActorMention) -> bool:
    entity = m.actor.entity_id or ""
    return entity.startswith("person:") or m.via in _PERSON_VIA


DECISION_CLASS = "DECISION"
# Verbs under which a decision is not yet taken: "is weighing a decision to expel ...".
PENDING_CLASS = "PENDING_DECISION"
# Verbs whose subject is the one deciding: "Algeria announced the decision to expel ...".
TAKE_CLASS = "TAKE_DECISION"
# Verbs that undo a decision before or after it took effect: "reversed its decision to ...".
UNDONE_CLASS = "UNDONE_DECISION"


def decision_noun(view: SentenceView, i: int) -> int | None:
    """The decision noun whose content is the infinitive at verb ``i``: "Algeria's decision
    to expel two diplomats", "the decision by Poland to close the consulate".  The small model
    often hangs the infinitive on the verb that governs the decision ("welcomed the decision
    of Algeria to expel ...", read as a purpose of "welcomed"); when that verb's object is a
    decision noun without a complement of its own, the infinitive is still its content."""
    tree = view.tree
    head = tree.head(i)
    infinitive = to_infinitive(tree, i)
    if head is None or not infinitive:
        return None
    if tree.tok(i).dep in {"acl", "relcl"} and _is_decision(view, head):
        return head
    if tree.tok(i).dep == "advcl" and tree.tok(head).pos in VERB_POS:
        obj = tree.kid(head, {"dobj"})
        bare = obj is not None and not tree.kids(obj, {"acl", "relcl"})
        if bare and obj is not None and obj < i and _is_decision(view, obj):
            return obj
    return None


def decision_makers(view: SentenceView, n: int) -> tuple[ActorMention, ...]:
    """Who took the decision at noun ``n``: its possessive or modifier ("Algeria's decision",
    "the Malian junta's decision"), or its "by"/"of" phrase ("the decision by Poland", "the
    decision of Algeria").  Else the subject of the verb whose object the decision is, when
    the decision is that subject's own: "Algeria announced its decision to ...", "Algeria took
    the decision to ..." (but "Morocco welcomed the decision to ..." names no decider)."""
    tree = view.tree
    found: list[ActorMention] = []
    for k in tree.kids(n, {"poss", "compound", "amod", "nmod"}):
        found.extend(view.in_phrase(k))
    for _, pobj in tree.preps(n, {"by", "of"}):
        found.extend(view.in_phrase(pobj))
    verb = tree.head(n)
    if found or verb is None or tree.tok(n).dep not in {"dobj", "obj"}:
        return no_places(unique(found))
    pronoun = any(tree.tok(k).pos == "PRON" for k in tree.kids(n, {"poss"}))
    words = (tree.lemma(verb), tree.tok(verb).text.lower())
    if pronoun or any(view.lexicon.in_class(w, TAKE_CLASS) for w in words):
        return subject_actors(view, verb)
    return ()


def decision_modality(view: SentenceView, n: int) -> str:
    """Modality of an act named as the content of the decision at noun ``n``.  A decision is
    reported once taken, so "Algeria's decision to expel two diplomats drew protests" is the
    expulsion, done -- not an intention.  It is not done when the decision itself is denied,
    awaited or weighed ("no decision to expel", "is weighing a decision to expel"), or when
    the clause the decision sits in is itself future or hypothetical ("will announce a
    decision to ..."), and it is undone when the decision is reversed or revoked."""
    tree = view.tree
    own = modality_of(tree, n)
    if own != "asserted":
        return own
    verb = tree.head(n)
    while verb is not None and tree.tok(verb).pos not in VERB_POS:
        verb = tree.head(verb)
    if verb is None:
        return "asserted"
    words = (tree.lemma(verb), tree.tok(verb).text.lower())
    if any(view.lexicon.in_class(w, PENDING_CLASS) for w in words):
        return "future"
    if any(view.lexicon.in_class(w, UNDONE_CLASS) for w in words):
        return "negated"  # "Algeria reversed its decision to expel ...": no expulsion stands
    return modality_of(tree, verb)


def _is_decision(view: SentenceView, k: int) -> bool:
    tree = view.tree
    return tree.tok(k).pos in NOUN_POS and view.lexicon.in_class(tree.lemma(k), DECISION_CLASS)
