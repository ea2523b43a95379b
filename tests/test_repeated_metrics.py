"""Outcome measures: hand-computed cases, the cycle definition, laws and summaries."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sim.errors import InputError
from sim.repeated import MatchSettings, Payoffs, Scripted, play_match
from sim.repeated.metrics import (
    METRICS,
    by_round,
    cycle_episodes,
    longest_run,
    mean_ci,
    replicate_metrics,
    summarize,
)


def scripted(row: str, column: str, **kw):
    return play_match(Scripted(row), Scripted(column), Payoffs.dilemma(),
                      MatchSettings(rounds=len(row), **kw), np.random.default_rng(0))


def moves(text):
    return np.array([[c == "D" for c in text]])


@pytest.mark.parametrize("row,column,episodes,rounds", [
    # pressure, test, pressure, test: one four-round episode
    ("DCDC", "CDCD", 1, 4),
    # two exchanges only: below the minimum of three
    ("DCCC", "CDCC", 0, 0),
    # the same side defects twice running: no alternation, no episode
    ("DDDD", "CCCC", 0, 0),
    # alternation broken by mutual defection; what follows is too short
    ("DCDDC", "CDCDD", 1, 3),
    # broken by mutual defection, then a new three-round chain
    ("DCDDCDC", "CDCDDCD", 2, 6),
    # two chains separated by mutual cooperation
    ("DCDCDCD", "CDCCCDC", 2, 6),
    ("CCCCC", "CCCCC", 0, 0),
])
def test_cycle_episodes_by_hand(row, column, episodes, rounds):
    alive = np.ones((1, len(row)), dtype=bool)
    count, covered = cycle_episodes(moves(row), moves(column), alive)
    assert (count[0], covered[0]) == (episodes, rounds)


def test_cycle_minimum_length_is_a_parameter():
    alive = np.ones((1, 4), dtype=bool)
    assert cycle_episodes(moves("DCCC"), moves("CDCC"), alive, min_length=2)[0][0] == 1
    with pytest.raises(InputError, match="min_length"):
        cycle_episodes(moves("DC"), moves("CD"), np.ones((1, 2), bool), min_length=1)


def test_longest_run():
    mask = np.array([[1, 1, 0, 1, 1, 1, 0], [0, 0, 0, 0, 0, 0, 0]], dtype=bool)
    assert longest_run(mask).tolist() == [3, 0]


def test_replicate_metrics_by_hand():
    # rounds: CC, CC, DC, CD, DD, CC  (row, column)
    result = scripted("CCDCDC", "CCCDDC", discount=0.5)
    m = replicate_metrics(result)
    assert m.cooperation[:, 0].tolist() == pytest.approx([4 / 6, 4 / 6])
    assert m.mutual_cooperation[0] == pytest.approx(3 / 6)
    # row payoffs 3, 3, 5, 0, 1, 3 → mean 15/6
    assert m.mean_payoff[0, 0] == pytest.approx(15 / 6)
    assert m.discounted_payoff[0, 0] == pytest.approx(3 + 1.5 + 5 / 4 + 0 + 1 / 16 + 3 / 32)
    assert m.first_breakdown[0] == 3
    assert m.longest_cooperation[0] == 2
    assert (m.cycle_episodes[0], m.cycle_rounds[0]) == (0, 0)
    never = replicate_metrics(scripted("CCC", "CCC"))
    assert np.isnan(never.first_breakdown[0])


def test_frame_and_summary_have_every_metric():
    result = play_match("tit_for_tat", "tit_for_tat", Payoffs.dilemma(),
                        MatchSettings(rounds=60, replicates=50, noise=0.05),
                        np.random.default_rng(1))
    metrics = replicate_metrics(result)
    frame = metrics.to_frame()
    assert len(frame) == 50 and "cooperation_US" in frame and "cycle_episodes" in frame
    summary = summarize(metrics)
    assert set(summary["metric"]) == set(METRICS)
    row = summary[summary.metric == "mutual_cooperation"].iloc[0]
    assert row.ci_low <= row["mean"] <= row.ci_high and row.n == 50
    # the echo of tit for tat under noise produces sanction-test cycles
    assert summary[summary.metric == "cycle_episodes"]["mean"].iloc[0] > 0.5


def test_mean_ci_by_hand():
    mean, low, high, n = mean_ci(np.array([1.0, 2.0, 3.0, np.nan]))
    # t(0.975, 2) = 4.3027; sd = 1; half width = 4.3027 / sqrt(3)
    assert (mean, n) == (2.0, 3)
    assert high - mean == pytest.approx(4.302653 / np.sqrt(3), rel=1e-5)
    assert mean - low == pytest.approx(high - mean)
    assert np.isnan(mean_ci(np.array([5.0]))[1])
    assert mean_ci(np.array([np.nan]))[3] == 0


def test_by_round_bands():
    result = play_match("grudger", "random", Payoffs.dilemma(),
                        MatchSettings(rounds=20, replicates=200, continuation=0.9),
                        np.random.default_rng(3))
    frame = by_round(result)
    assert len(frame) == 2 * 20
    us = frame[frame.player == "US"]
    assert us.cooperation.iloc[0] == 1.0
    valid = us[us.n > 1]
    assert np.all(valid.cooperation_low <= valid.cooperation + 1e-12)
    assert np.all(valid.trust_high >= valid.trust - 1e-12)
    assert us.n.is_monotonic_decreasing


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=1, max_size=40))
def test_measures_respect_their_ranges(pairs):
    row = "".join("D" if a else "C" for a, _ in pairs)
    column = "".join("D" if b else "C" for _, b in pairs)
    m = replicate_metrics(scripted(row, column))
    assert 0 <= m.mutual_cooperation[0] <= m.cooperation[:, 0].min() <= 1
    assert m.cycle_rounds[0] >= 3 * m.cycle_episodes[0]
    assert m.cycle_rounds[0] <= len(pairs)
    assert m.longest_cooperation[0] <= round(m.mutual_cooperation[0] * len(pairs))
