"""Tasks: the unit of work an executor runs, and the seeds they carry.

A task is one chunk of replicates of one scenario at one point of an experiment. Its seed
is a pure function of the experiment's seed and the task's coordinates — a NumPy
``SeedSequence`` with ``spawn_key=(point, chunk)`` — so the numbers never depend on which
worker ran it, in which order, or how many workers there were.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from sim.experiments.executors import Executor, Progress, SerialExecutor
from sim.experiments.runners import REPLICATE, runner_for
from sim.scenario import ScenarioBase

__all__ = ["POINT", "Task", "derive_seed", "plan_tasks", "run_tasks"]

POINT = "point"


def derive_seed(seed: int, *key: int) -> int:
    """A 63-bit seed for the task at ``key``, derived from the experiment's ``seed``."""
    state = np.random.SeedSequence(seed, spawn_key=tuple(key)).generate_state(1, np.uint64)
    return int(state[0] >> np.uint64(1))


@dataclass(frozen=True)
class Task:
    """``replicates`` replicates (numbered from ``first``) of ``scenario`` at ``point``."""

    scenario: ScenarioBase
    seed: int
    replicates: int
    first: int
    point: int


def plan_tasks(scenarios: Sequence[ScenarioBase], replicates: int, seed: int,
               common_random_numbers: bool = False) -> list[Task]:
    """Split each point's replicates into its runner's chunks, each with its own seed.

    With ``common_random_numbers`` every point reuses the seeds of point 0, so differences
    between points come from the parameters alone (variance reduction for sensitivity).
    """
    tasks = []
    for point, scenario in enumerate(scenarios):
        chunk = runner_for(scenario.kind).chunk
        for index, first in enumerate(range(0, replicates, chunk)):
            key_point = 0 if common_random_numbers else point
            tasks.append(Task(scenario, derive_seed(seed, key_point, index),
                              min(chunk, replicates - first), first, point))
    return tasks


def run_task(task: Task) -> pd.DataFrame:
    """Evaluate one task and number its rows by point and replicate."""
    runner = runner_for(task.scenario.kind)
    frame = runner.evaluate(task.scenario, task.seed, task.replicates).reset_index(drop=True)
    frame.insert(0, REPLICATE, np.arange(task.first, task.first + task.replicates))
    frame.insert(0, POINT, task.point)
    return frame


def run_tasks(tasks: Sequence[Task], executor: Executor | None = None,
              progress: Progress | None = None) -> pd.DataFrame:
    """Run every task and stack the frames in task order."""
    frames = (executor or SerialExecutor()).map(run_task, list(tasks), progress)
    return pd.concat(frames, ignore_index=True)
