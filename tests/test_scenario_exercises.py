"""The classroom exercises that cut across the models show what their teaching notes say."""

from __future__ import annotations

import math

import pytest

from sim.experiments import run_ensemble
from sim.experiments.executors import SerialExecutor
from sim.experiments.paths import set_values
from sim.games import build_game
from sim.games.classify import classify
from sim.io import SCENARIO_DIR, load_scenario
from sim.sequencing import Settings, assess_order, pick_agreement

LADDER = load_scenario(SCENARIO_DIR / "trust_building_ladder.yaml")
DILEMMA = load_scenario(SCENARIO_DIR / "exercises_security_dilemma.yaml")
EXERCISES = ["leaky_sanctions", "trust_building_ladder", "administration_change",
             "exercises_security_dilemma"]


@pytest.mark.parametrize("scenario_id", EXERCISES)
def test_exercise_is_complete_in_both_languages(scenario_id):
    scenario = load_scenario(SCENARIO_DIR / f"{scenario_id}.yaml")
    assert scenario.era == "classroom"
    texts = [scenario.title, scenario.description, scenario.teaching_notes, *scenario.questions]
    assert all(t.en.strip() and t.zh.strip() and t.en != t.zh for t in texts)
    assert len(scenario.questions) >= 4
    kinds = {r.kind for r in scenario.references}
    assert {"seed", "timeline"} <= kinds
    assert all(r.date for r in scenario.references if r.kind == "timeline")


def ladder_min_trust(order: str, **changes: float) -> float:
    params = LADDER.parameters
    settings = Settings.from_params(params).with_changes(**changes)
    return assess_order(pick_agreement(params), order, settings).min_trust


def test_slicing_the_ladder_never_raises_the_trust_it_needs():
    needs = [ladder_min_trust("action_for_action", phases=k) for k in (2, 3, 4, 6, 8, 12, 24)]
    assert needs == sorted(needs, reverse=True)
    assert needs[0] > 0.5 > 0.1 > needs[-1]
    assert math.isnan(ladder_min_trust("action_for_action", phases=1))
    assert math.isnan(ladder_min_trust("package_deal"))


def test_the_ladder_crosses_the_scenarios_trust_between_four_and_six_phases():
    trust = LADDER.parameters.trust
    assert ladder_min_trust("action_for_action", phases=4) > trust > ladder_min_trust(
        "action_for_action", phases=6)
    for order in ("denuclearisation_first", "security_first"):
        assert ladder_min_trust(order) > trust


def test_the_security_dilemma_is_a_stag_hunt():
    assert classify(build_game(DILEMMA.parameters.game)).id == "stag_hunt"


def mutual_cooperation(**values: object) -> float:
    scenario = set_values(DILEMMA, values) if values else DILEMMA
    summary = run_ensemble(scenario, 400, seed=5, executor=SerialExecutor()).summary_dict()
    return summary["mutual_cooperation"]["mean"]


def test_a_stronger_exercise_link_means_less_cooperation():
    shares = [mutual_cooperation(misperception=m) for m in (0.0, 0.1, 0.2)]
    assert shares[0] > 0.9 > shares[1] > shares[2]


def test_discounting_misreadings_restores_cooperation():
    assert mutual_cooperation(**{"trust.error_rate": None}) > mutual_cooperation() + 0.1
