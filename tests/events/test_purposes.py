"""Purpose clauses (events/purposes.py): a pronoun object of a call's purpose ("called him to
congratulate him") is the call's addressee.  Wire-style sentences we wrote ourselves; they run
the real parse."""

from __future__ import annotations

import pytest
from eventcheck import done_dyads

pytestmark = pytest.mark.slow


# ------------------------------------------------ 8. a call made to congratulate the addressee


def test_pronoun_object_of_a_purpose_is_the_calls_addressee(code) -> None:
    found = done_dyads(code("Putin called the Turkish ambassador to congratulate him."))
    assert ("RUS", "TUR", "051") in found
    assert ("RUS", "RUS", "051") not in found
