"""Game types from ordinal preferences, symmetric and asymmetric."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from sim.games import StageGame, classic_game
from sim.games.classify import (
    PLAYER_ORDERINGS,
    classify,
    ordering_text,
    ordinal_payoffs,
    player_type,
)


@pytest.mark.parametrize("order, kind", [
    ("TRPS", "prisoners_dilemma"), ("TRSP", "chicken"), ("RTPS", "stag_hunt"),
    ("RPTS", "stag_hunt"), ("TPRS", "deadlock"), ("RTSP", "harmony"), ("TSRP", "leader"),
    ("STRP", "hero"), ("PRTS", "unnamed"),
])
def test_player_type_of_each_order(order, kind):
    values = {letter: 4 - position for position, letter in enumerate(order)}
    assert player_type(**values) == kind


def test_every_strict_order_is_named_or_unnamed_and_ties_are_ties():
    named = 0
    for order in itertools.permutations("TRPS"):
        kind = player_type(**{letter: 4 - i for i, letter in enumerate(order)})
        named += kind != "unnamed"
    assert named == sum(len(orders) for orders in PLAYER_ORDERINGS.values())
    assert player_type(T=3, R=3, P=1, S=0) == "ties"
    assert ordering_text(T=3, R=3, P=1, S=0) == "T = R > P > S"


def asymmetric(row, column):
    """A 2×2 game whose row player has order ``row`` and column player ``column``."""
    rv = {letter: 4 - i for i, letter in enumerate(row)}
    cv = {letter: 4 - i for i, letter in enumerate(column)}
    a = [[rv["R"], rv["S"]], [rv["T"], rv["P"]]]
    b = [[cv["R"], cv["T"]], [cv["S"], cv["P"]]]
    return StageGame.from_arrays(a, b, ["C", "D"], ["c", "d"], players=("US", "KP"))


def test_ordinal_payoffs_read_each_player_from_its_own_side():
    game = asymmetric("TRSP", "TPRS")
    assert ordinal_payoffs(game, 0) == {"T": 4, "R": 3, "P": 1, "S": 2}
    assert ordinal_payoffs(game, 1) == {"T": 4, "R": 2, "P": 3, "S": 1}


@pytest.mark.parametrize("row, column, kind, label", [
    ("TRPS", "TRPS", "prisoners_dilemma", "Prisoner's dilemma"),
    ("TRSP", "TPRS", "bully", "Bully (US chicken, KP deadlock)"),
    ("TPRS", "TRSP", "bully", "Bully (US deadlock, KP chicken)"),
    ("TRSP", "TRPS", "called_bluff", "Called bluff (US chicken, KP prisoner's dilemma)"),
    ("TRPS", "RTPS", "asymmetric", "Asymmetric game (US prisoner's dilemma, KP stag hunt)"),
])
def test_symmetric_and_asymmetric_names(row, column, kind, label):
    game_type = classify(asymmetric(row, column))
    assert (game_type.id, game_type.label) == (kind, label)
    assert not game_type.relabelled and game_type.cooperative_actions == ("C", "c")


def test_a_swap_of_rows_and_columns_changes_the_answer():
    # the row player is the bully's victim (chicken), the column player the bully (deadlock)
    game_type = classify(asymmetric("TRSP", "TPRS"))
    assert (game_type.row_type, game_type.column_type) == ("chicken", "deadlock")


def test_relabelling_finds_a_prisoners_dilemma_written_defect_first():
    pd = classic_game("prisoners_dilemma", 5, 3, 1, 0)
    flipped = StageGame.from_arrays(pd.row_payoffs[::-1, ::-1], pd.column_payoffs[::-1, ::-1],
                                    ["defect", "cooperate"], ["defect", "cooperate"])
    game_type = classify(flipped)
    assert game_type.id == "prisoners_dilemma" and game_type.relabelled
    assert game_type.cooperative_actions == ("cooperate", "cooperate")


def test_not_2x2_and_ties():
    assert classify(StageGame.from_arrays(np.zeros((3, 2)), np.zeros((3, 2)))).id == "not_2x2"
    assert classify(StageGame.from_arrays(np.zeros((2, 2)), np.zeros((2, 2)))).id == "ties"
