"""The 2×2 stage game a repeated match is played on, as two payoff matrices.

Index 0 of each player's actions is the cooperative one (cooperate, engage, restrain) and
index 1 the defecting one (defect, pressure, provoke), as in :mod:`sim.games` for classic
and US–DPRK games. ``row[i, j]`` is the row player's payoff when the row player plays
``i`` and the column player ``j``; ``column[i, j]`` the column player's payoff in the same
cell. The engine depends only on these arrays, so any source of a 2×2 game will do:
:meth:`Payoffs.dilemma` from T, R, P, S, or :meth:`Payoffs.from_stage_game` for a
``sim.games.StageGame``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from numpy.typing import NDArray

from sim.errors import InputError

__all__ = ["Payoffs"]

FloatArray = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class Payoffs:
    """Row and column payoff matrices of a two-action game, with names for display."""

    row: FloatArray
    column: FloatArray
    players: tuple[str, str] = ("US", "KP")
    name: str = "game"
    row_actions: tuple[str, str] = ("cooperate", "defect")
    column_actions: tuple[str, str] = ("cooperate", "defect")
    _flat: tuple[FloatArray, FloatArray] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for label in ("row", "column"):
            matrix = np.asarray(getattr(self, label), dtype=float)
            if matrix.shape != (2, 2):
                raise InputError(
                    f"repeated play needs a 2×2 stage game; the {label} payoffs have shape "
                    f"{matrix.shape}; allowed: two actions per player"
                )
            if not np.all(np.isfinite(matrix)):
                raise InputError(f"the {label} payoffs must be finite numbers")
            matrix.setflags(write=False)
            object.__setattr__(self, label, matrix)
        object.__setattr__(self, "_flat", (self.row.ravel(), self.column.ravel()))

    @classmethod
    def dilemma(cls, T: float = 5.0, R: float = 3.0, P: float = 1.0, S: float = 0.0,
                players: tuple[str, str] = ("US", "KP")) -> Payoffs:
        """The symmetric game with payoffs T (temptation), R, P, S (sucker)."""
        row = np.array([[R, S], [T, P]], dtype=float)
        return cls(row=row, column=row.T.copy(), players=players, name="classic")

    @classmethod
    def from_stage_game(cls, game: Any) -> Payoffs:
        """From a ``sim.games.StageGame`` (any object with its attributes)."""
        return cls(
            row=np.asarray(game.row_payoffs, dtype=float),
            column=np.asarray(game.column_payoffs, dtype=float),
            players=(str(game.players[0]), str(game.players[1])),
            name=str(game.name),
            row_actions=_two(game.row_actions),
            column_actions=_two(game.column_actions),
        )

    def own(self, side: Literal[0, 1]) -> FloatArray:
        """Side ``side``'s payoffs indexed ``[own move, other's move]``."""
        return self.row if side == 0 else self.column.T

    def play(self, row_moves: NDArray[np.bool_], column_moves: NDArray[np.bool_],
             out: FloatArray | None = None) -> FloatArray:
        """``[side, ...]``: both players' payoffs for arrays of moves (``True`` = action 1).

        Written into ``out`` (shape ``(2, *row_moves.shape)``) when given.
        """
        cell = (row_moves.view(np.uint8) << 1) | column_moves.view(np.uint8)
        if out is None:
            out = np.empty((2, *cell.shape))
        np.take(self._flat[0], cell, out=out[0])
        np.take(self._flat[1], cell, out=out[1])
        return out

    def rpst(self, side: Literal[0, 1] = 0) -> tuple[float, float, float, float]:
        """(R, P, S, T) of one side: payoffs of CC, DD, CD and DC from its own view."""
        own = self.own(side)
        return float(own[0, 0]), float(own[1, 1]), float(own[0, 1]), float(own[1, 0])


def _two(actions: Any) -> tuple[str, str]:
    names = tuple(str(a) for a in actions)
    if len(names) != 2:
        raise InputError(
            f"repeated play needs a 2×2 stage game; this one has actions {list(names)}; "
            "allowed: two actions per player"
        )
    return names[0], names[1]
