"""Frame verbs: agree, refuse, promise, threaten, urge, invite ... take their code from the act
in their complement ("agreed to hold talks" is an intent to meet, "refused to renew the sanctions"
lets them lapse).  Split from ``extract``, which hands its verb coder in."""

from __future__ import annotations

from collections.abc import Callable

from communique.events.cautions import is_forecast
from communique.events.countermeasures import said_how
from communique.events.courtesy import relayed_courtesy
from communique.events.doers import (
    no_places,
    purpose_governor,
    speaker_actors,
    subject_actors,
)
from communique.events.lexicon import Rule
from communique.events.modality import modality_of
from communique.events.nouns import (
    evidence_tokens,
    resolve_noun_code,
)
from communique.events.offers import REJECTION_ROOT, offer_givers
from communique.events.opinion import states_shared_view
from communique.events.owners import is_reaction, thing_makers
from communique.events.readings import is_alert
from communique.events.recipients import envoy_addressee, object_pronoun_referents
from communique.events.retaliation import SANCTION_CODE, economic_means
from communique.events.roles import (
    target_actors,
    threatened_parties,
)
from communique.events.rules import (
    choose_rule,
    is_passive,
    object_of,
    object_ok,
    particle_chain,
)
from communique.events.senses import (
    see_through,
)
from communique.events.silence import code_silence, declined_comment
from communique.events.syntax import Tree, in_description, to_infinitive
from communique.events.view import (
    AGAINST_PREPS,
    DEFAULT_TARGET_PREPS,
    FRAME_COMPLEMENTS,
    VERB_POS,
    VIOLENT_ROOTS,
    Found,
    SentenceView,
)
from communique.types import ActorMention


def code_frame(
    view: SentenceView,
    i: int,
    rule: Rule,
    obj: int | None,
    consumed: set[int],
    code_verb: Callable[[SentenceView, int, set[int]], Found | None],
) -> Found | None:
    """A frame verb: its code comes from the event in its complement ("agreed to hold talks").
    ``code_verb`` codes that complement (passed in: the verb coder also calls this one)."""
    tree = view.tree
    frame = rule.code.split(":", 1)[1]
    silent = declined_comment(view, i) if frame == "reject" else None
    if silent is not None:  # "declined to comment": 011, not a rejection
        return code_silence(view, i, rule, silent, consumed)
    if frame == "appeal" and (courtesy := relayed_courtesy(view, i)):
        consumed.update([i, *courtesy])  # "asked him to convey his greetings": no appeal
        return None
    inner_event: Found | None = None
    for comp in [*tree.kids(i, FRAME_COMPLEMENTS), *_noun_complements(view, rule, obj)]:
        if tree.tok(comp).pos not in VERB_POS:
            continue
        # "pledged to keep giving Ukraine support": look through aspectual verbs.
        while see_through(view, comp, frame) and choose_rule(view, comp, "V") is None:
            deeper = tree.kid(comp, {"xcomp"})
            if deeper is None:
                break
            consumed.add(comp)
            comp = deeper
        inner_event = code_verb(view, comp, consumed)
        consumed.add(comp)
        for c in tree.kids(comp, {"conj"}):  # "agreed to re-establish ties and reopen embassies"
            if inner_event is None:
                inner_event = code_verb(view, c, consumed)
            consumed.add(c)
        for means in manner_gerunds(tree, comp):  # "urged Seoul to do more by imposing ..."
            if inner_event is None:
                inner_event = code_verb(view, means, consumed)
            consumed.add(means)
        if inner_event is not None:  # "re-establish" may be split into several complements
            break
    if inner_event is None and obj is None:
        # "proposed that their next meeting take place in Moscow": the event is the
        # complement's subject.
        for comp in tree.kids(i, {"ccomp"}):
            subj = tree.kid(comp, {"nsubj", "nsubjpass"})
            if subj is not None and choose_rule(view, subj, "N") is not None:
                obj = subj
                break
    if frame == "invite" and _invited_back(view, i):
        frame = "appeal"  # "invited Iran to rejoin the talks": urged back, not hosted (026)
    framed = None if inner_event is not None else _framed_only(view, i, obj)
    if framed is not None:  # "vowed to retaliate", "threatened retaliation"
        code = view.lexicon.frame_code(frame, framed)
    elif inner_event is None and obj is not None:  # "rejected the proposal", "demanded talks"
        noun_rule = choose_rule(view, obj, "N")
        if noun_rule is not None:
            consumed.add(obj)
            inner_code = resolve_noun_code(view, obj, noun_rule[0])
            code = view.lexicon.frame_code(frame, inner_code)
        elif is_passive(tree, i) and not view.at(obj):
            return None  # "the island's future will be decided by its people": no act of intent
        else:
            code = view.lexicon.frame_code(frame, None)
    elif frame == "reject" and inner_event is not None and _renewal(view, inner_event):
        # "declined to renew the sanctions on Mali": the measure lapses
        code = view.lexicon.frame_code("lapse", inner_event.code)
    else:
        code = view.lexicon.frame_code(frame, inner_event.code if inner_event else None)
    joint = rule.symmetric
    if "that" in rule.flags and inner_event is None and obj is None and states_shared_view(view, i):
        code, joint = rule.flags["that"], True  # "agreed that the dispute should be arbitrated"
    if not code or ("inner" in rule.flags and inner_event is None):
        return None  # "tried to ...", "announced plans for a budget": no event
    if inner_event is not None and inner_event.modality == "negated" and code == inner_event.code:
        return None  # "decided not to impose sanctions": the act passed through did not happen
    if _renounced_force(frame, inner_event):
        code = DEESCALATION_INTENT  # "agreed that neither would use force": no threat
    sources = subject_actors(view, i)
    if not sources and frame == "threat" and inner_event is not None:
        # "Turkey will close its border if ..., the minister warned": an unnamed official
        # voices the threat of the state that will carry it out
        sources = inner_event.sources
    targets: tuple[ActorMention, ...] = ()
    if frame in {"demand", "appeal"}:  # "summoned X's envoy to demand ...": X is addressed
        targets = envoy_addressee(view, i, purpose_governor(tree, i))
    if obj is not None and not targets:  # "He urged them to ...": a pronoun for the other side(s)
        targets = object_pronoun_referents(view, obj, sources)
    if not targets and obj is not None and view.at(obj):  # "urged Pyongyang", "accused Seoul"
        targets = view.in_phrase(obj)
    elif not targets and obj is not None:
        targets = view.pronoun_object(obj, sources)
    if not targets:
        targets = target_actors(view, i, rule, obj if obj is not None and view.at(obj) else None)
    if not targets and inner_event is None:
        # "pledged Beijing would stand with X", "warned the military was ready to take action
        # against the US": the addressee sits somewhere inside the complement clause.
        wanted = AGAINST_PREPS if frame == "threat" else frozenset(DEFAULT_TARGET_PREPS)
        for comp in tree.kids(i, FRAME_COMPLEMENTS):
            for k in tree.subtree(comp):
                if targets or tree.tok(k).dep != "prep" or tree.tok(k).text.lower() not in wanted:
                    continue
                if in_description(tree, k, comp):
                    continue  # "warned that those betting on X would regret it"
                pobj = tree.pobj(k)
                if pobj is None or _attribution(tree, k):
                    continue  # "according to the ministry" names who reports, not who is addressed
                own = {m.actor.country for m in sources if m.actor.country}
                targets = tuple(
                    m
                    for m in no_places(view.in_phrase(pobj))
                    if m not in sources and not (m.actor.country and m.actor.country in own)
                )
    if not targets and frame in {"demand", "appeal"}:
        for comp in tree.kids(i, {"ccomp"}):  # "demanded that Takaichi take back her words"
            subj = tree.kid(comp, {"nsubj", "nsubjpass"})
            if subj is not None:
                targets = no_places(view.in_phrase(subj))
    if not targets and inner_event is not None:
        targets = inner_event.targets
        if not targets and frame == "appeal":
            targets = inner_event.sources
    if not targets and frame == "threat":
        targets = threatened_parties(view, i, sources)
    if not targets and code[:2] == REJECTION_ROOT:
        targets = offer_givers(view, i, obj, sources)  # "rejected the proposal from France"
    if not targets and obj is not None and is_reaction(code):
        targets = thing_makers(view, obj, sources)  # "rejected the account given by the US"
    if not targets and obj is not None:
        targets = view.in_phrase(obj)
    if frame == "threat" and is_forecast(view, i, obj, inner_event, sources):
        # "warned that prices would rise": a bleak outlook, aimed at nobody
        code, targets = view.lexicon.frame_code("forecast", None), ()
    elif frame == "threat" and is_alert(view, i, obj):
        code = view.lexicon.frame_code("alert", None)  # "warned Uganda about an outbreak"
    inner_tokens = inner_event.tokens if inner_event else ()
    return Found(
        trigger=i,
        code=code,
        rule=rule,
        sources=sources,
        targets=tuple(t for t in targets if t not in sources),
        modality=modality_of(tree, i),
        tokens=tuple(sorted({i, *inner_tokens, *evidence_tokens(view, i, obj, sources, targets)})),
        symmetric=joint,
        speaker=speaker_actors(view, i),
    )


# "invited Tehran to rejoin / return to / resume the talks": an invitation to come back to
# something the invitee left is a call on it to re-engage (CAMEO 02), not an offer to host.
_RESUMPTIONS = frozenset({"rejoin", "return", "resume", "restart", "re-engage", "reengage"})


def _renewal(view: SentenceView, inner: Found) -> bool:
    """Is the refused act the renewal of a measure ("renew", "extend": ``RENEWAL``)?"""
    return view.lexicon.in_class(view.tree.lemma(inner.trigger), "RENEWAL")


def _invited_back(view: SentenceView, i: int) -> bool:
    tree = view.tree
    return any(tree.lemma(k) in _RESUMPTIONS for k in tree.kids(i, FRAME_COMPLEMENTS))


def _framed_only(view: SentenceView, i: int, obj: int | None) -> str | None:
    """The inner code of a complement that is an event only as something intended or
    threatened ("vowed to retaliate", "warned it would hit back", "threatened retaliation"):
    the lexicon marks such words ``none`` with ``framed=CODE``.  A retaliation that happened
    names no act of its own ("retaliated by expelling ..." is the expulsion), but a promised
    one is a threat of force."""
    tree = view.tree
    heads = [(k, "V") for k in tree.kids(i, FRAME_COMPLEMENTS) if tree.tok(k).pos in VERB_POS]
    if obj is not None:
        heads.append((obj, "N"))
    for k, pos in heads:
        for rule in view.lexicon.candidates(pos, tree.lemma(k)):
            phrasal = rule.lemma.split("_")[1:]
            if phrasal and particle_chain(tree, k, phrasal) is None:
                continue
            if (
                pos == "V"
                and rule.obj != "*"
                and not object_ok(view, object_of(tree, k, rule), rule)
            ):
                continue  # "take countermeasures" is framed, "take place" is not
            if "how" in rule.flags and not said_how(tree, k, rule.flags["how"]):
                continue  # "vowed to respond to the flood": no threat without firmness
            if "framed" in rule.flags and modality_of(tree, k) != "negated":
                # "vowed to retaliate with tariffs": a threat of sanctions, not of force
                return SANCTION_CODE if economic_means(view, k) else rule.flags["framed"]
    return None


def _attribution(tree: Tree, prep: int) -> bool:
    """ "according to X", "as reported by X": a phrase naming who reports."""
    head = tree.head(prep)
    return head is not None and tree.lemma(head) in {"accord", "according"}


DEESCALATION_INTENT = "0356"  # CAMEO: express intent to de-escalate military engagement


def _renounced_force(frame: str, inner: Found | None) -> bool:
    """An intent whose inner act is force, negated ("pledged that neither side would use
    force"): a promise of restraint, which the intent frame would otherwise turn into a threat
    of the very force it renounces."""
    return (
        frame == "intent"
        and inner is not None
        and inner.modality == "negated"
        and inner.code[:2] in VIOLENT_ROOTS
    )


def _noun_complements(view: SentenceView, rule: Rule, obj: int | None) -> list[int]:
    """ "expressed readiness to visit China", "announced plans to impose sanctions": when the
    rule names the noun (not ``*``), the act intended is the to-infinitive on that noun."""
    if obj is None or rule.obj == "*":
        return []
    tree = view.tree
    return [k for k in tree.kids(obj, {"acl"}) if to_infinitive(tree, k)]


def manner_gerunds(tree: Tree, comp: int) -> list[int]:
    """ "urged Brussels to go further [by closing the border]", "called on Seoul to show good
    faith [by releasing the crew]": a light complement ("go further", "do more") says *that*
    something is asked (promised, agreed); the "by" gerund says *what*.  The gerund belongs to
    the frame like the complement itself, so it is never coded as done on its own."""
    return [
        pcomp
        for word, prep in ((tree.tok(k).text.lower(), k) for k in tree.kids(comp, {"prep"}))
        if word == "by"
        for pcomp in tree.kids(prep, {"pcomp"})
        if tree.tok(pcomp).tag == "VBG"
    ]
