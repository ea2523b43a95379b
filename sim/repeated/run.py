"""From a validated ``repeated`` parameter block to results.

The stage game comes from :func:`sim.games.build_game`; it must have two actions per
player. The random generator is an argument: the CLI and the dashboard make it from the
scenario's ``seed`` (:func:`generator_for`), so the same scenario gives the same numbers
everywhere.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from sim.games import build_game
from sim.games.params import GameSpec
from sim.repeated.engine import play_match
from sim.repeated.metrics import replicate_metrics
from sim.repeated.params import RepeatedParams, StrategySpec
from sim.repeated.payoffs import Payoffs
from sim.repeated.result import MatchResult
from sim.repeated.strategy import Strategy, make_strategy

__all__ = ["build_strategy", "generator_for", "outcomes_frame", "payoffs_for", "run_match"]


def payoffs_for(spec: GameSpec) -> Payoffs:
    """The 2×2 payoffs of a stage-game specification (InputError if not 2×2)."""
    return Payoffs.from_stage_game(build_game(spec))


def build_strategy(spec: StrategySpec) -> Strategy:
    """A fresh strategy instance from its specification."""
    return make_strategy(spec.name, spec.params)


def generator_for(params: RepeatedParams) -> np.random.Generator:
    """The generator a run of ``params`` draws from: seeded by ``params.seed``."""
    return np.random.default_rng(np.random.SeedSequence(params.seed))


def run_match(params: RepeatedParams, rng: np.random.Generator) -> MatchResult:
    """Play the match ``params`` describes."""
    return play_match(build_strategy(params.row_strategy), build_strategy(params.column_strategy),
                      payoffs_for(params.game), params.settings(), rng)


def outcomes_frame(params: RepeatedParams, rng: np.random.Generator,
                   replicates: int | None = None) -> pd.DataFrame:
    """One row of scalar outcomes per replicate (:mod:`sim.repeated.metrics`)."""
    if replicates is not None:
        params = params.with_changes(replicates=replicates)
    return replicate_metrics(run_match(params, rng)).to_frame().reset_index(drop=True)
