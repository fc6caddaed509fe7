"""Who a concern about an earlier act is aimed at: "Turkey's parliament ratified the treaty on
Monday. Armenia voiced concern over the ratification."

Concern (CAMEO 012) is no reaction in ``discourse``'s sense -- "expressed concern about the
situation" answers nobody -- so it never looks back on its own.  But when what it is about is
an anaphoric noun that names an earlier act of the article ("the ratification", "the
decision", "the treaty"), it is aimed at whoever did that act, just like a condemnation of it.
The act is found by the noun itself (``did:<lemma>``), by the verb it nominalises (the
``ACT_NOMINALS`` word list: "the ratification" is what was "ratified"), or, for an agreement,
as the latest agreement's two parties.  Nothing is invented for a new thing or for a noun
that names no coded act ("concern about the situation").

Denials (016) of "the accusations" are deliberately left out: looking back for the accuser of
a denial lowered the held-out date accuracy (standing denials restated as background), so that
needs its own dating convention first.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from communique.errors import DictionaryError
from communique.events.discourse import NAMED_ACT_WINDOW, anaphoric, memory_side, side
from communique.events.lexicon import WORDS_FILE, word_list
from communique.events.view import Found, SentenceView
from communique.types import ActorMention

CONCERN = "012"
AGREEMENT_CLASS = "AGREEMENT"
AGREEMENT_CODE = "057"
# Prepositions by which a comment names what it is about ("concern over the ratification").
ABOUT = frozenset({"over", "about", "at", "on", "regarding", "concerning"})


def _nominals() -> Mapping[str, str]:
    """``noun>verb`` entries as noun -> verb.  A malformed entry is a data error naming it, not
    an unpacking error at import that says nothing of the file."""
    out: dict[str, str] = {}
    for entry in word_list("ACT_NOMINALS"):
        noun, sep, verb = entry.partition(">")
        if not sep or not noun or not verb:
            raise DictionaryError(f"{WORDS_FILE} ACT_NOMINALS: expected noun>verb, got {entry!r}")
        out[noun] = verb
    return MappingProxyType(out)


NOMINALS = _nominals()


def commented_act_doers(view: SentenceView, found: Found) -> tuple[ActorMention, ...]:
    """The doers of the earlier act a target-less concern is about (module docstring); empty
    when it names no earlier act or only the commenter's own side did it."""
    if found.code != CONCERN or not found.sources:
        return ()
    objects = [k for k in _about(view, found) if anaphoric(view, k) and not view.in_phrase(k)]
    own = {side(m) for m in found.sources}
    here = view.tree.sentence.index
    for k in objects:
        doers = [m for m in _earlier_doers(view, k) if side(m) not in own]
        doers = [m for m in doers if here - m.sentence <= NAMED_ACT_WINDOW]
        if doers:
            return tuple(dict.fromkeys(doers))
    return ()


def _about(view: SentenceView, found: Found) -> list[int]:
    """What the comment is about: the trigger's object, unless the object is the comment itself
    ("voiced concern"), and the "over"/"about" phrases of the trigger and of that object."""
    tree = view.tree
    out: list[int] = []
    carriers = [found.trigger]
    for obj in tree.kids(found.trigger, {"dobj", "obj"}):
        if found.rule.obj.startswith("@") or obj == found.noun:
            carriers.append(obj)  # "voiced concern over X": concern carries the comment
        else:
            out.append(obj)
    if found.noun is not None and found.noun not in carriers:
        carriers.append(found.noun)
    for carrier in carriers:
        out.extend(pobj for word, pobj in tree.preps(carrier) if word in ABOUT)
    return out


def _earlier_doers(view: SentenceView, k: int) -> list[ActorMention]:
    """Who did the earlier act the noun at ``k`` names: by the noun, by its verb, or (for an
    agreement) the latest agreement's two parties."""
    memory = view.antecedents
    lemma = view.tree.lemma(k).lower()
    for key in (lemma, NOMINALS.get(lemma)):
        if key and (m := memory.get(f"did:{key}")) is not None:
            return [m]
    if view.lexicon.in_class(lemma, AGREEMENT_CLASS):
        signer = memory.get(AGREEMENT_CODE)
        if signer is None:
            return []
        partner = memory.get(f"target-of:{memory_side(signer)}:cooperation")
        return [signer] if partner is None else [signer, partner]
    return []
