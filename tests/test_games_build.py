"""build_game: every specification kind, renaming, and scenario parameters."""

from __future__ import annotations

import pytest

from sim.errors import InputError
from sim.games import build_game
from sim.games.params import ClassicSpec, TableSpec, UsDprkSpec
from sim.games.usdprk import USDPRK_PRESETS
from sim.io import SCENARIO_DIR, load_scenario


def test_classic_spec():
    game = build_game(ClassicSpec(game="classic", name="chicken", T=4, R=3, P=1, S=2,
                                  players=("KR", "KP")))
    assert game.players == ("KR", "KP") and game.game_type().id == "chicken"


def test_classic_spec_with_a_wrong_order_is_an_input_error():
    with pytest.raises(InputError, match="T > R > S > P"):
        build_game(ClassicSpec(game="classic", name="chicken", T=4, R=3, P=2, S=1))


def test_us_dprk_spec_and_renaming():
    spec = UsDprkSpec(game="us_dprk", **USDPRK_PRESETS["brink_of_war"])
    game = build_game(spec, name="1994")
    assert game.name == "1994" and game.game_type().id == "chicken"


def test_table_spec():
    spec = TableSpec(game="table", row_actions=("a", "b", "c"), column_actions=("x", "y"),
                     row_payoffs=((1, 2), (3, 4), (5, 6)), column_payoffs=((0, 0), (0, 1), (1, 0)))
    game = build_game(spec)
    assert game.shape == (3, 2) and game.players == ("US", "KP")
    assert game.cell(2, 0) == (5.0, 1.0)


STAGE_GAMES = [p for p in sorted(SCENARIO_DIR.glob("*.yaml")) if load_scenario(p).kind == "stage_game"]


def test_at_least_three_stage_game_scenarios_are_bundled():
    assert len(STAGE_GAMES) >= 3


@pytest.mark.parametrize("path", STAGE_GAMES, ids=lambda p: p.stem)
def test_every_stage_game_scenario_builds_and_has_equilibria(path):
    scenario = load_scenario(path)
    game = build_game(scenario.parameters, name=scenario.title.en)
    assert game.equilibria().equilibria


def test_bundled_stage_game_scenarios_read_as_their_files_say():
    crisis = build_game(load_scenario(SCENARIO_DIR / "crisis_1994_chicken.yaml").parameters)
    assert crisis.game_type().id == "chicken" and len(crisis.equilibria().equilibria) == 3
    standoff = build_game(load_scenario(SCENARIO_DIR / "standoff_2017.yaml").parameters)
    (e,) = standoff.equilibria().equilibria
    assert (e.row_strategy, e.column_strategy) == ((0.0, 1.0), (0.0, 1.0))  # pressure, provoke
    assert standoff.game_type().label == "Asymmetric game (US prisoner's dilemma, KP deadlock)"
    sequencing = build_game(load_scenario(SCENARIO_DIR / "sequencing_2005.yaml").parameters)
    found = sequencing.equilibria()
    assert len(found.equilibria) == 3 and found.missed_by_support_enumeration == 1
