"""The type of a 2×2 game, read from each player's ordinal preferences.

Model. In a 2×2 game where each player has a cooperative action C and a defecting action
D, a player's preferences are summed up by four payoffs (Rapoport & Chammah 1965;
Axelrod 1984): R (reward, both cooperate), S (sucker, I cooperate and the other defects),
T (temptation, I defect and the other cooperates) and P (punishment, both defect). The
strict order of the four names the player's type:

=====================  =======================  ==========================================
type                   order (best first)       source
=====================  =======================  ==========================================
prisoner's dilemma     T R P S                  Rapoport & Chammah (1965)
deadlock               T P R S, P T R S         Snyder & Diesing (1977)
chicken                T R S P                  Russell (1959); Rapoport & Chammah (1966)
stag hunt              R T P S, R P T S         Rousseau; Skyrms (2004)
harmony                R T S P, R S T P         Rapoport & Guyer (1966)
leader                 T S R P                  Rapoport (1967)
hero                   S T R P                  Rapoport (1967)
=====================  =======================  ==========================================

Any other strict order is "unnamed"; an order with ties is "ties" (the classic names need
strict preferences). When both players have the same type the game has that name; two
asymmetric combinations have names of their own in the crisis-bargaining literature —
**Bully** (one player chicken, the other deadlock; Snyder & Diesing 1977, Poundstone 1992)
and **Called Bluff** (one chicken, the other prisoner's dilemma; Snyder & Diesing 1977) —
and any other pair is reported as "asymmetric", naming each player's type.

Which action is C? By the convention of :mod:`sim.games`, action 0 of each player. If that
reading leaves a player unnamed, the other three readings are tried and the first in which
both players have a named type is reported, with the actions read as cooperative.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sim.games.game import StageGame

__all__ = [
    "ASYMMETRIC_NAMES",
    "GAME_LABELS",
    "PLAYER_ORDERINGS",
    "GameType",
    "classify",
    "ordering_text",
    "ordinal_payoffs",
    "player_type",
    "required_ordering",
]

#: Strict orders (best first) that give a player each named type.
PLAYER_ORDERINGS: dict[str, tuple[str, ...]] = {
    "prisoners_dilemma": ("TRPS",),
    "deadlock": ("TPRS", "PTRS"),
    "chicken": ("TRSP",),
    "stag_hunt": ("RTPS", "RPTS"),
    "harmony": ("RTSP", "RSTP"),
    "leader": ("TSRP",),
    "hero": ("STRP",),
}

#: Named asymmetric pairs of player types (order-free).
ASYMMETRIC_NAMES: dict[frozenset[str], str] = {
    frozenset({"chicken", "deadlock"}): "bully",
    frozenset({"chicken", "prisoners_dilemma"}): "called_bluff",
}

#: English names of game and player types (the dashboard translates these ids).
GAME_LABELS: dict[str, str] = {
    "prisoners_dilemma": "Prisoner's dilemma",
    "deadlock": "Deadlock",
    "chicken": "Chicken",
    "stag_hunt": "Stag hunt",
    "harmony": "Harmony",
    "leader": "Leader",
    "hero": "Hero",
    "bully": "Bully",
    "called_bluff": "Called bluff",
    "asymmetric": "Asymmetric game",
    "unnamed": "Unnamed ordering",
    "ties": "Ties in the payoffs",
    "not_2x2": "Not a 2×2 game",
}

_ORDER_TO_TYPE = {order: kind for kind, orders in PLAYER_ORDERINGS.items() for order in orders}


@dataclass(frozen=True)
class GameType:
    """The classification of a game.

    Attributes:
        id: ``prisoners_dilemma``, ``chicken``, … for a game whose players share a type;
            ``bully`` or ``called_bluff``; ``asymmetric``; ``unnamed`` (a player's strict
            order has no name), ``ties``, or ``not_2x2``.
        label: the type in plain English, with each player's type when they differ.
        row_type, column_type: each player's own type (None for a game that is not 2×2).
        row_order, column_order: each player's order of T, R, P, S, e.g. "T > R > P > S".
        cooperative_actions: the (row, column) actions read as cooperative.
        relabelled: True when those are not action 0 of each player.
    """

    id: str
    label: str
    row_type: str | None = None
    column_type: str | None = None
    row_order: str | None = None
    column_order: str | None = None
    cooperative_actions: tuple[str, str] | None = None
    relabelled: bool = False


def ordinal_payoffs(game: StageGame, player: int, cooperative: tuple[int, int] = (0, 0)
                    ) -> dict[str, float]:
    """T, R, P, S of ``player`` (0 row, 1 column) with ``cooperative`` = (row C, column C)."""
    c_row, c_col = cooperative
    d_row, d_col = 1 - c_row, 1 - c_col
    if player == 0:
        a = game.row_payoffs
        return {"T": float(a[d_row, c_col]), "R": float(a[c_row, c_col]),
                "P": float(a[d_row, d_col]), "S": float(a[c_row, d_col])}
    b = game.column_payoffs
    return {"T": float(b[c_row, d_col]), "R": float(b[c_row, c_col]),
            "P": float(b[d_row, d_col]), "S": float(b[d_row, c_col])}


def player_type(T: float, R: float, P: float, S: float) -> str:
    """The named type of one player's strict order of T, R, P, S ("ties"/"unnamed" else)."""
    values = {"T": T, "R": R, "P": P, "S": S}
    if len(set(values.values())) < 4:
        return "ties"
    order = "".join(sorted(values, key=values.__getitem__, reverse=True))
    return _ORDER_TO_TYPE.get(order, "unnamed")


def ordering_text(T: float, R: float, P: float, S: float) -> str:
    """The order of T, R, P, S, best first, e.g. ``"T > R > P > S"`` or ``"T = R > P > S"``."""
    values = {"T": T, "R": R, "P": P, "S": S}
    names = sorted(values, key=lambda k: (-values[k], "TRPS".index(k)))
    text = names[0]
    for before, name in pairwise(names):
        text += (" = " if values[name] == values[before] else " > ") + name
    return text


def required_ordering(kind: str) -> str:
    """The strict order(s) a player needs to be of type ``kind``, as readable text."""
    return " or ".join(" > ".join(order) for order in PLAYER_ORDERINGS[kind])


def classify(game: StageGame) -> GameType:
    """The type of ``game`` (see the module docstring for the rules and their sources)."""
    if not game.is_2x2:
        return GameType("not_2x2", "Not a 2×2 game: ordinal types are defined for games "
                                   "in which each player has two actions")
    readings = [(0, 0), (0, 1), (1, 0), (1, 1)]
    typed = [(c, _types(game, c)) for c in readings]
    named = [(c, t) for c, t in typed if not {t[0], t[1]} & {"ties", "unnamed"}]
    cooperative, (row_type, column_type) = named[0] if named else typed[0]
    return _game_type(game, cooperative, row_type, column_type)


def _types(game: StageGame, cooperative: tuple[int, int]) -> tuple[str, str]:
    return (player_type(**ordinal_payoffs(game, 0, cooperative)),
            player_type(**ordinal_payoffs(game, 1, cooperative)))


def _game_type(game: StageGame, cooperative: tuple[int, int], row_type: str,
               column_type: str) -> GameType:
    row, col = game.players
    pair = {row_type, column_type}
    if pair & {"ties", "unnamed"}:
        kind = "ties" if "ties" in pair else "unnamed"
    elif row_type == column_type:
        kind = row_type
    else:
        kind = ASYMMETRIC_NAMES.get(frozenset(pair), "asymmetric")
    label = GAME_LABELS[kind]
    if row_type != column_type or kind in {"ties", "unnamed"}:
        label += (f" ({row} {GAME_LABELS[row_type].lower()}, "
                  f"{col} {GAME_LABELS[column_type].lower()})")
    return GameType(
        id=kind, label=label, row_type=row_type, column_type=column_type,
        row_order=ordering_text(**ordinal_payoffs(game, 0, cooperative)),
        column_order=ordering_text(**ordinal_payoffs(game, 1, cooperative)),
        cooperative_actions=(game.row_actions[cooperative[0]],
                             game.column_actions[cooperative[1]]),
        relabelled=cooperative != (0, 0),
    )
