"""The bundled sequencing scenarios load, run, and say what their teaching notes say."""

from __future__ import annotations

import math

import pytest

from sim.io import SCENARIO_DIR, load_scenario
from sim.sequencing import Settings, analyse, assess_order, pick_agreement, trust_phase_map

IDS = ["agreed_framework_1994", "six_party_2005_2007", "leap_day_2012", "hanoi_2019"]


def scenario_setup(scenario_id: str, agreement: str | None = None):
    params = load_scenario(SCENARIO_DIR / f"{scenario_id}.yaml").parameters
    return pick_agreement(params, agreement), Settings.from_params(params)


def needs(scenario_id: str, order: str, agreement: str | None = None, **changes) -> dict:
    deal, knobs = scenario_setup(scenario_id, agreement)
    result = assess_order(deal, order, knobs.with_changes(**changes))
    return {"all": result.min_trust, **result.min_trust_by_side, "ok": result.self_enforcing,
            "failure": result.first_failure}


@pytest.mark.parametrize("scenario_id", IDS)
def test_every_agreement_of_every_scenario_runs(scenario_id):
    params = load_scenario(SCENARIO_DIR / f"{scenario_id}.yaml").parameters
    assert params.agreements and params.runs > 0
    for spec in params.agreements:
        deal, knobs = scenario_setup(scenario_id, spec.id)
        result = analyse(deal, knobs.with_changes(runs=100), seed=0)
        assert set(result.montecarlo) == set(result.results)
        for order, mc in result.montecarlo.items():
            assert 0.0 <= mc.mean_steps_completed <= mc.steps, order


def test_agreed_framework_as_written_binds_at_its_first_stage():
    written = needs("agreed_framework_1994", "as_agreed")
    assert written["ok"] and written["all"] == pytest.approx(0.5, abs=0.05)
    assert written["KP"] == pytest.approx(0.2, abs=0.05)
    for order in ("denuclearisation_first", "security_first"):
        assert math.isnan(needs("agreed_framework_1994", order)["all"])
    assert needs("agreed_framework_1994", "package_deal")["all"] > 0.9


def test_agreed_framework_hides_some_violations():
    deal, knobs = scenario_setup("agreed_framework_1994")
    mc = analyse(deal, knobs, orders=["as_agreed"], seed=0).montecarlo["as_agreed"]
    assert 0.2 < mc.completion_rate < 0.45
    assert 0.0 < mc.hollow_completions < 0.05
    assert mc.break_stages[0] == max(mc.break_stages)


def test_funds_first_works_in_2007_and_shutdown_first_does_not():
    ia = "initial_actions_2007"
    assert needs("six_party_2005_2007", "denuclearisation_first", ia)["KP"] == pytest.approx(
        0.6, abs=0.05)
    assert needs("six_party_2005_2007", "security_first", ia)["US"] == pytest.approx(0.24, abs=0.02)
    assert needs("six_party_2005_2007", "action_for_action", ia)["all"] == pytest.approx(
        0.2, abs=0.03)
    assert needs("six_party_2005_2007", "package_deal", ia)["all"] == pytest.approx(0.9, abs=0.03)
    assert needs("six_party_2005_2007", "security_first", ia)["ok"]
    assert not needs("six_party_2005_2007", "denuclearisation_first", ia)["ok"]


def test_road_map_breaks_at_the_declaration():
    written = needs("six_party_2005_2007", "as_agreed")
    failure = written["failure"]
    assert (failure.stage, failure.side, failure.reason) == (1, "KP", "cheat")
    assert "declaration" in failure.steps
    assert written["all"] == pytest.approx(0.8, abs=0.03)


def test_leap_day_needs_little_trust_but_rarely_completes():
    assert needs("leap_day_2012", "action_for_action")["all"] < 0.1
    assert needs("leap_day_2012", "denuclearisation_first")["all"] == 0.0
    deal, knobs = scenario_setup("leap_day_2012")
    noisy = analyse(deal, knobs, orders=["action_for_action"], seed=0).montecarlo
    assert noisy["action_for_action"].completion_rate < 0.1
    assert noisy["action_for_action"].outcomes["false_alarm"] > 0.05
    quiet = analyse(deal, knobs.with_changes(hostile_share=0.0, false_alarm=0.0, runs=300),
                    orders=["action_for_action"], seed=0).montecarlo
    assert quiet["action_for_action"].completion_rate == 1.0


def test_hanoi_neither_proposal_clears_at_the_trust_of_2019():
    for agreement in ("big_deal", "yongbyon_for_relief"):
        deal, knobs = scenario_setup("hanoi_2019", agreement)
        result = analyse(deal, knobs, montecarlo=False)
        assert not any(r.self_enforcing for r in result.results.values())
    assert math.isnan(needs("hanoi_2019", "denuclearisation_first")["all"])
    assert needs("hanoi_2019", "security_first")["US"] == pytest.approx(0.5, abs=0.05)
    assert needs("hanoi_2019", "action_for_action")["KP"] == pytest.approx(0.7, abs=0.03)
    offer = "yongbyon_for_relief"
    phased = needs("hanoi_2019", "action_for_action", offer)
    assert 0.4 < phased["KP"] < phased["US"] < 0.5
    assert needs("hanoi_2019", "security_first", offer)["US"] == pytest.approx(0.83, abs=0.03)
    assert needs("hanoi_2019", "denuclearisation_first", offer)["KP"] == pytest.approx(
        0.88, abs=0.03)


def test_hanoi_phases_needed_at_the_trust_of_2019():
    deal, knobs = scenario_setup("hanoi_2019", "big_deal")
    big = trust_phase_map(deal, knobs, max_phases=20).min_trust
    assert big[9] > 0.3 > big[14]  # ten phases are too few, fifteen enough
    deal, knobs = scenario_setup("hanoi_2019", "yongbyon_for_relief")
    offer = trust_phase_map(deal, knobs, max_phases=8).min_trust
    assert offer[5] == pytest.approx(0.3, abs=0.01) and offer[4] > 0.3
