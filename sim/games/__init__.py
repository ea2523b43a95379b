"""Stage games: payoff tables, equilibria, dominance, classification and thresholds.

The one object is :class:`StageGame` (two players, named actions, a payoff matrix each),
built from a classic name and T, R, P, S (:func:`classic_game`), from the US–DPRK narrative
parameters (:func:`usdprk_game`) or from any validated specification (:func:`build_game`).
Its methods delegate to one module per concept — :mod:`~sim.games.equilibria`,
:mod:`~sim.games.analysis`, :mod:`~sim.games.classify`, :mod:`~sim.games.thresholds` — and
:func:`game_report` gathers everything into one JSON-ready mapping that the CLI and the
dashboard both read.

The names below are imported on first use, so that reading a scenario file (which needs
only :mod:`sim.games.params`) does not load nashpy and scipy.

>>> from sim.games import classic_game
>>> pd = classic_game("prisoners_dilemma", T=5, R=3, P=1, S=0)
>>> [(e.row_strategy, e.column_strategy) for e in pd.equilibria().equilibria]
[((0.0, 1.0), (0.0, 1.0))]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sim.games.build import build_game
    from sim.games.classic import CLASSIC_DEFAULTS, classic_game
    from sim.games.game import StageGame
    from sim.games.report import game_report
    from sim.games.usdprk import USDPRK_PRESETS, usdprk_game

__all__ = [
    "CLASSIC_DEFAULTS",
    "USDPRK_PRESETS",
    "StageGame",
    "build_game",
    "classic_game",
    "game_report",
    "usdprk_game",
]

_HOMES = {
    "CLASSIC_DEFAULTS": "sim.games.classic",
    "USDPRK_PRESETS": "sim.games.usdprk",
    "StageGame": "sim.games.game",
    "build_game": "sim.games.build",
    "classic_game": "sim.games.classic",
    "game_report": "sim.games.report",
    "usdprk_game": "sim.games.usdprk",
}


def __getattr__(name: str) -> Any:
    """Import an exported name from its module on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'sim.games' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
