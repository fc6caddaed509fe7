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

from communique.events.lexicon import Rule
from communique.events.roles import no_places, subject_actors
from communique.events.view import DEFAULT_TARGET_PREPS, SentenceView, unique
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
