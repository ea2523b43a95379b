"""Experiments for every model kind: ensembles, sweeps, sensitivity and comparisons.

Each model kind registers a :class:`~sim.experiments.runners.Runner`; everything here is
written once against that interface and runs on any executor (serial, local processes,
Dask) with seeds derived from the experiment, so the numbers are the same everywhere.
"""

from sim.experiments.compare import compare_frames
from sim.experiments.ensemble import Ensemble, run_ensemble
from sim.experiments.executors import make_executor
from sim.experiments.runners import Runner, runner_for
from sim.experiments.sensitivity import SensitivityResult, run_sensitivity
from sim.experiments.sweep import grid_points, latin_hypercube_points, run_sweep

__all__ = [
    "Ensemble",
    "Runner",
    "SensitivityResult",
    "compare_frames",
    "grid_points",
    "latin_hypercube_points",
    "make_executor",
    "run_ensemble",
    "run_sensitivity",
    "run_sweep",
    "runner_for",
]
