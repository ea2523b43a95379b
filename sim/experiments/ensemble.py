"""Ensembles: N seeded replicates of one scenario, summarised with confidence intervals."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from sim.errors import InputError
from sim.experiments.executors import Executor, Progress
from sim.experiments.runners import runner_for
from sim.experiments.stats import summarise
from sim.experiments.tasks import POINT, plan_tasks, run_tasks
from sim.scenario import ScenarioBase

__all__ = ["Ensemble", "run_ensemble"]

MAX_REPLICATES = 1_000_000


@dataclass(frozen=True)
class Ensemble:
    """An ensemble's scenario, seed, per-replicate frame and outcome summary."""

    scenario: ScenarioBase
    seed: int
    frame: pd.DataFrame
    summary: pd.DataFrame

    def summary_dict(self) -> dict[str, dict[str, float]]:
        """The summary as ``{outcome: {mean, ci_low, ci_high, ...}}`` (JSON-ready)."""
        table = self.summary.set_index("outcome")
        return {str(name): {str(k): float(v) for k, v in row.items()}
                for name, row in table.iterrows()}


def check_replicates(replicates: int) -> int:
    """``replicates`` if it is between 1 and :data:`MAX_REPLICATES`."""
    if not 1 <= replicates <= MAX_REPLICATES:
        raise InputError(f"runs = {replicates} is out of range; allowed: 1 to {MAX_REPLICATES:,}")
    return replicates


def run_ensemble(scenario: ScenarioBase, replicates: int | None = None, seed: int = 0,
                 executor: Executor | None = None,
                 progress: Progress | None = None) -> Ensemble:
    """Run ``replicates`` seeded replicates of ``scenario`` and summarise every outcome."""
    runner = runner_for(scenario.kind)
    count = check_replicates(runner.default_replicates if replicates is None else replicates)
    frame = run_tasks(plan_tasks([scenario], count, seed), executor, progress)
    frame = frame.drop(columns=[POINT])
    return Ensemble(scenario, seed, frame, summarise(frame, list(runner.outcomes)))
