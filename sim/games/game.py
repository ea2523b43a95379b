"""The stage game: two players, named actions, one payoff matrix per player.

A :class:`StageGame` is the one object every other module of :mod:`sim.games` reads. The
row player chooses a row, the column player a column; ``row_payoffs[i, j]`` is what the row
player gets and ``column_payoffs[i, j]`` what the column player gets when row action ``i``
meets column action ``j`` (the bimatrix convention of Nisan et al. 2007, ch. 3, and of
nashpy's ``Game(A, B)``).

Construction validates everything once (shapes, finite numbers, distinct names) and raises
:class:`~sim.errors.InputError` naming the problem; afterwards the game is immutable (its
arrays are read-only copies). The analysis methods are thin, documented delegates to the
one-concept modules beside this one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from sim.errors import InputError

if TYPE_CHECKING:
    from sim.games.analysis import Analysis
    from sim.games.classify import GameType
    from sim.games.equilibria import EquilibriumSet
    from sim.games.thresholds import Threshold

__all__ = ["MAX_ABS_PAYOFF", "MAX_ACTIONS", "MIN_ACTIONS", "StageGame"]

MIN_ACTIONS = 2
MAX_ACTIONS = 8
#: Payoffs are kept to a range where equality tolerances of 1e-9 stay meaningful.
MAX_ABS_PAYOFF = 1e6


@dataclass(frozen=True, eq=False)
class StageGame:
    """A finite two-player game in normal form with named players and actions.

    Attributes:
        name: what the game is called (shown in titles and reports).
        players: (row player, column player), e.g. ``("US", "KP")``.
        row_actions: the row player's action names, one per row.
        column_actions: the column player's action names, one per column.
        row_payoffs: ``m × n`` matrix of the row player's payoffs.
        column_payoffs: ``m × n`` matrix of the column player's payoffs.
    """

    name: str
    players: tuple[str, str]
    row_actions: tuple[str, ...]
    column_actions: tuple[str, ...]
    row_payoffs: NDArray[np.float64]
    column_payoffs: NDArray[np.float64]

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "name", _name("game name", self.name))
        set_(self, "players", _names("player", self.players, exact=2))
        set_(self, "row_actions", _names(f"{self.players[0]}'s action", self.row_actions))
        set_(self, "column_actions", _names(f"{self.players[1]}'s action", self.column_actions))
        shape = (len(self.row_actions), len(self.column_actions))
        set_(self, "row_payoffs", _matrix(f"{self.players[0]}'s payoffs", self.row_payoffs, shape))
        set_(self, "column_payoffs",
             _matrix(f"{self.players[1]}'s payoffs", self.column_payoffs, shape))

    @classmethod
    def from_arrays(
        cls,
        row_payoffs: ArrayLike,
        column_payoffs: ArrayLike,
        row_actions: Sequence[str] | None = None,
        column_actions: Sequence[str] | None = None,
        players: tuple[str, str] = ("Row", "Column"),
        name: str = "Custom game",
    ) -> StageGame:
        """Build a game from two payoff matrices; actions default to ``r1, r2, …``/``c1, …``.

        Raises :class:`InputError` if the matrices are not 2-D numeric arrays of one shape
        with finite entries, or if names are empty or repeated.
        """
        rows = _as_2d("row payoffs", row_payoffs)
        cols = _as_2d("column payoffs", column_payoffs)
        if rows.shape != cols.shape:
            raise InputError(
                f"the payoff matrices have shapes {rows.shape} and {cols.shape}; both players "
                "need one payoff per cell, so the shapes must be equal"
            )
        m, n = rows.shape
        row_names = tuple(row_actions) if row_actions is not None else _default("r", m)
        col_names = tuple(column_actions) if column_actions is not None else _default("c", n)
        return cls(name, tuple(players), row_names, col_names, rows, cols)  # type: ignore[arg-type]

    # -- shape and lookups -------------------------------------------------------------

    @property
    def shape(self) -> tuple[int, int]:
        """(number of row actions, number of column actions)."""
        return len(self.row_actions), len(self.column_actions)

    @property
    def is_2x2(self) -> bool:
        """Whether each player has exactly two actions."""
        return self.shape == (2, 2)

    @property
    def is_symmetric(self) -> bool:
        """Whether swapping the players leaves the game unchanged (B = Aᵀ)."""
        return self.shape[0] == self.shape[1] and bool(
            np.allclose(self.column_payoffs, self.row_payoffs.T, rtol=0.0, atol=1e-12)
        )

    def payoffs(self, player: int) -> NDArray[np.float64]:
        """The payoff matrix of player 0 (row) or 1 (column), rows = row actions."""
        return self.row_payoffs if player == 0 else self.column_payoffs

    def actions(self, player: int) -> tuple[str, ...]:
        """The action names of player 0 (row) or 1 (column)."""
        return self.row_actions if player == 0 else self.column_actions

    def cell(self, row: int, column: int) -> tuple[float, float]:
        """(row payoff, column payoff) when row action ``row`` meets column action ``column``."""
        return float(self.row_payoffs[row, column]), float(self.column_payoffs[row, column])

    def with_payoffs(self, row_payoffs: ArrayLike, column_payoffs: ArrayLike) -> StageGame:
        """The same players and actions with new payoff matrices (validated again)."""
        return StageGame(self.name, self.players, self.row_actions, self.column_actions,
                         _as_2d("row payoffs", row_payoffs), _as_2d("column payoffs", column_payoffs))

    # -- facade: documented delegates to the one-concept modules ------------------------

    def equilibria(self) -> EquilibriumSet:
        """Every Nash equilibrium; see :func:`sim.games.equilibria.nash_equilibria`."""
        from sim.games.equilibria import nash_equilibria

        return nash_equilibria(self)

    def analysis(self) -> Analysis:
        """Dominance and Pareto efficiency; see :func:`sim.games.analysis.analyse`."""
        from sim.games.analysis import analyse

        return analyse(self)

    def game_type(self) -> GameType:
        """The ordinal type of a 2×2 game; see :func:`sim.games.classify.classify`."""
        from sim.games.classify import classify

        return classify(self)

    def thresholds(self, trustworthy_temptation: float | None = None) -> tuple[Threshold, ...]:
        """Analytic thresholds of a 2×2 game; see :func:`sim.games.thresholds.thresholds`."""
        from sim.games.thresholds import thresholds

        return thresholds(self, trustworthy_temptation=trustworthy_temptation)

    def report(self, trustworthy_temptation: float | None = None) -> dict[str, Any]:
        """The JSON-ready report; see :func:`sim.games.report.game_report`."""
        from sim.games.report import game_report

        return game_report(self, trustworthy_temptation=trustworthy_temptation)

    # -- value semantics ---------------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, StageGame):
            return NotImplemented
        return (self.name, self.players, self.row_actions, self.column_actions) == (
            other.name, other.players, other.row_actions, other.column_actions
        ) and bool(np.array_equal(self.row_payoffs, other.row_payoffs)
                   and np.array_equal(self.column_payoffs, other.column_payoffs))

    def __hash__(self) -> int:
        return hash((self.name, self.players, self.row_actions, self.column_actions,
                     self.row_payoffs.tobytes(), self.column_payoffs.tobytes()))


def _default(prefix: str, count: int) -> tuple[str, ...]:
    return tuple(f"{prefix}{i + 1}" for i in range(count))


def _name(what: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{what} must be a non-empty text, got {value!r}")
    if len(value) > 80:
        raise InputError(f"{what} {value[:20]!r}... is {len(value)} characters; at most 80 allowed")
    return value.strip()


def _names(what: str, values: object, exact: int | None = None) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise InputError(f"{what} names must be a list of texts, got {values!r}")
    names = tuple(_name(f"a {what} name", v) for v in values)
    if exact is not None and len(names) != exact:
        raise InputError(f"a stage game has exactly {exact} {what}s, got {len(names)}")
    if exact is None and not MIN_ACTIONS <= len(names) <= MAX_ACTIONS:
        raise InputError(
            f"got {len(names)} {what}(s); each player needs {MIN_ACTIONS} to {MAX_ACTIONS} actions"
        )
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise InputError(f"{what} names must be distinct, but {', '.join(repeated)} repeats")
    return names


def _as_2d(what: str, values: ArrayLike) -> NDArray[np.float64]:
    try:
        array = np.array(values, dtype=np.float64)
    except (TypeError, ValueError):
        raise InputError(f"{what} must be a table of numbers (rows of equal length)") from None
    if array.ndim != 2:
        raise InputError(f"{what} must be a 2-D table (rows × columns), got {array.ndim} dimension(s)")
    return array


def _matrix(what: str, values: ArrayLike, shape: tuple[int, int]) -> NDArray[np.float64]:
    array = _as_2d(what, values).copy()
    if array.shape != shape:
        raise InputError(
            f"{what} form a {array.shape[0]}×{array.shape[1]} table, but the actions call for "
            f"{shape[0]}×{shape[1]} (one row per row action, one column per column action)"
        )
    if not np.all(np.isfinite(array)):
        raise InputError(f"{what} contain a missing or infinite value; every payoff must be a number")
    if np.max(np.abs(array)) > MAX_ABS_PAYOFF:
        raise InputError(f"{what} contain {np.max(np.abs(array)):g}; payoffs must lie within "
                         f"±{MAX_ABS_PAYOFF:g}")
    array.setflags(write=False)
    return array
