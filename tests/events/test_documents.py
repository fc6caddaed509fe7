"""A document speaks for whoever issued or signed it (events/documents.py): resolutions, joint
statements, signed instruments; a document itself never attacks.  Wire-style sentences we wrote
ourselves; they run the real parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from eventcheck import asserted, show
from eventcheck import has_asserted as _has

from communique.types import EventMention

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ acts carried by a signed document


@pytest.mark.parametrize(
    ("text", "src", "tgt", "code_"),
    [
        (
            "U.S. President Joe Biden signed an order waiving sanctions on Venezuelan oil.",
            "USA",
            "VEN",
            "085",
        ),
        (
            "Canada's prime minister signed an order imposing sanctions on Iran.",
            "CAN",
            "IRN",
            "163",
        ),
    ],
)
def test_signer_of_a_document_does_what_it_enacts(code, text, src, tgt, code_) -> None:
    events = code(text)
    assert _has(events, src, tgt, code_), show(events)


def test_a_document_does_not_attack(code) -> None:
    events = code("Russian President Vladimir Putin signed an order attacking Ukrainian ports.")
    assert not any(
        e.cameo.startswith(("18", "19")) and (e.source_code or "").startswith("RUS")
        for e in asserted(events)
    ), show(events)


Coder = Callable[[str], list[EventMention]]


# --- a document speaks for whoever issued it -----------------------------------------------------


def test_a_resolution_speaks_for_the_body_that_adopted_it(code: Coder) -> None:
    events = code(
        "The UN Security Council adopted a resolution on Tuesday. "
        "The resolution condemns North Korea's ballistic missile tests."
    )
    assert any(
        e.source_code.startswith("IGOUNO") and e.target_code == "PRK" and e.cameo_root == "11"
        for e in events
        if e.source_code and e.target_code
    )


def test_a_joint_statement_speaks_for_each_signatory(code: Coder) -> None:
    events = code(
        "Brazil and Argentina issued a joint statement after talks in Brasilia on Monday. "
        "The joint statement criticised Venezuela over the disputed election."
    )
    critics = {e.source_code for e in events if e.cameo_root == "11" and e.target_code == "VEN"}
    assert critics == {"BRA", "ARG"}


def test_a_participle_agent_issues_the_document(code: Coder) -> None:
    events = code(
        "The statement, released by the foreign ministers of Japan and Australia, "
        "criticised China's coast guard."
    )
    critics = {(e.source_code or "")[:3] for e in events if e.cameo_root == "11"}
    assert critics == {"JPN", "AUS"}


def test_an_indefinite_document_with_no_issuer_speaks_for_nobody(code: Coder) -> None:
    events = code(
        "Spain and Portugal signed a fisheries accord on Monday. A statement criticised Morocco."
    )
    assert not [e for e in events if e.cameo_root == "11"]
