"""Cached calls into :mod:`sim.repeated` for the trust-and-cycle page.

The cached functions take plain, hashable data — the match parameters as JSON, tuples of
names and numbers — and return small frames and arrays, so a slider change that leaves
the parameters unchanged is a cache hit and a new value computes in milliseconds.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import streamlit as st

from sim.repeated import MatchSettings
from sim.repeated.evolution import moran_process, replicator_dynamics
from sim.repeated.metrics import by_round, replicate_metrics, summarize
from sim.repeated.params import RepeatedParams
from sim.repeated.run import generator_for, payoffs_for, run_match
from sim.repeated.tournament import round_robin

#: Replicates whose moves are kept for the round-by-round plot and the CSV download.
SHOWN_REPLICATES = 50


@st.cache_data(show_spinner=False, max_entries=64)
def match_view(params_json: str) -> dict[str, Any]:
    """Summary, per-round bands, cycle counts and the first replicates' moves of a match."""
    params = RepeatedParams.model_validate_json(params_json)
    result = run_match(params, generator_for(params))
    metrics = replicate_metrics(result)
    return {
        "players": result.players,
        "strategies": result.strategies,
        "summary": summarize(metrics),
        "by_round": by_round(result),
        "episodes": metrics.cycle_episodes,
        "moves": result.to_frame(replicates=SHOWN_REPLICATES),
        "game": result.payoffs.name,
    }


@st.cache_data(show_spinner=False, max_entries=32)
def tournament_view(entrants: tuple[str, ...], params_json: str, rounds: int,
                    repetitions: int) -> dict[str, Any]:
    """Ranking and mean payoff matrix of a round robin on the match's game and noise."""
    params = RepeatedParams.model_validate_json(params_json)
    settings = MatchSettings(rounds=rounds, replicates=repetitions, noise=params.noise,
                             misperception=params.misperception)
    result = round_robin(list(entrants), payoffs_for(params.game), settings,
                         generator_for(params))
    return {"names": result.names, "ranking": result.ranking_frame(),
            "matrix": result.payoff_matrix}


@st.cache_data(show_spinner=False, max_entries=32)
def evolution_view(matrix: tuple[tuple[float, ...], ...], horizon: float, population: int,
                   selection: float, seed: int, runs: int = 40) -> dict[str, Any]:
    """Replicator shares over time and the Moran process's mean shares and fixations."""
    replicator = replicator_dynamics(np.array(matrix), horizon=horizon)
    rng = np.random.default_rng(np.random.SeedSequence([seed, 2]))
    moran = moran_process(np.array(matrix), population=population, rng=rng, runs=runs,
                          selection=selection, max_steps=50 * population)
    return {"times": replicator.times, "shares": replicator.shares,
            "moran_shares": moran.shares.mean(axis=1),
            "fixation": moran.fixation_frequencies(), "runs": runs}
