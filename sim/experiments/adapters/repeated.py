"""Repeated play as an experiment runner.

Each task plays its chunk of replicates in one vectorised match
(:func:`sim.repeated.run.outcomes_frame`) with a generator seeded from the task's seed.
Per-side measures are named ``_row`` / ``_column`` (the row player is the US side in the
US–DPRK game) so that outcomes mean the same whatever the players are called.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from sim.experiments.runners import Runner
from sim.repeated.run import outcomes_frame
from sim.scenario import RepeatedScenario, ScenarioBase

OUTCOMES = {
    "cooperation_row": "share of rounds the row (US) side cooperated",
    "cooperation_column": "share of rounds the column (DPRK) side cooperated",
    "mutual_cooperation": "share of rounds both cooperated",
    "mean_payoff_row": "row side's mean payoff per round",
    "mean_payoff_column": "column side's mean payoff per round",
    "discounted_payoff_row": "row side's discounted total payoff",
    "discounted_payoff_column": "column side's discounted total payoff",
    "first_breakdown": "round of the first defection (empty if none)",
    "longest_cooperation": "longest run of mutual cooperation, in rounds",
    "cycle_episodes": "number of sanction–test cycle episodes",
    "cycle_rounds": "rounds spent in sanction–test cycles",
}


def evaluate(scenario: ScenarioBase, seed: int, replicates: int) -> pd.DataFrame:
    """``replicates`` replicates of the scenario's match, one row of outcomes each."""
    assert isinstance(scenario, RepeatedScenario)
    params = scenario.parameters
    frame = outcomes_frame(params, np.random.default_rng(seed), replicates)
    row, column = _players(frame)
    renamed = {c: c.removesuffix(f"_{row}") + "_row" for c in frame.columns if c.endswith(f"_{row}")}
    renamed |= {c: c.removesuffix(f"_{column}") + "_column" for c in frame.columns
                if c.endswith(f"_{column}")}
    return frame.rename(columns=renamed)[list(OUTCOMES)].astype(float)


def _players(frame: pd.DataFrame) -> tuple[str, str]:
    sides = [c.removeprefix("cooperation_") for c in frame.columns if c.startswith("cooperation_")]
    return sides[0], sides[1]


RUNNER = Runner(kind="repeated", evaluate=evaluate, outcomes=OUTCOMES,
                default_outcome="mutual_cooperation", default_replicates=1000, chunk=1000)
