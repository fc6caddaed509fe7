"""``DateExpression``: one date expression found in a sentence, resolved as far as possible.

Kept apart from the finder and the chooser so both can import it without a cycle; the public
import path is ``communique.events.dates``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PRECISIONS = ("day", "week", "month", "year")

# ``role`` values: how the expression attaches to the sentence.  Only some of them can give
# the date of an event (see ``dates_choose``).
ROLE_POINT = "point"  # "on Monday", "in 2019", "said Tuesday"
ROLE_DATED = "dated"  # "a letter dated March 4": the document's own date
ROLE_POSSESSIVE = "possessive"  # "Monday's meeting"
ROLE_REFERENCE = "reference"  # "after Monday's talks", "ahead of July 27"
ROLE_SINCE = "since"  # "since 2019": the start of a state, not an event
ROLE_UNTIL = "until"  # "until 2022", "by the end of the year": a deadline or an end
ROLE_MODIFIER = "modifier"  # "the 1961 treaty", "the June 2018 summit": names a thing
ROLE_OF = "of"  # "the events of June 2018": post-nominal, names a thing
ROLE_ORIGIN = "origin"  # the original date an anniversary counts from

EVENT_ROLES = frozenset({ROLE_POINT, ROLE_DATED, ROLE_POSSESSIVE, ROLE_REFERENCE, ROLE_ORIGIN})


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A date expression in a sentence.

    ``start``/``end`` are character offsets into the text given to ``find_date_expressions``
    and ``text`` is ``text[start:end]`` (a governing preposition such as "on" or "since" is
    part of the span).  ``value`` follows the precision conventions: ``day`` the day itself,
    ``week`` the Monday of the ISO week, ``month`` the 1st (the 5th, 15th or 25th for "early",
    "mid" or "late <month>"), ``year`` 1 January; it is ``None``
    when the expression cannot be resolved (a weekday with no publication date, "the day
    before the summit", an anniversary whose origin the text does not give).

    ``basis`` is ``explicit`` when the text names the calendar day, month or year (the year of
    "on March 4" is inferred from the publication date but the day is named) and ``relative``
    when everything comes from the publication date ("on Monday", "last week").  ``kind`` says
    which rule matched: ``absolute`` (year stated), ``month-day`` (year inferred),
    ``day-of-month``, ``month``, ``numeric``, ``weekday``, ``relative-day``,
    ``relative-period``, ``ago``, ``anaphoric``, ``season``, ``anniversary``.  ``future``
    records that the expression was resolved forwards ("will visit on Monday").
    """

    start: int
    end: int
    text: str
    value: date | None
    precision: str  # day | week | month | year
    basis: str  # explicit | relative
    kind: str
    role: str = ROLE_POINT
    future: bool = False
    # "two days after the launch" when the article dated the launch: the date of the main
    # clause (the launch's date + 2), while ``value`` stays the date of the governed clause.
    main_value: date | None = None
    # ... and its precision: "days after the accusation" when the article dated the accusation
    # only to March is March at month precision, not the 1st of March as a day.
    main_precision: str = "day"

    @property
    def resolved(self) -> bool:
        return self.value is not None


@dataclass(frozen=True, slots=True)
class NamedEvent:
    """Words of a sentence that name an event the article dated earlier ("the launch",
    "its test"): ``start``/``end`` are offsets into the sentence text; ``subject`` says the
    noun is its clause's subject ("The launch came a week after ...")."""

    start: int
    end: int
    value: date
    precision: str
    subject: bool = False


@dataclass(frozen=True, slots=True)
class DateContext:
    """What the article has dated before the sentence being read.

    Wire stories chain their dates: "North Korea fired two missiles on Tuesday. The next day,
    Japan protested."  ``previous`` holds the latest dates the article stated for events
    (explicitly or relative to publication, never the publication fallback), most recent first,
    at most one per precision, as (value, precision): "the next day" counts from the latest
    day, "later that month" from the latest date at least as fine as a month, so a background
    sentence "in January" does not cut the chain of days.  ``named`` lists the words of the
    sentence that name an earlier dated event, for "hours after the launch".  An empty context
    changes nothing.
    """

    previous: tuple[tuple[date, str], ...] = ()
    named: tuple[NamedEvent, ...] = ()
