"""Hand-computed cases of the self-enforcement model (sim.sequencing.enforcement).

The two-step deal used throughout: the DPRK performs one step (cost c_K to it, value v_K to
the US) and the US one step (cost c_U, value v_U to the DPRK). With patience 1 and full
enforcement, a first mover that pays c for a reward v it gets only if the other honours
needs trust p with p * (v - c) - (1 - p) * (1 - r) * c >= 0, i.e. p >= (1-r) c / (v - r c)
(Kydd 2005's sequential trust game; reversibility r returns part of the cost).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from sim.sequencing import Agreement, Settings, Step, assess_order, min_trust_at
from sim.sequencing.enforcement import intervals, schedule_constraints
from sim.sequencing.orders import build_schedule

C_K, V_K, C_U, V_U = 6.0, 8.0, 5.0, 10.0
PATIENT = Settings(discount=1.0, duration=2.0, enforcement=1.0)


def deal(q_k: float = 1.0, r_k: float = 0.0, q_u: float = 1.0, r_u: float = 0.0) -> Agreement:
    return Agreement("two_step", (Step("dismantle", "KP", C_K, V_K, q_k, r_k),
                                  Step("relief", "US", C_U, V_U, q_u, r_u)))


def by_side(agreement: Agreement, order: str, settings: Settings = PATIENT) -> dict[str, float]:
    return assess_order(agreement, order, settings).min_trust_by_side


def test_denuclearisation_first_needs_the_trust_game_threshold():
    sides = by_side(deal(), "denuclearisation_first")
    assert sides["KP"] == pytest.approx(C_K / V_U)  # 0.6: the DPRK moves first
    assert sides["US"] == pytest.approx(0.0)  # the US moves last and is not exposed
    assert min_trust_at(deal(), "denuclearisation_first", PATIENT) == pytest.approx(0.6)


def test_security_first_moves_the_exposure_to_the_us():
    sides = by_side(deal(), "security_first")
    assert sides["US"] == pytest.approx(C_U / V_K)  # 5/8
    assert sides["KP"] == pytest.approx(0.0)


def test_reversibility_returns_part_of_the_stake():
    # p >= (1 - r) c / (v - r c) = 3 / 7 for r = 0.5
    assert by_side(deal(r_k=0.5), "denuclearisation_first")["KP"] == pytest.approx(3 / 7)


def test_weak_verification_raises_the_threshold_to_c_over_q_v():
    # No-cheating: q (p v - c) >= (1 - q) c  <=>  p >= c / (q v) = 6 / 8
    assert by_side(deal(q_k=0.8), "denuclearisation_first")["KP"] == pytest.approx(0.75)


def test_cheating_pays_iff_q_below_g_over_g_plus_f():
    # At trust p the DPRK's gain from cheating is G = c and its loss if caught F = p v - c.
    settings = PATIENT.with_changes(trust=0.9)
    gain, loss = C_K, 0.9 * V_U - C_K
    boundary = gain / (gain + loss)
    for q, pays in ((boundary - 0.01, True), (boundary + 0.01, False)):
        result = assess_order(deal(q_k=q), "denuclearisation_first", settings)
        assert result.self_enforcing is not pays
        if pays:
            assert result.first_failure is not None
            assert (result.first_failure.side, result.first_failure.reason) == ("KP", "cheat")


def test_impatience_discounts_the_reward_that_comes_later():
    # Two stages over two years: the reward arrives after one year, worth delta * v.
    settings = PATIENT.with_changes(discount=0.81)
    assert by_side(deal(), "denuclearisation_first", settings)["KP"] == pytest.approx(
        C_K / (V_U * 0.81))


def test_package_deal_exposes_both_sides_at_once():
    sides = by_side(deal(), "package_deal")
    assert sides["KP"] == pytest.approx(C_K / V_U)
    assert sides["US"] == pytest.approx(C_U / V_K)
    assert min_trust_at(deal(), "package_deal", PATIENT) == pytest.approx(0.625)


@pytest.mark.parametrize("k", [1, 2, 4, 10])
def test_action_for_action_threshold_in_closed_form(k):
    # First phase binds: p >= C / ((V - C) k + C) with patience 1.
    sides = by_side(deal(), "action_for_action", PATIENT.with_changes(phases=k))
    assert sides["KP"] == pytest.approx(C_K / ((V_U - C_K) * k + C_K))
    assert sides["US"] == pytest.approx(C_U / ((V_K - C_U) * k + C_U))


def test_a_side_that_loses_from_the_deal_never_enforces_it():
    losing = Agreement("bad", (Step("dismantle", "KP", 12, 8, 1, 0), Step("relief", "US", 5, 10, 1, 0)))
    result = assess_order(losing, "package_deal", PATIENT.with_changes(trust=1.0))
    assert math.isnan(result.min_trust_by_side["KP"])
    assert math.isnan(result.min_trust)
    assert not result.self_enforcing


def test_without_enforcement_the_last_mover_holds_up():
    # psi = 0: after the DPRK's irreversible step the US keeps its value (8) by walking,
    # against 8 - 5 = 3 for honouring: no trust level helps (Fearon's commitment problem).
    held_up = PATIENT.with_changes(enforcement=0.0, trust=1.0)
    result = assess_order(deal(), "denuclearisation_first", held_up)
    assert math.isnan(result.min_trust_by_side["US"])
    assert result.first_failure is not None and result.first_failure.side == "US"
    # Honouring beats walking once a violator forfeits at least 5/8 of what it received.
    for psi, ok in ((0.6, False), (0.65, True)):
        verdict = assess_order(deal(), "denuclearisation_first", held_up.with_changes(enforcement=psi))
        assert math.isnan(verdict.min_trust_by_side["US"]) is not ok


def test_trust_interval_is_closed_at_its_lower_end():
    agreement = deal()
    schedule = build_schedule(agreement, "denuclearisation_first", duration=2.0)
    cons = schedule_constraints(agreement, schedule.fractions, schedule.times, 1.0)
    spans = intervals(cons, "all")
    assert bool(spans.holds(0.6)) and not bool(spans.holds(0.59))
    assert float(spans.high) == pytest.approx(1.0)


def test_stage_intervals_name_the_binding_stage():
    result = assess_order(deal(), "denuclearisation_first", PATIENT.with_changes(trust=0.5))
    assert result.first_failure is not None
    assert (result.first_failure.stage, result.first_failure.side) == (0, "KP")
    assert result.stages.low[0, 1] == pytest.approx(0.6)  # stage 0, DPRK
    assert not result.constraints.walk_active[0, 0]  # the US does not move at stage 0


def test_constraints_broadcast_over_a_grid_of_discounts():
    agreement = deal()
    schedule = build_schedule(agreement, "denuclearisation_first", duration=2.0)
    deltas = np.array([1.0, 0.81, 0.7, 0.5])
    cons = schedule_constraints(agreement, schedule.fractions, schedule.times, deltas)
    needed = C_K / (V_U * deltas)  # above 1 at delta = 0.5: no trust suffices
    np.testing.assert_allclose(intervals(cons, "all").min_trust,
                               np.where(needed <= 1, needed, np.nan))
