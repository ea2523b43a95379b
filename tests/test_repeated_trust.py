"""Kydd's Bayesian trust: hand-computed updates, laws, and the trajectory in results."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sim.repeated import MatchSettings, Payoffs, TrustModel, play_match
from sim.repeated.trust import (
    MIN_DERIVED_ERROR,
    belief,
    log_odds,
    trajectory,
    update_belief,
)


def bayes(prior, observed_defect, e, h):
    like_t = e if observed_defect else 1 - e
    like_h = h if observed_defect else 1 - h
    return prior * like_t / (prior * like_t + (1 - prior) * like_h)


def test_one_update_by_hand():
    # prior 0.5, e = 0.1, h = 0.6: after D, 0.05 / (0.05 + 0.3) = 1/7; after C,
    # 0.45 / (0.45 + 0.2) = 9/13
    model = TrustModel(error_rate=0.1, hostile_rate=0.6)
    inc = model.increments(0.1)
    odds = np.array([0.0, 0.0])
    new = belief(update_belief(odds, np.array([True, False]), inc))
    assert new == pytest.approx([1 / 7, 9 / 13])


def test_derived_error_rate():
    model = TrustModel()
    assert model.resolved_error(0.1, 0.0) == pytest.approx(0.1)
    assert model.resolved_error(0.1, 0.2) == pytest.approx(0.1 + 0.2 - 2 * 0.02)
    assert model.resolved_error(0.0, 0.0) == MIN_DERIVED_ERROR
    assert TrustModel(error_rate=0.0).resolved_error(0.3, 0.3) == 0.0


def test_certain_beliefs_do_not_move_and_impossible_evidence_is_decisive():
    model = TrustModel(error_rate=0.0, hostile_rate=0.5)
    inc = model.increments(0.0)
    odds = np.array([log_odds(1.0), log_odds(0.5), log_odds(0.0)])
    after = belief(update_belief(odds, np.array([True, True, False]), inc))
    assert after.tolist() == [1.0, 0.0, 0.0]


@settings(max_examples=60, deadline=None)
# 1 / 2.2e-311 overflows: the log-likelihood ratio must not be computed from the ratio
@example(prior=2.225073858507e-311, e=1.0, h=2.225073858507e-311, moves=[True])
@given(
    prior=st.floats(0.0, 1.0), e=st.floats(0.0, 1.0), h=st.floats(0.0, 1.0),
    moves=st.lists(st.booleans(), min_size=1, max_size=25),
)
def test_matches_bayes_rule_and_stays_a_probability(prior, e, h, moves):
    model = TrustModel(prior_row=prior, prior_column=prior, error_rate=e, hostile_rate=h)
    observed = np.array(moves)[None, None, :].repeat(2, axis=0)
    trust = belief(trajectory(observed, (log_odds(prior),) * 2, model.increments(e)))
    assert np.all((trust >= 0) & (trust <= 1))
    direct = prior
    for t, move in enumerate(moves):
        denominator = (direct * (e if move else 1 - e)
                       + (1 - direct) * (h if move else 1 - h))
        if denominator > 0 and 0 < direct < 1:
            direct = bayes(direct, move, e, h)
            assert trust[0, 0, t] == pytest.approx(direct, abs=1e-6)


def test_cumulative_and_round_by_round_agree_exactly():
    rng = np.random.default_rng(1)
    observed = rng.random((2, 30, 12)) < 0.3
    inc = TrustModel(error_rate=0.05, hostile_rate=0.6).increments(0.05)
    prior = (log_odds(0.3), log_odds(0.7))
    fast = trajectory(observed, prior, inc)
    for side in (0, 1):
        odds = np.full(30, prior[side])
        for t in range(12):
            odds = update_belief(odds, observed[side, :, t], inc)
            np.testing.assert_array_equal(fast[side, :, t], odds)


def test_every_result_carries_the_trajectory():
    trust = TrustModel(prior_row=0.6, prior_column=0.4, error_rate=0.05, hostile_rate=0.5)
    result = play_match("cooperator", "defector", Payoffs.dilemma(),
                        MatchSettings(rounds=5, replicates=2, trust=trust),
                        np.random.default_rng(0))
    assert result.trust.shape == (2, 2, 5)
    assert result.trust_prior == pytest.approx((0.6, 0.4))
    # the US watches a defector: trust falls; the DPRK watches a cooperator: trust rises
    assert np.all(np.diff(result.trust[0, 0]) < 0)
    assert np.all(np.diff(result.trust[1, 0]) > 0)
    expected = 0.6
    for t in range(5):
        expected = bayes(expected, True, 0.05, 0.5)
        assert result.trust[0, 0, t] == pytest.approx(expected)


def test_live_trust_equals_the_computed_trajectory():
    """A trust-reading strategy gets the same beliefs the result reports."""
    settings_ = MatchSettings(rounds=40, replicates=30, noise=0.1,
                              trust=TrustModel(prior_row=0.7, prior_column=0.7))
    live = play_match("trust_threshold", "random", Payoffs.dilemma(), settings_,
                      np.random.default_rng(2))
    assert live.live_trust_odds is not None
    computed = trajectory(live.observed, live.prior_odds, live.trust_increments)
    np.testing.assert_allclose(np.asarray(live.live_trust_odds), computed, rtol=0, atol=1e-12)
    assert math.isclose(live.trust_prior[0], 0.7)
