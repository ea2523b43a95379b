"""Parameter widgets generated from a scenario's schema: specs, bounds, choices, overrides."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.widgets import (
    apply_overrides,
    default_range,
    group_label,
    group_of,
    nice_step,
    param_specs,
)
from sim.errors import InputError
from sim.experiments.paths import get_value, numeric_paths, set_values
from sim.io import find_scenario, load_scenario
from sim.repeated.strategy import strategy_names
from sim.sixparty.postures import DPRK_POSTURES, STATE_POSTURES

ONE_PER_KIND = ("echo_effect", "hanoi_2019", "standoff_2017", "sequencing_2005", "leaky_sanctions")


def scenario(name: str):
    return load_scenario(find_scenario(name))


def specs_of(name: str):
    return {spec.path: spec for spec in param_specs(scenario(name))}


def test_bounds_come_from_the_field_constraints():
    specs = specs_of("echo_effect")
    assert (specs["noise"].low, specs["noise"].high, specs["noise"].kind) == (0.0, 1.0, "float")
    assert (specs["rounds"].low, specs["rounds"].high, specs["rounds"].kind) == (1, 10_000, "int")
    assert (specs["game.T"].low, specs["game.T"].high) == (-1000.0, 1000.0)  # Annotated alias
    assert (specs["trust.prior"].low, specs["trust.prior"].high) == (0.0, 1.0)
    assert specs["trust.prior"].description.startswith("row player's prior")


def test_bounds_reach_inside_tuples_and_optionals():
    table = specs_of("sequencing_2005")
    assert (table["row_payoffs.1.2"].low, table["row_payoffs.1.2"].high) == (-1000.0, 1000.0)
    steps = specs_of("hanoi_2019")
    # StepSpec.cost is Optional[Annotated[float, Field(ge=0, le=1000)]]
    assert (steps["agreements.0.steps.2.cost"].low, steps["agreements.0.steps.2.cost"].high) == (0.0, 1000.0)
    assert (steps["agreements.1.steps.0.reversibility"].high) == 1.0


def test_fields_without_declared_bounds_are_open():
    specs = specs_of("leaky_sanctions")
    trust = specs["parties.CN.trust.US"]  # dict[str, float], checked by a validator only
    assert trust.low is None and trust.high is None
    capability = specs["parties.CN.capability"]
    assert capability.low is None and capability.high == 100.0


def test_seeds_and_replicates_are_left_to_the_run_settings():
    assert not {"seed", "replicates"} & set(specs_of("echo_effect"))
    assert "runs" not in specs_of("hanoi_2019")
    assert "horizon" in specs_of("leaky_sanctions")


def test_choices_from_literals_and_registries():
    repeated = specs_of("echo_effect")
    assert repeated["game.name"].kind == "choice"
    assert "chicken" in repeated["game.name"].options
    assert repeated["row_strategy.name"].options == strategy_names()
    sequencing = specs_of("hanoi_2019")
    assert sequencing["order"].options[:2] == ("denuclearisation_first", "security_first")
    sixparty = specs_of("leaky_sanctions")
    assert sixparty["parties.KP.posture"].options == tuple(DPRK_POSTURES)
    assert sixparty["parties.US.posture"].options == tuple(STATE_POSTURES)
    # single-valued tags (kind, game) are not choices
    assert "game.game" not in repeated and not any(p.endswith(".kind") for p in sixparty)


def test_groups_split_parties_and_keep_top_level_scalars_together():
    s = scenario("leaky_sanctions")
    assert group_of("parties.CN.trust.US", s) == "parties.CN"
    assert group_of("provocation.pressure", s) == "provocation"
    assert group_of("horizon", s) == "general"
    assert group_label("parties.CN", "en") == "Parties: China"
    assert group_label("parties.CN", "zh") == "各方：中国"
    assert group_label("unheard_of", "en") == "unheard_of"


def test_overrides_are_validated_through_set_values():
    s = scenario("echo_effect")
    changed = apply_overrides(s, {"noise": 0.2, "rounds": 30})
    assert get_value(changed, "noise") == 0.2 and get_value(changed, "rounds") == 30
    assert apply_overrides(s, {}) is s
    with pytest.raises(InputError) as err:
        apply_overrides(s, {"noise": 1.5})
    message = str(err.value)
    assert "\n" not in message and "noise" in message and "1.5" in message


def test_a_new_strategy_starts_from_its_own_parameters():
    s = scenario("trust_building_2018")
    assert "column_strategy.params.threshold" in numeric_paths(s)
    changed = apply_overrides(s, {"column_strategy.name": "tit_for_tat",
                                  "column_strategy.params.threshold": 0.9, "noise": 0.1})
    assert get_value(changed, "column_strategy.name") == "tit_for_tat"
    assert "column_strategy.params.threshold" not in numeric_paths(changed)
    assert get_value(changed, "noise") == 0.1
    kept = apply_overrides(s, {"column_strategy.params.threshold": 0.9})
    assert get_value(kept, "column_strategy.params.threshold") == 0.9


def test_default_range_is_twenty_percent_clipped_to_the_allowed_range():
    specs = specs_of("echo_effect")
    assert default_range(specs["noise"]) == (0.04, 0.06)  # 0.05, rounded for display
    assert default_range(specs["misperception"]) == (0.0, 0.2)  # zero: ±20 % of the span
    assert default_range(specs["discount"]) == (0.784, 1.0)  # 0.98: high clipped at 1
    low, high = default_range(specs["rounds"])  # 100 -> whole numbers
    assert (low, high) == (80.0, 120.0)
    payoff = specs["game.S"]  # 0 with a span of 2000
    assert default_range(payoff) == (-400.0, 400.0)


@pytest.mark.parametrize("name", ONE_PER_KIND)
def test_every_value_lies_within_its_bounds_and_the_bounds_are_the_validators(name):
    s = scenario(name)
    for spec in param_specs(s):
        if spec.kind == "choice":
            assert spec.value in spec.options
            continue
        if spec.low is not None:
            assert spec.low <= spec.value
            with pytest.raises(InputError):
                set_values(s, {spec.path: spec.low - 1})
        if spec.high is not None:
            assert spec.value <= spec.high
            with pytest.raises(InputError):
                set_values(s, {spec.path: spec.high + 1})


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_default_ranges_are_non_empty_and_allowed(data):
    s = scenario(data.draw(st.sampled_from(ONE_PER_KIND)))
    specs = [x for x in param_specs(s) if x.kind != "choice"]
    spec = data.draw(st.sampled_from(specs))
    low, high = default_range(spec, data.draw(st.floats(0.01, 0.9)))
    assert low < high
    assert spec.low is None or low >= spec.low
    assert spec.high is None or high <= spec.high


def test_nice_steps():
    assert nice_step(0.0, 1.0) == 0.01
    assert nice_step(0.0, 100.0) == 1.0
    assert nice_step(0.04, 0.06, 20) == 0.001
    assert nice_step(0.0, 3.0, 20) == 0.2
