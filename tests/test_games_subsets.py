"""Maximal Nash subsets (bicliques of extreme equilibria) and their components."""

from __future__ import annotations

from sim.games.subsets import maximal_nash_subsets

X1, X2, X3 = (1.0, 0.0), (0.0, 1.0), (0.5, 0.5)
Y1, Y2 = (1.0, 0.0), (0.0, 1.0)


def test_isolated_equilibria_are_points_in_their_own_components():
    subsets = maximal_nash_subsets([(X1, Y1), (X2, Y2)])
    assert [s.is_point for s in subsets] == [True, True]
    assert sorted(s.component for s in subsets) == [0, 1]


def test_a_full_biclique_is_one_subset():
    pairs = [(x, y) for x in (X1, X2) for y in (Y1, Y2)]
    (subset,) = maximal_nash_subsets(pairs)
    assert set(subset.row_strategies) == {X1, X2} and set(subset.column_strategies) == {Y1, Y2}
    assert subset.equilibria == (0, 1, 2, 3)


def test_two_segments_sharing_an_endpoint_form_one_component():
    # (X1, Y1) - (X2, Y1) and (X2, Y1) - (X2, Y2): an L-shaped component
    subsets = maximal_nash_subsets([(X1, Y1), (X2, Y1), (X2, Y2)])
    assert len(subsets) == 2
    assert {s.component for s in subsets} == {0}
    assert {(s.row_strategies, s.column_strategies) for s in subsets} == {
        ((X1, X2), (Y1,)), ((X2,), (Y1, Y2))}


def test_overlapping_neighbourhoods_give_every_maximal_biclique():
    # X1 ~ {Y1, Y2}, X3 ~ {Y2}: bicliques {X1} x {Y1, Y2} and {X1, X3} x {Y2}
    subsets = maximal_nash_subsets([(X1, Y1), (X1, Y2), (X3, Y2)])
    shapes = {(len(s.row_strategies), len(s.column_strategies)) for s in subsets}
    assert shapes == {(1, 2), (2, 1)}
