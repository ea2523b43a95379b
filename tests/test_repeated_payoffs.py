"""The 2×2 payoff arrays the engine plays on."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from sim.errors import InputError
from sim.repeated import Payoffs


def test_dilemma_layout_and_symmetry():
    game = Payoffs.dilemma(T=5, R=3, P=1, S=0)
    assert game.row.tolist() == [[3, 0], [5, 1]]
    np.testing.assert_array_equal(game.column, game.row.T)
    assert game.rpst(0) == (3, 1, 0, 5) and game.rpst(1) == (3, 1, 0, 5)


def test_own_view_of_the_column_player():
    game = Payoffs(row=np.array([[1, 2], [3, 4]]), column=np.array([[10, 20], [30, 40]]))
    # column player's [own move, other's move]: own C & row D is cell (D, C) = 30
    assert game.own(1).tolist() == [[10, 30], [20, 40]]
    row, column = game.play(np.array([True, False]), np.array([False, True]))
    assert row.tolist() == [3, 2] and column.tolist() == [30, 20]


def test_from_a_stage_game_object():
    stage = SimpleNamespace(name="us_dprk", players=("US", "KP"),
                            row_actions=("engage", "pressure"),
                            column_actions=("restrain", "provoke"),
                            row_payoffs=[[30, -80], [40, -50]],
                            column_payoffs=[[40, 60], [-30, -10]])
    game = Payoffs.from_stage_game(stage)
    assert game.row_actions == ("engage", "pressure") and game.name == "us_dprk"
    assert game.column[1, 1] == -10


def test_only_two_by_two_games_are_accepted():
    stage = SimpleNamespace(name="x", players=("US", "KP"), row_actions=("a", "b", "c"),
                            column_actions=("d", "e"), row_payoffs=np.zeros((3, 2)),
                            column_payoffs=np.zeros((3, 2)))
    with pytest.raises(InputError, match="needs a 2×2 stage game"):
        Payoffs.from_stage_game(stage)
    with pytest.raises(InputError, match="shape"):
        Payoffs(row=np.zeros((2, 3)), column=np.zeros((2, 2)))
    with pytest.raises(InputError, match="finite"):
        Payoffs(row=np.array([[np.inf, 0], [0, 0]]), column=np.zeros((2, 2)))


def test_arrays_are_read_only():
    game = Payoffs.dilemma()
    with pytest.raises(ValueError):
        game.row[0, 0] = 99
