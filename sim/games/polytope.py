"""Best-response polytopes of a bimatrix game and their labelled vertices.

Model (von Stengel 2002, "Computing equilibria for two-person games", Handbook of Game
Theory vol. 3, ch. 45, §3; Nisan et al. 2007, ch. 3.5). With payoffs made positive, the
row player's best-response polytope is P = {x ≥ 0 : Bᵀx ≤ 1} and the column player's is
Q = {y ≥ 0 : Ay ≤ 1}. A point carries the *labels* of the inequalities it meets with
equality: for x ∈ P, label i when x_i = 0 and label m + j when column j is a best
response to x; for y ∈ Q, label i when row i is a best response to y and label m + j when
y_j = 0. A pair (x, y) ≠ (0, 0) whose labels together cover all m + n is a Nash
equilibrium after normalising each to sum 1, and the extreme equilibria are exactly the
completely labelled pairs of vertices.

Steps:

1. Rescale each player's payoffs to [1, 2] (equilibria do not change under a positive
   affine transformation of one player's payoffs), so both polytopes are bounded.
2. Build the half-spaces with nashpy's ``build_halfspaces`` and intersect them with
   scipy's Qhull (``HalfspaceIntersection``) once per polytope, from a known interior
   point (nashpy solves a linear programme for it and rebuilds Q for every vertex of P).
3. Read each vertex's labels, re-solve its tight constraints for full precision and drop
   duplicates (Qhull reports a degenerate vertex once per facet of the dual hull).

A game is *degenerate* exactly when some vertex has more labels than its dimension (some
strategy with k pure actions in its support has more than k pure best responses).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from nashpy.polytope import build_halfspaces
from numpy.typing import NDArray
from scipy.spatial import HalfspaceIntersection

__all__ = ["LABEL_TOL", "Vertex", "column_polytope_vertices", "normalised", "row_polytope_vertices"]

#: Tolerance for a constraint to count as tight, on the rescaled payoffs in [1, 2].
LABEL_TOL = 1e-9


@dataclass(frozen=True)
class Vertex:
    """A vertex of a best-response polytope: its point and its labels (a bit mask)."""

    point: NDArray[np.float64]
    labels: int

    @property
    def label_count(self) -> int:
        """How many labels the vertex carries."""
        return self.labels.bit_count()


def normalised(payoffs: NDArray[np.float64]) -> NDArray[np.float64]:
    """``payoffs`` rescaled to [1, 2] (all ones for a constant matrix)."""
    low, high = float(payoffs.min()), float(payoffs.max())
    if high - low <= 0.0:
        return np.ones_like(payoffs)
    return 1.0 + (payoffs - low) / (high - low)


def row_polytope_vertices(column_payoffs: NDArray[np.float64]) -> list[Vertex]:
    """Vertices of P = {x ≥ 0 : Bᵀx ≤ 1} with labels i (x_i = 0) and m + j (j best)."""
    m, n = column_payoffs.shape
    best, zero = [m + j for j in range(n)], list(range(m))
    return _vertices(normalised(column_payoffs).T, best + zero)


def column_polytope_vertices(row_payoffs: NDArray[np.float64]) -> list[Vertex]:
    """Vertices of Q = {y ≥ 0 : Ay ≤ 1} with labels i (row i best) and m + j (y_j = 0)."""
    m, n = row_payoffs.shape
    best, zero = list(range(m)), [m + j for j in range(n)]
    return _vertices(normalised(row_payoffs), best + zero)


def _vertices(matrix: NDArray[np.float64], label_of_row: list[int]) -> list[Vertex]:
    """Vertices of {z ≥ 0 : matrix · z ≤ 1}; constraint k carries label ``label_of_row[k]``."""
    halfspaces = build_halfspaces(matrix)  # rows: [matrix | -1] then [-I | 0]
    lhs, rhs = halfspaces[:, :-1], -halfspaces[:, -1]
    interior = np.full(matrix.shape[1], 0.5 / matrix.sum(axis=1).max())
    intersection = HalfspaceIntersection(halfspaces, interior)
    found: dict[tuple[float, ...], Vertex] = {}
    for raw in intersection.intersections:
        tight = np.abs(lhs @ raw - rhs) <= LABEL_TOL * 10
        point = np.linalg.lstsq(lhs[tight], rhs[tight], rcond=None)[0]
        point[np.abs(point) <= LABEL_TOL] = 0.0
        tight = np.abs(lhs @ point - rhs) <= LABEL_TOL
        labels = sum(1 << label_of_row[k] for k in np.flatnonzero(tight))
        found.setdefault(tuple(np.asarray(point).round(9).tolist()), Vertex(point, labels))
    return list(found.values())
