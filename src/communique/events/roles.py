"""To whom: the targets of a trigger over the parse (objects, prepositional recipients, the
party a reaction answers).  Who did it is ``doers``."""

from __future__ import annotations

from dataclasses import replace

from communique.events.borders import shared_border_party
from communique.events.doers import (
    COERCIVE_ROOTS,
    PEOPLE_CLASSES,
    no_places,
    subject_actors,
)
from communique.events.lexicon import Rule
from communique.events.possessors import AGREEMENT_OBJECT, agreement_owner
from communique.events.recipients import object_pronoun_referents
from communique.events.rules import choose_rule, is_passive, patient
from communique.events.senders import origin_of_object, proximity_phrases
from communique.events.sympathy import EMPATHY_CODE, sympathy_recipients
from communique.events.syntax import Tree, in_description, to_infinitive
from communique.events.victims import attackers_of
from communique.events.view import (
    DEFAULT_TARGET_PREPS,
    NOUN_POS,
    REACTION_PREPS,
    REACTION_ROOTS,
    VERB_POS,
    SentenceView,
    unique,
)
from communique.types import ActorMention


def aimed_inside(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """The place fire was aimed into: "fired shells at targets in Hama", "opened fire on
    positions inside Syria".  Fire aimed at something inside a country is aimed at it, as
    an act done inside a country is done to it (see ``locatives``)."""
    tree = view.tree
    for _, aim in tree.preps(i, {"at", "on", "against"}):
        if view.in_phrase(aim):
            continue
        for _, place in tree.preps(aim, {"in", "inside", "within"}):
            found = view.in_phrase(place)
            if found:
                return found
    return ()


def target_actors(
    view: SentenceView, i: int, rule: Rule, obj: int | None, *, noun: int | None = None
) -> tuple[ActorMention, ...]:
    """Who the act was done to.  ``noun`` is the event noun carried by a light verb.
    In acts of violence, country-less groups ("killing 11 people") are victims, not the
    recipient party: not targets."""
    found = _target_actors(view, i, rule, obj, noun=noun)
    if not found and rule.code == EMPATHY_CODE:  # "sorrow for the shootings in Texas"
        found = sympathy_recipients(
            view, i, noun if noun is not None else obj, subject_actors(view, i)
        )
    if rule.code == "content":
        found = tuple(_readership(m) for m in found)
    if rule.code[:2] in _LIST_REACTIONS or rule.code == CONCERN_CODE:
        found = between_list(view, found)  # "condemned the deal between Moscow and Tehran"
    if rule.code[:2] not in COERCIVE_ROOTS:
        return found  # "food aid to refugees": groups can be recipients
    return tuple(m for m in found if m.via != "agent")


# Reactions whose object names a dealing between parties ("criticised the arms deal between
# Russia and Iran", "voiced concern over ties between Beijing and Moscow"): the reaction is
# aimed at every party of the "between" list.  Disapproval, rejection, demands and threats,
# and the concern statement (012); meetings and cooperation take their parties elsewhere.
_LIST_REACTIONS = frozenset({"10", "11", "12", "13"})
CONCERN_CODE = "012"


def between_list(view: SentenceView, found: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    """``found`` with the other members of a "between" list it starts: the phrase reader
    stops at the first actor it meets, which is only one of the two parties."""
    tree = view.tree
    extra: list[ActorMention] = []
    for m in found:
        if m.sentence != tree.sentence.index:
            continue  # recalled from an earlier sentence: no phrase of this one
        head = tree.head(m.head)
        if (
            head is None
            or tree.tok(head).text.lower() != "between"
            or tree.tok(m.head).dep != "pobj"
        ):
            continue
        for c in tree.conjuncts(m.head):
            extra.extend(view.at(c) if c != m.head else ())
    return unique([*found, *extra]) if extra else found


def _target_actors(
    view: SentenceView, i: int, rule: Rule, obj: int | None, *, noun: int | None = None
) -> tuple[ActorMention, ...]:
    tree = view.tree
    preps = rule.target_preps or DEFAULT_TARGET_PREPS
    if obj is not None and reciprocal(tree, obj):
        return subject_actors(view, i)  # "India and Pakistan blamed each other"
    # The event noun carries its own target: "a letter to Kim", "sanctions on Pyongyang",
    # "ratified an agreement with the EU".
    carrier = noun if noun is not None else (obj if rule.obj.startswith("@") else None)
    if carrier is not None:
        # the noun's own phrases first, then deeper ones ("3.5 billion euros in aid for Kyiv")
        nested = [k for k in tree.subtree(carrier) if k != carrier and tree.tok(k).pos in NOUN_POS]
        inner = _inner_events(view, rule, nested)
        nested = [k for k in nested if not any(k in tree.subtree(e) for e in inner)]
        pairs = tree.preps(carrier) + [p for k in nested for p in tree.preps(k)]
        pairs = [(w, p) for w, p in pairs if p not in inner]
        # "a complaint with the WTO against Seoul's curbs": the party opposed is the target,
        # the body the complaint is lodged with only its venue
        pairs.sort(key=lambda p: p[0] != "against")
        opposing = rule.code[:2].isdigit() and "10" <= rule.code[:2] <= "20"
        for word, pobj in pairs:
            if word in preps or (word == "against" and opposing):
                # "sanctions on it": a pronoun refers back to the last other party named
                found = view.in_phrase(pobj) or view.pronoun_object(pobj, subject_actors(view, i))
                if found:
                    return found
        if rule.obj == AGREEMENT_OBJECT and noun is None:  # "ratified Sweden's protocol"
            found = agreement_owner(view, carrier, subject_actors(view, i))
            if found:
                return found
        if rule.code[:2] in REACTION_ROOTS and noun is None:
            doers = participle_agents(view, carrier)  # "rejected the sanctions imposed by"
            if doers:
                return doers
        if rule.flags.get("obj") == "target":  # "freed Palestinian prisoners"
            found = no_places(view.in_phrase(carrier))
            if found:
                return found
    if carrier is not None and noun is None and rule.obj in PEOPLE_CLASSES:
        # "expelled two Russian diplomats", "freed Israeli hostages": whose people they are.
        own = subject_actors(view, i)
        found = tuple(m for m in no_places(view.in_phrase(carrier)) if m not in own)
        if found:
            return found
    if is_passive(tree, i) and noun is None:
        subj = patient(tree, i)
        if subj is not None and view.at(subj):
            return view.in_phrase(subj)
    dative = tree.kid(i, {"dative"})
    if dative is not None:
        here = view.in_phrase(dative) if tree.tok(dative).pos in NOUN_POS else ()
        if here:
            return here
    if obj is not None and noun is None and not rule.obj.startswith("@"):
        # The object phrase names the target ("condemned Seoul", "criticised US drills");
        # for "imposed UN sanctions" the object's modifiers are the sanction's issuer instead.
        own = subject_actors(view, i)  # "He thanked him": "him" is another party
        if rule.code[:2] in REACTION_ROOTS:  # "condemned the attack on Israel": not Israel
            doers = attackers_of(view, obj, own, antecedent(view, obj))
            if doers is not None:
                return doers
        pronoun = object_pronoun_referents(view, obj, own)
        found = pronoun or view.in_phrase(obj) or view.pronoun_object(obj, own)
        if found:
            return found
        if rule.code[:2] in REACTION_ROOTS or rule.code.startswith("frame:"):
            doers = participle_agents(view, obj)
            if doers:
                return doers
            earlier = antecedent(view, obj)
            if earlier:
                return earlier
    opposed = _opposed_party(view, i, rule)
    if opposed:
        return opposed
    for word, pobj in tree.preps(i) + proximity_phrases(tree, i):
        if word in preps:
            found = view.in_phrase(pobj)
            if found:
                return found
    found = shared_border_party(view, i)  # "shut all crossings on its border with X"
    if found:
        return found
    if rule.code[:2] in REACTION_ROOTS or rule.code.startswith("frame:"):
        # "condemned the drills by Seoul and Washington": the parser often hangs the
        # object's "by"/"over" phrase on the verb; for reactions it still names the target.
        for _, pobj in tree.preps(i, REACTION_PREPS):
            found = view.in_phrase(pobj)
            if found:
                return found
        found = origin_of_object(view, i, obj)
        if found:
            return found
    if obj is not None and carrier is None:
        # "fired warning shots toward the North", "lodged a protest over X's post": the
        # parser hangs the phrase on the object noun.
        wanted = set(preps) | (REACTION_PREPS if rule.code[:2] in REACTION_ROOTS else set())
        # "fired two rounds of warning shots, about 10 bullets each, toward the North": any
        # of the verb's objects may carry the phrase.
        objects = [obj, *(k for k in tree.kids(i, {"dobj"}) if k != obj)]
        for word, pobj in [p for o in objects for p in tree.preps(o)]:
            if word in wanted:
                found = view.in_phrase(pobj)
                if found:
                    return found
    if carrier is not None and carrier == obj and view.at(carrier):
        # "summoned the Ugandan envoy", "expelled Russian diplomats": the object is a person
        # of the other side, who is the target (unlike "imposed UN sanctions").
        return no_places(view.in_phrase(carrier))
    if dative is not None:  # "sent a letter to Kim": spaCy makes "to" a dative
        obj2 = tree.pobj(dative)
        if obj2 is not None:
            return view.in_phrase(obj2)
    return ()


CONTENT_PREPS = frozenset({*DEFAULT_TARGET_PREPS, "from", "for"})


def _opposed_party(view: SentenceView, i: int, rule: Rule) -> tuple[ActorMention, ...]:
    """ "filed a complaint with the WTO against Poland", "brought a case at the ICJ against
    Germany": in a hostile act (CAMEO 10-20) the party the act is *against* is its target, and
    the body it is lodged with is only the venue.  The parser often hangs the "against" phrase
    on the venue ("the WTO against Poland"), so it is looked for on the verb and on the objects
    of the verb's own prepositional phrases."""
    if not (rule.code[:2].isdigit() and "10" <= rule.code[:2] <= "20"):
        return ()
    tree = view.tree
    phrases = tree.preps(i)
    for word, pobj in [*phrases, *(p for _, venue in phrases for p in tree.preps(venue))]:
        found = no_places(view.in_phrase(pobj)) if word == "against" else ()
        if found:
            return found
    return ()


def _inner_events(view: SentenceView, rule: Rule, nouns: list[int]) -> list[int]:
    """Event nouns inside a stance noun's phrase ("support for [sanctions] against Russia"):
    what is endorsed is the measure, and the measure's target is not the endorsement's.  Only
    for praise and endorsement (05): aid "for Kyiv" inside "euros in aid" is still the aid's."""
    if rule.code[:2] != "05":
        return []
    return [k for k in nouns if choose_rule(view, k, "N") is not None]


def agreement_partners(
    view: SentenceView, i: int, obj: int
) -> tuple[tuple[ActorMention, ...], tuple[int, ...]]:
    """ "signed an accord to supply Gondor with wheat", "a deal to buy gas from Argentina":
    when the agreement names no partner itself, the party its content is about is the
    partner.  Returns (targets, the content verbs), since what was agreed is not yet done and
    must not be coded as an act of its own."""
    tree = view.tree
    subjects = {m.actor.code for m in subject_actors(view, i)}
    for carrier, deps in ((obj, {"acl", "relcl"}), (i, {"advcl", "xcomp"})):
        for verb in tree.kids(carrier, deps):
            if tree.tok(verb).pos not in VERB_POS or tree.kid(verb, {"aux", "mark"}) is None:
                continue
            if not to_infinitive(tree, verb, {"aux", "mark"}):
                continue  # only infinitives: "an accord to supply", not "an accord that ..."
            found = _content_party(view, verb)
            found = tuple(m for m in found if m.actor.code not in subjects)
            if found:
                return found, (verb,)
    return (), ()


def _content_party(view: SentenceView, verb: int) -> tuple[ActorMention, ...]:
    tree = view.tree
    for k in tree.kids(verb, {"dobj", "dative"}):
        found = no_places(view.in_phrase(k))
        if found:
            return found
    for word, pobj in tree.preps(verb):
        if word in CONTENT_PREPS:
            found = no_places(view.in_phrase(pobj))
            if found:
                return found
    return ()


_THREAT_PREPS = frozenset({"against", "on", "toward", "towards", "at", "to", "in", "into", "with"})
_CONDITION_MARKS = frozenset({"if", "unless"})


def threatened_parties(
    view: SentenceView, i: int, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """Whom a threat at frame verb ``i`` is aimed at when it has no object: the party the
    threatened act would hit ("threatened to resume attacks in Israel", "to cut off power to
    Armenia"), else the party whose conduct the condition names ("threatened to walk out of the
    talks if Washington deploys the missiles", "unless Seoul lifts the ban")."""
    tree = view.tree
    comps = [c for c in tree.kids(i, {"xcomp", "ccomp"})]
    for comp in comps:
        for k in tree.subtree(comp):
            tok = tree.tok(k)
            if tok.dep != "prep" or tok.text.lower() not in _THREAT_PREPS:
                continue
            if in_description(tree, k, comp):
                continue  # "those betting on X would regret it": X is not the one warned
            pobj = tree.pobj(k)
            found = no_places(view.in_phrase(pobj)) if pobj is not None else ()
            found = tuple(m for m in found if m not in sources)
            if found:
                return found
    for verb in (i, *comps):
        for clause in tree.kids(verb, {"advcl"}):
            marks = {tree.tok(m).text.lower() for m in tree.kids(clause, {"mark"})}
            subj = tree.kid(clause, {"nsubj", "nsubjpass"})
            if marks & _CONDITION_MARKS and subj is not None:
                found = tuple(m for m in no_places(view.in_phrase(subj)) if m not in sources)
                if found:
                    return found
    return ()


def antecedent(view: SentenceView, obj: int) -> tuple[ActorMention, ...]:
    """ "the strikes", "the sanctions": an event noun without actors refers back to the latest
    event of its kind in the article; its source is the target of the reaction."""
    chosen = choose_rule(view, obj, "N")
    if chosen is None or chosen[0].code in {"content", "=obj"}:
        return ()
    code = chosen[0].code
    # The same word first: "condemned the bombing" after a militia's claimed car bombing (1831)
    # is that bombing, not the latest act with the noun's default code (an air raid, 195).
    found = (
        view.antecedents.get(f"did:{view.tree.lemma(obj)}")
        or view.antecedents.get(code)
        or view.antecedents.get(code[:2])
    )
    return (found,) if found is not None else ()


def _readership(m: ActorMention) -> ActorMention:
    """ "an op-ed in the Rodong Sinmun": a piece placed in a country's newspaper addresses that
    country, not the newspaper."""
    if m.actor.sector != "MED" or not m.actor.country:
        return m
    country = m.actor.country
    return replace(m, actor=replace(m.actor, code=country, sector=None))


def reciprocal(tree: Tree, k: int) -> bool:
    """Is token ``k`` "each other" / "one another"?"""
    word = tree.tok(k).text.lower()
    dets = {tree.tok(d).text.lower() for d in tree.kids(k, {"det", "nummod", "amod"})}
    return (word == "other" and "each" in dets) or (word == "another" and "one" in dets)


def participle_agents(view: SentenceView, obj: int) -> tuple[ActorMention, ...]:
    """ "condemned the drills staged by Seoul and Washington", "rejected the sanctions imposed
    by the EU": a reaction to an act is aimed at whoever the act's participle names as doer."""
    tree = view.tree
    for part in tree.kids(obj, {"acl"}):
        if tree.tok(part).tag != "VBN":
            continue
        for _, agent in tree.preps(part, {"by"}):
            found = no_places(view.in_phrase(agent))
            if found:
                return found
    return ()


def inherited_targets(view: SentenceView, head: int) -> tuple[ActorMention, ...]:
    """Targets of the first conjunct: "spoke with Biden and asked for air defence"."""
    tree = view.tree
    obj = tree.kid(head, {"dobj"})
    if obj is not None and view.at(obj):
        return no_places(view.in_phrase(obj))
    for word, pobj in tree.preps(head):
        if word in DEFAULT_TARGET_PREPS:
            found = no_places(view.in_phrase(pobj))
            if found:
                return found
    return ()


def noun_roles(view: SentenceView, n: int) -> tuple[tuple[ActorMention, ...], ...]:
    """(sources, targets) named inside an event noun phrase: "Putin's letter to Kim",
    "US sanctions on North Korea", "the Xi-Kim summit"."""
    tree = view.tree
    sources: list[ActorMention] = []
    for k in tree.kids(n, {"poss", "compound", "amod", "nmod", "npadvmod"}):
        sources.extend(view.in_phrase(k))
    for _, obj in tree.preps(n, {"by", "from"}):
        sources.extend(view.in_phrase(obj))
    if not sources:  # "the expulsion of the ambassador by Niger": "by" hung on the of-object
        for _, inner in tree.preps(n, {"of"}):
            for _, agent in tree.preps(inner, {"by"}):
                sources.extend(no_places(view.in_phrase(agent)))
    return unique(sources), ()


# --------------------------------------------------------------------------- finding


def accused_party(
    view: SentenceView, i: int, rule: Rule, sources: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The accused of an "accuse X of <act>" rule: the direct object.  The rule's own object is
    the act in the of-phrase, whose victims ("of shelling Armenian villages") are not the
    accusation's target; the party accused is."""
    if not rule.code.startswith("112") or not rule.lemma.endswith("_of"):
        return ()
    accused = view.tree.kid(i, {"dobj"})
    if accused is None:
        return ()
    return tuple(m for m in no_places(view.in_phrase(accused)) if m not in sources)
