"""Who did it: the sources and speakers of a trigger over the parse (subjects, by-agents,
attackers named by their means, the issuer of a message or decree).  ``roles`` finds the
targets; both read the same ``SentenceView``."""

from __future__ import annotations

from communique.events.decrees import decree_issuer
from communique.events.documents import document_issuers
from communique.events.parse_repairs import stranded_subject
from communique.events.rules import choose_rule, is_passive
from communique.events.syntax import Tree, to_infinitive
from communique.events.view import (
    FIRST_PERSON,
    RELATIVE_PRONOUNS,
    UNRESOLVED_PRONOUNS,
    VERB_POS,
    SentenceView,
    unique,
)
from communique.types import ActorMention

# coercion and force (17-20): acts whose doer may be named only by its means
COERCIVE_ROOTS = frozenset({"17", "18", "19", "20"})
# Object classes naming people, whose nationality makes them the party acted upon.
PEOPLE_CLASSES = frozenset({"@DIPLOMAT", "@PERSONS"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# Acts done by speaking: statements, appeals, demands, disapproval, rejection, threats.
VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})


def subject_actors(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """Who did the act triggered at verb ``i``."""
    tree = view.tree
    if is_passive(tree, i):
        return passive_agents(view, i)
    subjects = tree.kids(i, {"nsubj", "csubj", "nsubjpass"})  # nsubjpass: a stance (is_stance)
    if subjects:
        subj = subjects[0]
        word = tree.tok(subj).text.lower()
        if word in RELATIVE_PRONOUNS and tree.tok(i).dep in {"relcl", "acl"}:
            head = tree.head(i)
            return no_places(view.in_phrase(head)) if head is not None else ()
        # "Lions, tigers, and Gondor welcomed": a broken list may leave several subjects,
        # or hang its members as appositions ("Mordor, the Shire, Arnor and Bree")
        found = no_places(
            unique([m for s in subjects for m in (*view.in_phrase(s, lists=True), *view.listed(s))])
        )
        if found:
            return found
        # "our military ...", "the ministry said its forces had observed the truce": a
        # possessive pronoun nobody resolved points to the speaker.
        owner = word in FIRST_PERSON or any(
            tree.tok(k).text.lower() in FIRST_PERSON | UNRESOLVED_PRONOUNS
            for k in tree.kids(subj, {"poss"})
        )
        if word in UNRESOLVED_PRONOUNS or owner:
            return speaker_actors(view, i)  # "the ministry said it ..."
        return document_issuers(view, subj)  # "the resolution condemns": who adopted it
    dep = tree.tok(i).dep
    head = tree.head(i)
    if head is None:
        return ()
    stranded = stranded_subject(view, i)  # "... on Sunday and Israel released ..."
    if stranded:
        return stranded
    if dep == "advcl" and tree.tok(i).tag == "VBG" and _reported(view, head):
        # "Zelensky said Russian troops kept up shelling, accusing Moscow of ...": the
        # participle comments on the report, so it is the speaker's act.
        speaker = speaker_actors(view, head)
        if speaker:
            return speaker
        if _verbal(view, i):
            # "the government said troops had crossed, accusing Asmara": an unknown speaker
            # accuses, not the reported clause's subject
            return ()
    if dep == "xcomp" and tree.tok(head).pos in VERB_POS:
        controller = tree.kid(head, {"dobj"})  # object control: "prompted the South to fire"
        if controller is not None and view.in_phrase(controller):
            return no_places(view.in_phrase(controller))
        raised = tree.kid(head, {"nsubjpass"})  # raising: "Xi is expected to urge"
        if raised is not None:
            return no_places(view.in_phrase(raised))
    if dep in {"xcomp", "conj", "advcl", "pcomp", "acomp"} and tree.tok(head).pos in VERB_POS:
        return subject_actors(view, head)
    if dep == "ccomp" and tree.tok(i).tag in FINITE_TAGS and not tree.kids(i, {"mark"}):
        # "Putin said the sides had reached an understanding and, ..., proposed that ...":
        # a finite complement without a subject is really coordinated with the report.
        return subject_actors(view, head)
    if dep == "xcomp" and tree.tok(head).pos == "ADJ":  # "was ready to work with"
        up = tree.head(head)
        return subject_actors(view, up) if up is not None else ()
    if dep in {"acl", "relcl"}:
        found = no_places(view.in_phrase(head))
        governor = purpose_governor(tree, i) or message_issuer(view, i) or decree_issuer(view, i)
        if not found and governor is not None:
            return subject_actors(view, governor)
        return found
    return ()


def passive_agents(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """The by-agent of a passive.  When the by-phrase names an instrument, not an actor
    ("was blown up by a missile believed to be fired by rebels"), whoever the instrument's own
    by-phrase names used it."""
    tree = view.tree
    for _, obj in tree.preps(i, {"by"}):
        found = view.in_phrase(obj)
        if found:
            return found
        for k in tree.subtree(obj):
            if k == obj or tree.tok(k).dep != "agent":
                continue
            inner = tree.pobj(k)
            found = view.in_phrase(inner) if inner is not None else ()
            if found:
                return found
        return ()
    return ()


def attack_agents(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """Who carried out the attack a victim died in: "were killed in Israeli tank shelling",
    "died in an air strike by government forces".  Only a phrase that names an attack counts
    (not "killed in Ukraine")."""
    tree = view.tree
    gerunds = [k for k in tree.kids(i, {"advcl"}) if tree.tok(k).tag == "VBG"]
    for _, pobj in tree.preps(i, {"in", "during", "by", "from"}):
        phrase = [*tree.subtree(pobj), *gerunds]  # "in Israeli tank shelling" parses badly
        if any(_violent(view, k) for k in phrase):
            found = no_places(view.in_phrase(pobj))
            if found:
                return found
    return ()


def _violent(view: SentenceView, k: int) -> bool:
    pos = "V" if view.tree.tok(k).pos in VERB_POS else "N"
    chosen = choose_rule(view, k, pos)
    return chosen is not None and chosen[0].code[:2] in COERCIVE_ROOTS - {"17"}


def purpose_governor(tree: Tree, i: int) -> int | None:
    """The verb an infinitive of purpose belongs to: "summoned the envoy [to protest]", and
    "sent a message via the hotline [to protest]" where the parser hangs the infinitive on the
    noun of the verb's prepositional phrase."""
    tok = tree.tok(i)
    if (
        tok.pos not in VERB_POS
        or tok.tag != "VB"
        or tree.kid(i, {"nsubj", "nsubjpass"}) is not None
    ):
        return None
    if not to_infinitive(tree, i):
        return None
    head = tree.head(i)
    if head is None:
        return None
    if tok.dep == "advcl" and tree.tok(head).pos in VERB_POS:
        return head
    if tok.dep in {"acl", "relcl"} and tree.tok(head).dep == "pobj":
        prep = tree.head(head)
        verb = tree.head(prep) if prep is not None else None
        if verb is not None and tree.tok(verb).pos in VERB_POS:
            return verb
    return None


# Acts a message can perform: statements, appeals, pledges, verbal support, accusations,
# demands, rejections, threats (CAMEO's verbal roots).
_SAYABLE_ROOTS = frozenset({"01", "02", "03", "05", "09", "10", "11", "12", "13"})


def message_issuer(view: SentenceView, i: int) -> int | None:
    """The verb whose subject speaks through a message: "issued a statement condemning ...",
    "sent a letter urging ...", "in a communique demanding ...".  The participle states the
    message's content, and a message has no will of its own: its author is the one who
    issued it."""
    tree = view.tree
    tok = tree.tok(i)
    head = tree.head(i)
    if tok.dep != "acl" or tok.tag != "VBG" or head is None:
        return None
    if not any(view.lexicon.in_class(tree.lemma(head), c) for c in ("STATEMENT", "LETTER")):
        return None
    chosen = choose_rule(view, i, "V")
    code = chosen[0].code if chosen is not None else ""
    if not (code.startswith("frame:") or code[:2] in _SAYABLE_ROOTS):
        return None  # a statement can condemn or demand, but not phone, meet or attack
    up = tree.head(head)
    if up is None:
        return None
    if tree.tok(head).dep == "pobj" and tree.tok(up).pos == "ADP":
        up = tree.head(up)  # "said in a statement condemning ..."
        if up is None:
            return None
    return up if tree.tok(up).pos in VERB_POS else None


def _verbal(view: SentenceView, i: int) -> bool:
    """Is the verb at ``i`` a verbal act (a statement, appeal, accusation or threat: CAMEO
    01, 02, 10-13), which only a speaker can make?"""
    chosen = choose_rule(view, i, "V")
    return chosen is not None and chosen[0].code[:2] in VERBAL_ROOTS


def _reported(view: SentenceView, i: int) -> bool:
    """Is token ``i`` inside the complement of a reporting verb?"""
    tree = view.tree
    j = i
    for a in tree.ancestors(i):
        if tree.tok(j).dep == "ccomp" and tree.lemma(a) in view.lexicon.speech:
            return True
        j = a
    return False


def no_places(mentions: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
    return tuple(m for m in mentions if m.via != "location")


def speaker_actors(view: SentenceView, i: int) -> tuple[ActorMention, ...]:
    """The subject of the nearest reporting verb governing ``i`` ("the ministry said ...")."""
    tree = view.tree
    for a in tree.ancestors(i):
        if tree.lemma(a) in view.lexicon.speech:
            subj = tree.kid(a, {"nsubj"})
            if subj is not None:
                return no_places(view.in_phrase(subj))
            for _, obj in tree.preps(a, {"by"}):
                return view.in_phrase(obj)
            return ()
    return ()
