"""Validation of six-party parameters: one-line errors for every kind of bad input."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from sim.errors import InputError
from sim.io import SCENARIO_DIR, load_scenario, parse_scenario_text
from sim.io.scenarios import dump_scenario
from sim.scenario import SixPartyScenario
from sim.sixparty.calibrate import with_values
from sim.sixparty.params import PARTY_CODES, SixPartyParams
from sim.sixparty.quarters import quarter_index, quarter_label, quarter_year

HISTORY = SCENARIO_DIR / "history_1993_2024.yaml"


@pytest.fixture(scope="module")
def history() -> SixPartyScenario:
    scenario = load_scenario(HISTORY)
    assert isinstance(scenario, SixPartyScenario)
    return scenario


def broken(history: SixPartyScenario, change) -> str:
    data: dict[str, Any] = copy.deepcopy(history.model_dump(mode="json"))
    change(data["parameters"])
    import yaml

    with pytest.raises(InputError) as info:
        parse_scenario_text(yaml.safe_dump(data, allow_unicode=True), "bad.yaml")
    message = str(info.value)
    assert "\n" not in message
    return message


def test_history_loads_with_all_six_parties(history):
    assert set(history.parameters.parties) == set(PARTY_CODES)
    assert history.parameters.start == "1993Q1" and history.parameters.horizon == 128


def test_round_trip_through_yaml(history):
    again = parse_scenario_text(dump_scenario(history))
    assert again == history


def test_unknown_party_code(history):
    def change(p):
        p["parties"]["XX"] = p["parties"].pop("RU")

    message = broken(history, change)
    assert "unknown party code 'XX'" in message and "US, KP, KR, CN, JP, RU" in message


def test_unknown_party_in_trust(history):
    def change(p):
        p["parties"]["US"]["trust"]["UK"] = 0.5

    assert "unknown party code 'UK'" in broken(history, change)


def test_trust_outside_unit_interval(history):
    def change(p):
        p["parties"]["US"]["trust"]["KP"] = 1.5

    message = broken(history, change)
    assert "trust towards KP must lie in [0, 1]" in message and "1.5" in message


def test_negative_capability(history):
    def change(p):
        p["parties"]["CN"]["capability"] = -0.2

    assert "capability must be >= 0" in broken(history, change)


def test_schedule_out_of_order(history):
    def change(p):
        p["schedule"][3], p["schedule"][10] = p["schedule"][10], p["schedule"][3]

    message = broken(history, change)
    assert "schedule is out of order" in message and "time order" in message


def test_schedule_before_start(history):
    def change(p):
        p["start"] = "1995Q1"

    assert "schedule is out of order" in broken(history, change)


def test_unknown_posture_names_the_allowed_ones(history):
    def change(p):
        p["parties"]["KP"]["posture"] = "engagement"

    message = broken(history, change)
    assert "unknown posture 'engagement' for KP" in message and "byungjin" in message


def test_missing_party(history):
    def change(p):
        del p["parties"]["JP"]

    assert "parties JP are missing" in broken(history, change)


def test_trade_shares_above_one(history):
    def change(p):
        p["parties"]["RU"]["trade_share"] = 0.9

    assert "trade shares sum to" in broken(history, change)


def test_with_values_rejects_unknown_path(history):
    with pytest.raises(InputError, match="unknown parameter path"):
        with_values(history.parameters, {"provocation.no_such": 1.0})


def test_with_values_changes_only_the_path(history):
    changed = with_values(history.parameters, {"provocation.threat": 0.0})
    assert changed.provocation.threat == 0.0
    assert changed.sanctions == history.parameters.sanctions


def test_quarters():
    assert quarter_index("1993Q1") == 4 * 1993
    assert quarter_label(quarter_index("2024Q4")) == "2024Q4"
    assert quarter_year(quarter_index("2017Q3")) == 2017
    with pytest.raises(InputError, match="YYYYQn"):
        quarter_index("1993-1")


def test_params_model_is_frozen(history):
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="frozen"):
        history.parameters.horizon = 3  # type: ignore[misc]
    assert isinstance(history.parameters, SixPartyParams)
