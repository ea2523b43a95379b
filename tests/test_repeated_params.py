"""The ``repeated`` scenario kind: its parameter block, validation and scenario files."""

from __future__ import annotations

import copy

import pytest
import yaml

from sim.errors import InputError
from sim.io import load_scenario, parse_scenario_text
from sim.repeated.params import RepeatedParams, StrategySpec, TrustSpec
from sim.scenario import SCENARIO_KINDS, RepeatedScenario

PARAMS = {
    "game": {"game": "classic", "name": "prisoners_dilemma", "T": 5, "R": 3, "P": 1, "S": 0},
    "row_strategy": {"name": "tit_for_tat"},
    "column_strategy": {"name": "strategic_patience", "params": {"rounds": 2}},
    "rounds": 20, "replicates": 10, "noise": 0.05, "misperception": 0.1,
    "trust": {"prior": 0.3, "prior_column": 0.6, "hostile_rate": 0.7},
    "discount": 0.9, "seed": 7,
}
SCENARIO = {
    "id": "tiny_repeated", "kind": "repeated", "era": "classroom",
    "title": {"en": "Tiny", "zh": "小"}, "description": {"en": "A test.", "zh": "测试。"},
    "parameters": PARAMS,
    "references": [{"kind": "literature", "title": "Axelrod (1984)"}],
    "teaching_notes": {"en": "Notes.", "zh": "说明。"},
    "questions": [{"en": "Why?", "zh": "为什么？"}],
}


def test_the_kind_is_registered():
    assert RepeatedScenario in SCENARIO_KINDS


def test_valid_parameters_and_engine_settings():
    params = RepeatedParams.model_validate(PARAMS)
    settings = params.settings()
    assert (settings.rounds, settings.replicates, settings.noise) == (20, 10, 0.05)
    assert settings.trust.prior_row == 0.3 and settings.trust.prior_column == 0.6
    assert settings.trust.error_rate is None and settings.trust.hostile_rate == 0.7
    assert params.column_strategy.params == {"rounds": 2}
    assert TrustSpec(prior=0.4).model().prior_column == 0.4
    changed = params.with_changes(noise=0.2, row_strategy={"name": "grudger"})
    assert changed.noise == 0.2 and changed.row_strategy.name == "grudger"
    assert params.noise == 0.05


@pytest.mark.parametrize("path,value,message", [
    (("row_strategy", "name"), "tit_for_3_tats", "unknown strategy 'tit_for_3_tats'; allowed: cooperator"),
    (("column_strategy", "params"), {"rounds": 0}, "out of range; allowed: 1 to 50"),
    (("column_strategy", "params"), {"k": 1}, "unknown parameter 'k'"),
    (("rounds",), 0, "greater than or equal to 1"),
    (("rounds",), -3, "greater than or equal to 1"),
    (("noise",), 1.2, "less than or equal to 1"),
    (("misperception",), -0.1, "greater than or equal to 0"),
    (("continuation",), 1.5, "less than or equal to 1"),
    (("discount",), 2, "less than or equal to 1"),
    (("trust", "prior"), 1.5, "less than or equal to 1"),
    (("trust", "hostile_rate"), -1, "greater than or equal to 0"),
    (("replicates",), 0, "greater than or equal to 1"),
    (("colour",), "red", "unknown field"),
])
def test_bad_scenarios_fail_at_load_time_with_one_line(path, value, message):
    data = copy.deepcopy(SCENARIO)
    target = data["parameters"]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(InputError) as info:
        parse_scenario_text(yaml.safe_dump(data, allow_unicode=True), "bad.yaml")
    text = str(info.value)
    assert text.startswith("bad.yaml: parameters.") and message in text
    assert "\n" not in text


def test_too_many_cells_are_refused():
    with pytest.raises(ValueError, match="too large"):
        RepeatedParams.model_validate({**PARAMS, "rounds": 10_000, "replicates": 100_000})


def test_strategy_spec_checks_its_parameters():
    assert StrategySpec(name="random", params={"p": 0.2}).params == {"p": 0.2}
    with pytest.raises(ValueError, match="out of range"):
        StrategySpec(name="random", params={"p": 2})


@pytest.mark.parametrize("name", ["echo_effect", "sanction_test_cycle_2006_2017",
                                  "trust_building_2018"])
def test_bundled_repeated_scenarios_load(name):
    from sim.io import SCENARIO_DIR

    scenario = load_scenario(SCENARIO_DIR / f"{name}.yaml")
    assert isinstance(scenario, RepeatedScenario)
    assert any(ref.kind == "seed" for ref in scenario.references)
    assert len(scenario.questions) >= 3
