"""State equations, trust updates, staged agreements and the schedule, by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sim.io import SCENARIO_DIR, load_scenario
from sim.sixparty import dynamics as dyn
from sim.sixparty import trust as tr
from sim.sixparty.agreements import COMPREHENSIVE, FREEZE, Agreement
from sim.sixparty.calibrate import with_values
from sim.sixparty.proposals import BILATERAL, SIX_PARTY, ProposalTable, weighted_positions
from sim.sixparty.schedule import SEASON, compile_schedule

unit = st.floats(0.0, 1.0)


def test_poisson_inverse_by_hand():
    assert dyn.poisson_inverse(0.0, 0.99) == 0
    assert dyn.poisson_inverse(1.0, 0.30) == 0  # P(0) = e^-1 = 0.368
    assert dyn.poisson_inverse(1.0, 0.50) == 1  # P(<=1) = 0.736
    assert dyn.poisson_inverse(1.0, 0.90) == 2  # P(<=2) = 0.920


def test_poisson_inverse_has_the_right_mean():
    u = np.random.default_rng(3).random(20_000)
    draws = [dyn.poisson_inverse(2.5, float(x)) for x in u]
    assert abs(np.mean(draws) - 2.5) < 0.05
    assert abs(np.var(draws) - 2.5) < 0.1


def test_effective_sanctions_by_hand():
    # UNSC 0.5 at 60 % enforcement, unilateral 0.4 by parties with 10 % of trade, reach 0.5.
    value = dyn.effective_sanctions(0.5, 0.4, 0.6, 0.1, 0.5)
    assert value == pytest.approx(0.5 * 0.6 + 0.4 * (0.1 + 0.5 * 0.9))
    assert dyn.effective_sanctions(1.0, 1.0, 1.0, 1.0, 1.0) == 1.0


@given(unit, unit, unit, unit, unit)
def test_effective_sanctions_rise_with_enforcement(unsc, unilateral, low, share, reach):
    high = min(1.0, low + 0.2)
    a = dyn.effective_sanctions(unsc, unilateral, low, share, reach)
    b = dyn.effective_sanctions(unsc, unilateral, high, share, reach)
    assert 0.0 <= a <= b <= 1.0


def test_economy_and_capability_by_hand():
    assert dyn.economy_next(0.8, 0.5, 0.0, 0.1, 0.06) == pytest.approx(0.8 + 0.02 - 0.03)
    assert dyn.economy_next(0.0, 1.0, 0.0, 0.0, 0.5) == 0.0
    # Step-wise capability: a nuclear test is a step, growth stops under a freeze.
    c = dyn.capability_next(0.5, False, 0.01, 1, 2, 0.1, 0.01)
    assert c == pytest.approx(0.5 + (0.01 + 0.1 + 0.02) * 0.5)
    assert dyn.capability_next(0.5, True, 0.01, 0, 0, 0.1, 0.01) == 0.5


@given(unit, unit, st.floats(0, 3), st.floats(0, 3))
def test_tension_stays_in_unit_interval(x, decay, rises, falls):
    assert 0.0 <= dyn.tension_next(x, decay, rises, falls) <= 1.0


def matrix(value: float = 0.5) -> list[list[float]]:
    return [[0.0 if i == j else value for j in range(6)] for i in range(6)]


def test_tests_lower_trust_in_the_dprk_only():
    trust = matrix()
    tr.after_tests(trust, 1, 0, 0.2)
    assert [trust[i][1] for i in (0, 2, 3, 4, 5)] == [0.4] * 5
    assert trust[1][0] == 0.5 and trust[0][2] == 0.5


def test_sanctions_distrust_and_its_zero_setting():
    trust = matrix()
    tr.after_sanctions(trust, 1, [4], 0.2)
    assert trust[1][0] == pytest.approx(0.4) and trust[1][3] == pytest.approx(0.45)
    assert trust[1][4] == pytest.approx(0.5 * 0.8 * 0.8)
    untouched = matrix()
    tr.after_sanctions(untouched, 1, [0, 2, 4], 0.0)
    assert untouched == matrix()


def test_talks_breach_and_reversion():
    trust = matrix(0.2)
    tr.after_talks(trust, BILATERAL, 0.5)
    assert trust[0][1] == pytest.approx(0.6) and trust[1][0] == pytest.approx(0.6)
    assert trust[3][1] == pytest.approx(0.2)
    tr.after_breach(trust, 1, 0.5)
    assert trust[0][1] == pytest.approx(0.3) and trust[3][1] == pytest.approx(0.1)
    start = matrix(0.2)
    tr.revert(trust, start, 1.0)
    assert trust == start


def test_staged_agreement_runs_through_its_stages():
    deal = Agreement(kind=COMPREHENSIVE, made=0, six_party=True)
    due = [deal.tick(2) for _ in range(2)]
    assert due == [False, True]
    assert deal.finish_stage() == ("freeze", "energy_aid")
    for _ in range(2):
        deal.tick(2)
    assert deal.finish_stage() == ("disable_and_declare", "sanctions_relief")
    deal.tick(2), deal.tick(2)
    assert deal.finish_stage() == ("dismantle", "security_guarantee")
    assert deal.completed and not deal.tick(2)


def test_freeze_deal_repeats_its_one_stage():
    deal = Agreement(kind=FREEZE, made=0, six_party=False)
    for _ in range(3):
        deal.tick(1)
        assert deal.finish_stage() == ("freeze", "energy_aid")
    assert not deal.completed and deal.freezes


def test_weighted_positions_by_hand():
    deal = weighted_positions([(100.0, 0.0), (0.0, 50.0)], [(1.0, 1.0), (1.0, 0.0)], [3.0, 1.0])
    assert deal == pytest.approx((75.0, 0.0))  # issue 2: only the first party weighs it
    table = ProposalTable([(100.0,), (0.0,), (50.0,)], [(1.0,), (1.0,), (1.0,)], [1.0, 1.0, 2.0])
    assert table.deal(BILATERAL, 0.0) == pytest.approx((50.0,))
    assert table.deal(BILATERAL, 2.0) == pytest.approx((25.0,))  # DPRK leverage pulls it
    assert table.deal(SIX_PARTY, 0.0) == pytest.approx((50.0,))


def test_schedule_compiles_postures_exercises_and_elections():
    params = load_scenario(SCENARIO_DIR / "history_1993_2024.yaml").parameters
    compiled = compile_schedule(params)
    assert len(compiled.labels) == 128 and compiled.labels[0] == "1993Q1"
    assert compiled.labels[-1] == "2024Q4" and compiled.years[4] == 1994
    step_2017 = compiled.labels.index("2017Q1")
    assert compiled.election[step_2017] == 1.0
    assert any(c.field == "posture" and c.value == "maximum_pressure"
               for c in compiled.changes[step_2017])
    # Exercises follow the allied calendar, scaled by the schedule (suspended after 2018Q3).
    assert compiled.exercise[0] == pytest.approx(SEASON[0] * 1.0)
    assert compiled.exercise[compiled.labels.index("2019Q1")] < compiled.exercise[0]


def test_events_past_the_horizon_are_ignored():
    params = load_scenario(SCENARIO_DIR / "history_1993_2024.yaml").parameters
    short = compile_schedule(with_values(params, {"horizon": 8}))
    # The US and ROK inaugurations of 1993Q1 share one quarter: the trigger is a flag.
    assert len(short.changes) == 8 and math.isclose(sum(short.election), 1.0)
    assert sum(len(c) for c in short.changes) == 1  # only the 1994Q4 posture change
