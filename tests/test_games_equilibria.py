"""All Nash equilibria: hand cases, the nashpy miss, degenerate games, and properties.

The properties compare against an independent brute-force support enumeration written
here (square indifference systems for every pair of equal-size supports), which is exact
on nondegenerate games.
"""

from __future__ import annotations

import itertools

import nashpy as nash
import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sim.games import StageGame, classic_game
from sim.games.equilibria import (
    SUPPORT_PAIR_LIMIT,
    is_equilibrium,
    nash_equilibria,
    support_enumeration_candidates,
)

#: A 3×3 game found by a seeded search over random integer games: nashpy's support
#: enumeration returns no equilibrium at all (it rejects a component of about 4e-17).
MISSED_A = [[-8, -1, 1], [3, 5, -9], [-4, -5, 7]]
MISSED_B = [[-9, 5, -6], [-6, 3, 6], [-9, 2, -1]]


def strategies(found):
    return sorted((tuple(np.round(e.row_strategy, 9)), tuple(np.round(e.column_strategy, 9)))
                  for e in found.equilibria)


def same_sets(found, expected, atol=1e-7):
    """Whether two lists of (x, y) strategy pairs agree up to ``atol``, in any order."""
    flat = [np.concatenate(pair) for pair in found]
    others = [np.concatenate(pair) for pair in expected]
    return len(flat) == len(others) and all(
        any(np.allclose(f, o, atol=atol) for o in others) for f in flat) and all(
        any(np.allclose(o, f, atol=atol) for f in flat) for o in others)


def brute_force(a, b, tol=1e-9):
    """Every equilibrium with supports of equal size, and whether the game looks degenerate."""
    m, n = a.shape
    found, suspicious = [], False
    for k in range(1, min(m, n) + 1):
        for rows in itertools.combinations(range(m), k):
            for cols in itertools.combinations(range(n), k):
                y = _indifference(a[np.ix_(rows, cols)])
                x = _indifference(b[np.ix_(rows, cols)].T)
                if x is None or y is None:
                    suspicious = True
                    continue
                if min(x.min(), y.min()) < -tol:
                    continue
                if min(x.min(), y.min()) <= tol:
                    suspicious = True
                    continue
                full_x, full_y = np.zeros(m), np.zeros(n)
                full_x[list(rows)], full_y[list(cols)] = x, y
                row_values, col_values = a @ full_y, full_x @ b
                gap_r = row_values.max() - row_values[list(rows)].max()
                gap_c = col_values.max() - col_values[list(cols)].max()
                if gap_r > tol or gap_c > tol:
                    continue
                others_r = np.delete(row_values, rows)
                others_c = np.delete(col_values, cols)
                if (others_r.size and others_r.max() > row_values[rows[0]] - 1e-7) or (
                        others_c.size and others_c.max() > col_values[cols[0]] - 1e-7):
                    suspicious = True
                found.append((tuple(np.round(full_x, 9)), tuple(np.round(full_y, 9))))
    return sorted(found), suspicious


def _indifference(block):
    """Opponent mix (summing to 1) making all rows of ``block`` pay the same, or None."""
    k = block.shape[0]
    system = np.zeros((k + 1, k + 1))
    system[:k, :k], system[:k, k], system[k, :k] = block, -1.0, 1.0
    rhs = np.zeros(k + 1)
    rhs[k] = 1.0
    if abs(np.linalg.det(system)) < 1e-9:
        return None
    return np.linalg.solve(system, rhs)[:k]


# -- hand cases -------------------------------------------------------------------------------

def test_prisoners_dilemma_has_the_unique_equilibrium_defect_defect():
    found = nash_equilibria(classic_game("prisoners_dilemma", 5, 3, 1, 0))
    (e,) = found.equilibria
    assert (e.row_strategy, e.column_strategy) == ((0.0, 1.0), (0.0, 1.0))
    assert (e.row_payoff, e.column_payoff) == (1.0, 1.0)
    assert e.is_pure and found.finite and not found.degenerate
    assert "unique" in found.note


def test_chicken_has_two_pure_equilibria_and_one_mixed():
    found = nash_equilibria(classic_game("chicken", 4, 3, 1, 2))
    assert strategies(found) == sorted([((0.0, 1.0), (1.0, 0.0)), ((1.0, 0.0), (0.0, 1.0)),
                                        ((0.5, 0.5), (0.5, 0.5))])
    mixed = next(e for e in found.equilibria if not e.is_pure)
    assert mixed.row_payoff == pytest.approx(2.5)
    assert "3 Nash equilibria (2 pure, 1 mixed)" in found.note


def test_stag_hunt_mixed_equilibrium():
    # R=4, T=3, P=2, S=1: a partner hunting stag with probability q makes stag pay 4q + 1(1-q)
    # and hare 3q + 2(1-q): equal at q = 1/2
    found = nash_equilibria(classic_game("stag_hunt", 3, 4, 2, 1))
    assert len(found.equilibria) == 3
    assert ((0.5, 0.5), (0.5, 0.5)) in strategies(found)


def test_asymmetric_game_keeps_row_and_column_apart():
    # row wants to match (2 on heads, 1 on tails), column wants to mismatch:
    # column's mix makes row indifferent: 2 y1 = y2 -> y = (1/3, 2/3); row's mix x = (1/2, 1/2)
    game = StageGame.from_arrays([[2, 0], [0, 1]], [[0, 1], [1, 0]])
    (e,) = nash_equilibria(game).equilibria
    assert e.row_strategy == pytest.approx((0.5, 0.5))
    assert e.column_strategy == pytest.approx((1 / 3, 2 / 3))
    assert (e.row_payoff, e.column_payoff) == pytest.approx((2 / 3, 0.5))


def test_rectangular_game_with_a_dominated_column():
    # column 'c3' is strictly dominated for the column player; what remains is a 2x2
    # coordination game with equilibria (r1, c1), (r2, c2) and a mix
    a = np.array([[3.0, 0.0, 5.0], [0.0, 1.0, 5.0]])
    b = np.array([[1.0, 0.0, -1.0], [0.0, 3.0, -1.0]])
    found = nash_equilibria(StageGame.from_arrays(a, b))
    assert strategies(found) == sorted([
        ((1.0, 0.0), (1.0, 0.0, 0.0)), ((0.0, 1.0), (0.0, 1.0, 0.0)),
        ((0.75, 0.25), (0.25, 0.75, 0.0)),
    ])


def test_the_nashpy_miss_is_found():
    a, b = np.array(MISSED_A, float), np.array(MISSED_B, float)
    assert support_enumeration_candidates(a, b) == []  # the library alone finds nothing
    found = nash_equilibria(StageGame.from_arrays(a, b))
    assert same_sets(strategies(found), brute_force(a, b)[0])
    assert len(found.equilibria) == 1 and found.missed_by_support_enumeration == 1
    assert found.equilibria[0].found_by == ("vertex_enumeration",)
    assert "Support enumeration alone finds no equilibrium here" in found.note


# -- degenerate games -------------------------------------------------------------------------

def test_a_constant_game_is_one_continuum():
    found = nash_equilibria(StageGame.from_arrays(np.ones((2, 3)), np.zeros((2, 3))))
    assert found.degenerate and not found.finite
    assert len(found.equilibria) == 6
    (subset,) = found.subsets
    assert len(subset.row_strategies) == 2 and len(subset.column_strategies) == 3
    assert "continuum" in found.note and "the maximal set" in found.note


def test_a_degenerate_game_with_two_segments():
    # row 2 is always a best reply; the column player is always indifferent
    found = nash_equilibria(StageGame.from_arrays([[3, 0], [3, 1]], [[1, 1], [0, 0]]))
    assert not found.finite and len(found.subsets) == 2
    assert {s.component for s in found.subsets} == {0}
    assert "each of the 2 maximal sets" in found.note


def test_a_degenerate_game_can_have_finitely_many_equilibria():
    # the column player is indifferent against row 2 (degenerate), but row 1 strictly
    # dominates row 2, so the only equilibrium is (r1, c1)
    found = nash_equilibria(StageGame.from_arrays([[2, 1], [0, 0]], [[2, 1], [1, 1]]))
    assert found.degenerate and found.finite
    assert strategies(found) == [((1.0, 0.0), (1.0, 0.0))]
    assert "finitely many" in found.note


def test_continuum_mixtures_are_equilibria():
    a, b = np.array([[3.0, 0.0], [3.0, 1.0]]), np.array([[1.0, 1.0], [0.0, 0.0]])
    found = nash_equilibria(StageGame.from_arrays(a, b))
    rng = np.random.default_rng(7)
    for subset in found.subsets:
        for _ in range(20):
            wx, wy = rng.dirichlet(np.ones(len(subset.row_strategies))), rng.dirichlet(
                np.ones(len(subset.column_strategies)))
            x = wx @ np.array(subset.row_strategies)
            y = wy @ np.array(subset.column_strategies)
            assert is_equilibrium(a, b, x, y)


def test_support_enumeration_is_skipped_only_for_large_games():
    assert (2**6 - 1) ** 2 <= SUPPORT_PAIR_LIMIT < (2**7 - 1) ** 2
    rng = np.random.default_rng(3)
    a, b = rng.random((7, 7)), rng.random((7, 7))
    big = nash_equilibria(StageGame.from_arrays(a, b))
    assert not big.support_enumeration_ran and big.missed_by_support_enumeration == 0
    assert len(big.equilibria) % 2 == 1  # a nondegenerate game has an odd number
    for e in big.equilibria:
        assert is_equilibrium(a, b, np.array(e.row_strategy), np.array(e.column_strategy))


def test_deterministic_and_ordered():
    game = classic_game("chicken", 4, 3, 1, 2)
    assert nash_equilibria(game) == nash_equilibria(game)
    kinds = [e.kind for e in nash_equilibria(game).equilibria]
    assert kinds == sorted(kinds, key=lambda k: k != "pure")


# -- properties -------------------------------------------------------------------------------

shapes = st.tuples(st.integers(2, 4), st.integers(2, 4))


@st.composite
def integer_games(draw, low=-3, high=3):
    m, n = draw(shapes)
    cells = st.integers(low, high)
    a = np.array(draw(st.lists(cells, min_size=m * n, max_size=m * n)), float).reshape(m, n)
    b = np.array(draw(st.lists(cells, min_size=m * n, max_size=m * n)), float).reshape(m, n)
    return a, b


@st.composite
def generic_games(draw):
    m, n = draw(shapes)
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    return rng.integers(-20, 21, (m, n)) + rng.random((m, n)), rng.integers(-20, 21, (m, n)) + \
        rng.random((m, n))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(integer_games())
def test_every_reported_equilibrium_is_a_mutual_best_response(game):
    a, b = game
    found = nash_equilibria(StageGame.from_arrays(a, b))
    assert found.equilibria, "a finite game always has an equilibrium"
    for e in found.equilibria:
        x, y = np.array(e.row_strategy), np.array(e.column_strategy)
        assert np.all(x >= 0) and np.all(y >= 0)
        assert x.sum() == pytest.approx(1) and y.sum() == pytest.approx(1)
        best_row, best_col = (a @ y).max(), (x @ b).max()
        for i in np.flatnonzero(x > 0):
            assert (a @ y)[i] >= best_row - 1e-9
        for j in np.flatnonzero(y > 0):
            assert (x @ b)[j] >= best_col - 1e-9
        assert e.row_payoff == pytest.approx(x @ a @ y)
        assert e.column_payoff == pytest.approx(x @ b @ y)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generic_games())
def test_nondegenerate_games_match_an_independent_brute_force(game):
    a, b = game
    expected, suspicious = brute_force(a, b)
    assume(not suspicious)
    found = nash_equilibria(StageGame.from_arrays(a, b))
    assert not found.degenerate and found.finite
    assert same_sets(strategies(found), expected)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(integer_games(0, 2))
def test_reported_set_contains_nashpy_vertex_enumeration_in_degenerate_games(game):
    a, b = game
    found = strategies(nash_equilibria(StageGame.from_arrays(a, b)))
    shifted = nash.Game(a - a.min() + 1, b - b.min() + 1)
    for x, y in shifted.vertex_enumeration():
        key = (tuple(np.round(x, 9)), tuple(np.round(y, 9)))
        assert any(np.allclose(key[0], f[0], atol=1e-7) and np.allclose(key[1], f[1], atol=1e-7)
                   for f in found)


@settings(max_examples=40, deadline=None)
@given(generic_games())
def test_relabelling_actions_permutes_the_equilibria(game):
    a, b = game
    m, n = a.shape
    rows, cols = np.arange(m)[::-1], np.roll(np.arange(n), 1)
    original = nash_equilibria(StageGame.from_arrays(a, b))
    permuted = nash_equilibria(StageGame.from_arrays(a[np.ix_(rows, cols)], b[np.ix_(rows, cols)]))
    back = sorted((tuple(np.round(np.array(e.row_strategy)[np.argsort(rows)], 9)),
                   tuple(np.round(np.array(e.column_strategy)[np.argsort(cols)], 9)))
                  for e in permuted.equilibria)
    assert same_sets(back, strategies(original))
