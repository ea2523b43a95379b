"""StageGame: validation at construction, immutability, value semantics, the facade."""

from __future__ import annotations

import numpy as np
import pytest

from sim.errors import InputError
from sim.games import StageGame, classic_game


def make(**changes):
    fields = dict(name="g", players=("US", "KP"), row_actions=("a", "b"),
                  column_actions=("x", "y", "z"),
                  row_payoffs=np.arange(6.0).reshape(2, 3), column_payoffs=-np.arange(6.0).reshape(2, 3))
    fields.update(changes)
    return StageGame(**fields)


def test_a_valid_game_keeps_its_data_and_shape():
    game = make()
    assert game.shape == (2, 3)
    assert game.cell(1, 2) == (5.0, -5.0)
    assert game.actions(1) == ("x", "y", "z")
    assert not game.is_2x2


@pytest.mark.parametrize("changes, fragment", [
    ({"row_payoffs": np.zeros((3, 2))}, "3×2 table"),
    ({"column_payoffs": [[1, 2, np.nan], [0, 0, 0]]}, "missing or infinite"),
    ({"row_payoffs": [[1, 2, np.inf], [0, 0, 0]]}, "missing or infinite"),
    ({"row_actions": ("a", "a")}, "must be distinct"),
    ({"players": ("US", "US")}, "must be distinct"),
    ({"players": ("US",)}, "exactly 2"),
    ({"row_actions": ("a",), "row_payoffs": [[1, 2, 3]], "column_payoffs": [[1, 2, 3]]}, "2 to 8"),
    ({"column_actions": ("x", " ", "z")}, "non-empty"),
    ({"row_payoffs": [[1e9, 0, 0], [0, 0, 0]]}, "within"),
    ({"row_payoffs": np.zeros((2, 3, 1))}, "2-D"),
    ({"row_payoffs": [["a", 0, 0], [0, 0, 0]]}, "table of numbers"),
])
def test_bad_games_raise_one_line_input_errors(changes, fragment):
    with pytest.raises(InputError) as info:
        make(**changes)
    assert fragment in str(info.value)
    assert "\n" not in str(info.value)


def test_from_arrays_defaults_names_and_checks_shapes():
    game = StageGame.from_arrays([[1, 2], [3, 4]], [[4, 3], [2, 1]])
    assert game.row_actions == ("r1", "r2") and game.column_actions == ("c1", "c2")
    with pytest.raises(InputError, match="shapes"):
        StageGame.from_arrays([[1, 2], [3, 4]], [[1, 2, 3], [4, 5, 6]])


def test_payoffs_are_read_only_copies():
    source = np.ones((2, 3))
    game = make(row_payoffs=source)
    source[0, 0] = 99
    assert game.row_payoffs[0, 0] == 1
    with pytest.raises(ValueError):
        game.row_payoffs[0, 0] = 5


def test_equality_and_hash_follow_the_values():
    assert make() == make()
    assert hash(make()) == hash(make())
    assert make() != make(name="other")
    assert make() != make(row_payoffs=np.ones((2, 3)))


def test_symmetry_and_with_payoffs():
    pd = classic_game("prisoners_dilemma", 5, 3, 1, 0)
    assert pd.is_symmetric
    changed = pd.with_payoffs([[3, 0], [5, 1]], [[3, 5], [0, 2]])
    assert not changed.is_symmetric and changed.row_actions == pd.row_actions


def test_facade_methods_delegate_to_the_modules():
    pd = classic_game("prisoners_dilemma", 5, 3, 1, 0)
    assert len(pd.equilibria().equilibria) == 1
    assert pd.analysis().strictly_dominant == ("defect", "defect")
    assert pd.game_type().id == "prisoners_dilemma"
    assert {t.key for t in pd.thresholds()} >= {"grim_trigger", "tit_for_tat"}
    assert pd.report()["type"]["id"] == "prisoners_dilemma"
