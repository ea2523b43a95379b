"""Dominance (pure and by mixes), iterated elimination and Pareto efficiency."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sim.games import StageGame, classic_game, usdprk_game
from sim.games.analysis import analyse, dominating_mix, pareto_efficient_cells, surviving_actions
from sim.games.usdprk import USDPRK_PRESETS


def test_prisoners_dilemma_dominance_and_pareto():
    result = analyse(classic_game("prisoners_dilemma", 5, 3, 1, 0))
    assert result.strictly_dominant == ("defect", "defect")
    assert [d.action for d in result.dominated[0]] == ["cooperate"]
    assert result.dominated[0][0].by == {"defect": 1.0} and result.dominated[0][0].strict
    assert result.surviving == (("defect",), ("defect",))
    assert set(result.pareto_cells) == {("cooperate", "cooperate"), ("cooperate", "defect"),
                                        ("defect", "cooperate")}


def test_chicken_has_no_dominance():
    result = analyse(classic_game("chicken", 4, 3, 1, 2))
    assert result.strictly_dominant == (None, None)
    assert result.dominated == ((), ())


def test_asymmetric_dominance_is_per_player():
    # byungjin: US pressure dominant; DPRK provoke dominant
    result = analyse(usdprk_game(USDPRK_PRESETS["bully"]))
    assert result.strictly_dominant == (None, "provoke")
    assert result.surviving == (("engage",), ("provoke",))


def test_an_action_dominated_only_by_a_mix():
    # 'middle' pays 1 against both columns; a 50/50 mix of 'top' (3, 0) and 'bottom' (0, 3)
    # pays 1.5 against both, so 'middle' is strictly dominated although no single action does it
    a = np.array([[3.0, 0.0], [1.0, 1.0], [0.0, 3.0]])
    game = StageGame.from_arrays(a, np.zeros((3, 2)), ["top", "middle", "bottom"], ["l", "r"])
    (dominated,) = analyse(game).dominated[0]
    assert dominated.action == "middle" and dominated.strict
    assert dominated.by == pytest.approx({"top": 0.5, "bottom": 0.5}, abs=0.17)
    mix = dominating_mix(a, 1)
    assert mix is not None and np.all(mix @ a > a[1])


def test_weak_dominance_and_weakly_dominant_actions():
    a = np.array([[1.0, 1.0], [1.0, 0.0]])
    result = analyse(StageGame.from_arrays(a, a.T, ["u", "d"], ["l", "r"]))
    assert result.weakly_dominant[0] == "u" and result.strictly_dominant[0] is None
    (weak,) = result.dominated[0]
    assert weak.action == "d" and not weak.strict and weak.by == {"u": 1.0}


def test_iterated_elimination_needs_several_rounds():
    # column 'r' is dominated for the column player; then row 'd' becomes dominated
    a = np.array([[2.0, 0.0], [1.0, 3.0]])
    b = np.array([[2.0, 1.0], [2.0, 1.0]])
    rows, columns = surviving_actions(a, b)
    assert (rows, columns) == ([0], [0])


def test_pareto_cells_with_ties():
    a = np.array([[1.0, 1.0], [0.0, 2.0]])
    b = np.array([[1.0, 1.0], [0.0, 0.0]])
    assert pareto_efficient_cells(a, b) == [(0, 0), (0, 1), (1, 1)]


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 4), st.integers(2, 4), st.integers(0, 2**32 - 1))
def test_equilibria_never_use_strictly_dominated_actions(m, n, seed):
    rng = np.random.default_rng(seed)
    game = StageGame.from_arrays(rng.integers(-5, 6, (m, n)), rng.integers(-5, 6, (m, n)))
    result = analyse(game)
    dominated = ({d.action for d in result.dominated[0] if d.strict},
                 {d.action for d in result.dominated[1] if d.strict})
    for e in game.equilibria().equilibria:
        rows, columns = e.supports
        assert not {game.row_actions[i] for i in rows} & dominated[0]
        assert not {game.column_actions[j] for j in columns} & dominated[1]
