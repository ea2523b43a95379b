"""Round-robin tournaments: hand-checked payoffs, layout, determinism, bad input."""

from __future__ import annotations

import numpy as np
import pytest

from sim.errors import InputError
from sim.repeated import MatchSettings, Payoffs, play_match
from sim.repeated.tournament import CLASSIC_EIGHT, entrant_label, round_robin

PD = Payoffs.dilemma()


def test_noiseless_payoff_matrix_by_hand():
    result = round_robin(["cooperator", "defector", "tit_for_tat"], PD,
                         MatchSettings(rounds=10, replicates=3), np.random.default_rng(0))
    # per-round payoffs over 10 rounds: TFT vs defector loses once (0) then gets P = 1
    expected = np.array([
        [3.0, 0.0, 3.0],
        [5.0, 1.0, (5 + 9 * 1) / 10],
        [3.0, 0.9, 3.0],
    ])
    np.testing.assert_allclose(result.payoff_matrix, expected)
    assert result.scores == pytest.approx(expected.mean(axis=1))
    # scores: cooperator 2, defector (5 + 1 + 1.4)/3 ≈ 2.47, tit for tat 6.9/3 = 2.3
    assert result.ranking == ("defector", "tit_for_tat", "cooperator")
    assert result.cooperation_matrix[2, 1] == pytest.approx(0.1)


def test_each_pairing_equals_the_same_match_played_alone():
    """Running pairings side by side changes no noiseless match."""
    entrants = ["grudger", "alternator", "detective", "win_stay_lose_shift"]
    result = round_robin(entrants, PD, MatchSettings(rounds=25, replicates=2),
                         np.random.default_rng(0))
    for i, a in enumerate(entrants):
        for j, b in enumerate(entrants):
            alone = play_match(a, b, PD, MatchSettings(rounds=25), np.random.default_rng(0))
            per_round = alone.totals()[:, 0] / 25
            expected = per_round.mean() if i == j else per_round[0]
            assert result.payoff_matrix[i, j] == pytest.approx(expected)


def test_seeded_noisy_tournament_is_reproducible_and_ranked():
    settings = MatchSettings(rounds=50, replicates=10, noise=0.05)
    one = round_robin(CLASSIC_EIGHT, PD, settings, np.random.default_rng(7))
    two = round_robin(CLASSIC_EIGHT, PD, settings, np.random.default_rng(7))
    three = round_robin(CLASSIC_EIGHT, PD, settings, np.random.default_rng(8))
    np.testing.assert_array_equal(one.payoff_matrix, two.payoff_matrix)
    assert not np.array_equal(one.payoff_matrix, three.payoff_matrix)
    frame = one.ranking_frame()
    assert frame["rank"].tolist() == list(range(1, 9))
    assert frame.score.is_monotonic_decreasing
    assert np.all(frame.ci_low <= frame.score) and np.all(frame.score <= frame.ci_high)
    assert one.scores_by_repetition.shape == (8, 10)


def test_entrants_with_parameters():
    entrants = [("random", {"p": 1.0}), ("random", {"p": 0.0})]
    assert [entrant_label(e) for e in entrants] == ["random(p=1)", "random(p=0)"]
    result = round_robin(entrants, PD, MatchSettings(rounds=4), np.random.default_rng(0))
    assert result.payoff_matrix.tolist() == [[3.0, 0.0], [5.0, 1.0]]


def test_bad_entrant_lists():
    settings = MatchSettings(rounds=4)
    with pytest.raises(InputError, match="at least 2"):
        round_robin(["grudger"], PD, settings, np.random.default_rng(0))
    with pytest.raises(InputError, match="listed twice"):
        round_robin(["grudger", "grudger"], PD, settings, np.random.default_rng(0))
    with pytest.raises(InputError, match="unknown strategy"):
        round_robin(["grudger", "nobody"], PD, settings, np.random.default_rng(0))
