"""The US–DPRK game: the payoff formulas, the orientation, and which settings give which type."""

from __future__ import annotations

import pytest

from sim.errors import InputError
from sim.games import USDPRK_PRESETS, usdprk_game
from sim.games.params import UsDprkSpec
from sim.games.usdprk import usdprk_payoffs

BASE = USDPRK_PRESETS["mutual_distrust"]


def test_payoffs_follow_the_documented_formulas():
    spec = UsDprkSpec(game="us_dprk", aid_value=11, aid_cost=3, sanction_cost=13, test_gain=17,
                      test_risk=5, defiance_value=7, restraint_value=29, test_cost=19,
                      engagement_cost=2, pressure_cost=23, leverage_value=31, war_risk_us=37,
                      war_risk_dprk=41)
    us, kp = usdprk_payoffs(spec)
    assert us.tolist() == [[29 - 3, -19 - 3 - 2], [29 + 31 - 23, -19 - 23 - 37]]
    assert kp.tolist() == [[11, 11 + 17 - 5], [-13, -13 + 17 - 5 + 7 - 41]]


def test_enmity_subtracts_a_share_of_the_other_side():
    plain = usdprk_game(BASE)
    hostile = usdprk_game({**BASE, "enmity": 0.5})
    assert hostile.row_payoffs.tolist() == (plain.row_payoffs - 0.5 * plain.column_payoffs).tolist()
    assert hostile.column_payoffs.tolist() == (plain.column_payoffs - 0.5 * plain.row_payoffs).tolist()


def test_us_is_the_row_player_and_actions_are_named():
    game = usdprk_game(BASE)
    assert game.players == ("US", "KP")
    assert game.row_actions == ("engage", "pressure")
    assert game.column_actions == ("restrain", "provoke")


@pytest.mark.parametrize("preset, kind, row, column", [
    ("mutual_distrust", "prisoners_dilemma", "prisoners_dilemma", "prisoners_dilemma"),
    ("brink_of_war", "chicken", "chicken", "chicken"),
    ("assurance", "stag_hunt", "stag_hunt", "stag_hunt"),
    ("byungjin", "asymmetric", "prisoners_dilemma", "deadlock"),
    ("bully", "bully", "chicken", "deadlock"),
    ("engagement_pays", "harmony", "harmony", "harmony"),
    ("enmity", "prisoners_dilemma", "prisoners_dilemma", "prisoners_dilemma"),
])
def test_each_preset_gives_the_documented_type(preset, kind, row, column):
    game_type = usdprk_game(USDPRK_PRESETS[preset]).game_type()
    assert (game_type.id, game_type.row_type, game_type.column_type) == (kind, row, column)


def test_war_risk_alone_turns_the_dilemma_into_chicken():
    assert usdprk_game(BASE).game_type().id == "prisoners_dilemma"
    risky = usdprk_game({**BASE, "war_risk_us": 60, "war_risk_dprk": 60})
    assert risky.game_type().id == "chicken"


def test_defiance_makes_pressure_raise_the_incentive_to_provoke():
    def provoke_gain(game, us_action):
        return game.column_payoffs[us_action, 1] - game.column_payoffs[us_action, 0]

    calm = usdprk_game(BASE)
    defiant = usdprk_game({**BASE, "defiance_value": 25})
    assert provoke_gain(calm, 1) == provoke_gain(calm, 0)  # sanctions alone change no incentive
    assert provoke_gain(defiant, 1) == provoke_gain(defiant, 0) + 25


def test_the_bully_equilibrium_is_us_engaging_a_provoking_dprk():
    (equilibrium,) = usdprk_game(USDPRK_PRESETS["bully"]).equilibria().equilibria
    assert equilibrium.row_strategy == (1.0, 0.0)  # engage
    assert equilibrium.column_strategy == (0.0, 1.0)  # provoke


def test_a_bad_mapping_is_one_input_error():
    with pytest.raises(InputError, match=r"aid_value.*less than or equal to 100"):
        usdprk_game({**BASE, "aid_value": 500})
    with pytest.raises(InputError, match="bribe"):
        usdprk_game({**BASE, "bribe": 1})
