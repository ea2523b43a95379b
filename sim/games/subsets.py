"""How the extreme equilibria of a degenerate game fill the set of all equilibria.

Model (Avis, Rosenberg, Savani & von Stengel 2010, "Enumeration of Nash equilibria for
two-player games", Economic Theory 42, §4; Winkels 1979). Join a row strategy and a column
strategy of the extreme equilibria by an edge when together they form an equilibrium. For
every *maximal biclique* — a largest set X of row strategies and Y of column strategies
with every pair joined — each mix of X against each mix of Y is an equilibrium: the set
conv(X) × conv(Y) is a *maximal Nash subset*, and the set of all equilibria is the union of
these subsets. A game has finitely many equilibria exactly when every subset is one point.
Subsets that share an extreme equilibrium belong to the same connected *component*.

Steps of :func:`maximal_nash_subsets`: number the distinct row and column strategies; the
neighbourhood N(x) of a row strategy is the set of columns it is joined to; the closed
column sets are all non-empty intersections of neighbourhoods (found by closing the family
{N(x)} under pairwise intersection); each closed set Y with X(Y) = {x : Y ⊆ N(x)} is one
maximal biclique. Components are then merged by a union–find over shared equilibria.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["NashSubset", "maximal_nash_subsets"]

Strategy = tuple[float, ...]


@dataclass(frozen=True)
class NashSubset:
    """conv(row_strategies) × conv(column_strategies): every pair in it is an equilibrium.

    Attributes:
        row_strategies, column_strategies: the extreme strategies spanning the subset.
        equilibria: indices (into the list given) of the extreme equilibria it contains.
        component: the connected component the subset belongs to (0, 1, ...).
    """

    row_strategies: tuple[Strategy, ...]
    column_strategies: tuple[Strategy, ...]
    equilibria: tuple[int, ...]
    component: int

    @property
    def is_point(self) -> bool:
        """Whether the subset is a single (isolated or shared) equilibrium."""
        return len(self.row_strategies) == 1 and len(self.column_strategies) == 1


def maximal_nash_subsets(pairs: Sequence[tuple[Strategy, Strategy]]) -> tuple[NashSubset, ...]:
    """The maximal Nash subsets spanned by the extreme equilibria ``pairs``."""
    rows = _distinct([x for x, _ in pairs])
    columns = _distinct([y for _, y in pairs])
    edges = {(rows.index(_key(x)), columns.index(_key(y))) for x, y in pairs}
    neighbours = [frozenset(j for i2, j in edges if i2 == i) for i in range(len(rows))]
    bicliques = []
    for ys in sorted(_closed_sets(neighbours), key=lambda s: (-len(s), sorted(s))):
        xs = tuple(i for i, n in enumerate(neighbours) if ys <= n)
        bicliques.append((xs, tuple(sorted(ys))))
    index = {(_key(x), _key(y)): k for k, (x, y) in enumerate(pairs)}
    members = [tuple(sorted(index[(rows[i], columns[j])] for i in xs for j in ys))
               for xs, ys in bicliques]
    components = _components(members)
    return tuple(
        NashSubset(tuple(rows[i] for i in xs), tuple(columns[j] for j in ys), eq, comp)
        for (xs, ys), eq, comp in zip(bicliques, members, components, strict=True)
    )


def _key(strategy: Strategy) -> Strategy:
    return tuple(float(v) for v in np.round(strategy, 8))


def _distinct(strategies: list[Strategy]) -> list[Strategy]:
    seen: list[Strategy] = []
    for strategy in strategies:
        if _key(strategy) not in seen:
            seen.append(_key(strategy))
    return seen


def _closed_sets(neighbourhoods: list[frozenset[int]]) -> set[frozenset[int]]:
    """All non-empty intersections of the given sets (the sets themselves included)."""
    family = {n for n in neighbourhoods if n}
    frontier = set(family)
    while frontier:
        new = {a & b for a in frontier for b in family} - family - {frozenset()}
        family |= new
        frontier = new
    return family


def _components(members: list[tuple[int, ...]]) -> list[int]:
    """Component number of each subset: subsets sharing an equilibrium are joined."""
    parent = list(range(len(members)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, first in enumerate(members):
        for j in range(i):
            if set(first) & set(members[j]):
                parent[find(i)] = find(j)
    roots: dict[int, int] = {}
    return [roots.setdefault(find(i), len(roots)) for i in range(len(members))]
