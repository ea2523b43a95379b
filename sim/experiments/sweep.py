"""Parameter sweeps: a grid or a Latin hypercube over any parameters, by dotted path.

Every point is validated before any work starts, so an unknown path, an empty range or a
bound outside a parameter's allowed range fails at once with one line. Parameters whose
current value is an integer (rounds, phases) are rounded to integers at every point.
Latin hypercube samples come from ``scipy.stats.qmc.LatinHypercube`` (McKay, Beckman &
Conover 1979) seeded from the experiment.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from scipy.stats import qmc

from sim.errors import InputError
from sim.experiments.executors import Executor, Progress
from sim.experiments.paths import get_value, set_values
from sim.experiments.tasks import POINT, derive_seed, plan_tasks, run_tasks
from sim.scenario import ScenarioBase

__all__ = ["grid_points", "latin_hypercube_points", "run_sweep", "scenarios_at"]

MAX_POINTS = 100_000


def grid_points(values: Mapping[str, Sequence[float]]) -> pd.DataFrame:
    """Every combination of the given values, one row per point, one column per path."""
    if not values:
        raise InputError("a sweep needs at least one parameter")
    for path, options in values.items():
        if len(options) == 0:
            raise InputError(f"empty range for {path!r}; give at least one value")
    rows = list(itertools.product(*values.values()))
    _check_size(len(rows))
    return pd.DataFrame(rows, columns=list(values))


def latin_hypercube_points(bounds: Mapping[str, tuple[float, float]], samples: int,
                           seed: int) -> pd.DataFrame:
    """``samples`` points of a Latin hypercube over ``bounds`` (low, high) per path."""
    if not bounds:
        raise InputError("a sweep needs at least one parameter")
    _check_size(samples)
    for path, (low, high) in bounds.items():
        if not low < high:
            raise InputError(f"empty range for {path!r}: low {low} must be below high {high}")
    rng = np.random.default_rng(derive_seed(seed, 1_000_003))
    unit = qmc.LatinHypercube(d=len(bounds), rng=rng).random(samples)
    lows = np.array([b[0] for b in bounds.values()], dtype=float)
    highs = np.array([b[1] for b in bounds.values()], dtype=float)
    return pd.DataFrame(qmc.scale(unit, lows, highs), columns=list(bounds))


def scenarios_at(scenario: ScenarioBase, points: pd.DataFrame) -> list[ScenarioBase]:
    """The scenario at every point (integers kept integral), each validated."""
    paths = [str(path) for path in points.columns]
    integral = {path: isinstance(get_value(scenario, path), int) for path in paths}
    result = []
    for row in points.itertuples(index=False):
        values = {p: round(v) if integral[p] else float(v) for p, v in zip(paths, row, strict=True)}
        result.append(set_values(scenario, values))
    return result


def run_sweep(scenario: ScenarioBase, points: pd.DataFrame, replicates: int, seed: int,
              executor: Executor | None = None, progress: Progress | None = None) -> pd.DataFrame:
    """One row per (point, replicate): the point's parameter values, then its outcomes."""
    scenarios = scenarios_at(scenario, points)
    frame = run_tasks(plan_tasks(scenarios, replicates, seed), executor, progress)
    values = points.reset_index(drop=True).rename_axis(POINT).reset_index()
    return values.merge(frame, on=POINT, how="right")


def _check_size(count: int) -> None:
    if not 1 <= count <= MAX_POINTS:
        raise InputError(f"a sweep of {count:,} points; allowed: 1 to {MAX_POINTS:,}")
