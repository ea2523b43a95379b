"""Cached calls into :mod:`sim.seat` and :mod:`sim.debrief` for the play-a-seat page.

Every function takes the game's parameters as JSON, the seat and the moves made so far as a
string of ``C``/``D``: the session keeps only those moves, and the match is recomputed from
the seed on every rerun (a cache hit when nothing changed).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from sim.debrief import Finding, debrief
from sim.repeated.params import RepeatedParams
from sim.seat import classic_totals, seat_index, seat_match, seat_probe


@st.cache_data(show_spinner=False, max_entries=256)
def seat_view(params_json: str, seat: str, moves: str) -> dict[str, Any]:
    """The rounds played so far: the tidy frame of both sides, totals and trust priors."""
    params = RepeatedParams.model_validate_json(params_json)
    result = seat_match(params, seat, moves)
    played = len(moves)
    frame = result.to_frame()
    return {
        "frame": frame[frame["round"] <= played].reset_index(drop=True),
        "players": result.players,
        "side": seat_index(params, seat),
        "totals": [float(result.payoff[side, 0, :played].sum()) for side in (0, 1)],
        "prior": result.trust_prior,
    }


@st.cache_data(show_spinner=False, max_entries=64)
def classics_view(params_json: str, seat: str) -> dict[str, float]:
    """What each classic strategy scores in the seat, same opponent, same seed."""
    return classic_totals(RepeatedParams.model_validate_json(params_json), seat)


@st.cache_data(show_spinner=False, max_entries=64)
def seat_debrief(params_json: str, seat: str, moves: str) -> list[Finding]:
    """The debrief of the game played so far, with the quick probe on the student's script.

    The match is replayed with as many rounds as were played, which gives the same rounds
    (:mod:`sim.seat` is prefix-stable) without the padding.
    """
    params = RepeatedParams.model_validate_json(params_json).with_changes(rounds=len(moves))
    result = seat_match(params, seat, moves)
    return debrief(result, 0, seat_probe(params, seat, moves))
