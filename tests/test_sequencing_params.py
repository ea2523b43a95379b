"""The sequencing scenario kind (sim.sequencing.params, sim.scenario): bad agreements fail in one line."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sim.errors import InputError
from sim.io import load_scenario, parse_scenario_text
from sim.scenario import SCENARIO_KINDS, SequencingScenario
from sim.sequencing import Settings

SCENARIO: dict[str, Any] = {
    "id": "demo_sequencing",
    "kind": "sequencing",
    "era": "classroom",
    "title": {"en": "Demo", "zh": "示例"},
    "description": {"en": "A test.", "zh": "测试。"},
    "references": [{"kind": "literature", "title": "Kydd (2005)"}],
    "teaching_notes": {"en": "Notes.", "zh": "说明。"},
    "questions": [{"en": "Who moves first?", "zh": "谁先行动？"}],
    "parameters": {
        "agreements": [{"id": "deal", "title": {"en": "Deal", "zh": "协议"},
                        "steps": [{"name": "freeze"}, {"name": "energy_aid", "phase": 2}]}],
        "trust": 0.4,
    },
}


def load(write_yaml, change=None) -> Any:
    data = copy.deepcopy(SCENARIO)
    if change:
        change(data)
    return load_scenario(write_yaml(data))


def test_sequencing_is_a_registered_kind(write_yaml):
    assert SequencingScenario in SCENARIO_KINDS
    scenario = load(write_yaml)
    assert isinstance(scenario, SequencingScenario)
    settings = Settings.from_params(scenario.parameters)
    assert (settings.trust, settings.phases, settings.enforcement) == (0.4, 4, 1.0)


def steps_of(data):
    return data["parameters"]["agreements"][0]["steps"]


@pytest.mark.parametrize(("change", "fragment"), [
    (lambda d: steps_of(d)[0].update(value=-5), "greater than or equal to 0"),
    (lambda d: steps_of(d)[0].update(verification=1.5), "less than or equal to 1"),
    (lambda d: d["parameters"]["agreements"][0].update(steps=[]), "at least 1 item"),
    (lambda d: d["parameters"].update(order="sideways"), "denuclearisation_first"),
    (lambda d: d["parameters"].update(trust=2), "trust"),
    (lambda d: steps_of(d).append({"name": "gift", "mover": "US"}), "needs cost, value"),
    (lambda d: steps_of(d)[0].update(mover="US"), "performed by KP"),
    (lambda d: steps_of(d).append({"name": "freeze"}), "repeated: freeze"),
    (lambda d: d["parameters"].update(agreements=[]), "at least 1 item"),
])
def test_bad_agreements_are_one_line_errors(write_yaml, change, fragment):
    with pytest.raises(InputError) as info:
        load(write_yaml, change)
    message = str(info.value)
    assert fragment in message and "\n" not in message


def test_unknown_fields_are_refused(write_yaml):
    with pytest.raises(InputError, match=r"unknown field|Extra inputs"):
        load(write_yaml, lambda d: steps_of(d)[0].update(colour="red"))


def test_scenario_round_trips(write_yaml):
    from sim.io import dump_scenario

    scenario = load(write_yaml)
    assert parse_scenario_text(dump_scenario(scenario)) == scenario


@pytest.mark.parametrize(("change", "fragment"), [
    ({"trust": 1.2}, "trust = 1.2"), ({"phases": 0}, "phases = 0"), ({"runs": 2.5}, "runs"),
    ({"verification": -0.1}, "verification = -0.1"), ({"false_alarm": 0.9}, "false_alarm"),
    ({"discount": 1.5}, "discount = 1.5"), ({"duration": 99}, "duration = 99"),
])
def test_settings_changes_are_checked(change, fragment):
    with pytest.raises(InputError) as info:
        Settings().with_changes(**change)
    assert fragment in str(info.value)


def test_settings_ignore_unset_changes_and_default_hostile_share():
    knobs = Settings(trust=0.3).with_changes(trust=None, phases=7)
    assert (knobs.trust, knobs.phases, knobs.hostile) == (0.3, 7, pytest.approx(0.7))
    assert Settings(trust=0.3, hostile_share=0.1).hostile == 0.1
