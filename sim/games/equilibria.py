"""Every Nash equilibrium of a stage game, pure and mixed, with a check that none is missed.

Model. A Nash equilibrium is a pair of mixed strategies (x, y), each a best response to
the other (Nash 1951). Two algorithms of Nisan et al. (2007, ch. 3) find them:

- **support enumeration** (Algorithm 3.4), run with nashpy's ``support_enumeration`` over
  every pair of supports. It is exact on nondegenerate games in theory, but nashpy rejects
  a solution with a component like −5·10⁻¹⁸, so in practice it misses equilibria of about
  2.5 % of random 3×3 games (nashpy issues #67 and #222), and on degenerate games it cannot
  see equilibria whose indifference equations have more than one solution;
- **vertex enumeration** (Algorithm 3.5) of :mod:`sim.games.polytope`, which finds every
  *extreme* equilibrium, degenerate games included (von Stengel 2002).

Steps of :func:`nash_equilibria`:

1. Run support enumeration (for games up to :data:`SUPPORT_PAIR_LIMIT` support pairs; past
   that, vertex enumeration alone is complete and far faster) and vertex enumeration.
2. Clean each candidate (clip round-off below zero, renormalise) and keep it only if it
   passes an independent check: each strategy's expected payoff equals the best pure
   reply's, within 10⁻⁹ of the payoff scale.
3. Merge the two lists, dropping duplicates, and record which method found which.
4. In a degenerate game, group the extreme equilibria into maximal Nash subsets
   (:mod:`sim.games.subsets`) and say in plain words whether a continuum exists.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from itertools import product
from typing import TYPE_CHECKING

import nashpy as nash
import numpy as np
from numpy.typing import NDArray

from sim.games.polytope import column_polytope_vertices, row_polytope_vertices
from sim.games.subsets import NashSubset, maximal_nash_subsets

if TYPE_CHECKING:
    from sim.games.game import StageGame

__all__ = [
    "SUPPORT_PAIR_LIMIT",
    "Equilibrium",
    "EquilibriumSet",
    "is_equilibrium",
    "nash_equilibria",
    "support_enumeration_candidates",
    "vertex_enumeration_candidates",
]

#: Support enumeration runs when there are at most this many pairs of supports (6×6 has 3,969).
SUPPORT_PAIR_LIMIT = 5000
SUPPORT, VERTEX = "support_enumeration", "vertex_enumeration"

Strategy = tuple[float, ...]


@dataclass(frozen=True)
class Equilibrium:
    """One Nash equilibrium: both mixed strategies, both expected payoffs, who found it."""

    row_strategy: Strategy
    column_strategy: Strategy
    row_payoff: float
    column_payoff: float
    found_by: tuple[str, ...]

    @property
    def is_pure(self) -> bool:
        """Whether both players play one action with certainty."""
        return max(self.row_strategy) == 1.0 and max(self.column_strategy) == 1.0

    @property
    def kind(self) -> str:
        """``"pure"`` or ``"mixed"``."""
        return "pure" if self.is_pure else "mixed"

    @property
    def supports(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The actions each player plays with positive probability."""
        return (tuple(i for i, p in enumerate(self.row_strategy) if p > 0),
                tuple(j for j, q in enumerate(self.column_strategy) if q > 0))


@dataclass(frozen=True)
class EquilibriumSet:
    """All equilibria of a game: the extreme ones, and how they fill the whole set.

    Attributes:
        equilibria: every extreme equilibrium (every equilibrium when the set is finite),
            pure ones first.
        degenerate: whether some strategy has more pure best responses than its support size.
        subsets: the maximal Nash subsets; each is conv(row strategies) × conv(column
            strategies) of some of the equilibria, and their union is the set of all equilibria.
        support_enumeration_ran: False when the game was too large for it.
    """

    equilibria: tuple[Equilibrium, ...]
    degenerate: bool
    subsets: tuple[NashSubset, ...]
    support_enumeration_ran: bool = True

    @property
    def finite(self) -> bool:
        """Whether the game has finitely many equilibria (every subset is one point)."""
        return all(s.is_point for s in self.subsets)

    @property
    def missed_by_support_enumeration(self) -> int:
        """How many listed equilibria nashpy's support enumeration alone did not find."""
        if not self.support_enumeration_ran:
            return 0
        return sum(SUPPORT not in e.found_by for e in self.equilibria)

    @property
    def note(self) -> str:
        """The result in plain words (never a bare count)."""
        total = len(self.equilibria)
        pure = sum(e.is_pure for e in self.equilibria)
        mix = f"{pure} pure, {total - pure} mixed"
        if not self.finite:
            sets = "the maximal set" if len(self.subsets) == 1 else (
                f"each of the {len(self.subsets)} maximal sets")
            text = (f"This game is degenerate: a continuum of equilibria exists. Its {total} "
                    f"extreme equilibria ({mix}) are listed; in {sets} below, every mix of the "
                    "listed row strategies against every mix of the listed column strategies "
                    "is also an equilibrium.")
        elif self.degenerate:
            text = (f"This game is degenerate (a strategy has more best replies than actions in "
                    f"its support), yet its equilibria are finitely many: {total} ({mix}).")
        elif total > 1:
            text = f"The game has {total} Nash equilibria ({mix})."
        else:
            text = "The game has a unique Nash equilibrium, in " + (
                "pure strategies." if pure else "mixed strategies.")
        missed = self.missed_by_support_enumeration
        if missed == total:
            text += " Support enumeration alone finds no equilibrium here; vertex enumeration does."
        elif missed:
            text += (f" Support enumeration alone misses {missed} of the {total}; vertex "
                     f"enumeration finds {'it' if missed == 1 else 'them'}.")
        return text


def is_equilibrium(a: NDArray[np.float64], b: NDArray[np.float64], x: NDArray[np.float64],
                   y: NDArray[np.float64], tol: float | None = None) -> bool:
    """Whether (x, y) is a mutual best response in the bimatrix game (A, B)."""
    scale = 1.0 + max(float(np.abs(a).max()), float(np.abs(b).max()))
    tol = 1e-9 * scale if tol is None else tol
    row_values, column_values = a @ y, x @ b
    return bool(x @ row_values >= row_values.max() - tol
                and column_values @ y >= column_values.max() - tol)


def support_enumeration_candidates(a: NDArray[np.float64], b: NDArray[np.float64]
                                   ) -> list[tuple[NDArray[np.float64], NDArray[np.float64]]]:
    """Nashpy's support enumeration over all support pairs (its degeneracy warning muted)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return [(np.asarray(x, float), np.asarray(y, float))
                for x, y in nash.Game(a, b).support_enumeration()]


def vertex_enumeration_candidates(a: NDArray[np.float64], b: NDArray[np.float64]
                                  ) -> tuple[list[tuple[NDArray[np.float64], NDArray[np.float64]]],
                                             bool]:
    """Completely labelled vertex pairs, normalised; and whether the game is degenerate."""
    m, n = a.shape
    rows, columns = row_polytope_vertices(b), column_polytope_vertices(a)
    full = (1 << (m + n)) - 1
    degenerate = (any(v.label_count > m for v in rows)
                  or any(v.label_count > n for v in columns))
    pairs = [(x.point / x.point.sum(), y.point / y.point.sum())
             for x, y in product(rows, columns)
             if x.point.any() and y.point.any() and x.labels | y.labels == full]
    return pairs, degenerate


def nash_equilibria(game: StageGame) -> EquilibriumSet:
    """Every Nash equilibrium of ``game`` (see the module docstring for the steps)."""
    a, b = game.row_payoffs, game.column_payoffs
    m, n = a.shape
    run_support = (2**m - 1) * (2**n - 1) <= SUPPORT_PAIR_LIMIT
    found: dict[tuple[float, ...], tuple[NDArray[np.float64], NDArray[np.float64], set[str]]] = {}
    vertex_pairs, degenerate = vertex_enumeration_candidates(a, b)
    sources = [(VERTEX, vertex_pairs)]
    if run_support:
        sources.append((SUPPORT, support_enumeration_candidates(a, b)))
    for method, candidates in sources:
        for raw_x, raw_y in candidates:
            x, y = _clean(raw_x), _clean(raw_y)
            if x is None or y is None or not is_equilibrium(a, b, x, y):
                continue
            key = tuple(np.round(np.concatenate([x, y]), 8))
            found.setdefault(key, (x, y, set()))[2].add(method)
    equilibria = sorted((_equilibrium(a, b, x, y, who) for x, y, who in found.values()),
                        key=_order)
    if not equilibria:
        raise RuntimeError(f"no equilibrium found for {game.name!r}; every finite game has one")
    subsets = maximal_nash_subsets([(e.row_strategy, e.column_strategy) for e in equilibria])
    return EquilibriumSet(tuple(equilibria), degenerate, subsets, run_support)


def _clean(strategy: NDArray[np.float64]) -> NDArray[np.float64] | None:
    """Clip round-off below zero and renormalise; None if it is not a distribution."""
    if strategy.min() < -1e-9 or not np.isfinite(strategy).all():
        return None
    clipped = np.where(strategy < 1e-12, 0.0, strategy)
    total = clipped.sum()
    if total <= 0:
        return None
    clipped = np.round(clipped / total, 12)
    clipped = clipped / clipped.sum()
    return np.where(np.isclose(clipped, 1.0, rtol=0.0, atol=1e-12), 1.0, clipped)


def _equilibrium(a: NDArray[np.float64], b: NDArray[np.float64], x: NDArray[np.float64],
                 y: NDArray[np.float64], found_by: set[str]) -> Equilibrium:
    return Equilibrium(tuple(float(p) for p in x), tuple(float(q) for q in y),
                       float(x @ a @ y), float(x @ b @ y), tuple(sorted(found_by)))


def _order(e: Equilibrium) -> tuple[int, int, tuple[float, ...]]:
    rows, columns = e.supports
    return (len(rows) + len(columns), -int(e.is_pure),
            tuple(-p for p in e.row_strategy + e.column_strategy))
