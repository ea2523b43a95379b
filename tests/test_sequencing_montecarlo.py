"""The implementation Monte Carlo (sim.sequencing.montecarlo): limits, noise, determinism."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sim.sequencing import ORDERS, Agreement, Settings, Step, analyse, assess_order
from sim.sequencing.analysis import simulate_order
from sim.sequencing.montecarlo import OUTCOMES, simulate

QUIET = dict(hostile_share=0.0, false_alarm=0.0)


def deal(q_k: float = 1.0) -> Agreement:
    return Agreement("demo", (
        Step("freeze", "KP", 4, 6, q_k, 0.5), Step("dismantle", "KP", 6, 8, q_k, 0.0),
        Step("aid", "US", 3, 5, 1.0, 0.0), Step("relief", "US", 5, 9, 1.0, 0.6),
    ))


def run_order(agreement: Agreement, order: str, knobs: Settings, hostile: np.ndarray,
              seed: int = 0):
    """The per-run arrays of one order, for checks the summary does not keep."""
    result = assess_order(agreement, order, knobs)
    a = agreement.with_verification(knobs.verification)
    arrays = {"cost": a.cost, "value": a.value, "reversibility": a.reversibility,
              "verification": a.verification, "side": a.mover_index.astype(float)}
    weights = np.power(knobs.discount, result.schedule.times)
    runs = simulate(result.constraints, result.plan, result.schedule.fractions, weights,
                    arrays, hostile, np.random.default_rng(seed), knobs.false_alarm,
                    knobs.enforcement)
    return result, runs


@settings(max_examples=40, deadline=None)
@given(st.floats(0.0, 1.0), st.floats(0.3, 1.0), st.floats(0.0, 1.0), st.floats(0.0, 1.0),
       st.sampled_from(ORDERS))
def test_without_noise_runs_follow_the_analytic_verdict(trust, delta, q, psi, order):
    knobs = Settings(trust=trust, discount=delta, enforcement=psi, runs=40, **QUIET)
    agreement = deal(q_k=q)
    result, runs = run_order(agreement, order, knobs, np.zeros((40, 2), dtype=bool))
    failure = result.first_failure
    if result.self_enforcing:
        assert failure is None
        assert np.all(runs.outcome == 0) and np.all(runs.first_violation == -1)
        np.testing.assert_allclose(runs.payoff, np.broadcast_to(result.constraints.complete,
                                                                runs.payoff.shape))
        return
    assert failure is not None
    assert np.all(runs.first_violation == failure.stage)
    if failure.reason == "walk":
        assert np.all(runs.break_stage == failure.stage)
        label = OUTCOMES.index(f"{failure.side}_walked")
        assert np.all(np.isin(runs.outcome, [label, OUTCOMES.index("both_broke")]))


def test_a_walk_away_breaks_every_run_at_the_named_stage():
    knobs = Settings(trust=0.1, discount=1.0, runs=200, **QUIET)
    result, runs = run_order(deal(), "security_first", knobs, np.zeros((200, 2), dtype=bool))
    assert result.first_failure is not None and result.first_failure.reason == "walk"
    assert np.all(runs.break_stage == result.first_failure.stage)
    assert np.all(runs.outcome == OUTCOMES.index("US_walked"))
    assert np.all(runs.payoff == 0.0)  # nothing was handed over


def test_a_cheater_is_caught_as_often_as_verification_says():
    # A hostile DPRK claims its steps; the freeze (its first move) is checked with q = 0.7.
    knobs = Settings(trust=1.0, discount=1.0, runs=4000, **QUIET)
    hostile = np.zeros((4000, 2), dtype=bool)
    hostile[:, 1] = True
    _, runs = run_order(deal(q_k=0.7), "denuclearisation_first", knobs, hostile, seed=3)
    tolerance = 4 * np.sqrt(0.25 / 4000)
    assert np.mean(runs.break_stage == 0) == pytest.approx(0.7, abs=tolerance)
    assert np.mean(runs.break_stage == 1) == pytest.approx(0.3 * 0.7, abs=tolerance)
    # Missed twice: the agreement "completes" with nothing real from the DPRK.
    hollow = runs.undetected_cheating & (runs.outcome == 0)
    assert np.mean(hollow) == pytest.approx(0.3 * 0.3, abs=tolerance)
    assert np.all(runs.payoff[hollow, 0] < 0)  # the US paid for steps it never got
    assert np.all(runs.outcome[runs.break_stage >= 0] == OUTCOMES.index("KP_caught"))


def test_false_alarms_alone_end_runs_at_the_binomial_rate():
    knobs = Settings(trust=1.0, verification=1.0, discount=1.0, hostile_share=0.0,
                     false_alarm=0.2, runs=4000)
    summary = analyse(deal(), knobs, orders=["package_deal"], seed=5).montecarlo["package_deal"]
    expected = 0.8 ** 4  # four honest steps, each misread with probability 0.2
    assert summary.completion_rate == pytest.approx(expected, abs=4 * np.sqrt(0.25 / 4000))
    assert summary.outcomes["false_alarm"] + summary.outcomes["both_broke"] == pytest.approx(
        1 - summary.completion_rate)


def test_false_alarms_do_not_multiply_with_the_number_of_phases():
    base = Settings(trust=1.0, verification=1.0, discount=1.0, hostile_share=0.0,
                    false_alarm=0.2, runs=4000)
    rates = [analyse(deal(), base.with_changes(phases=k), ["action_for_action"], seed=k)
             .montecarlo["action_for_action"].completion_rate for k in (1, 8)]
    assert rates[0] == pytest.approx(rates[1], abs=0.05)


def test_all_hostile_parties_never_complete():
    knobs = Settings(trust=0.9, hostile_share=1.0, runs=300)
    summaries = analyse(deal(q_k=0.5), knobs, seed=1).montecarlo
    assert all(s.completion_rate == 0.0 for s in summaries.values())


def test_outcome_shares_sum_to_one_and_break_stages_match():
    summary = analyse(deal(q_k=0.6), Settings(trust=0.5, runs=500), seed=2).montecarlo
    for order, s in summary.items():
        assert sum(s.outcomes.values()) == pytest.approx(1.0), order
        assert sum(s.break_stages) == pytest.approx(1.0 - s.completion_rate), order
        assert 0.0 <= s.mean_steps_completed <= s.steps


def test_same_seed_same_numbers_and_another_seed_differs():
    knobs = Settings(trust=0.5, false_alarm=0.05, runs=500)
    first, again = (analyse(deal(q_k=0.6), knobs, seed=11) for _ in range(2))
    other = analyse(deal(q_k=0.6), knobs, seed=12)
    assert first.montecarlo == again.montecarlo
    assert first.montecarlo != other.montecarlo


def test_every_order_faces_the_same_parties():
    # Types are drawn once per seed: the share of runs with a hostile party is common.
    knobs = Settings(trust=0.5, hostile_share=0.5, runs=2000)
    a = analyse(deal(), knobs, seed=4)
    hostile = np.random.default_rng(np.random.SeedSequence(4).spawn(1 + len(ORDERS))[0])
    both_good = np.mean(~(hostile.random((2000, 2)) < 0.5).any(axis=1))
    for order, s in a.montecarlo.items():
        if a.results[order].self_enforcing:
            assert s.completion_rate <= both_good + 1e-12


def test_simulate_order_agrees_with_analyse():
    knobs = Settings(trust=0.6, runs=300)
    a = analyse(deal(), knobs, orders=["action_for_action"], seed=9)
    child = np.random.SeedSequence(9).spawn(2)
    hostile = np.random.default_rng(child[0]).random((300, 2)) < knobs.hostile
    again = simulate_order(a.results["action_for_action"], deal(), knobs, hostile,
                           np.random.default_rng(child[1]))
    assert again == a.montecarlo["action_for_action"]
