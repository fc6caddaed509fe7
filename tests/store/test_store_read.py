from __future__ import annotations

from datetime import date

import pytest
from store_factories import make_article, make_event, one_sentence

from communique.store import EventFilter, Store, to_records
from communique.types import CleaningAction

# (label, source code, country, name, target code, country, name, cameo, date)
EVENTS = [
    ("kor-prk", "KORGOV", "KOR", "Seoul", "PRKGOV", "PRK", "Pyongyang", "111", date(2024, 3, 4)),
    ("prk-kor", "PRKMIL", "PRK", "North Korean army", "KORGOV", "KOR", "South Korea", "190",
     date(2024, 3, 10)),
    ("usa-chn", "USAGOV", "USA", "Washington", "CHNGOV", "CHN", "Beijing", "042", date(2024, 4, 1)),
    ("uno-prk", "IGOUNO", None, "United Nations", "PRKGOV", "PRK", "North Korea", "043", None),
    ("chn-usa", "CHNGOV", "CHN", "Chinese foreign ministry", "USAGOV", "USA", "Washington", "036",
     date(2024, 2, 1)),
]  # fmt: skip


@pytest.fixture
def filled(store: Store) -> Store:
    items = []
    for n, (label, sc, sk, sn, tc, tk, tn, cameo, when) in enumerate(EVENTS):
        art = make_article(f"Story {label}.", path=f"in/{label}.txt")
        event = make_event(
            art,
            event_id=label,
            source_code=sc,
            source_country=sk,
            source_sector=sc[3:],
            source_name=sn,
            target_code=tc,
            target_country=tk,
            target_sector=tc[3:],
            target_name=tn,
            cameo=cameo,
            cameo_root=cameo[:2],
            date=when,
            date_basis="explicit" if when else "none",
            date_precision="day" if when else None,
            sentence_index=n,
        )
        items.append((art, one_sentence(art), [event]))
    assert len(store.write_batch(items).stored) == len(EVENTS)
    return store


def labels(store: Store, **filters: object) -> set[str]:
    return set(store.events(EventFilter(**filters)).column("event_id").to_pylist())


def test_no_filter_returns_everything_in_date_order(filled: Store) -> None:
    ids = filled.events().column("event_id").to_pylist()
    assert ids == ["chn-usa", "kor-prk", "prk-kor", "usa-chn", "uno-prk"]


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("prk", {"kor-prk", "prk-kor", "uno-prk"}),  # code prefix, either side, any case
        ("PRKMIL", {"prk-kor"}),
        ("united nat", {"uno-prk"}),  # name substring
        ("korea", {"prk-kor", "uno-prk"}),
        ("WASHINGTON", {"usa-chn", "chn-usa"}),
        ("nobody", set()),
    ],
)
def test_actor_filter(filled: Store, actor: str, expected: set[str]) -> None:
    assert labels(filled, actor=actor) == expected


def test_country_filter_matches_either_side(filled: Store) -> None:
    assert labels(filled, country="chn") == {"usa-chn", "chn-usa"}
    assert labels(filled, country="PRK") == {"kor-prk", "prk-kor", "uno-prk"}
    assert labels(filled, country="PR") == set()  # countries match exactly, not by prefix


def test_dyad_either_direction_unless_directed(filled: Store) -> None:
    assert labels(filled, dyad=("KOR", "PRK")) == {"kor-prk", "prk-kor"}
    assert labels(filled, dyad=("PRK", "KOR")) == {"kor-prk", "prk-kor"}
    assert labels(filled, dyad=("KOR", "PRK"), directed=True) == {"kor-prk"}
    assert labels(filled, dyad=("PRK", "KOR"), directed=True) == {"prk-kor"}
    assert labels(filled, dyad=("prkmil", "kor")) == {"prk-kor"}  # code prefix on one side
    assert labels(filled, dyad=("IGOUNO", "PRK")) == {"uno-prk"}  # actor without a country
    assert labels(filled, dyad=("USA", "PRK")) == set()


def test_cameo_prefix(filled: Store) -> None:
    assert labels(filled, cameo="04") == {"usa-chn", "uno-prk"}
    assert labels(filled, cameo="042") == {"usa-chn"}
    assert labels(filled, cameo="1") == {"kor-prk", "prk-kor"}


def test_date_bounds_are_inclusive_and_skip_unknown_dates(filled: Store) -> None:
    assert labels(filled, since=date(2024, 3, 4)) == {"kor-prk", "prk-kor", "usa-chn"}
    assert labels(filled, until=date(2024, 3, 4)) == {"chn-usa", "kor-prk"}
    assert labels(filled, since=date(2024, 3, 5), until=date(2024, 3, 31)) == {"prk-kor"}


def test_filters_combine_with_and(filled: Store) -> None:
    assert labels(filled, country="PRK", cameo="1") == {"kor-prk", "prk-kor"}
    assert labels(filled, actor="washington", since=date(2024, 3, 1)) == {"usa-chn"}


def test_limit_keeps_the_earliest(filled: Store) -> None:
    assert filled.events(EventFilter(limit=2)).column("event_id").to_pylist() == [
        "chn-usa",
        "kor-prk",
    ]
    assert filled.events(EventFilter(limit=0)).num_rows == 0


def test_article_filter_by_prefix(filled: Store) -> None:
    art = make_article("Story usa-chn.")
    assert labels(filled, article_id=art.article_id[:10]) == {"usa-chn"}


def test_filter_values_are_data_not_sql(filled: Store) -> None:
    hostile = "x') OR 1=1; DROP TABLE events; --"
    assert labels(filled, actor=hostile) == set()
    assert labels(filled, dyad=(hostile, "PRK")) == set()
    assert filled.summary()["n_events"] == len(EVENTS)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"limit": -1},
        {"dyad": ("KOR",)},
        {"dyad": ("KOR", " ")},
        {"since": date(2024, 2, 1), "until": date(2024, 1, 1)},
    ],
)
def test_invalid_filters_are_rejected(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        EventFilter(**kwargs)  # type: ignore[arg-type]


def test_events_carry_every_field(filled: Store) -> None:
    (row,) = to_records(filled.events(EventFilter(actor="PRKMIL")))
    assert row["source_name"] == "North Korean army"
    assert row["date"] == date(2024, 3, 10)
    assert row["symmetric"] is False and row["date_text"] == "yesterday"
    assert row["sentence_index"] == 1


def test_summary_counts(store: Store) -> None:
    a = make_article("One.", path="in/1.txt", outlet="Wire A", published=date(2024, 1, 2))
    b = make_article("Two.", path="in/2.txt", outlet="Wire A", published=date(2024, 5, 6))
    c = make_article(
        "Three.",
        path="in/3.txt",
        outlet=None,
        published=None,
        cleaning=(
            CleaningAction("paywall", "banner", "Subscribe now"),
            CleaningAction("share_widget", "buttons", "Tweet"),
        ),
    )
    store.write_batch(
        [
            (a, one_sentence(a), [make_event(a, 0), make_event(a, 1)]),
            (b, [(0, 0, 2, "Tw"), (1, 3, 4, "o.")], []),
            (c, one_sentence(c), [make_event(c)]),
        ]
    )
    store.write_batch([(c, [], [])])  # known: must not change any count but paths
    s = store.summary()
    assert s["schema_version"] == 2
    assert (s["n_articles"], s["n_sentences"], s["n_events"], s["n_paths"]) == (3, 4, 3, 3)
    # make_article's default log has share_widget + whitespace
    assert s["cleaning_by_step"] == {"share_widget": 3, "whitespace": 2, "paywall": 1}
    assert s["n_cleaning_actions"] == 6
    assert (s["articles_with_date"], s["articles_without_date"]) == (2, 1)
    assert s["outlets"] == {"Wire A": 2}
    assert s["articles_without_outlet"] == 1
    assert s["published_range"] == (date(2024, 1, 2), date(2024, 5, 6))


def test_summary_of_empty_store(store: Store) -> None:
    s = store.summary()
    assert s["n_articles"] == 0 and s["published_range"] is None and s["outlets"] == {}
