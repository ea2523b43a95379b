"""Cached calls into :mod:`sim.games` for the stage-game explorer, and the payoff editor's frame.

The cached functions take plain, hashable data (tuples of names and numbers) so Streamlit
can key its cache on them; a changed payoff is a new key, an unchanged one a cache hit.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import streamlit as st
from pydantic import TypeAdapter, ValidationError

from sim.debrief import Finding
from sim.debrief_game import debrief
from sim.errors import InputError
from sim.games import StageGame, build_game, game_report
from sim.games.params import GameSpec
from sim.io import describe_validation_error

Table = tuple[tuple[float, ...], ...]

_SPEC: TypeAdapter[Any] = TypeAdapter(GameSpec)
SEPARATOR = " · "


@st.cache_data(show_spinner=False, max_entries=64)
def seed_game(spec: dict[str, Any], name: str | None = None) -> dict[str, Any]:
    """The players, actions and payoffs of the game a specification describes.

    Raises :class:`~sim.errors.InputError` (not cached) when the specification is invalid.
    """
    game = build_game(_validated(spec), name=name)
    return {
        "name": game.name,
        "players": game.players,
        "row_actions": game.row_actions,
        "column_actions": game.column_actions,
        "row_payoffs": _table(game.row_payoffs),
        "column_payoffs": _table(game.column_payoffs),
    }


@st.cache_data(show_spinner=False, max_entries=256)
def stage_game_report(name: str, players: tuple[str, str], row_actions: tuple[str, ...],
                      column_actions: tuple[str, ...], row_payoffs: Table, column_payoffs: Table,
                      trust_temptation: float | None = None) -> dict[str, Any]:
    """:func:`sim.games.game_report` of the game with these names and payoffs."""
    game = StageGame(name, players, row_actions, column_actions,
                     np.array(row_payoffs, dtype=float), np.array(column_payoffs, dtype=float))
    return game_report(game, trustworthy_temptation=trust_temptation)


@st.cache_data(show_spinner=False, max_entries=256)
def stage_game_debrief(name: str, players: tuple[str, str], row_actions: tuple[str, ...],
                       column_actions: tuple[str, ...], row_payoffs: Table,
                       column_payoffs: Table, trust_temptation: float | None = None
                       ) -> list[Finding]:
    """:func:`sim.debrief_game.debrief` of the game with these names and payoffs."""
    game = StageGame(name, players, row_actions, column_actions,
                     np.array(row_payoffs, dtype=float), np.array(column_payoffs, dtype=float))
    return debrief(game, trust_temptation)


def payoff_frame(seed: dict[str, Any]) -> pd.DataFrame:
    """The bimatrix as an editable frame: one row per row action, two columns per column action.

    Column ``"<column action> · <player>"`` holds that player's payoff.
    """
    row_player, column_player = seed["players"]
    data: dict[str, list[float]] = {}
    for j, action in enumerate(seed["column_actions"]):
        data[f"{action}{SEPARATOR}{row_player}"] = [r[j] for r in seed["row_payoffs"]]
        data[f"{action}{SEPARATOR}{column_player}"] = [r[j] for r in seed["column_payoffs"]]
    return pd.DataFrame(data, index=pd.Index(seed["row_actions"], name=row_player))


def frame_payoffs(frame: pd.DataFrame, seed: dict[str, Any]) -> tuple[Table, Table]:
    """(row payoffs, column payoffs) read back from an edited :func:`payoff_frame`."""
    row_player, column_player = seed["players"]
    row, column = [], []
    for action in seed["column_actions"]:
        row.append(pd.to_numeric(frame[f"{action}{SEPARATOR}{row_player}"], errors="coerce"))
        column.append(pd.to_numeric(frame[f"{action}{SEPARATOR}{column_player}"], errors="coerce"))
    return _rows(row), _rows(column)


def _rows(columns: list[pd.Series]) -> Table:
    return tuple(tuple(float(v) for v in values) for values in zip(*columns, strict=True))


def _validated(spec: dict[str, Any]) -> Any:
    try:
        return _SPEC.validate_python(spec)
    except ValidationError as exc:
        raise InputError(describe_validation_error(exc)) from None


def _table(matrix: np.ndarray) -> Table:
    return tuple(tuple(float(v) for v in row) for row in matrix)
