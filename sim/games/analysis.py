"""Dominance and Pareto efficiency in a stage game.

Definitions (Osborne & Rubinstein 1994, §4.2 and §2.9; Fudenberg & Tirole 1991, §2.1):

- Action a of a player is **strictly dominated** when some strategy of that player — another
  action or a *mix* of its other actions — pays strictly more against every action of the
  opponent. A mix can dominate where no single action does, so the test is a linear
  programme: maximise ε subject to σ·U[others, j] ≥ U[a, j] + ε for every opponent action
  j, σ a probability vector; a is strictly dominated iff the optimum ε is positive.
- a is **weakly dominated** by another action b when b pays at least as much against every
  opponent action and strictly more against some.
- An action is **strictly dominant** when it strictly dominates every other action, and
  **weakly dominant** when it weakly dominates every other action.
- **Iterated elimination** of strictly dominated actions removes them round by round; for
  strict dominance the surviving actions do not depend on the order of removal.
- A cell is **Pareto efficient** when no other cell gives one player more and the other no
  less. An equilibrium is *Pareto dominated* when some cell gives both at least as much and
  one of them more — the mark of a dilemma.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import linprog

if TYPE_CHECKING:
    from sim.games.game import StageGame

__all__ = [
    "Analysis",
    "Dominated",
    "analyse",
    "dominated_actions",
    "dominating_mix",
    "pareto_dominating_cells",
    "pareto_efficient_cells",
    "surviving_actions",
]

TOL = 1e-9


@dataclass(frozen=True)
class Dominated:
    """An action that is dominated, and by what (an action or a mix: name -> probability)."""

    action: str
    by: dict[str, float]
    strict: bool


@dataclass(frozen=True)
class Analysis:
    """Dominance and Pareto facts of a game, per player (index 0 row, 1 column).

    Attributes:
        strictly_dominant, weakly_dominant: the player's dominant action, if any.
        dominated: the player's dominated actions (strictly first, then weakly only).
        surviving: the actions left after iterated elimination of strictly dominated ones.
        pareto_cells: (row action, column action) of every Pareto-efficient cell.
    """

    strictly_dominant: tuple[str | None, str | None]
    weakly_dominant: tuple[str | None, str | None]
    dominated: tuple[tuple[Dominated, ...], tuple[Dominated, ...]]
    surviving: tuple[tuple[str, ...], tuple[str, ...]]
    pareto_cells: tuple[tuple[str, str], ...]


def analyse(game: StageGame) -> Analysis:
    """Dominance (per player) and the Pareto-efficient cells of ``game``."""
    own = (game.row_payoffs, game.column_payoffs.T)  # rows = the player's own actions
    names = (game.row_actions, game.column_actions)
    dominant = tuple(_dominant(u, n, strict=True) for u, n in zip(own, names, strict=True))
    weakly = tuple(_dominant(u, n, strict=False) for u, n in zip(own, names, strict=True))
    dominated = tuple(dominated_actions(u, n) for u, n in zip(own, names, strict=True))
    rows, columns = surviving_actions(game.row_payoffs, game.column_payoffs)
    cells = tuple((game.row_actions[i], game.column_actions[j])
                  for i, j in pareto_efficient_cells(game.row_payoffs, game.column_payoffs))
    return Analysis(
        strictly_dominant=(dominant[0], dominant[1]),
        weakly_dominant=(weakly[0], weakly[1]),
        dominated=(dominated[0], dominated[1]),
        surviving=(tuple(game.row_actions[i] for i in rows),
                   tuple(game.column_actions[j] for j in columns)),
        pareto_cells=cells,
    )


def dominating_mix(payoffs: NDArray[np.float64], action: int,
                   among: list[int] | None = None) -> NDArray[np.float64] | None:
    """A mix of the other actions (in ``among``) that strictly dominates ``action``, or None.

    ``payoffs`` has the player's own actions as rows and the opponent's as columns.
    """
    others = [k for k in (among if among is not None else range(len(payoffs))) if k != action]
    if not others:
        return None
    u = payoffs[others]  # k × n
    k, n = u.shape
    # variables: sigma (k), epsilon; maximise epsilon
    cost = np.zeros(k + 1)
    cost[-1] = -1.0
    a_ub = np.hstack([-u.T, np.ones((n, 1))])
    b_ub = -payoffs[action]
    a_eq = np.hstack([np.ones((1, k)), np.zeros((1, 1))])
    bounds = [(0, None)] * k + [(None, None)]
    result = linprog(cost, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=[1.0], bounds=bounds,
                     method="highs")
    scale = 1.0 + float(np.abs(payoffs).max())
    if not result.success or -result.fun <= TOL * scale:
        return None
    mix = np.zeros(len(payoffs))
    mix[others] = np.clip(result.x[:k], 0.0, None)
    return mix / mix.sum()


def dominated_actions(payoffs: NDArray[np.float64], names: tuple[str, ...]) -> tuple[Dominated, ...]:
    """Every dominated action of one player: strictly (by an action or a mix), else weakly."""
    found = []
    for a in range(len(payoffs)):
        pure = [b for b in range(len(payoffs)) if b != a and np.all(payoffs[b] > payoffs[a])]
        weak = [b for b in range(len(payoffs)) if b != a and _weakly_dominates(payoffs, b, a)]
        if pure:
            found.append(Dominated(names[a], {names[pure[0]]: 1.0}, strict=True))
        elif (mix := dominating_mix(payoffs, a)) is not None:
            found.append(Dominated(names[a], _named_mix(mix, names), strict=True))
        elif weak:
            found.append(Dominated(names[a], {names[weak[0]]: 1.0}, strict=False))
    return tuple(sorted(found, key=lambda d: not d.strict))


def surviving_actions(row_payoffs: NDArray[np.float64], column_payoffs: NDArray[np.float64]
                      ) -> tuple[list[int], list[int]]:
    """Row and column actions that survive iterated elimination of strictly dominated ones."""
    rows, columns = list(range(row_payoffs.shape[0])), list(range(row_payoffs.shape[1]))
    changed = True
    while changed:
        changed = False
        for own, keep, other in ((row_payoffs, rows, columns), (column_payoffs.T, columns, rows)):
            sub = own[np.ix_(range(own.shape[0]), other)]
            for a in list(keep):
                if len(keep) > 1 and dominating_mix(sub, a, among=keep) is not None:
                    keep.remove(a)
                    changed = True
    return rows, columns


def pareto_efficient_cells(row_payoffs: NDArray[np.float64],
                           column_payoffs: NDArray[np.float64]) -> list[tuple[int, int]]:
    """(row, column) indices of the cells no other cell Pareto-dominates."""
    m, n = row_payoffs.shape
    return [(i, j) for i in range(m) for j in range(n)
            if not pareto_dominating_cells(row_payoffs, column_payoffs,
                                           row_payoffs[i, j], column_payoffs[i, j])]


def pareto_dominating_cells(row_payoffs: NDArray[np.float64], column_payoffs: NDArray[np.float64],
                            row_value: float, column_value: float) -> list[tuple[int, int]]:
    """Cells giving both players at least (row_value, column_value) and one of them more."""
    better_or_equal = (row_payoffs >= row_value - TOL) & (column_payoffs >= column_value - TOL)
    strictly = (row_payoffs > row_value + TOL) | (column_payoffs > column_value + TOL)
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(better_or_equal & strictly), strict=True)]


def _weakly_dominates(payoffs: NDArray[np.float64], b: int, a: int) -> bool:
    return bool(np.all(payoffs[b] >= payoffs[a]) and np.any(payoffs[b] > payoffs[a]))


def _dominant(payoffs: NDArray[np.float64], names: tuple[str, ...], strict: bool) -> str | None:
    for a in range(len(payoffs)):
        others = [b for b in range(len(payoffs)) if b != a]
        if strict and all(np.all(payoffs[a] > payoffs[b]) for b in others):
            return names[a]
        if not strict and all(_weakly_dominates(payoffs, a, b) for b in others):
            return names[a]
    return None


def _named_mix(mix: NDArray[np.float64], names: tuple[str, ...]) -> dict[str, float]:
    return {names[k]: float(round(p, 12)) for k, p in enumerate(mix) if p > TOL}
