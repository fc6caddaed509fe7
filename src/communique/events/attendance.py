"""Being at the same summit is not a meeting between those present.

"The foreign ministers of India and Pakistan attended the regional summit", "Putin and Xi
attended the BRICS summit": a light verb of attending passes the code to the meeting noun
(040, joint), and with two subjects and no partner named the coder would pair the subjects as
if they had met each other.  A multilateral gathering (a summit, conference, forum, assembly:
``classes.tsv`` GATHERING) brings many parties together; two of them being there says
nothing about a meeting between them, and a lone attendance makes no row either (the coder
already codes "Putin attended the summit" as nothing).  So such an attendance is dropped
unless the text names a counterpart ("attended a summit with Xi") -- then it is a meeting.

Talks, negotiations and meetings keep pairing their attendees: "India and Pakistan attended
talks in Geneva" is a meeting between the two.
"""

from __future__ import annotations

from communique.events.lexicon import word_list
from communique.events.view import Found, SentenceView

MEETING_ROOT = "04"
# Verbs of being present at a gathering that hand their code to the gathering's noun.
_ATTENDING = frozenset(word_list("ATTENDING_VERBS"))


def drop_joint_attendance(view: SentenceView, found: list[Found]) -> list[Found]:
    """``found`` without attendances of a multilateral gathering that name no counterpart."""
    return [f for f in found if not _joint_attendance(view, f)]


def _joint_attendance(view: SentenceView, f: Found) -> bool:
    if f.code[:2] != MEETING_ROOT or f.targets:
        return False
    tree = view.tree
    if tree.lemma(f.trigger) not in _ATTENDING:
        return False
    obj = tree.kid(f.trigger, {"dobj"})
    return obj is not None and view.lexicon.in_class(tree.lemma(obj), "GATHERING")
