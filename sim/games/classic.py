"""The classic symmetric 2×2 games, built from T, R, P, S.

Model. Each player chooses ``cooperate`` (action 0) or ``defect`` (action 1); with the
four payoffs T (temptation), R (reward), P (punishment) and S (sucker) the row player's
matrix is ``[[R, S], [T, P]]`` and, the game being symmetric, the column player's is its
transpose. The name fixes the order the payoffs must have (best first; the table and its
sources are in :mod:`sim.games.classify`):

- ``prisoners_dilemma``: T > R > P > S (Rapoport & Chammah 1965). In the repeated game
  one also asks 2R > T + S, so that taking turns at exploiting each other does not pay more
  than steady cooperation (Axelrod 1984, p. 10); a violation is a warning, not an error.
- ``chicken``: T > R > S > P (Russell 1959; here: backing down is cooperating).
- ``stag_hunt``: R > T > P > S or R > P > T > S (Skyrms 2004).
- ``deadlock``: T > P > R > S or P > T > R > S (Snyder & Diesing 1977).
- ``harmony``: R > T > S > P or R > S > T > P.

A violated order is an :class:`~sim.errors.InputError` that names the order required.
"""

from __future__ import annotations

import numpy as np

from sim.errors import InputError, check_choice
from sim.games.classify import ordering_text, player_type, required_ordering
from sim.games.game import StageGame
from sim.games.params import CLASSIC_NAMES

__all__ = ["CLASSIC_ACTIONS", "CLASSIC_DEFAULTS", "classic_game", "classic_warnings"]

CLASSIC_ACTIONS: tuple[str, str] = ("cooperate", "defect")

#: Textbook payoffs (T, R, P, S) for each classic, used as defaults by the CLI and dashboard.
CLASSIC_DEFAULTS: dict[str, tuple[float, float, float, float]] = {
    "prisoners_dilemma": (5.0, 3.0, 1.0, 0.0),  # Axelrod (1984)
    "chicken": (4.0, 3.0, 1.0, 2.0),  # Rapoport & Chammah (1966), ordinal 4 > 3 > 2 > 1
    "stag_hunt": (3.0, 4.0, 2.0, 1.0),  # Skyrms (2004), ordinal
    "deadlock": (4.0, 2.0, 3.0, 1.0),  # Snyder & Diesing (1977), ordinal
    "harmony": (3.0, 4.0, 1.0, 2.0),  # ordinal
}

_LABELS = {
    "prisoners_dilemma": "a prisoner's dilemma",
    "chicken": "chicken",
    "stag_hunt": "a stag hunt",
    "deadlock": "deadlock",
    "harmony": "harmony",
}


def classic_game(name: str, T: float, R: float, P: float, S: float,
                 players: tuple[str, str] = ("US", "KP")) -> StageGame:
    """The symmetric classic game ``name`` with payoffs T, R, P, S.

    Raises :class:`InputError` for an unknown name, a non-finite payoff or payoffs whose
    order does not make the game what its name says.
    """
    check_choice("classic game", name, CLASSIC_NAMES)
    values = {"T": T, "R": R, "P": P, "S": S}
    for key, value in values.items():
        if not isinstance(value, int | float) or not np.isfinite(value):
            raise InputError(f"{key} = {value!r} is not a finite number; payoffs must be numbers")
    if player_type(T, R, P, S) != name:
        raise InputError(
            f"{_LABELS[name]} needs {required_ordering(name)}, but T={T:g}, R={R:g}, P={P:g}, "
            f"S={S:g} give {ordering_text(T, R, P, S)}"
        )
    row = np.array([[R, S], [T, P]], dtype=np.float64)
    title = {"prisoners_dilemma": "Prisoner's dilemma"}.get(name, name.replace("_", " ").capitalize())
    return StageGame(title, players, CLASSIC_ACTIONS, CLASSIC_ACTIONS, row, row.T)


def classic_warnings(name: str, T: float, R: float, P: float, S: float) -> tuple[str, ...]:
    """Conditions the literature adds to a classic's order that these payoffs break."""
    if name == "prisoners_dilemma" and 2 * R <= T + S:
        return (f"2R = {2 * R:g} is not above T + S = {T + S:g}: in the repeated game, taking "
                "turns at exploiting each other pays at least as much as steady cooperation "
                "(Axelrod 1984 asks 2R > T + S)",)
    return ()
