"""Best-response polytopes: vertices and labels against hand-computed cases and a brute force."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from sim.games.polytope import column_polytope_vertices, normalised, row_polytope_vertices


def test_normalised_maps_to_one_two_and_constants_to_one():
    assert normalised(np.array([[0.0, 5.0], [10.0, 2.5]])).tolist() == [[1.0, 1.5], [2.0, 1.25]]
    assert normalised(np.full((2, 2), 7.0)).tolist() == [[1.0, 1.0], [1.0, 1.0]]


def test_matching_pennies_column_polytope():
    # A normalised to [[2, 1], [1, 2]]: Q = {y >= 0, 2y1 + y2 <= 1, y1 + 2y2 <= 1}
    vertices = {tuple(np.round(v.point, 9)): v.labels for v in
                column_polytope_vertices(np.array([[1.0, -1.0], [-1.0, 1.0]]))}
    third = round(1 / 3, 9)
    # labels: 0, 1 = row best responses; 2, 3 = y1 = 0, y2 = 0
    assert vertices == {(0.0, 0.0): 0b1100, (0.5, 0.0): 0b1001, (0.0, 0.5): 0b0110,
                        (third, third): 0b0011}


def test_row_polytope_labels_use_column_best_responses():
    # B normalised to [[1, 2], [2, 1]]: P = {x >= 0, x1 + 2x2 <= 1, 2x1 + x2 <= 1}
    vertices = {tuple(np.round(v.point, 9)): v.labels for v in
                row_polytope_vertices(np.array([[-1.0, 1.0], [1.0, -1.0]]))}
    third = round(1 / 3, 9)
    # labels: 0, 1 = x1 = 0, x2 = 0; 2, 3 = column 1, column 2 a best response
    assert vertices == {(0.0, 0.0): 0b0011, (0.5, 0.0): 0b1010, (0.0, 0.5): 0b0101,
                        (third, third): 0b1100}


def test_degenerate_vertex_carries_extra_labels():
    # both column actions pay the same against row 1: the vertex on x1's axis has 3 labels
    vertices = row_polytope_vertices(np.array([[1.0, 1.0], [0.0, 2.0]]))
    assert max(v.label_count for v in vertices) == 3


def brute_vertices(matrix):
    k, d = matrix.shape
    lhs = np.vstack([matrix, -np.eye(d)])
    rhs = np.concatenate([np.ones(k), np.zeros(d)])
    out = set()
    for rows in itertools.combinations(range(k + d), d):
        sub = lhs[list(rows)]
        if abs(np.linalg.det(sub)) < 1e-12:
            continue
        point = np.linalg.solve(sub, rhs[list(rows)])
        if np.all(lhs @ point <= rhs + 1e-9):
            out.add(tuple(np.round(point, 7) + 0.0))
    return out


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 4), st.integers(2, 4), st.integers(0, 2**32 - 1))
def test_vertices_match_a_brute_force_enumeration(m, n, seed):
    rng = np.random.default_rng(seed)
    payoffs = rng.integers(0, 3, (m, n)).astype(float)  # small integers: many degenerate cases
    found = {tuple(np.round(v.point, 7) + 0.0) for v in column_polytope_vertices(payoffs)}
    assert found == brute_vertices(normalised(payoffs))
