"""From a validated scenario to results: games from ``sim.games``, seeds, outcome frames."""

from __future__ import annotations

import numpy as np
import pytest

from sim.errors import InputError
from sim.games.params import TableSpec, UsDprkSpec
from sim.games.usdprk import USDPRK_PRESETS
from sim.io import SCENARIO_DIR, load_scenario
from sim.repeated.metrics import METRICS
from sim.repeated.params import RepeatedParams
from sim.repeated.run import generator_for, outcomes_frame, payoffs_for, run_match


def scenario_params(name: str) -> RepeatedParams:
    return load_scenario(SCENARIO_DIR / f"{name}.yaml").parameters  # type: ignore[attr-defined]


def test_us_dprk_game_keeps_its_orientation():
    spec = UsDprkSpec(game="us_dprk", **USDPRK_PRESETS["mutual_distrust"])
    payoffs = payoffs_for(spec)
    assert payoffs.players == ("US", "KP")
    assert payoffs.row_actions == ("engage", "pressure")
    assert payoffs.column_actions == ("restrain", "provoke")
    # US: pressure against restraint (40) beats engagement (30); DPRK: provoking while
    # engaged (60) beats restraint (40) — the mutual-distrust dilemma
    assert payoffs.row[1, 0] > payoffs.row[0, 0] and payoffs.column[0, 1] > payoffs.column[0, 0]


def test_only_two_action_games_can_be_repeated():
    spec = TableSpec(game="table", row_actions=("a", "b", "c"), column_actions=("x", "y"),
                     row_payoffs=((1, 2), (3, 4), (5, 6)), column_payoffs=((1, 2), (3, 4), (5, 6)))
    with pytest.raises(InputError, match="2×2"):
        payoffs_for(spec)


@pytest.mark.parametrize("name", ["echo_effect", "sanction_test_cycle_2006_2017",
                                  "trust_building_2018"])
def test_every_bundled_scenario_runs_and_is_reproducible(name):
    params = scenario_params(name).with_changes(replicates=30)
    one = run_match(params, generator_for(params))
    two = run_match(params, generator_for(params))
    other = params.with_changes(seed=params.seed + 1)
    three = run_match(other, generator_for(other))
    np.testing.assert_array_equal(one.actual, two.actual)
    assert not np.array_equal(one.actual, three.actual)
    assert one.actual.shape == (2, 30, params.rounds)


def test_the_sanction_test_cycle_scenario_shows_the_cycle_and_noise_causes_it():
    params = scenario_params("sanction_test_cycle_2006_2017").with_changes(replicates=200)
    noisy = outcomes_frame(params, generator_for(params))
    quiet = params.with_changes(noise=0.0, misperception=0.0)
    clean = outcomes_frame(quiet, generator_for(quiet))
    assert noisy["cycle_episodes"].mean() > 1.0
    assert clean["cycle_episodes"].sum() == 0 and clean["mutual_cooperation"].min() == 1.0


def test_outcomes_frame_has_one_row_per_replicate():
    params = scenario_params("echo_effect")
    frame = outcomes_frame(params, generator_for(params), replicates=12)
    assert len(frame) == 12
    assert {"cooperation_US", "cooperation_KP", *[m for m, side in METRICS.items() if not side]} \
        <= set(frame.columns)
