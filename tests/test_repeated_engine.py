"""The repeated-play engine: noise, misperception, lengths, determinism, known results."""

from __future__ import annotations

import numpy as np
import pytest

from sim.errors import InputError
from sim.repeated import MatchSettings, Payoffs, TrustModel, make_strategy, play_match

PD = Payoffs.dilemma(T=5, R=3, P=1, S=0)


def match(row, column, seed=0, payoffs=PD, **settings):
    return play_match(row, column, payoffs, MatchSettings(**settings), np.random.default_rng(seed))


def test_shapes_and_noiseless_semantics():
    result = match("tit_for_tat", "alternator", rounds=6, replicates=4)
    assert result.actual.shape == (2, 4, 6)
    np.testing.assert_array_equal(result.intended, result.actual)
    np.testing.assert_array_equal(result.observed[0], result.actual[1])
    np.testing.assert_array_equal(result.observed[1], result.actual[0])
    assert result.moves_string(2) == ("CCDCDC", "CDCDCD")
    # payoffs of the cells CC, CD, DC, CD, DC, CD for the row player: 3, 0, 5, 0, 5, 0
    np.testing.assert_array_equal(result.payoff[0, 0], [3, 0, 5, 0, 5, 0])
    np.testing.assert_array_equal(result.payoff[1, 0], [3, 5, 0, 5, 0, 5])


def test_noise_flips_actual_moves_at_its_rate():
    result = match("cooperator", "cooperator", rounds=200, replicates=500, noise=0.1)
    flipped = (result.actual != result.intended).mean()
    assert abs(flipped - 0.1) < 0.005
    assert not result.intended.any()


def test_full_noise_inverts_every_move():
    result = match("tit_for_tat", "defector", rounds=10, replicates=2, noise=1.0)
    np.testing.assert_array_equal(result.actual, ~result.intended)


def test_misperception_is_private_and_changes_only_what_is_seen():
    result = match("cooperator", "cooperator", rounds=200, replicates=500, misperception=0.2)
    assert not result.actual.any()
    seen_wrong = result.observed.mean(axis=(1, 2))
    assert np.all(np.abs(seen_wrong - 0.2) < 0.01)
    # each side's errors are its own: the two sides disagree about a round often
    disagree = (result.observed[0] != result.observed[1]).mean()
    assert abs(disagree - 2 * 0.2 * 0.8) < 0.01


def test_misperception_makes_histories_diverge():
    """Under misperception alone, two tit-for-tat players fall out of step."""
    result = match("tit_for_tat", "tit_for_tat", rounds=50, replicates=200, misperception=0.05)
    np.testing.assert_array_equal(result.actual, result.intended)
    assert result.actual.any()
    assert (result.observed[0] != result.actual[1]).any()


def test_same_seed_same_result_and_different_seed_different():
    one = match("generous_tit_for_tat", "random", seed=4, rounds=40, replicates=50, noise=0.05,
                misperception=0.05, continuation=0.97)
    two = match("generous_tit_for_tat", "random", seed=4, rounds=40, replicates=50, noise=0.05,
                misperception=0.05, continuation=0.97)
    other = match("generous_tit_for_tat", "random", seed=5, rounds=40, replicates=50,
                  noise=0.05, misperception=0.05, continuation=0.97)
    for name in ("intended", "actual", "observed", "payoff", "trust", "lengths"):
        np.testing.assert_array_equal(getattr(one, name), getattr(two, name))
    assert not np.array_equal(one.actual, other.actual)
    assert one.to_frame().equals(two.to_frame())


def test_continuation_probability_gives_geometric_lengths():
    result = match("cooperator", "cooperator", rounds=1000, replicates=4000, continuation=0.9)
    assert abs(result.lengths.mean() - 10) < 0.5
    assert result.lengths.min() >= 1
    assert np.all(result.payoff[0][~result.alive] == 0)
    np.testing.assert_array_equal(result.totals()[0], 3 * result.lengths)
    assert np.all(match("cooperator", "defector", rounds=5, replicates=3,
                        continuation=0.0).lengths == 1)


def test_discounted_totals():
    result = match("cooperator", "cooperator", rounds=10, discount=0.9)
    expected = 3 * (1 - 0.9**10) / (1 - 0.9)
    assert result.discounted_totals()[0, 0] == pytest.approx(expected)
    assert match("cooperator", "defector", rounds=10, discount=0.0).discounted_totals()[1, 0] == 5


def test_asymmetric_payoffs_keep_their_orientation():
    # Row gets 1..4 and column 10..40 in the cells (CC, CD, DC, DD).
    payoffs = Payoffs(row=np.array([[1, 2], [3, 4]]), column=np.array([[10, 20], [30, 40]]))
    result = match("defector", "cooperator", payoffs=payoffs, rounds=2)
    assert result.payoff[:, 0, 0].tolist() == [3, 30]
    result = match("cooperator", "defector", payoffs=payoffs, rounds=2)
    assert result.payoff[:, 0, 0].tolist() == [2, 20]


@pytest.mark.parametrize("bad,message", [
    ({"rounds": 0}, "rounds = 0 must be a whole number of at least 1"),
    ({"rounds": -5}, "rounds = -5"),
    ({"rounds": 10, "replicates": 0}, "replicates = 0"),
    ({"rounds": 10, "noise": 1.5}, "noise = 1.5 is out of range; allowed: 0.0 to 1.0"),
    ({"rounds": 10, "misperception": -0.1}, "misperception = -0.1 is out of range"),
    ({"rounds": 10, "continuation": 2.0}, "continuation probability"),
    ({"rounds": 10, "discount": 1.1}, "discount factor"),
    ({"rounds": 10**6, "replicates": 10**6}, "too large"),
])
def test_bad_settings_are_one_line_input_errors(bad, message):
    with pytest.raises(InputError, match=message):
        MatchSettings(**bad)


def test_bad_trust_and_shared_instances_are_refused():
    with pytest.raises(InputError, match="trust prior"):
        TrustModel(prior_row=1.2)
    gtft = make_strategy("tit_for_tat")
    with pytest.raises(InputError, match="separate strategy instances"):
        play_match(gtft, gtft, PD, MatchSettings(rounds=3), np.random.default_rng(0))


# Known results --------------------------------------------------------------------------

def test_tit_for_tat_echo_under_noise():
    """TFT against itself under noise spends equal time in CC, CD, DC, DD (Axelrod 1984;
    Molander 1985): mean payoff (R+S+T+P)/4 = 2.25 and mutual cooperation 1/4."""
    result = match("tit_for_tat", "tit_for_tat", rounds=3000, replicates=40, noise=0.05, seed=11)
    mean = result.payoff.mean()
    mutual = (~result.actual[0] & ~result.actual[1]).mean()
    assert abs(mean - (5 + 3 + 1 + 0) / 4) < 0.05
    assert abs(mutual - 0.25) < 0.02


@pytest.mark.parametrize("name", ["win_stay_lose_shift", "generous_tit_for_tat"])
def test_forgiving_strategies_recover_cooperation(name):
    """Under the same noise WSLS and GTFT keep cooperating (Nowak & Sigmund 1992, 1993)."""
    result = match(name, name, rounds=3000, replicates=40, noise=0.05, seed=11)
    tft = match("tit_for_tat", "tit_for_tat", rounds=3000, replicates=40, noise=0.05, seed=11)
    cooperation = (~result.actual).mean()
    assert cooperation > 0.8
    assert cooperation > (~tft.actual).mean() + 0.25


@pytest.mark.parametrize("T,R,P,S", [(5, 3, 1, 0), (7, 4, 2, 0), (4, 3, 0, -1)])
def test_grim_trigger_is_an_equilibrium_iff_delta_reaches_the_threshold(T, R, P, S):
    """Against a grudger, defecting pays T + δP/(1−δ) and cooperating R/(1−δ): cooperation
    is a best reply iff δ ≥ δ* = (T−R)/(T−P) (Friedman 1971)."""
    payoffs = Payoffs.dilemma(T=T, R=R, P=P, S=S)
    critical = (T - R) / (T - P)
    for delta in (critical - 0.05, critical - 0.01, critical + 0.01, critical + 0.05):
        cooperate = match("grudger", "grudger", payoffs=payoffs, rounds=600, discount=delta)
        deviate = match("defector", "grudger", payoffs=payoffs, rounds=600, discount=delta)
        gain = deviate.discounted_totals()[0, 0] - cooperate.discounted_totals()[0, 0]
        assert (gain <= 0) == (delta >= critical), (delta, gain)
