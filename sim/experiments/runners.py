"""One way to run every model kind: the runner registry.

A :class:`Runner` turns a scenario, a seed and a number of replicates into a tidy frame
with one row per replicate and one column per scalar outcome. Experiments (ensembles,
sweeps, sensitivity, comparisons) only ever call runners, so a model kind is wired into all
of them by registering one. Each kind's adapter lives in ``sim/experiments/adapters/`` and
is imported only when that kind is run.

``chunk`` is the number of replicates one task computes: vectorised kinds take large
chunks, agent-based ones small. Chunks are fixed by the runner, never by the executor, so
the seeds — and the numbers — are the same wherever the work runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from sim.errors import InputError
from sim.scenario import ScenarioBase

__all__ = ["REPLICATE", "Runner", "runner_for"]

REPLICATE = "replicate"

Evaluate = Callable[[ScenarioBase, int, int], pd.DataFrame]


@dataclass(frozen=True)
class Runner:
    """How to run one model kind.

    ``evaluate(scenario, seed, replicates)`` returns ``replicates`` rows of scalar
    outcomes (floats or booleans, named in ``outcomes`` with a description each); the same
    arguments always give the same frame.
    """

    kind: str
    evaluate: Evaluate
    outcomes: dict[str, str]
    default_outcome: str
    default_replicates: int
    chunk: int
    stochastic: bool = True


_ADAPTERS = {
    "stage_game": "sim.experiments.adapters.stage_game",
    "repeated": "sim.experiments.adapters.repeated",
    "sequencing": "sim.experiments.adapters.sequencing",
    "sixparty": "sim.experiments.adapters.sixparty",
}


def runner_for(kind: str) -> Runner:
    """The runner of a model kind (its adapter module's ``RUNNER``)."""
    module_name = _ADAPTERS.get(kind)
    if module_name is None:
        raise InputError(f"no experiments for model kind {kind!r}; allowed: {', '.join(_ADAPTERS)}")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("sim."):
            missing = exc.name
            raise InputError(f"model kind {kind!r} cannot be run ({missing} missing)") from None
        raise
    runner: Runner = module.RUNNER
    return runner


def check_outcome(runner: Runner, outcome: str | None) -> str:
    """``outcome`` if the runner produces it (default: the runner's main outcome)."""
    name = outcome or runner.default_outcome
    if name not in runner.outcomes:
        raise InputError(
            f"unknown outcome {name!r} for {runner.kind}; allowed: {', '.join(runner.outcomes)}"
        )
    return name
