"""Talks named only in an adjunct: "During talks in Ankara, Erdogan told Sisi that ...".

Wire copy often reports what one leader said to another and mentions the meeting itself only as
the setting of the quote.  The meeting is news of its own (CAMEO 04: the two held talks), but
the event noun has no parties in its own phrase, so ``code_noun`` would pass it by.

The parties are read from the clause the adjunct sets: its subject, and the person addressed
(the object of a verb of addressing someone: "told", "assured", "urged", the ``ADDRESSING``
class of ``classes.tsv``).  Only addressing verbs count: "At a summit in Brussels, NATO warned
Russia" names the alliance's own summit, and Russia need not have been there; someone who is
told or assured something during talks is the other side of those talks.

"During the talks" after the article has already coded a meeting, visit or call refers back
to that event; coding it again would count one meeting twice, so a definite setting noun is
left alone when the article memory holds a meeting (CAMEO 04) already.
"""

from __future__ import annotations

from communique.events.discourse import anaphoric, party
from communique.events.doers import no_places, subject_actors
from communique.events.lexicon import Rule
from communique.events.view import VERB_POS, SentenceView
from communique.types import ActorMention

MEETING_ROOT = "04"
# Prepositions that set an act inside a meeting: "during talks", "at a summit", "after talks".
SETTING_PREPS = frozenset({"during", "at", "after"})
ADDRESSEE_DEPS = frozenset({"dobj", "obj", "iobj", "dative"})


def setting_parties(
    view: SentenceView, n: int, rule: Rule
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...]]:
    """Source and counterpart of the meeting noun at ``n`` when it is the setting of an act
    of addressing someone (see the module docstring); ``((), ())`` otherwise."""
    tree = view.tree
    if not rule.code.startswith(MEETING_ROOT) or tree.tok(n).dep != "pobj":
        return (), ()
    prep = tree.head(n)
    if prep is None or tree.tok(prep).text.lower() not in SETTING_PREPS:
        return (), ()
    verb = tree.head(prep)
    if verb is None or tree.tok(verb).pos not in VERB_POS:
        return (), ()
    if anaphoric(view, n) and MEETING_ROOT in view.antecedents:
        return (), ()  # "During the talks, ..." after the talks were coded
    if not view.lexicon.in_class(tree.lemma(verb), "ADDRESSING"):
        return (), ()
    sources = no_places(subject_actors(view, verb))
    addressed = tree.kids(verb, ADDRESSEE_DEPS)
    targets = tuple(m for k in addressed for m in no_places(view.in_phrase(k)))
    own = {party(m) for m in sources}
    targets = tuple(m for m in targets if party(m) not in own)
    if not sources or not targets:
        return (), ()
    return sources, targets


# "in a telephone conversation with Macron", "following talks with Cairo": the noun names
# the other side itself, so the setting may frame any act of the clause's subject.
PARTNERED_SETTING_PREPS = frozenset({*SETTING_PREPS, "in", "following"})
# Visits (042/043) are not read from a setting: "during a visit to Beirut" names a place
# visited, which wire copy reports alongside the talks held there, not as their partner.
VISIT_CODES = frozenset({"042", "043"})


def setting_subject(
    view: SentenceView, n: int, rule: Rule, partners: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The source of a meeting noun that names only its partner ("In a phone call with
    Macron, Scholz discussed energy", "After his meeting with Modi, Kishida said ..."): the
    subject of the clause the adjunct sets, who took part in the meeting the clause reports
    from.  Empty when the noun is no such setting or the subject is the partner's side."""
    tree = view.tree
    if not rule.code.startswith(MEETING_ROOT) or rule.code in VISIT_CODES or not partners:
        return ()
    prep = tree.head(n)
    if (
        tree.tok(n).dep != "pobj"
        or prep is None
        or tree.tok(prep).text.lower() not in PARTNERED_SETTING_PREPS
    ):
        return ()
    verb = tree.head(prep)
    if verb is None or tree.tok(verb).pos not in VERB_POS:
        return ()
    if anaphoric(view, n) and MEETING_ROOT in view.antecedents:
        return ()  # "during the talks with ...": the talks were coded already
    others = {party(m) for m in partners}
    return tuple(m for m in no_places(subject_actors(view, verb)) if party(m) not in others)
