"""Global sensitivity of any scalar outcome: Sobol indices and Morris screening (SALib).

Sobol (Saltelli 2002; Saltelli et al. 2010): first-order (S1) and total (ST) indices from a
Sobol-sequence design of N·(D+2) points (second-order terms off). Morris (1991; Campolongo
et al. 2007): elementary effects, μ* and σ, from N trajectories on a ``levels``-level grid.
The model output at a point is the mean of the outcome over ``replicates`` replicates with
common random numbers (every point reuses the same seeds), so the indices measure the
parameters rather than the noise. SALib does the sampling and the analysis, each seeded.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from sim.errors import InputError
from sim.experiments.executors import Executor, Progress
from sim.experiments.runners import check_outcome, runner_for
from sim.experiments.sweep import scenarios_at
from sim.experiments.tasks import POINT, derive_seed, plan_tasks, run_tasks
from sim.scenario import ScenarioBase

__all__ = ["SensitivityResult", "run_sensitivity"]

Method = Literal["sobol", "morris"]


@dataclass(frozen=True)
class SensitivityResult:
    """Indices per parameter (``indices``) and every evaluated point (``points``)."""

    method: str
    outcome: str
    indices: pd.DataFrame
    points: pd.DataFrame


def run_sensitivity(scenario: ScenarioBase, bounds: Mapping[str, tuple[float, float]],
                    outcome: str | None = None, method: Method = "sobol", samples: int = 64,
                    replicates: int = 50, seed: int = 0, executor: Executor | None = None,
                    progress: Progress | None = None, levels: int = 4) -> SensitivityResult:
    """Sample the design, evaluate the outcome's mean at every point, analyse with SALib."""
    name = check_outcome(runner_for(scenario.kind), outcome)
    problem = _problem(bounds)
    design = _sample(method, problem, samples, seed, levels)
    points = pd.DataFrame(design, columns=problem["names"])
    scenarios = scenarios_at(scenario, points)
    tasks = plan_tasks(scenarios, replicates, seed, common_random_numbers=True)
    frame = run_tasks(tasks, executor, progress)
    y = frame.groupby(POINT)[name].mean().reindex(range(len(points))).to_numpy(dtype=float)
    if not np.all(np.isfinite(y)):
        raise InputError(f"outcome {name!r} is undefined at some points; choose another outcome")
    indices = _analyse(method, problem, design, y, seed, levels)
    return SensitivityResult(method, name, indices, points.assign(**{name: y}))


def _problem(bounds: Mapping[str, tuple[float, float]]) -> dict[str, Any]:
    if len(bounds) < 2:
        raise InputError("sensitivity needs at least two parameters")
    for path, (low, high) in bounds.items():
        if not low < high:
            raise InputError(f"empty range for {path!r}: low {low} must be below high {high}")
    return {"num_vars": len(bounds), "names": list(bounds),
            "bounds": [[float(lo), float(hi)] for lo, hi in bounds.values()]}


def _sample(method: str, problem: dict[str, Any], samples: int, seed: int,
            levels: int) -> np.ndarray:
    rng_seed = derive_seed(seed, 2_000_003) % (2**32)
    if method == "sobol":
        from SALib.sample import sobol

        if samples < 2 or samples & (samples - 1):
            raise InputError(f"Sobol samples = {samples}; allowed: a power of two, at least 2")
        return sobol.sample(problem, samples, calc_second_order=False, seed=rng_seed)
    if method == "morris":
        from SALib.sample import morris

        return morris.sample(problem, samples, num_levels=levels, seed=rng_seed)
    raise InputError(f"unknown sensitivity method {method!r}; allowed: sobol, morris")


def _analyse(method: str, problem: dict[str, Any], design: np.ndarray, y: np.ndarray,
             seed: int, levels: int) -> pd.DataFrame:
    rng_seed = derive_seed(seed, 3_000_017) % (2**32)
    if method == "sobol":
        from SALib.analyze import sobol

        result = sobol.analyze(problem, y, calc_second_order=False, seed=rng_seed)
        keys = ["S1", "S1_conf", "ST", "ST_conf"]
    else:
        from SALib.analyze import morris

        result = morris.analyze(problem, design, y, num_levels=levels, seed=rng_seed)
        keys = ["mu", "mu_star", "sigma", "mu_star_conf"]
    table = pd.DataFrame({key: np.asarray(result[key], dtype=float) for key in keys})
    table.insert(0, "parameter", problem["names"])
    return table
