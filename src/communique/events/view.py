"""A parsed sentence as the event extractor sees it: tokens, actor mentions by token, the
article's earlier actors, and the ``Found`` record an extracted event starts as.

Shared vocabulary of the extractor (preposition and pronoun sets) lives here too, so the
rule-choice, role and finding modules agree on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from communique.events.counted import counted_parties
from communique.events.discourse import (
    Epithets,
    epithet_mention,
    latest_pair,
    party,
    plural_pronoun,
)
from communique.events.home_state import home_government
from communique.events.lexicon import Lexicon, Rule, word_list
from communique.events.namesakes import namesake
from communique.events.syntax import Tree, in_description
from communique.types import ActorMention

DEFAULT_TARGET_PREPS = ("to", "with", "on", "against", "toward", "towards")
NON_STATE_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "REB", "NGO", "BUS", "REF"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
STATE_NOUNS = frozenset({"country", "nation", "state", "neighbour", "neighbor", "government"})
# Pronouns: a closed grammatical class, kept in code.
UNRESOLVED_PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our", "i", "this"})
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
FRAME_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
REFUSABLE_ROOTS = frozenset({"02", "03", "04", "05", "06", "07", "08"})
AGAINST_PREPS = frozenset({"against", "on", "toward", "towards", "at"})
# Modifiers of a title noun that name whom the title holder works for.
_TITLE_OWNERS = frozenset({"compound", "nmod", "poss", "amod"})
JOINT = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational"})
PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "along"})
PHONE = frozenset({"phone", "telephone", "call", "videoconference", "video"})
ASPECTUAL = frozenset(word_list("ASPECTUAL"))
# Participles that state the subject's own stance: "is committed to", "is opposed to"; and
# "were engaged in ethnic cleansing", which names the participants of the act, not its victims.
STANCE_PARTICIPLES = frozenset(word_list("STANCE_PARTICIPLES"))
FIRST_PERSON = frozenset({"we", "i", "our", "my", "us"})
COLLECTIVE_NOUNS = frozenset(word_list("COLLECTIVE_NOUNS"))
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Institutions named without a country ("the military sent a message", "which the government
# called inappropriate"): in wire copy they are the institutions of the sentence's main actor.
INSTITUTION_NOUNS = frozenset(word_list("INSTITUTION_NOUNS"))
REACTION_ROOTS = frozenset({"05", "10", "11", "12", "13"})
REACTION_PREPS = frozenset({"by", "over", "about", "of", "for"})
# Relations inside a noun phrase that a list of names may be parsed with.
LIST_DEPS = frozenset({"conj", "appos", "nmod", "compound", "amod", "det", "cc", "punct"})
# "with other leaders present", "with envoys looking on": people at an event who take no part.
ONLOOKER_WORDS = frozenset({"present", "attendance", "look", "watch", "observe", "attend"})


@dataclass(frozen=True, slots=True)
class Found:
    """An event found in a sentence, before dates and codes are attached."""

    trigger: int
    code: str
    rule: Rule
    sources: tuple[ActorMention, ...]
    targets: tuple[ActorMention, ...]
    modality: str
    tokens: tuple[int, ...]  # evidence tokens
    symmetric: bool
    speaker: tuple[ActorMention, ...] = ()
    noun: int | None = None  # the event noun ("message"), which may carry its own date
    # the event noun's own rule when a light verb passed the code on ("launched an invasion"):
    # its flags (plover=) describe the event, the verb's rule only says "=obj"
    noun_rule: Rule | None = None


@dataclass(frozen=True)
class SentenceView:
    """A sentence with its actor mentions indexed by token, plus the actors of the article's
    earlier sentences (most recent first) for "the two sides" and pronoun objects."""

    tree: Tree
    mentions: tuple[ActorMention, ...]
    lexicon: Lexicon
    recent: tuple[ActorMention, ...] = ()
    # CAMEO root -> the source of the article's latest event of that root, so that "condemned
    # the strikes" finds who carried out the strikes named earlier.
    antecedents: Mapping[str, ActorMention] = field(default_factory=dict)
    # "the island", "the bloc": descriptions of actors named earlier (discourse.py).
    epithets: Epithets | None = None

    def at(self, i: int) -> tuple[ActorMention, ...]:
        """Mentions covering token ``i``; "the two sides"/"both countries" stand for the two
        parties of the latest bilateral event, epithets and "they" for what the article named
        earlier (see ``discourse``)."""
        here = tuple(m for m in self.mentions if m.tok_start <= i < m.tok_end)
        if here:
            return here
        if self._collective(i):
            parties = self._named_within(i) or self.last_parties(before=i, n=2)
            if self.tree.tok(i).lemma.lower() in STATE_NOUNS:
                # "the two countries" are the states, whoever stood for them in the text
                # (an ambassador, a newspaper): their country-level codes.
                return tuple(as_country(m) for m in parties)
            return parties
        if self.tree.tok(i).lemma.lower() in COLLECTIVE_NOUNS:  # "the three countries"
            counted = counted_parties(self.tree, i, self.mentions, self.recent)
            if counted:
                return tuple(as_country(m) for m in counted)
        if self._bare_institution(i):
            # "The government accused ..." after "Ethiopia closed the border": the story's state
            return self._main_actor(i) or home_government(
                self.tree, i, self.mentions, self.recent, self.antecedents
            )
        # "the delegation": the party an earlier sentence named so (namesakes.py)
        return epithet_mention(self, i) or plural_pronoun(self, i) or namesake(self, i)

    def _bare_institution(self, i: int) -> bool:
        """ "the military", "the government": a definite institution noun with no modifier."""
        tok = self.tree.tok(i)
        if tok.pos != "NOUN" or tok.lemma.lower() not in INSTITUTION_NOUNS:
            return False
        kids = [k for k in self.tree.children[i] if self.tree.tok(k).dep != "punct"]
        return len(kids) == 1 and self.tree.tok(kids[0]).text.lower() == "the"

    def _main_actor(self, i: int) -> tuple[ActorMention, ...]:
        """The actors of the main clause's subject, when that is a state actor other than ``i``:
        "The South Korean unit fired ..., and the military sent ..."."""
        root = next((t.i for t in self.tree.tokens if t.dep == "ROOT"), None)
        subj = self.tree.kid(root, {"nsubj", "nsubjpass"}) if root is not None else None
        if subj is None or i in self.tree.subtree(subj):
            return ()
        found = tuple(
            m
            for m in self.mentions
            if m.tok_start <= subj < m.tok_end and m.actor.country and m.via != "location"
        )
        return found

    def _named_within(self, i: int) -> tuple[ActorMention, ...]:
        """ "The two sides, Turkey's foreign minister and his Greek counterpart", "the two
        leaders, led by ...": when the collective's own phrase names two parties, those are
        the two, not whoever the article named before."""
        inside = set(self.tree.subtree(i)) - {i}
        found: dict[str, ActorMention] = {}
        for m in self.mentions:
            if m.head in inside and m.via != "location":
                found.setdefault(party(m), m)
        return tuple(found.values()) if len(found) == 2 else ()

    def _collective(self, i: int) -> bool:
        tok = self.tree.tok(i)
        if tok.lemma.lower() not in COLLECTIVE_NOUNS:
            return False
        mods = {
            self.tree.tok(k).text.lower() for k in self.tree.kids(i, {"nummod", "det", "predet"})
        }
        return bool(mods & {"two", "both"})

    def last_parties(self, *, before: int, n: int) -> tuple[ActorMention, ...]:
        """The ``n`` most recently named actors of distinct countries before token ``before``
        (this sentence first, then earlier sentences).  Two parties that this sentence does
        not name are those of the latest bilateral event, not any two countries named last."""
        here = [m for m in self.mentions if m.tok_end <= before and m.via != "location"]
        if n == 2 and len({party(m) for m in here}) < 2 and latest_pair(self):
            return latest_pair(self)  # "the two sides" after "Seoul and Tokyo held talks"
        out: list[ActorMention] = []
        countries: set[str] = set()
        for m in [*reversed(here), *self.recent]:
            key = m.actor.country or m.actor.code
            if key not in countries:
                countries.add(key)
                out.append(m)
            if len(out) == n:
                break
        return tuple(out) if len(out) == n else ()

    def pronoun_object(self, i: int, exclude: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
        """What "it"/"them" as an object refers to: the nearest earlier actor that is not the
        source ("urges it to stop" after "the North's act")."""
        if self.tree.tok(i).text.lower() not in {"it", "them"}:
            return ()
        codes = {m.actor.code for m in exclude}
        # not an actor inside a description ("those betting on the US would regret it")
        here = [
            m
            for m in self.mentions
            if m.tok_end <= i and m.via != "location" and not in_description(self.tree, m.head)
        ]
        for m in [*reversed(here), *self.recent]:
            if m.actor.code not in codes:
                return (m,)
        return ()

    def in_phrase(self, i: int, *, lists: bool = False) -> tuple[ActorMention, ...]:
        """Actors of the noun phrase headed by ``i``: the head itself, its conjuncts, else the
        closest actors among its modifiers ("the leaders of China and North Korea").
        ``lists``: read an apposition with conjuncts as a list (see ``_members``)."""
        if onlookers(self.tree, i):
            return ()
        found: list[ActorMention] = []
        for j in self._members(i, lists=lists):
            here = self.at(j) or self._apposed(j)
            if here:
                found.extend(here)
                continue
            found.extend(self._modifier_actors(j))
        return unique(found)

    def _members(self, i: int, *, lists: bool) -> list[int]:
        """``i`` and its conjuncts, including conjuncts the parser hung on another word of the
        same name ("Barack Obama and Vladimir Putin" with "and Putin" attached to "Obama" while
        "Barack" is the subject).

        With ``lists``, a list of three or more actors parsed as an apposition that carries the
        rest of the list ("The US, Russia, and Switzerland" -> Russia appos of US, Switzerland
        conj of Russia) is read as the list it is.  Only subjects are read this way: after a
        verb the same shape usually describes ("sanctioned six officials, a bank and ...")."""
        members = self.tree.conjuncts(i)
        here = self.tree.sentence.index
        for m in self.at(i):  # "the two sides" stands for mentions of earlier sentences
            if m.sentence != here:
                continue
            own = range(m.tok_start, m.tok_end)  # the mention's own words are not new members
            for k in own:
                members.extend(
                    c for c in self.tree.conjuncts(k) if c not in members and c not in own
                )
        if lists:
            for j in list(members):
                for a in self.tree.kids(j, {"appos"}):
                    if self.tree.kids(a, {"conj"}) and self.at(a) and self.at(j):
                        members.extend(c for c in self.tree.conjuncts(a) if c not in members)
        return sorted(members)

    def listed(self, i: int) -> list[ActorMention]:
        """Members of a coordinated list headed by ``i`` that the parse did not make conjuncts:
        the small model often hangs "Mordor, the Shire, Arnor and Bree" or "Arnor and the
        old Gondor" as appositions and modifiers.  Only when the phrase has a coordinator, so
        that an apposition describing one actor ("Osgiliath, Gondor's ally") adds nobody."""
        reached: set[int] = set()
        stack = [i]
        while stack:
            j = stack.pop()
            reached.add(j)
            stack.extend(
                k
                for k in self.tree.children[j]
                if k not in reached
                and self.tree.tok(k).dep in LIST_DEPS
                # "Japan and South Korea, the two U.S. allies": a common-noun apposition
                # describes the list; the actor modifying it is no member
                and not (self.tree.tok(k).dep == "appos" and self.tree.tok(k).pos == "NOUN")
            )
        nominal = {k for k in reached if self.tree.tok(k).pos in NOUN_POS}
        if not any(self.tree.tok(k).dep == "cc" and self.tree.head(k) in nominal for k in reached):
            return []  # "the awful and evil minister": adjectives, not a list of actors
        return [m for m in self.mentions if m.head in reached and m.head != i]

    def _apposed(self, i: int) -> tuple[ActorMention, ...]:
        """A name we do not know, identified by its apposition: "a post by Xue Jian, China's
        consul general in Osaka" (only for proper names: "the attack, a violation of ..." is
        no actor)."""
        if self.tree.tok(i).pos != "PROPN":
            return ()
        for k in self.tree.kids(i, {"appos"}):
            here = self._covering(k)
            if not here and self.tree.tok(k).pos in NOUN_POS:
                # "Jan Eliasson, the United Nations humanitarian envoy": the title's owner
                # is a modifier of the title noun, the person speaks for it
                for j in self.tree.kids(k, _TITLE_OWNERS):
                    here = self._covering(j)
                    if here:
                        break
            if here:
                return here
        return ()

    def _covering(self, k: int) -> tuple[ActorMention, ...]:
        """The mentions spanning token ``k`` (a place named there is no party)."""
        return tuple(
            m for m in self.mentions if m.tok_start <= k < m.tok_end and m.via != "location"
        )

    def _modifier_actors(self, i: int) -> list[ActorMention]:
        frontier = [i]
        seen = {i}
        for _ in range(5):  # "the resumption of formal diplomatic ties with Osgiliath"
            nxt = []
            hits: list[ActorMention] = []
            for j in frontier:
                for k in self.tree.children[j]:
                    tok = self.tree.tok(k)
                    if k in seen or tok.pos in VERB_POS or tok.dep in {"relcl", "acl", "appos"}:
                        continue
                    seen.add(k)
                    if tok.dep == "prep" and tok.text.lower() in PLACE_PREPS:
                        continue  # "an attack ... in south Ithilen": a place, not a party
                    here = self.at(k) or self._apposed(k)
                    if here:
                        hits.extend(here)
                    else:
                        nxt.append(k)
            if hits:
                return hits
            frontier = nxt
        return []


def onlookers(tree: Tree, i: int) -> bool:
    """Is ``i`` the object of an absolute "with" phrase that names onlookers ("met ..., with
    other leaders and a Chinese envoy present", "with diplomats looking on")?  Such people
    watch the event; they are no party to it, so the phrase names neither source nor target
    (and the two who met keep their meeting)."""
    head = tree.head(i)
    if head is None or tree.tok(head).text.lower() != "with" or tree.tok(i).dep != "pobj":
        return False
    for k in (*tree.subtree(head),):
        tok = tree.tok(k)
        if k != i and tree.lemma(k) in ONLOOKER_WORDS and tok.dep not in {"amod", "compound"}:
            return True
    return False


def unique(mentions: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for m in mentions:
        key = (m.tok_start, m.tok_end, m.actor.code)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return tuple(out)


# --------------------------------------------------------------------------- rule choice


def as_country(m: ActorMention) -> ActorMention:
    """``m`` coded as its country alone (``PRKMED`` -> ``PRK``); actors with no country stay."""
    if not m.actor.country or m.actor.code == m.actor.country:
        return m
    return replace(m, actor=replace(m.actor, code=m.actor.country, sector=None))


def evidence_span(
    view: SentenceView, tokens: Iterable[int], *parties: Iterable[ActorMention]
) -> tuple[int, ...]:
    """Evidence tokens of an event: ``tokens`` (trigger, complement ...) plus the words of every
    party named in this sentence (parties remembered from earlier sentences add nothing)."""
    here = view.tree.sentence.index
    out = set(tokens)
    for group in parties:
        for m in group:
            if m.sentence == here:
                out.update(range(m.tok_start, m.tok_end))
    return tuple(sorted(out))


def outside_phrases(
    view: SentenceView,
    heads: Iterable[int],
    preps: frozenset[str],
    mentions: tuple[ActorMention, ...],
) -> tuple[ActorMention, ...]:
    """``mentions`` minus those of this sentence inside a ``preps`` phrase of one of ``heads``:
    the topic phrases ("cooperation on North Korea", "the resolution on Ukraine") that say
    what something is about, not who takes part in it."""
    tree = view.tree
    inside = {k for h in heads for _, pobj in tree.preps(h, preps) for k in tree.subtree(pobj)}
    here = tree.sentence.index
    return tuple(m for m in mentions if not (m.sentence == here and m.tok_start in inside))
