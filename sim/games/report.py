"""Everything known about a stage game, as one JSON-ready mapping.

:func:`game_report` is what ``peninsula game --json`` prints and what the dashboard's
stage-game explorer draws; both read the same keys:

``name``, ``players`` ({row, column}), ``actions`` and ``payoffs`` (per role, rows = row
actions), ``equilibria`` (each: ``kind``, probabilities per named action for ``row`` and
``column``, expected ``payoffs`` per role, ``pareto_dominated_by`` cells, ``found_by``),
``equilibrium_summary`` (count, pure, mixed, degenerate, finite, the plain-words ``note``,
how many support enumeration alone missed, and the maximal Nash subsets), ``type``,
``dominance`` (per role), ``pareto_efficient`` cells, ``thresholds`` and ``warnings``
(each: ``key``, ``player``, ``message``).
Probabilities are rounded to 12 decimals, payoffs to 9.
"""

from __future__ import annotations

from typing import Any

from sim.games.analysis import Analysis, Dominated, pareto_dominating_cells
from sim.games.classic import classic_warnings
from sim.games.classify import GameType, ordinal_payoffs
from sim.games.equilibria import Equilibrium, EquilibriumSet
from sim.games.game import StageGame
from sim.games.subsets import NashSubset

__all__ = ["ROLES", "game_report"]

ROLES = ("row", "column")


def game_report(game: StageGame, trustworthy_temptation: float | None = None) -> dict[str, Any]:
    """The full report of ``game`` (keys in the module docstring)."""
    equilibria = game.equilibria()
    game_type = game.game_type()
    analysis = game.analysis()
    return {
        "name": game.name,
        "players": dict(zip(ROLES, game.players, strict=True)),
        "actions": {"row": list(game.row_actions), "column": list(game.column_actions)},
        "payoffs": {"row": _rounded(game.row_payoffs.tolist()),
                    "column": _rounded(game.column_payoffs.tolist())},
        "equilibria": [_equilibrium(game, e) for e in equilibria.equilibria],
        "equilibrium_summary": _summary(game, equilibria),
        "type": _type(game_type),
        "dominance": _dominance(game, analysis),
        "pareto_efficient": [list(cell) for cell in analysis.pareto_cells],
        "thresholds": [
            {"key": t.key, "player": t.player, "value": _round(t.value, 12), "reason": t.reason,
             "meaning": t.meaning}
            for t in game.thresholds(trustworthy_temptation)
        ],
        "warnings": _warnings(game, game_type),
    }


def _equilibrium(game: StageGame, e: Equilibrium) -> dict[str, Any]:
    dominated_by = pareto_dominating_cells(game.row_payoffs, game.column_payoffs,
                                           e.row_payoff, e.column_payoff)
    return {
        "kind": e.kind,
        "row": _mix(game.row_actions, e.row_strategy),
        "column": _mix(game.column_actions, e.column_strategy),
        "payoffs": {"row": _round(e.row_payoff, 9), "column": _round(e.column_payoff, 9)},
        "pareto_dominated_by": [[game.row_actions[i], game.column_actions[j]]
                                for i, j in dominated_by],
        "found_by": list(e.found_by),
    }


def _summary(game: StageGame, found: EquilibriumSet) -> dict[str, Any]:
    pure = sum(e.is_pure for e in found.equilibria)
    return {
        "count": len(found.equilibria),
        "pure": pure,
        "mixed": len(found.equilibria) - pure,
        "degenerate": found.degenerate,
        "finite": found.finite,
        "note": found.note,
        "missed_by_support_enumeration": found.missed_by_support_enumeration,
        "support_enumeration_ran": found.support_enumeration_ran,
        "maximal_subsets": [_subset(game, s) for s in found.subsets if not s.is_point],
    }


def _subset(game: StageGame, subset: NashSubset) -> dict[str, Any]:
    return {
        "row": [_mix(game.row_actions, x) for x in subset.row_strategies],
        "column": [_mix(game.column_actions, y) for y in subset.column_strategies],
        "equilibria": list(subset.equilibria),
        "component": subset.component,
    }


def _type(game_type: GameType) -> dict[str, Any]:
    return {
        "id": game_type.id,
        "label": game_type.label,
        "row": game_type.row_type,
        "column": game_type.column_type,
        "row_order": game_type.row_order,
        "column_order": game_type.column_order,
        "cooperative_actions": (list(game_type.cooperative_actions)
                                if game_type.cooperative_actions else None),
        "relabelled": game_type.relabelled,
    }


def _dominance(game: StageGame, analysis: Analysis) -> dict[str, Any]:
    return {
        role: {
            "player": game.players[p],
            "strictly_dominant": analysis.strictly_dominant[p],
            "weakly_dominant": analysis.weakly_dominant[p],
            "dominated": [_dominated(d) for d in analysis.dominated[p]],
            "surviving_iterated_elimination": list(analysis.surviving[p]),
        }
        for p, role in enumerate(ROLES)
    }


def _dominated(d: Dominated) -> dict[str, Any]:
    return {"action": d.action, "by": {k: _round(v, 12) for k, v in d.by.items()},
            "strict": d.strict}


def _warnings(game: StageGame, game_type: GameType) -> list[dict[str, Any]]:
    """Conditions the literature adds to a player's type that the payoffs break."""
    if game_type.cooperative_actions is None:
        return []
    cooperative = (game.row_actions.index(game_type.cooperative_actions[0]),
                   game.column_actions.index(game_type.cooperative_actions[1]))
    out = []
    for p, kind in enumerate((game_type.row_type, game_type.column_type)):
        if kind == "prisoners_dilemma":
            values = ordinal_payoffs(game, p, cooperative)
            out += [{"key": "pd_alternation", "player": game.players[p],
                     "message": f"{game.players[p]}: {w}"}
                    for w in classic_warnings(kind, **values)]
    return out


def _mix(actions: tuple[str, ...], strategy: tuple[float, ...]) -> dict[str, float]:
    return {a: _round(p, 12) for a, p in zip(actions, strategy, strict=True)}  # type: ignore[misc]


def _round(value: float | None, digits: int) -> float | None:
    if value is None:
        return None
    rounded = round(float(value), digits)
    return 0.0 if rounded == 0 else rounded


def _rounded(rows: list[list[float]]) -> list[list[float]]:
    return [[float(v) for v in row] for row in rows]
