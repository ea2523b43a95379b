"""Classic games from T, R, P, S: the matrices, the orderings each name needs, warnings."""

from __future__ import annotations

import numpy as np
import pytest

from sim.errors import InputError
from sim.games import CLASSIC_DEFAULTS, classic_game
from sim.games.classic import classic_warnings
from sim.games.params import CLASSIC_NAMES


def test_prisoners_dilemma_matrix_and_orientation():
    game = classic_game("prisoners_dilemma", T=5, R=3, P=1, S=0)
    # row cooperates and column defects: row gets S, column gets T
    assert game.cell(0, 1) == (0.0, 5.0)
    assert game.cell(1, 0) == (5.0, 0.0)
    assert game.cell(0, 0) == (3.0, 3.0) and game.cell(1, 1) == (1.0, 1.0)
    np.testing.assert_array_equal(game.column_payoffs, game.row_payoffs.T)
    assert game.row_actions == ("cooperate", "defect") and game.players == ("US", "KP")


@pytest.mark.parametrize("name", CLASSIC_NAMES)
def test_every_default_is_a_valid_game_of_its_type(name):
    game = classic_game(name, *CLASSIC_DEFAULTS[name])
    assert game.game_type().id == name


@pytest.mark.parametrize("name, payoffs, needs", [
    ("prisoners_dilemma", (4, 3, 1, 2), "T > R > P > S"),
    ("chicken", (4, 3, 1, 0), "T > R > S > P"),
    ("stag_hunt", (5, 4, 2, 1), "R > T > P > S or R > P > T > S"),
    ("deadlock", (5, 3, 1, 0), "T > P > R > S"),
    ("harmony", (5, 3, 1, 0), "R > T > S > P"),
    ("prisoners_dilemma", (3, 3, 1, 0), "T > R > P > S"),
])
def test_a_violated_ordering_names_the_required_one(name, payoffs, needs):
    with pytest.raises(InputError) as info:
        classic_game(name, *payoffs)
    assert needs in str(info.value)


def test_unknown_name_and_non_finite_payoffs():
    with pytest.raises(InputError, match="allowed: prisoners_dilemma"):
        classic_game("battle_of_the_sexes", 1, 2, 3, 4)
    with pytest.raises(InputError, match="finite"):
        classic_game("prisoners_dilemma", float("nan"), 3, 1, 0)


def test_players_can_be_renamed():
    game = classic_game("chicken", 4, 3, 1, 2, players=("KR", "JP"))
    assert game.players == ("KR", "JP")


def test_two_r_warning_only_when_alternation_pays():
    assert classic_warnings("prisoners_dilemma", 5, 3, 1, 0) == ()
    (warning,) = classic_warnings("prisoners_dilemma", 10, 3, 1, 0)
    assert "2R = 6" in warning and "T + S = 10" in warning
    assert classic_warnings("chicken", 10, 3, 1, 2) == ()
