"""One door from a validated game specification to a :class:`~sim.games.game.StageGame`.

A scenario's ``parameters`` block (:data:`sim.games.params.GameSpec`) is one of three
specifications; :func:`build_game` dispatches on its ``game`` tag to the module that models
it: :mod:`sim.games.classic`, :mod:`sim.games.usdprk`, or an explicit payoff table.
"""

from __future__ import annotations

from sim.games.classic import classic_game
from sim.games.game import StageGame
from sim.games.params import ClassicSpec, TableSpec, UsDprkSpec
from sim.games.usdprk import usdprk_game

__all__ = ["build_game"]


def build_game(spec: ClassicSpec | UsDprkSpec | TableSpec, name: str | None = None) -> StageGame:
    """The stage game ``spec`` describes, optionally renamed to ``name``.

    Raises :class:`~sim.errors.InputError` when the specification is valid as data but not
    as a game (for example a classic whose payoffs break the order its name requires).
    """
    if isinstance(spec, ClassicSpec):
        game = classic_game(spec.name, spec.T, spec.R, spec.P, spec.S, players=spec.players)
    elif isinstance(spec, UsDprkSpec):
        game = usdprk_game(spec)
    else:
        game = StageGame("Payoff table", (spec.row_player, spec.column_player), spec.row_actions,
                         spec.column_actions, spec.row_payoffs, spec.column_payoffs)  # type: ignore[arg-type]
    if name is None:
        return game
    return StageGame(name, game.players, game.row_actions, game.column_actions,
                     game.row_payoffs, game.column_payoffs)
