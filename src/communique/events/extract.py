"""Find events in one parsed sentence: trigger, rule, source, target, modality.

How a sentence is read (each step a small function below):

1. every verb whose lemma has lexicon rules is a trigger; the rule is chosen by the verb's
   object (``impose`` + ``sanctions`` -> 163; ``send`` + ``letter`` -> the letter's rule);
2. frame verbs ("agree to", "urge X to", "refuse to", "threaten to") take their code from the
   event in their complement, which is then not coded on its own;
3. event nouns ("Putin's letter to Kim", "US sanctions on Pyongyang") are coded on their own
   only when the noun itself names both sides; otherwise they need a verb;
4. the source is the trigger's subject (the agent of a passive, the subject of the governing
   verb for "pledging to ...", the speaker for "the ministry said it ..."); reporting verbs are
   never events, so "Xinhua reported that Putin said ..." keeps Putin as the source;
5. the target is the object, or the object of a preposition the rule names ("to", "on"), or an
   actor inside the object phrase ("condemned the US-South Korea drills").
"""

from __future__ import annotations

from dataclasses import replace

from communique.events.aiming import fold_aims
from communique.events.assistance import MILITARY_AID, MOBILIZATION, assisted_ally
from communique.events.attendance import drop_joint_attendance
from communique.events.claims import claimed_attacks
from communique.events.departures import code_departures
from communique.events.discourse import party
from communique.events.dismissals import fold_retorts
from communique.events.doers import (
    attack_agents,
    no_places,
    purpose_governor,
    speaker_actors,
    subject_actors,
)
from communique.events.drills import (
    MILITARY_COOPERATION,
    SHOW_OF_FORCE,
    drill_partners,
    encircled,
    joint_sources,
)
from communique.events.evaluation import code_evaluations
from communique.events.forums import grievance_targets
from communique.events.framing import code_frame
from communique.events.free_relatives import labelled_parties
from communique.events.honours import HOSTING_ROOT, honoured_guests
from communique.events.instruments import drop_instrument_fire, drop_reflexive_acts
from communique.events.labels import code_label
from communique.events.mediation import MEDIATION_ROOT, hosted_parties, mediated_parties
from communique.events.messages import carried_for, message_authors
from communique.events.modality import is_refusal, modality_of
from communique.events.nested import code_allegation, is_allegation
from communique.events.nominal import decision_makers, decision_modality, decision_noun
from communique.events.nouns import (
    by_source_kind,
    code_noun,
    content_code,
    evidence_tokens,
    resolve_noun_code,
)
from communique.events.obligation import code_demand_nouns, code_obligations
from communique.events.offers import REJECTION_ROOT, offer_givers
from communique.events.opinion import COMMENT_CODES, comment_targets
from communique.events.outcomes import between_sides, violent_outcome
from communique.events.owners import act_doers, is_reaction, without_topics
from communique.events.parse_repairs import adverbial_object
from communique.events.peacekeeping import by_peacekeepers
from communique.events.penalties import code_penalty_threats
from communique.events.pledged_objects import drop_pledged_agreements
from communique.events.purposes import calls_that_summon, governing_act
from communique.events.questions import question_tokens
from communique.events.readings import accused_doers, trip_under_way
from communique.events.reported_conjuncts import speaker_for_self_aimed, speaker_for_thing_subject
from communique.events.roles import (
    accused_party,
    agreement_partners,
    aimed_inside,
    inherited_targets,
    noun_roles,
    reciprocal,
    target_actors,
)
from communique.events.rules import (
    choose_rule,
    gerund_controller,
    is_passive,
    label_holder,
)
from communique.events.senses import (
    coastal_state,
    fired_at,
    stated_reason,
    stopped_act,
)
from communique.events.syntax import Tree
from communique.events.topics import without_cooperation_topics
from communique.events.venues import is_meeting, without_venues
from communique.events.view import (
    JOINT,
    NOUN_POS,
    PHONE,
    REFUSABLE_ROOTS,
    VERB_POS,
    VIOLENT_ROOTS,
    Found,
    SentenceView,
)
from communique.events.warned_parties import warned_about
from communique.events.welcomes import welcomed_thing
from communique.types import ActorMention

__all__ = ["Found", "SentenceView", "choose_rule", "find_events", "subject_actors"]


def find_events(view: SentenceView) -> list[Found]:
    """All events of a sentence, in trigger order."""
    tree = view.tree
    consumed: set[int] = set()
    # "X said Y must ...": the obligation is X's demand on Y (and its complement is used up).
    found: list[Found] = code_obligations(view, consumed, lambda c: code_verb(view, c, consumed))
    # "said Kyiv will pay a heavy price", "warned Israel would be held responsible": threats
    found += code_penalty_threats(view, consumed)
    # "reiterated its demand that Israel ease ...": the clause is what is demanded, not done.
    found += code_demand_nouns(view, consumed, lambda c: code_verb(view, c, consumed))
    # "ordered 20 diplomats to leave", "gave Kyiv a week to withdraw or face consequences"
    found += code_departures(view, consumed, lambda c: code_verb(view, c, consumed))
    verbs = [t.i for t in tree.tokens if t.pos in VERB_POS]
    # Frame verbs first, so that their complements are consumed before being coded alone.
    # Allegations too, so that an alleged act is never coded as done.
    verbs.sort(key=lambda i: (not (_is_frame(view, i) or is_allegation(view, i)), i))
    consumed.update(_attributions(tree))
    consumed.update(question_tokens(view))  # "Asked whether Beijing would retaliate, ..."
    # Labels first ("branded the arms sale a provocation" is 1123, an accusation of
    # aggression): the lexicon's predicative rules are more specific than a bare verdict.
    for i in verbs:
        chosen = None if i in consumed else choose_rule(view, i, "V")
        if chosen is not None and chosen[0].predicative:
            event = code_verb(view, i, consumed)
            if event is not None:
                found.append(event)
    # "said the sanctions were illegal", "called Britain reckless" (not a phone call)
    found.extend(code_evaluations(view, consumed))
    for i in verbs:
        if i in consumed:
            continue
        event = code_allegation(view, i, consumed) if is_allegation(view, i) else None
        if event is not None:
            found.append(event)
            continue
        event = code_verb(view, i, consumed)
        if event is not None:
            found.append(event)
    # "struck Beirut, targeting leaders of Hezbollah": the participle's party is a target too
    found = calls_that_summon(view, _drop_consequences(tree, fold_aims(view, found)))
    # "destroyed by a rocket fired by X": one act; "attacked themselves": no dyad
    found = drop_reflexive_acts(tree, drop_instrument_fire(tree, found))
    for t in tree.tokens:
        if t.pos in NOUN_POS and t.i not in consumed:
            event = code_noun(view, t.i)
            if event is not None:
                consumed.add(t.i)
                found.append(event)
    found = claimed_attacks(view, found)  # "claimed responsibility for the bombing"
    found = drop_pledged_agreements(view, found)  # "pledged to implement the two sides' treaty"
    found = drop_joint_attendance(view, found)  # "A and B attended the summit"
    found = [without_cooperation_topics(view, f) for f in found]  # "cooperation on Iran"
    found = [speaker_for_self_aimed(view, f) for f in found]  # "said X erred and urged X"
    found = [speaker_for_thing_subject(view, f) for f in found]  # "said the launch ... and urged"
    found = fold_retorts(tree, found)  # "dismissed the claim, saying X should ...": one act
    found = [welcomed_thing(view, f) for f in found]  # "gave a welcome to Iran's proposal"
    found = [warned_about(view, f) for f in found]  # "warned its people about the rebels"
    return sorted(found, key=lambda f: f.trigger)


def _attributions(tree: Tree) -> set[int]:
    """Tokens of "according to a statement issued by X" phrases: they name where the news
    came from, not an event of their own."""
    out: set[int] = set()
    for t in tree.tokens:
        if t.text.lower() == "according" and t.dep == "prep":
            out.update(k for k in tree.subtree(t.i) if k != t.i)
    return out


def _drop_consequences(tree: Tree, found: list[Found]) -> list[Found]:
    """ "Russia rained missiles on Kyiv, killing 11 people": the participle describes the
    attack's outcome, not a second attack.  Likewise "summoned the envoy to protest": the
    purpose restates the act it belongs to."""
    by_trigger = {f.trigger: f for f in found}
    kept = []
    for f in found:
        head = tree.head(f.trigger)
        parent = by_trigger.get(head) if head is not None else None
        outcome = tree.tok(f.trigger).dep == "advcl" and tree.tok(f.trigger).tag == "VBG"
        same = parent is not None and (
            parent.code[:2] == f.code[:2] or violent_outcome(parent, f)
        )  # "ambushed a convoy, killing 20 soldiers": one act of violence
        if outcome and same and not _new_accused(f, parent):
            continue
        governor = governing_act(tree, f.trigger)
        act = by_trigger.get(governor) if governor is not None else None
        if act is not None and act.code[:2] == f.code[:2]:
            continue
        kept.append(f)
    return kept


def _new_accused(f: Found, parent: Found | None) -> bool:
    """ "condemned the deal between Moscow and Tehran, accusing Pyongyang of supplying
    shells": an accusation in a reaction's participle, aimed at a party the main verb did not
    name, is a second act, not a restatement of the first.  Other participles of the same
    family stay folded into their main verb."""
    if parent is None or not f.code.startswith("112") or not f.targets or not f.sources:
        return False
    named = {party(m) for m in parent.targets}
    return any(party(m) not in named for m in f.targets)


def _is_frame(view: SentenceView, i: int) -> bool:
    return any(
        r.code.startswith("frame:") for r in view.lexicon.candidates("V", view.tree.lemma(i))
    )


def code_verb(view: SentenceView, i: int, consumed: set[int]) -> Found | None:
    """Code the verb at ``i`` (and mark the tokens it uses as consumed)."""
    tree = view.tree
    chosen = choose_rule(view, i, "V")
    if chosen is None:
        return None
    rule, obj = chosen
    consumed.add(i)
    if rule.predicative:  # "called Seoul a puppet", "said the sanctions were illegal"
        return _with_clause_target(view, i, code_label(view, i, rule, obj, consumed))
    noun = None
    code = rule.code
    target_rule = rule
    measure: int | None = None  # "a barrage [of criticism]": the word the event is counted by
    if code == "=obj" and obj is not None:
        noun_rule = choose_rule(view, obj, "N")
        if noun_rule is None:  # "held three hours of talks": the event noun is the of-object
            for _, inner in tree.preps(obj, {"of"}):
                noun_rule = choose_rule(view, inner, "N")
                if noun_rule is not None:
                    measure, obj = obj, inner
                    break
        if noun_rule is None:
            return None
        target_rule = noun_rule[0]
        code = resolve_noun_code(view, obj, target_rule, trigger=i)
        noun = obj
        consumed.add(obj)
        mods = tree.kids(obj, {"amod", "compound"})
        joint = {w for k in mods for w in (tree.lemma(k), tree.tok(k).text.lower())} & JOINT
        if code == "150" and joint:
            code = "062"  # "held joint drills": military cooperation between the partners
    elif code.startswith("frame:"):
        return code_frame(view, i, rule, obj, consumed, code_verb)
    elif code == "content":
        code = content_code(view, rule, i)
    if obj is not None and rule.code != "=obj" and rule.obj.startswith("@"):
        consumed.add(obj)  # "imposed sanctions": the noun is part of this event
    # "the war between A and B has killed thousands": neither side is the doer
    sources = between_sides(view, i, subject_actors(view, i))
    decision = decision_noun(view, i)  # "Algeria's decision to expel ...": the act decided
    if decision is not None:
        sources = decision_makers(view, decision) or sources
    controller = gerund_controller(tree, i)
    if not sources and controller is not None:
        sources = subject_actors(view, controller)  # "retaliated by expelling ..."
    alleged = () if sources else tuple(dict.fromkeys(accused_doers(view, i)))
    sources = alleged or sources  # "accused Baku's forces of shelling ...": the accused did it
    if not sources and is_passive(tree, i) and code[:2] in VIOLENT_ROOTS:
        sources = attack_agents(view, i)  # "were killed in Israeli shelling"
    targets = accused_party(view, i, rule, sources) or target_actors(
        view, i, target_rule, obj, noun=noun
    )  # "accused Baku of shelling Armenian villages": Baku, not the villages
    if "rev" not in rule.flags:  # "conveyed greetings from Xi": Xi wrote them, not got them
        sources, targets = carried_for(message_authors(view, i, noun), sources, targets)
    if alleged and not no_places(targets):
        # "accusing Moscow of breaking the truce": an alleged act with nobody on the receiving
        # end adds nothing to the accusation itself, which is coded on its own
        sources, alleged = (), ()
    if targets and obj is not None and noun is None and is_reaction(code) and rule.obj == "*":
        # "condemned sanctions by the EU against Russian banks": the doer, not the victim
        targets = act_doers(view, obj, sources) or without_topics(view, obj, targets)
    # "filed a complaint with the WTO over U.S. tariffs": aimed at the tariffs' doer
    targets = grievance_targets(view, i, obj, code, sources, targets)
    if not targets and measure is not None:  # "a barrage of criticism [at Sweden]"
        targets = target_actors(view, i, rule, measure, noun=measure)
    if not targets and code in COMMENT_CODES:  # "expressed hope that Pyongyang would ..."
        targets = comment_targets(view, i, obj, sources)
    if not targets and is_reaction(code):  # "condemned what it called Indian aggression"
        targets = labelled_parties(view, i, sources)
    if not targets and code[:2] == HOSTING_ROOT:  # "hosted a banquet in honour of the envoy"
        targets = honoured_guests(view, (i, obj), sources)
    if not targets and noun is None:  # "met Prime Minister Abiy Ahmed" parsed as an adverbial
        targets = adverbial_object(view, i, sources)
    if not targets and obj is not None and view.lexicon.in_class(tree.lemma(obj), "AGREEMENT"):
        targets, content = agreement_partners(view, i, obj)  # "an accord to supply Gondor"
        consumed.update(content)
    if code == SHOW_OF_FORCE and noun is not None:
        partners = drill_partners(view, i, noun)  # "held war games with Japan"
        joint = joint_sources(view, i, sources)  # "Russian and Chinese warships began drills"
        if partners or joint:
            # the partners are each other (or the "with" party): the sea or region the
            # exercise is held in is no target of a joint act
            code, sources, targets = MILITARY_COOPERATION, joint or sources, partners
    if code == SHOW_OF_FORCE and noun is not None and not targets:
        ring, targets = encircled(view, noun)  # "staged drills encircling Taiwan"
        consumed.update({ring} if ring is not None else set())
    head = tree.head(i)
    if not targets and tree.tok(i).dep == "conj" and head is not None:
        targets = inherited_targets(view, head)
    governor = purpose_governor(tree, i)
    if not targets and governor is not None:
        # "summoned the envoy to protest ...": the purpose shares the act's addressee.
        targets = inherited_targets(view, governor)
    elif governor is not None and obj is not None and tree.tok(obj).pos == "PRON":
        # "called the ambassador to congratulate him": the pronoun is the addressee of the
        # act the purpose belongs to, not whoever was named last.
        targets = inherited_targets(view, governor) or targets
    if not targets and code[:2] == REJECTION_ROOT:
        targets = offer_givers(view, i, obj, sources)  # "turned down the offer from France"
    if "hit" in rule.flags and not targets:
        targets = aimed_inside(view, i)  # "fired shells at targets in Hama"
    if "hit" in rule.flags and not targets:
        targets = coastal_state(view, i, obj, sources)  # "into waters off Japan"
    if "hit" in rule.flags and targets and fired_at(view, i, obj, sources):
        code = rule.flags["hit"]  # missiles fired *at* someone: an attack, not a show of force
    if code == MEDIATION_ROOT:  # "mediated talks between Israel and Hamas": each party
        targets = mediated_parties(view, i, obj, sources) or targets
    talks = noun if noun is not None else obj
    hosted = hosted_parties(view, talks, sources) if talks is not None and code[:2] == "04" else ()
    if hosted and talks is not None:  # "Egypt hosted talks between Israel and Hamas": mediation
        code, targets = MEDIATION_ROOT, hosted
        consumed.discard(talks)  # the parties' own talks are coded by the noun
    if "pk" in rule.flags and by_peacekeepers(view, i):
        code = rule.flags["pk"]  # "peacekeeping troops arrived in X": a deployment, not a visit
    if code in MOBILIZATION and (ally := assisted_ally(view, i, targets)):
        code, targets = MILITARY_AID, ally  # "sent troops to help Mozambique": aid, no threat
    if "why" in rule.flags and stated_reason(view, i):
        code = rule.flags["why"]  # "attacked Seoul over its remarks": criticism, not force
    if not no_places(targets) and obj is not None and rule.lemma.count("_"):
        # "engaged peacekeepers in a firefight (in the Golan)": the object is the target; a
        # place the event noun happened in only stands in when no party is named.
        dobj = tree.kid(i, {"dobj"})
        direct = no_places(view.in_phrase(dobj)) if dobj is not None else ()
        targets = direct or targets
    if code in {"040", "046"} and any(tree.lemma(k) in PHONE for k in tree.clause_subtree(i)):
        code = "041"  # "spoke by phone with", "held phone talks"
    if "rev" in rule.flags:  # "Kim received a letter from Xi"
        givers: tuple[ActorMention, ...] = ()
        for carrier in (noun, obj, i):
            if carrier is None or givers:
                continue
            for _, pobj in tree.preps(carrier, {"from"}):
                givers = view.in_phrase(pobj)
        sources, targets = givers, sources
    if noun is not None and not sources:
        sources = noun_roles(view, noun)[0]
        if is_meeting(target_rule, code):  # "attended the Vienna talks": the city is the venue
            sources = without_venues(tree, noun, sources)
    code = (
        by_source_kind(code, rule, sources)
        if rule.code != "=obj"
        else by_source_kind(code, target_rule, sources)
    )
    if (rule.symmetric or target_rule.symmetric) and len({party(m) for m in sources}) >= 2:
        # "the two sides traded accusations": a joint act between its sources; nobody recalled
        # from earlier sentences is its target.
        targets = tuple(m for m in targets if m.sentence == tree.sentence.index)
    if (rule.symmetric or target_rule.symmetric) and not sources and len(targets) >= 2:
        # "talks held in Doha between an Afghan and a Pakistani delegation": nobody is named as
        # doer, the parties of a joint act are all in the "between" phrase
        sources, targets = targets, ()
    if sources and targets and not (obj is not None and reciprocal(tree, obj)):
        # one mention is never both sides ("the bombing was condemned by France and Germany")
        targets = tuple(t for t in targets if t not in sources)
    modality = modality_of(tree, i, noun_head=noun)
    if decision is not None and modality != "negated":
        modality = decision_modality(view, decision)
    if alleged and modality == "asserted":
        modality = "reported"  # one side's account of the act (see readings.py)
    if code == "042" and trip_under_way(view, i):
        modality = "future"  # "the minister, flying to Washington, said ...": not arrived yet
    stopped = stopped_act(view, i, code)
    if stopped is not None:  # "stopped supplying arms": a cut in aid, not a negated supply
        code, modality = stopped
    elif modality == "negated" and is_refusal(tree, i) and code[:2] in REFUSABLE_ROOTS:
        # "said it would not provide aid": a stated refusal is itself an act (CAMEO 12).
        code, modality = view.lexicon.frame_code("reject", code), "asserted"
    return Found(
        trigger=i,
        code=code,
        rule=rule,
        sources=sources,
        targets=targets,
        modality=modality,
        tokens=evidence_tokens(view, i, noun, sources, targets),
        symmetric=(rule.symmetric or target_rule.symmetric) and not hosted,
        speaker=speaker_actors(view, i),
        noun=noun,
        noun_rule=target_rule if rule.code == "=obj" else None,
    )


def _with_clause_target(view: SentenceView, i: int, found: Found | None) -> Found | None:
    """ "declared the ambassador persona non grata" parsed as a verbless clause, "designated
    the group a terrorist organization" as an apposition: the labelled party is the clause's
    subject or the object holding the label, which the labelling reader does not look at."""
    holder = label_holder(view.tree, i)
    if found is None or found.targets or holder is None:
        return found
    targets = tuple(m for m in no_places(view.in_phrase(holder)) if m not in found.sources)
    tokens = {*found.tokens, *(k for m in targets for k in range(m.tok_start, m.tok_end))}
    return replace(found, targets=targets, tokens=tuple(sorted(tokens)))
