"""Who a sentence's words stand for when the sentence itself does not say: the article's memory.

Wire copy spreads one happening over several sentences.  "North Korea fired two missiles on
Tuesday. Japan lodged a strong protest." names the protest's addressee only in the sentence
before; "The two sides signed an accord" and "the self-ruled island" name no actor at all.  This
module answers those questions from what the article said earlier:

* ``remember`` records, after each coded event, who did what (keys of the article memory, the
  ``SentenceView.antecedents`` mapping shared by all sentences of one article):

  - ``did:<lemma>``: the source of the latest event whose trigger or event noun has that lemma
    ("Tokyo protested" ... "Beijing rejected the protest");
  - ``act-on:<party>``: the source of the latest event done to that party;
  - ``act-by:<party>``: the latest event done by that country (or country-less actor) that is
    not itself a reaction (a third party's condemnation is not what others answer);
  - ``pair:first`` / ``pair:second``: the two parties of the latest bilateral event of the
    story's dyad (background events of other dyads do not replace it, see ``_takes_pair``).

* ``reacted_to``: a reaction (demand, disapproval, rejection, threat) whose object is absent or
  anaphoric is aimed at the actor of the act it reacts to;
* ``latest_pair`` / ``plural_pronoun``: "the two sides", "both countries", "they" after a
  bilateral event stand for that event's two parties, not for any two countries named last;
* ``partner_of``: "Kenya has repaired ties" after a quarrel with Somalia is with Somalia;
* ``epithet_mention``: "the island", "the bloc", "the alliance" stand for the latest actor of a
  kind the ``epithets.tsv`` table lists.

Nothing is invented for acts that stand alone: only reactions look back for a target.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING

from communique.errors import DictionaryError
from communique.events.lexicon import tsv_rows
from communique.types import ActorMention, ActorRef

if TYPE_CHECKING:
    from communique.events.view import Found, SentenceView

_DATA = "communique.events.data"
EPITHETS_FILE = "epithets.tsv"

PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# Words that make an object refer back to something already in the story.
ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "such"})
ANAPHORIC_PRONOUNS = frozenset({"it", "this", "that", "them", "its", "their"})
# Reactions to another party's act: demands, disapproval, rejection, threats (CAMEO 10-13),
# and praise ("welcomed the decision", 051).
REACTIVE_ROOTS = frozenset({"10", "11", "12", "13"})
REACTIVE_CODES = frozenset({"051"})
# Prepositions that name what a reaction is about ("protested over the launch").
ABOUT_PREPS = frozenset({"over", "about", "against", "at", "to"})
# How many sentences back an act may be and still be the one reacted to.
ACT_WINDOW = 2
NAMED_ACT_WINDOW = 3
PAIR_WINDOW = 2
_UNASSERTED = frozenset({"negated", "hypothetical"})


def party(mention: ActorMention) -> str:
    """The party an actor belongs to: its country, else (IGOs, groups) its actor code."""
    return mention.actor.country or mention.actor.code


# Armed groups that fight a state from inside it: rebels, insurgents, separatists, militias
# and paramilitaries outside the chain of command.  Against them, the state's own organs are
# the other side.  Other groups of a country (parties, the press, the opposition) stay with
# their country here: they rarely are one of "the two sides" of wire copy.
ARMED_NON_STATE = frozenset({"REB", "INS", "SEP", "UAF"})


def side(mention: ActorMention) -> str:
    """The side an actor takes in a two-sided story: its party, except that an armed non-state
    group of a country (Sudan's Rapid Support Forces, Colombia's ELN) is a side of its own
    against that country's state.  "The two sides" after talks between an army and a
    paramilitary of one state are those two, not the mediators named last."""
    sector = mention.actor.sector
    if mention.actor.country and sector in ARMED_NON_STATE:
        return f"{mention.actor.country}/{sector}"
    return party(mention)


def memory_side(mention: ActorMention) -> str:
    """The key under which the article memory keeps an actor's latest counterpart
    (``target-of:<key>:<tone>``): its country, but an armed group of a country apart from that
    country's state, so that a government reacting after an insurgent attack does not inherit
    the insurgents' victim as its own addressee."""
    sector = mention.actor.sector
    if mention.actor.country and sector in ARMED_NON_STATE:
        return f"{mention.actor.country}/{sector}"
    return str(mention.actor.country)


# --------------------------------------------------------------------------- memory


def remember(memory: MutableMapping[str, ActorMention], view: SentenceView, found: Found) -> None:
    """Record a coded event in the article memory (see the module docstring for the keys).
    Denied and hypothetical acts are not acts anyone reacts to, so they are not recorded."""
    if not found.sources or found.modality in _UNASSERTED:
        return
    source = found.sources[0]
    for k in (found.trigger, found.noun):
        if k is not None:
            memory[f"did:{view.tree.lemma(k)}"] = source
    if not _reactive(found.code):
        memory[f"act-by:{party(source)}"] = source
    for m in found.targets:
        if party(m) != party(source):
            memory[f"act-on:{party(m)}"] = source
    parties: dict[str, ActorMention] = {}
    for m in (*found.sources, *found.targets):
        parties.setdefault(side(m), m)
    if len(parties) == 2 and _takes_pair(memory, found, set(parties), view.tree.sentence.index):
        memory["pair:first"], memory["pair:second"] = parties.values()


def _takes_pair(
    memory: MutableMapping[str, ActorMention], found: Found, parties: set[str], here: int
) -> bool:
    """Does a bilateral event become the pair that "the two sides" stands for?

    Wire copy tells a story about one dyad and puts other dyads in between: a background
    paragraph ("Britain has sent arms to Ukraine"), a third party's reaction ("the United
    States welcomed the talks").  Those must not become "the two sides".  So an event takes
    the pair when there is none yet, when it is between the same two parties (its mentions are
    fresher), when it is a joint act of both parties (talks, an accord, "exchanged fire": the
    text itself presents them as two sides), or when the current pair is more than
    ``PAIR_WINDOW`` sentences old (the story has moved on)."""
    first, second = memory.get("pair:first"), memory.get("pair:second")
    if first is None or second is None or {side(first), side(second)} == parties:
        return True
    if found.symmetric or len({side(m) for m in found.sources}) >= 2:
        return True
    return here - max(first.sentence, second.sentence) > PAIR_WINDOW


def latest_pair(view: SentenceView) -> tuple[ActorMention, ...]:
    """The two parties of the article's latest bilateral event (empty when there is none).
    A party recorded only as a country ("arrived in Pyongyang") is replaced by its latest
    named actor ("was greeted by Kim"), so that "the two leaders" are the leaders."""
    first = view.antecedents.get("pair:first")
    second = view.antecedents.get("pair:second")
    if first is None or second is None:
        return ()
    return (_specific(view, first), _specific(view, second))


def _specific(view: SentenceView, m: ActorMention) -> ActorMention:
    if m.actor.sector is not None:
        return m
    for r in view.recent:
        if side(r) == side(m) and r.actor.sector is not None:
            return r
    return m


def plural_pronoun(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """ "They agreed to resume flights" right after a bilateral event: the pronoun stands for
    that event's two parties.  Only when nothing else could be meant: no actor earlier in this
    sentence ("the ministry said they ..." is the ministry's people), no other party named since
    the event, and the event at most ``PAIR_WINDOW`` sentences back."""
    if view.tree.tok(i).text.lower() not in PLURAL_PRONOUNS:
        return ()
    if any(m.tok_end <= i and m.via != "location" for m in view.mentions):
        return ()
    pair = latest_pair(view)
    if not pair:
        return ()
    newest = max(m.sentence for m in pair)
    if view.tree.sentence.index - newest > PAIR_WINDOW:
        return ()
    parties = {side(m) for m in pair}
    if any(m.sentence > newest and side(m) not in parties for m in view.recent):
        return ()
    return pair


def partner_of(view: SentenceView, sources: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """The counterpart of a cooperative act that names none ("Kenya has repaired ties", "we
    agreed to keep working together"): the other party of the story's latest bilateral event
    when the source is one of its two sides, else the source's latest partner in cooperation
    (``target-of:<country>:cooperation``).  Either must be at most ``NAMED_ACT_WINDOW``
    sentences back: restoring ties answers the quarrel the story is about, which wire copy
    names a paragraph or two earlier.  Empty when the article gives no partner."""
    own = {side(m) for m in sources}
    if len(own) != 1:
        return ()  # a joint act of several parties is between them
    here = view.tree.sentence.index
    pair = latest_pair(view)
    if pair and own <= {side(m) for m in pair}:
        other = tuple(m for m in pair if side(m) not in own)
        if other and here - max(m.sentence for m in pair) <= NAMED_ACT_WINDOW:
            return other
    for m in sources:
        last = view.antecedents.get(f"target-of:{memory_side(m)}:cooperation")
        if last is not None and side(last) not in own and here - last.sentence <= NAMED_ACT_WINDOW:
            return (last,)
    return ()


# --------------------------------------------------------------------------- reactions


def reacted_to(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """The target of a reaction that names none: "Japan lodged a strong protest" after "North
    Korea fired two missiles", "Beijing rejected the protest" after "Tokyo protested",
    "Seoul summoned the ambassador".

    In order: the actor of the earlier act that the object noun names ("the protest", "the
    launch"; when it names an act the article has not coded, nobody); the latest party that
    acted on the reacting party; the actor of the latest act by another party in the last
    ``ACT_WINDOW`` sentences; the one other party the previous sentence named.  Only reactions
    (CAMEO 10-13, praise) look back, and only when what they react to is absent or anaphoric
    ("rejected a proposal" names a new thing, so nobody is invented for it)."""
    # The trigger itself must be a reaction: "will slap sanctions" is coded as a threat, but
    # it reacts to nothing.  Frames and light verbs take their code from their complement.
    own_code = found.rule.code if found.rule.code[:1].isdigit() else found.code
    if not _reactive(own_code) or not found.sources:
        return ()
    objects = _reaction_objects(view, found)
    if any(not anaphoric(view, k) for k in objects):
        return ()
    return answered(view, found.sources, objects)


def answered(
    view: SentenceView, sources: tuple[ActorMention, ...], objects: list[int]
) -> tuple[ActorMention, ...]:
    """Whose act ``sources`` react to, given the anaphoric phrases ``objects`` naming it (none:
    the act is implicit).  See ``reacted_to`` for the order of preference."""
    own = {party(m) for m in sources}
    # "Somalia's president condemned the bombing" claimed by al-Shabaab: an armed group of the
    # reacting state's own country is the other side of a civil war, so its act is answerable.
    own_sides = {side(m) for m in sources}
    here = view.tree.sentence.index

    def usable(m: ActorMention | None, window: int) -> bool:
        return m is not None and side(m) not in own_sides and here - m.sentence <= window

    for k in objects:  # "rejected the protest": whoever protested
        earlier = view.antecedents.get(f"did:{view.tree.lemma(k)}")
        if earlier is not None and usable(earlier, NAMED_ACT_WINDOW):
            return (earlier,)
        if _names_act(view, k):  # "condemned the incursion": that incursion's actor or no one
            return tuple(m for m in _same_kind(view, k) if usable(m, NAMED_ACT_WINDOW))
    done_to = [view.antecedents.get(f"act-on:{p}") for p in own]
    done_to = [m for m in done_to if m is not None and usable(m, ACT_WINDOW)]
    if done_to:
        return (max(done_to, key=lambda m: (m.sentence, m.start)),)
    acts = [
        m
        for key, m in view.antecedents.items()
        if key.startswith("act-by:") and usable(m, ACT_WINDOW)
    ]
    if acts:
        return (max(acts, key=lambda m: (m.sentence, m.start)),)
    previous = [m for m in view.recent if m.sentence == here - 1 and party(m) not in own]
    if len({party(m) for m in previous}) == 1:
        return (min(previous, key=lambda m: m.start),)
    return ()


def _reactive(code: str) -> bool:
    return code[:2] in REACTIVE_ROOTS or code in REACTIVE_CODES


def _names_act(view: SentenceView, k: int) -> bool:
    """Is the phrase at ``k`` an event noun with a code of its own ("the incursion"), as
    opposed to a word any act can be called ("the move", "the decision")?"""
    from communique.events.rules import choose_rule  # rules imports view, which imports us

    chosen = choose_rule(view, k, "N")
    return chosen is not None and chosen[0].code[:1].isdigit()


def _same_kind(view: SentenceView, k: int) -> tuple[ActorMention, ...]:
    from communique.events.roles import antecedent  # roles imports view, which imports us

    return antecedent(view, k)


def _reaction_objects(view: SentenceView, found: Found) -> list[int]:
    """What a reaction is about: the trigger's object, or when the object is the act itself
    ("lodged a protest", "issued a warning") that noun's "over"/"about" phrase, plus such
    phrases on the verb."""
    tree = view.tree
    out: list[int] = []
    carried = found.noun
    obj = tree.kid(found.trigger, {"dobj", "obj"})
    if carried is None and obj is not None and found.rule.obj.startswith("@"):
        carried = obj
    elif carried is None and obj is not None:
        out.append(obj)
    for carrier in (found.trigger, carried):
        if carrier is not None:
            out.extend(pobj for word, pobj in tree.preps(carrier) if word in ABOUT_PREPS)
    return out


def anaphoric(view: SentenceView, k: int) -> bool:
    """Does the phrase headed by ``k`` refer back ("the protest", "it", "its launch")?"""
    tree = view.tree
    if tree.tok(k).text.lower() in ANAPHORIC_PRONOUNS:
        return True
    dets = {tree.tok(d).text.lower() for d in tree.kids(k, {"det", "poss"})}
    return bool(dets & (ANAPHORIC_DETERMINERS | ANAPHORIC_PRONOUNS))


# --------------------------------------------------------------------------- epithets


@dataclass(frozen=True, slots=True)
class Epithet:
    """One row of ``epithets.tsv``: head nouns, required modifiers (empty: none needed) and the
    actor or country codes the description can stand for."""

    heads: frozenset[str]
    modifiers: frozenset[str]
    refers: tuple[str, ...]
    line: int

    def fits(self, actor: ActorRef) -> bool:
        """Can this description stand for ``actor``?"""
        return actor.country in self.refers or actor.code.startswith(self.refers)


@dataclass(frozen=True)
class Epithets:
    """The epithet table, indexed by head noun."""

    rows: tuple[Epithet, ...] = ()
    by_head: dict[str, tuple[Epithet, ...]] = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, rows: tuple[Epithet, ...]) -> Epithets:
        index: dict[str, list[Epithet]] = {}
        for row in rows:
            for head in row.heads:
                index.setdefault(head, []).append(row)
        return cls(rows, {k: tuple(v) for k, v in index.items()})

    def for_head(self, lemma: str) -> tuple[Epithet, ...]:
        return self.by_head.get(lemma.lower(), ())


def parse_epithets(text: str, where: str = EPITHETS_FILE) -> Epithets:
    """Parse the epithet table; a malformed row raises ``DictionaryError`` naming its line."""
    rows = []
    for n, cols in tsv_rows(text):
        if len(cols) != 3 or not all(c.strip() for c in cols):
            raise DictionaryError(f"{where} line {n}: expected head, modifiers, refers")
        heads, mods, refers = (c.strip() for c in cols)
        modifiers = frozenset() if mods == "*" else frozenset(mods.lower().split("|"))
        rows.append(
            Epithet(
                frozenset(heads.lower().split("|")),
                modifiers,
                tuple(refers.upper().split("|")),
                n,
            )
        )
    return Epithets.of(tuple(rows))


def load_epithets() -> Epithets:
    """The built-in epithet table (build once per coder and pass it in)."""
    text = resources.files(_DATA).joinpath(EPITHETS_FILE).read_text(encoding="utf-8")
    return parse_epithets(text)


def epithet_mention(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """ "the self-ruled island", "the bloc": a definite description at ``i`` that the epithet
    table links to an actor named earlier becomes a mention of that actor here (``via``
    ``epithet``), so that the evidence points at the words in this sentence."""
    table = view.epithets
    tree = view.tree
    if table is None or tree.tok(i).pos not in {"NOUN", "PROPN"}:
        return ()
    rows = table.for_head(tree.lemma(i))
    dets = {tree.tok(d).text.lower() for d in tree.kids(i, {"det"})}
    if not rows or not dets & {"the", "this", "that"}:
        return ()
    left = [k for k in tree.subtree(i) if k < i]
    words = {w for k in left for w in (tree.tok(k).text.lower(), tree.lemma(k))}
    named = any(tree.tok(k).pos == "PROPN" for k in left)  # "the Kharg island" is a name
    rows = tuple(r for r in rows if (r.modifiers & words) or (not r.modifiers and not named))
    if not rows:
        return ()
    earlier = [m for m in view.mentions if m.tok_end <= i and m.via != "location"]
    for m in (*reversed(earlier), *view.recent):
        if any(r.fits(m.actor) for r in rows):
            start = min(left, default=i)
            return (
                ActorMention(
                    sentence=tree.sentence.index,
                    tok_start=start,
                    tok_end=i + 1,
                    head=i,
                    start=tree.tok(start).start,
                    end=tree.tok(i).end,
                    actor=m.actor,
                    via="epithet",
                ),
            )
    return ()
