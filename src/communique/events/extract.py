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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from communique.events.lexicon import Lexicon, Rule
from communique.events.modality import is_refusal, modality_of
from communique.events.syntax import Tree
from communique.types import ActorMention

_DEFAULT_TARGET_PREPS = ("to", "with", "on", "against", "toward", "towards")
_NON_STATE_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "REL", "REB", "NGO", "BUS", "REF"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_UNRESOLVED_PRONOUNS = frozenset({"it", "they", "we", "its", "their", "our", "i", "this"})
_VERB_POS = frozenset({"VERB", "AUX"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_FRAME_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
_REFUSABLE_ROOTS = frozenset({"02", "03", "04", "05", "06", "07", "08"})
_AGAINST_PREPS = frozenset({"against", "on", "toward", "towards", "at"})
_JOINT = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational"})
_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "along"})
_PHONE = frozenset({"phone", "telephone", "call", "videoconference", "video"})
_ASPECTUAL = frozenset(
    {"keep", "continue", "start", "begin", "try", "seek", "work", "help", "move", "step",
     "strive", "endeavor", "endeavour", "go", "make", "take"}
)  # fmt: skip
_FIRST_PERSON = frozenset({"we", "i", "our", "my", "us"})
_COLLECTIVE_NOUNS = frozenset(
    {"side", "leader", "country", "nation", "government", "neighbor", "neighbour", "party",
     "state", "capital", "ally", "official", "delegation", "minister", "president"}
)  # fmt: skip
_REACTION_ROOTS = frozenset({"05", "10", "11", "12", "13"})
_REACTION_PREPS = frozenset({"by", "over", "about", "of", "for"})


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

    def at(self, i: int) -> tuple[ActorMention, ...]:
        """Mentions covering token ``i``; "the two sides"/"both countries" stand for the two
        most recently named parties."""
        here = tuple(m for m in self.mentions if m.tok_start <= i < m.tok_end)
        if here or not self._collective(i):
            return here
        return self.last_parties(before=i, n=2)

    def _collective(self, i: int) -> bool:
        tok = self.tree.tok(i)
        if tok.lemma.lower() not in _COLLECTIVE_NOUNS:
            return False
        mods = {self.tree.tok(k).text.lower() for k in self.tree.kids(i, {"nummod", "det"})}
        return bool(mods & {"two", "both"})

    def last_parties(self, *, before: int, n: int) -> tuple[ActorMention, ...]:
        """The ``n`` most recently named actors of distinct countries before token ``before``
        (this sentence first, then earlier sentences)."""
        here = [m for m in self.mentions if m.tok_end <= before and m.via != "location"]
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
        here = [m for m in self.mentions if m.tok_end <= i and m.via != "location"]
        for m in [*reversed(here), *self.recent]:
            if m.actor.code not in codes:
                return (m,)
        return ()

    def in_phrase(self, i: int) -> tuple[ActorMention, ...]:
        """Actors of the noun phrase headed by ``i``: the head itself, its conjuncts, else the
        closest actors among its modifiers ("the leaders of China and North Korea")."""
        found: list[ActorMention] = []
        for j in self.tree.conjuncts(i):
            here = self.at(j)
            if here:
                found.extend(here)
                continue
            found.extend(self._modifier_actors(j))
        return _unique(found)

    def _modifier_actors(self, i: int) -> list[ActorMention]:
        frontier = [i]
        seen = {i}
        for _ in range(5):  # "the resumption of formal diplomatic ties with Osgiliath"
            nxt = []
            hits: list[ActorMention] = []
            for j in frontier:
                for k in self.tree.children[j]:
                    tok = self.tree.tok(k)
                    if k in seen or tok.pos in _VERB_POS or tok.dep in {"relcl", "acl", "appos"}:
                        continue
                    seen.add(k)
                    if tok.dep == "prep" and tok.text.lower() in _PLACE_PREPS:
                        continue  # "an attack ... in south Ithilen": a place, not a party
                    here = self.at(k)
                    if here:
                        hits.extend(here)
                    else:
                        nxt.append(k)
            if hits:
                return hits
            frontier = nxt
        return []


def _unique(mentions: Sequence[ActorMention]) -> tuple[ActorMention, ...]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for m in mentions:
        key = (m.tok_start, m.tok_end, m.actor.code)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return tuple(out)


# --------------------------------------------------------------------------- rule choice


def _particle_ok(tree: Tree, i: int, rule: Rule) -> bool:
    parts = rule.lemma.split("_")[1:]
    if not parts:
        return True
    # Phrasal verbs need their particle close by: "called for talks", "called on Seoul",
    # not "calling it a great honor for the people".
    near = [
        k
        for k in tree.kids(i, {"prt", "prep", "dobj", "advmod"})
        if 0 < k - i <= (6 if tree.tok(k).dep == "prt" else 4)  # "put its troops on alert"
    ]
    words = {tree.tok(k).text.lower() for k in near}
    return all(p in words for p in parts)


def _object_of(tree: Tree, i: int, rule: Rule) -> int | None:
    """The object a rule's condition is checked against."""
    parts = rule.lemma.split("_")[1:]
    if parts:  # "call for talks": the object of the particle's preposition
        for word, obj in tree.preps(i):
            if word == parts[-1]:
                return obj
    obj = tree.kid(i, {"dobj", "obj"})
    if obj is None and _is_passive(tree, i):
        obj = tree.kid(i, {"nsubjpass"})
    if obj is None:
        obj = (
            tree.kid(i, {"dative"})
            if tree.kid(i, {"dative"}) is not None and not tree.preps(i)
            else None
        )
    return obj


def _object_ok(view: SentenceView, obj: int | None, rule: Rule, *, modifiers: bool = True) -> bool:
    """Does the object satisfy the rule's condition?  With ``modifiers`` its compound and
    adjectival modifiers describe it too ("missile launch", "joint statement")."""
    cond = rule.obj
    if cond == "*":
        return True
    if cond == "-":
        return obj is None
    if obj is None:
        return False
    if cond == "$ACTOR":
        return bool(view.at(obj))
    words = {view.tree.lemma(obj), view.tree.tok(obj).text.lower()}
    if modifiers:
        for k in view.tree.kids(obj, {"compound", "amod", "nmod"}):
            words |= {view.tree.lemma(k), view.tree.tok(k).text.lower()}
        for _, pobj in view.tree.preps(obj, {"of"}):  # "the resumption of ties"
            words |= {view.tree.lemma(pobj), view.tree.tok(pobj).text.lower()}
    if cond.startswith("@"):
        return any(view.lexicon.in_class(w, cond[1:]) for w in words)
    return bool(words & set(cond.split("|")))


def choose_rule(view: SentenceView, i: int, pos: str) -> tuple[Rule, int | None] | None:
    """The rule for the trigger at ``i``: the object's own head word decides first ("missile
    strike" is a strike), then its modifiers, then catch-all rules."""
    tree = view.tree
    rules = [r for r in view.lexicon.candidates(pos, tree.lemma(i)) if _particle_ok(tree, i, r)]
    for modifiers in (False, True):
        for rule in rules:
            if not modifiers and rule.obj == "*":
                continue  # catch-alls only after the object's modifiers had their say
            if pos == "N":
                if rule.obj == "*" or _object_ok(view, i, rule, modifiers=modifiers):
                    return rule, None
                continue
            obj = _object_of(tree, i, rule)
            if _object_ok(view, obj, rule, modifiers=modifiers):
                return rule, obj
    return None


def _is_passive(tree: Tree, i: int) -> bool:
    return bool(tree.kids(i, {"nsubjpass", "auxpass"}))


# --------------------------------------------------------------------------- roles


def subject_actors(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """Who did the act triggered at verb ``i``."""
    tree = view.tree
    if _is_passive(tree, i):
        for _, obj in tree.preps(i, {"by"}):
            return view.in_phrase(obj)
        return ()
    subj = tree.kid(i, {"nsubj", "csubj"})
    if subj is not None:
        word = tree.tok(subj).text.lower()
        if word in _RELATIVE_PRONOUNS and tree.tok(i).dep in {"relcl", "acl"}:
            head = tree.head(i)
            return _no_places(view.in_phrase(head)) if head is not None else ()
        found = _no_places(view.in_phrase(subj))
        if found:
            return found
        first_person = word in _FIRST_PERSON or any(
            tree.tok(k).text.lower() in _FIRST_PERSON for k in tree.kids(subj, {"poss"})
        )
        if word in _UNRESOLVED_PRONOUNS or first_person:
            return speaker_actors(view, i)  # "the ministry said it ...", "our military ..."
        return ()
    dep = tree.tok(i).dep
    head = tree.head(i)
    if head is None:
        return ()
    if dep == "advcl" and tree.tok(i).tag == "VBG" and _reported(view, head):
        # "Zelensky said Russian troops kept up shelling, accusing Moscow of ...": the
        # participle comments on the report, so it is the speaker's act.
        speaker = speaker_actors(view, head)
        if speaker:
            return speaker
    if dep == "xcomp" and tree.tok(head).pos in _VERB_POS:
        controller = tree.kid(head, {"dobj"})  # object control: "prompted the South to fire"
        if controller is not None and view.in_phrase(controller):
            return _no_places(view.in_phrase(controller))
        raised = tree.kid(head, {"nsubjpass"})  # raising: "Xi is expected to urge"
        if raised is not None:
            return _no_places(view.in_phrase(raised))
    if dep in {"xcomp", "conj", "advcl", "pcomp", "acomp"} and tree.tok(head).pos in _VERB_POS:
        return subject_actors(view, head)
    if dep == "xcomp" and tree.tok(head).pos == "ADJ":  # "was ready to work with"
        up = tree.head(head)
        return subject_actors(view, up) if up is not None else ()
    if dep in {"acl", "relcl"}:
        return _no_places(view.in_phrase(head))
    return ()


def _reported(view: SentenceView, i: int) -> bool:
    """Is token ``i`` inside the complement of a reporting verb?"""
    tree = view.tree
    j = i
    for a in tree.ancestors(i):
        if tree.tok(j).dep == "ccomp" and tree.lemma(a) in view.lexicon.speech:
            return True
        j = a
    return False


def _no_places(mentions: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    return tuple(m for m in mentions if m.via != "location")


def speaker_actors(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """The subject of the nearest reporting verb governing ``i`` ("the ministry said ...")."""
    tree = view.tree
    for a in tree.ancestors(i):
        if tree.lemma(a) in view.lexicon.speech:
            subj = tree.kid(a, {"nsubj"})
            if subj is not None:
                return _no_places(view.in_phrase(subj))
            for _, obj in tree.preps(a, {"by"}):
                return view.in_phrase(obj)
            return ()
    return ()


def target_actors(
    view: SentenceView, i: int, rule: Rule, obj: int | None, *, noun: int | None = None
) -> tuple[ActorMention, ...]:
    """Who the act was done to.  ``noun`` is the event noun carried by a light verb.
    Country-less groups ("killing 11 people") are victims, not recipients: not targets."""
    found = _target_actors(view, i, rule, obj, noun=noun)
    return tuple(m for m in found if m.via != "agent")


def _target_actors(
    view: SentenceView, i: int, rule: Rule, obj: int | None, *, noun: int | None = None
) -> tuple[ActorMention, ...]:
    tree = view.tree
    preps = rule.target_preps or _DEFAULT_TARGET_PREPS
    # The event noun carries its own target: "a letter to Kim", "sanctions on Pyongyang",
    # "ratified an agreement with the EU".
    carrier = noun if noun is not None else (obj if rule.obj.startswith("@") else None)
    if carrier is not None:
        # the noun's own phrases first, then deeper ones ("3.5 billion euros in aid for Kyiv")
        nested = [k for k in tree.subtree(carrier) if k != carrier and tree.tok(k).pos in _NOUN_POS]
        pairs = tree.preps(carrier) + [p for k in nested for p in tree.preps(k)]
        for word, pobj in pairs:
            if word in preps:
                # "sanctions on it": a pronoun refers back to the last other party named
                found = view.in_phrase(pobj) or view.pronoun_object(pobj, subject_actors(view, i))
                if found:
                    return found
    if _is_passive(tree, i) and noun is None:
        subj = tree.kid(i, {"nsubjpass"})
        if subj is not None and view.at(subj):
            return view.in_phrase(subj)
    dative = tree.kid(i, {"dative"})
    if dative is not None:
        here = view.in_phrase(dative) if tree.tok(dative).pos in _NOUN_POS else ()
        if here:
            return here
    if obj is not None and noun is None and not rule.obj.startswith("@"):
        # The object phrase names the target ("condemned Seoul", "criticised US drills");
        # for "imposed UN sanctions" the object's modifiers are the sanction's issuer instead.
        found = view.in_phrase(obj) or view.pronoun_object(obj, subject_actors(view, i))
        if found:
            return found
        if rule.code[:2] in _REACTION_ROOTS or rule.code.startswith("frame:"):
            antecedent = _antecedent(view, obj)
            if antecedent:
                return antecedent
    for word, pobj in tree.preps(i):
        if word in preps:
            found = view.in_phrase(pobj)
            if found:
                return found
    if rule.code[:2] in _REACTION_ROOTS or rule.code.startswith("frame:"):
        # "condemned the drills by Seoul and Washington": the parser often hangs the
        # object's "by"/"over" phrase on the verb; for reactions it still names the target.
        for _, pobj in tree.preps(i, _REACTION_PREPS):
            found = view.in_phrase(pobj)
            if found:
                return found
    if obj is not None and carrier is None:
        # "fired warning shots toward the North", "lodged a protest over X's post": the
        # parser hangs the phrase on the object noun.
        wanted = set(preps) | (_REACTION_PREPS if rule.code[:2] in _REACTION_ROOTS else set())
        for word, pobj in tree.preps(obj):
            if word in wanted:
                found = view.in_phrase(pobj)
                if found:
                    return found
    if dative is not None:  # "sent a letter to Kim": spaCy makes "to" a dative
        obj2 = tree.pobj(dative)
        if obj2 is not None:
            return view.in_phrase(obj2)
    return ()


def _antecedent(view: SentenceView, obj: int) -> tuple[ActorMention, ...]:
    """ "the strikes", "the sanctions": an event noun without actors refers back to the latest
    event of its kind in the article; its source is the target of the reaction."""
    chosen = choose_rule(view, obj, "N")
    if chosen is None or chosen[0].code in {"content", "=obj"}:
        return ()
    found = view.antecedents.get(chosen[0].code[:2])
    return (found,) if found is not None else ()


def _inherited_targets(view: SentenceView, head: int) -> tuple[ActorMention, ...]:
    """Targets of the first conjunct: "spoke with Biden and asked for air defence"."""
    tree = view.tree
    obj = tree.kid(head, {"dobj"})
    if obj is not None and view.at(obj):
        return _no_places(view.in_phrase(obj))
    for word, pobj in tree.preps(head):
        if word in _DEFAULT_TARGET_PREPS:
            found = _no_places(view.in_phrase(pobj))
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
    return _unique(sources), ()


# --------------------------------------------------------------------------- finding


def find_events(view: SentenceView) -> list[Found]:
    """All events of a sentence, in trigger order."""
    tree = view.tree
    consumed: set[int] = set()
    found: list[Found] = []
    verbs = [t.i for t in tree.tokens if t.pos in _VERB_POS]
    # Frame verbs first, so that their complements are consumed before being coded alone.
    verbs.sort(key=lambda i: (not _is_frame(view, i), i))
    for i in verbs:
        if i in consumed:
            continue
        event = code_verb(view, i, consumed)
        if event is not None:
            found.append(event)
    found = _drop_consequences(tree, found)
    for t in tree.tokens:
        if t.pos in _NOUN_POS and t.i not in consumed:
            event = code_noun(view, t.i)
            if event is not None:
                consumed.add(t.i)
                found.append(event)
    return sorted(found, key=lambda f: f.trigger)


def _drop_consequences(tree: Tree, found: list[Found]) -> list[Found]:
    """ "Russia rained missiles on Kyiv, killing 11 people": the participle describes the
    attack's outcome, not a second attack."""
    by_trigger = {f.trigger: f for f in found}
    kept = []
    for f in found:
        head = tree.head(f.trigger)
        parent = by_trigger.get(head) if head is not None else None
        outcome = tree.tok(f.trigger).dep == "advcl" and tree.tok(f.trigger).tag == "VBG"
        if outcome and parent is not None and parent.code[:2] == f.code[:2]:
            continue
        kept.append(f)
    return kept


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
    noun = None
    code = rule.code
    target_rule = rule
    if code == "=obj" and obj is not None:
        noun_rule = choose_rule(view, obj, "N")
        if noun_rule is None:  # "held three hours of talks": the event noun is the of-object
            for _, inner in tree.preps(obj, {"of"}):
                noun_rule = choose_rule(view, inner, "N")
                if noun_rule is not None:
                    obj = inner
                    break
        if noun_rule is None:
            return None
        target_rule = noun_rule[0]
        code = _resolve_noun_code(view, obj, target_rule)
        noun = obj
        consumed.add(obj)
        mods = tree.kids(obj, {"amod", "compound"})
        joint = {w for k in mods for w in (tree.lemma(k), tree.tok(k).text.lower())} & _JOINT
        if code == "150" and joint:
            code = "062"  # "held joint drills": military cooperation between the partners
    elif code.startswith("frame:"):
        return code_frame(view, i, rule, obj, consumed)
    elif code == "content":
        code = _content_code(view, rule)
    if obj is not None and rule.code != "=obj" and rule.obj.startswith("@"):
        consumed.add(obj)  # "imposed sanctions": the noun is part of this event
    sources = subject_actors(view, i)
    targets = target_actors(view, i, target_rule, obj, noun=noun)
    head = tree.head(i)
    if not targets and tree.tok(i).dep == "conj" and head is not None:
        targets = _inherited_targets(view, head)
    if (
        "hit" in rule.flags
        and targets
        and any(word in {"at", "on", "against"} for word, _ in tree.preps(i))
    ):
        code = rule.flags["hit"]  # missiles fired *at* someone: an attack, not a show of force
    if not targets and obj is not None and rule.lemma.count("_"):
        dobj = tree.kid(i, {"dobj"})  # "engaged peacekeepers in a firefight"
        if dobj is not None:
            targets = _no_places(view.in_phrase(dobj))
    if code == "040" and any(tree.lemma(k) in _PHONE for k in tree.clause_subtree(i)):
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
    code = (
        _by_source_kind(code, rule, sources)
        if rule.code != "=obj"
        else _by_source_kind(code, target_rule, sources)
    )
    modality = modality_of(tree, i, noun_head=noun)
    if modality == "negated" and is_refusal(tree, i) and code[:2] in _REFUSABLE_ROOTS:
        # "said it would not provide aid": a stated refusal is itself an act (CAMEO 12).
        code, modality = view.lexicon.frame_code("reject", code), "asserted"
    return Found(
        trigger=i,
        code=code,
        rule=rule,
        sources=sources,
        targets=targets,
        modality=modality,
        tokens=_evidence_tokens(view, i, noun, sources, targets),
        symmetric=rule.symmetric or target_rule.symmetric,
        speaker=speaker_actors(view, i),
        noun=noun,
    )


def code_frame(
    view: SentenceView, i: int, rule: Rule, obj: int | None, consumed: set[int]
) -> Found | None:
    """A frame verb: its code comes from the event in its complement ("agreed to hold talks")."""
    tree = view.tree
    frame = rule.code.split(":", 1)[1]
    inner_event: Found | None = None
    for comp in tree.kids(i, _FRAME_COMPLEMENTS):
        if tree.tok(comp).pos not in _VERB_POS:
            continue
        # "pledged to keep giving Ukraine support": look through aspectual verbs.
        while tree.lemma(comp) in _ASPECTUAL and choose_rule(view, comp, "V") is None:
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
    if inner_event is None and obj is not None:  # "rejected the proposal", "demanded talks"
        noun_rule = choose_rule(view, obj, "N")
        if noun_rule is not None:
            consumed.add(obj)
            inner_code = _resolve_noun_code(view, obj, noun_rule[0])
            code = view.lexicon.frame_code(frame, inner_code)
        else:
            code = view.lexicon.frame_code(frame, None)
    else:
        code = view.lexicon.frame_code(frame, inner_event.code if inner_event else None)
    sources = subject_actors(view, i)
    targets: tuple[ActorMention, ...] = ()
    if obj is not None and view.at(obj):  # "urged Pyongyang to ...", "accused Seoul"
        targets = view.in_phrase(obj)
    elif obj is not None:
        targets = view.pronoun_object(obj, sources)
    if not targets:
        targets = target_actors(view, i, rule, obj if obj is not None and view.at(obj) else None)
    if not targets and inner_event is None:
        # "pledged Beijing would stand with X", "warned the military was ready to take action
        # against the US": the addressee sits somewhere inside the complement clause.
        wanted = _AGAINST_PREPS if frame == "threat" else frozenset(_DEFAULT_TARGET_PREPS)
        for comp in tree.kids(i, _FRAME_COMPLEMENTS):
            for k in tree.subtree(comp):
                if targets or tree.tok(k).dep != "prep" or tree.tok(k).text.lower() not in wanted:
                    continue
                pobj = tree.pobj(k)
                if pobj is not None:
                    targets = tuple(m for m in _no_places(view.in_phrase(pobj)) if m not in sources)
    if not targets and frame in {"demand", "appeal"}:
        for comp in tree.kids(i, {"ccomp"}):  # "demanded that Takaichi take back her words"
            subj = tree.kid(comp, {"nsubj", "nsubjpass"})
            if subj is not None:
                targets = _no_places(view.in_phrase(subj))
    if not targets and inner_event is not None:
        targets = inner_event.targets
        if not targets and frame == "appeal":
            targets = inner_event.sources
    if not targets and obj is not None:
        targets = view.in_phrase(obj)
    inner_tokens = inner_event.tokens if inner_event else ()
    return Found(
        trigger=i,
        code=code,
        rule=rule,
        sources=sources,
        targets=tuple(t for t in targets if t not in sources),
        modality=modality_of(tree, i),
        tokens=tuple(sorted({i, *inner_tokens, *_evidence_tokens(view, i, obj, sources, targets)})),
        symmetric=rule.symmetric,
        speaker=speaker_actors(view, i),
    )


def code_noun(view: SentenceView, n: int) -> Found | None:
    """An event noun coded on its own: only when the phrase itself names source and target."""
    chosen = choose_rule(view, n, "N")
    if chosen is None:
        return None
    rule = chosen[0]
    sources, _ = noun_roles(view, n)
    targets = ()
    participles = view.tree.kids(n, {"acl"})  # "talks held in Beijing between X and Y"
    for word, pobj in view.tree.preps(n) + [p for a in participles for p in view.tree.preps(a)]:
        if word in (rule.target_preps or _DEFAULT_TARGET_PREPS):
            targets = view.in_phrase(pobj)
            if targets:
                break
    if rule.symmetric and len({*sources, *targets}) >= 2 and not (sources and targets):
        # "the Xi-Kim summit", "the summit between Kim and Trump": a joint event
        sources, targets = _unique((*sources, *targets)), ()
    elif not sources or not targets:
        return None
    code = _by_source_kind(_resolve_noun_code(view, n, rule), rule, sources)
    head = view.tree.head(n)
    return Found(
        trigger=n,
        code=code,
        rule=rule,
        sources=sources,
        targets=targets,
        modality=modality_of(view.tree, n) if head is None else _noun_modality(view, n),
        tokens=_evidence_tokens(view, n, None, sources, targets),
        symmetric=rule.symmetric,
        speaker=speaker_actors(view, n),
    )


def _noun_modality(view: SentenceView, n: int) -> str:
    own = modality_of(view.tree, n)
    if own != "asserted":
        return own
    head = view.tree.head(n)
    while head is not None and view.tree.tok(head).pos not in _VERB_POS:
        head = view.tree.head(head)
    return modality_of(view.tree, head) if head is not None else own


def _resolve_noun_code(view: SentenceView, n: int, rule: Rule) -> str:
    if rule.code == "content":
        return _content_code(view, rule)
    return rule.code


def _content_code(view: SentenceView, rule: Rule) -> str:
    lemmas = {t.lemma.lower() for t in view.tree.tokens} | {
        t.text.lower() for t in view.tree.tokens
    }
    return view.lexicon.content_code(lemmas) or rule.flags.get("default", "010")


def _by_source_kind(code: str, rule: Rule, sources: Sequence[ActorMention]) -> str:
    """Some acts are coded differently when done by non-state actors (a protest by citizens is a
    demonstration, by a government an official complaint) or by the military."""
    sectors = {m.actor.sector for m in sources}
    non_state = all(
        m.actor.sector in _NON_STATE_SECTORS or m.actor.country is None for m in sources
    )
    if "civ" in rule.flags and sources and non_state:
        return rule.flags["civ"]
    if "mil" in rule.flags and "MIL" in sectors:
        return rule.flags["mil"]
    return code


def _evidence_tokens(
    view: SentenceView,
    i: int,
    other: int | None,
    sources: Sequence[ActorMention],
    targets: Sequence[ActorMention],
) -> tuple[int, ...]:
    """Trigger, object and the actors' tokens -- only actors named in this very sentence
    (``sentence`` of a mention carried from context differs from the trigger's)."""
    idx = {i}
    if other is not None:
        idx.add(other)
    sentence = view.tree.sentence.index
    for m in (*sources, *targets):
        if m.sentence == sentence:
            idx.update(range(m.tok_start, m.tok_end))
    return tuple(sorted(idx))
