"""The shipped historical record: present, parsed, and faithful to its sources."""

from __future__ import annotations

from sim.data import EVENT_TYPES, readme, timeline, yearly_counts


def test_timeline_has_every_event_with_a_source():
    events = timeline()
    assert len(events) == 157
    assert set(events.event_type) <= set(EVENT_TYPES)
    assert events.date.min().year == 1985 and events.date.max().year == 2024
    assert (events.source.str.len() > 0).all()
    assert events.source_unconfirmed.sum() == 10  # the README's "ten rows end with ?"


def test_known_events_are_dated_correctly():
    events = timeline()
    framework = events[events.title.str.contains("Agreed Framework signed")]
    assert str(framework.date.item().date()) == "1994-10-21"
    assert framework.quarter.item() == 4
    tests = events[events.event_type == "nuclear_test"]
    assert sorted(tests.year) == [2006, 2009, 2013, 2016, 2016, 2017]


def test_yearly_counts_match_the_published_facts():
    counts = yearly_counts().set_index("year")
    assert counts.index.min() == 1984 and counts.index.max() == 2024
    assert counts.nuclear_tests.sum() == 6
    assert counts.loc[2016, "nuclear_tests"] == 2
    # Washington Post (2017), citing CNS: 39 missiles in 1984-2013.
    assert counts.loc[1984:2013, "missiles_launched"].sum() == 39
    assert counts.loc[2022, "missile_test_events"] == 34


def test_frames_are_fresh_copies():
    first = timeline()
    first.loc[0, "title"] = "changed"
    assert timeline().loc[0, "title"] != "changed"


def test_readme_keeps_sources_and_caveats():
    text = " ".join(readme().split())
    assert "CNS North Korea Missile Test Database" in text
    assert "did not predict DPRK provocations" in text
