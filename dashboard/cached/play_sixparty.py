"""Cached calls into :mod:`sim.seat_sixparty` for the play-a-party page, and its debrief's words.

Every function takes the game's parameters as JSON (the scenario cut to the game's
length), the seed, the party and the postures played so far as their link codes
(``sp,sp,mp``): the session keeps only those, and the game is replayed from the seed on
every rerun (a cache hit when nothing changed).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.cached.scenarios import scenario_library
from dashboard.debrief import render_one
from dashboard.i18n import tr
from sim.debrief import Finding
from sim.seat_sixparty import (
    calendar,
    comparison,
    debrief,
    decode_postures,
    own_postures,
    play,
    shortened,
)
from sim.sixparty.params import PARTY_CODES, SixPartyParams
from sim.sixparty.schedule import compile_schedule

__all__ = ["comparison_view", "debrief_findings", "debrief_lines", "game_params_json", "game_view",
           "render_findings", "setup_view"]

#: Values of the debrief's findings that name a posture or an outcome class.
POSTURE_VALUES = ("posture", "own_posture", "best")
OUTCOME_VALUES = ("own_outcome", "best_outcome")


def _game(params_json: str, party: str, codes: str) -> tuple[SixPartyParams, list[str]]:
    params = SixPartyParams.model_validate_json(params_json)
    return params, decode_postures(codes, party, params.horizon)


@st.cache_data(show_spinner=False, max_entries=64)
def game_params_json(scenario_id: str, quarters: int) -> str:
    """The bundled scenario ``scenario_id`` cut to ``quarters`` quarters, as JSON."""
    params: SixPartyParams = scenario_library()[scenario_id].parameters
    return shortened(params, quarters).model_dump_json()


@st.cache_data(show_spinner=False, max_entries=256)
def game_view(params_json: str, seed: int, party: str, codes: str) -> dict[str, Any]:
    """The quarters played so far (one row each) and, at the horizon, the outcome."""
    params, postures = _game(params_json, party, codes)
    game = play(params, seed, party, postures)
    return {"frame": game.frame(), "labels": list(game.labels), "finished": game.finished,
            "outcome": game.outcome.as_dict() if game.outcome is not None else None,
            "tests": game.tests(), "final_tension": game.final_tension()}


@st.cache_data(show_spinner=False, max_entries=64)
def setup_view(params_json: str, party: str) -> dict[str, Any]:
    """The quarter labels, the scenario's own posture for the party in each quarter, and
    the other scheduled changes per quarter as (party code, field, value)."""
    params = SixPartyParams.model_validate_json(params_json)
    return {
        "labels": list(compile_schedule(params).labels),
        "own": list(own_postures(params, party)),
        "calendar": [[(PARTY_CODES[c.party], c.field, c.value) for c in step]
                     for step in calendar(params, party)],
    }


@st.cache_data(show_spinner=False, max_entries=64)
def comparison_view(params_json: str, seed: int, party: str, codes: str) -> pd.DataFrame:
    """The finished game beside the model's own path and each posture held throughout."""
    params, postures = _game(params_json, party, codes)
    return comparison(params, seed, party, postures)


@st.cache_data(show_spinner=False, max_entries=64)
def debrief_findings(params_json: str, seed: int, party: str, codes: str) -> list[Finding]:
    """The debrief's findings (codes and numbers) of the game so far."""
    params, postures = _game(params_json, party, codes)
    return debrief(params, seed, party, postures)


def render_findings(findings: Sequence[Finding], lang: str) -> list[str]:
    """Sentences of the debrief: postures and outcome classes named, then the common renderer."""
    lines = []
    for finding in findings:
        values = dict(finding.values)
        for key in POSTURE_VALUES:
            if key in values:
                values[key] = tr(f"play_party.posture.{values[key]}", lang)
        for key in OUTCOME_VALUES:
            if key in values:
                values[key] = tr(f"debrief.term.outcome.{values[key]}", lang)
        lines.append(render_one(Finding(finding.code, finding.severity, values), lang))
    return lines


def debrief_lines(params_json: str, seed: int, party: str, codes: str, lang: str) -> list[str]:
    """The debrief of the game so far, in ``lang``."""
    return render_findings(debrief_findings(params_json, seed, party, codes), lang)
