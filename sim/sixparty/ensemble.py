"""Ensembles: N seeded runs of the six-party model, serially or in local processes.

Run ``i`` gets the ``i``-th child of ``numpy.random.SeedSequence(seed).spawn(runs)`` and a
generator made from it, whatever executor runs it, so the same seed gives the same
ensemble serially or in processes (``concurrent.futures.ProcessPoolExecutor``; runs are cut
into contiguous chunks and put back in order). On Linux the pool forks (importing Mesa
forces the global start method to "spawn", which would make every worker import Mesa,
pandas and the model again); elsewhere it uses the platform's default. Results stay in arrays
(:class:`Ensemble`); :mod:`sim.sixparty.frames` turns them into tidy frames.
"""

from __future__ import annotations

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from sim.errors import InputError
from sim.sixparty.outcomes import Outcome
from sim.sixparty.params import SixPartyParams
from sim.sixparty.schedule import CompiledSchedule, compile_schedule

__all__ = ["MAX_RUNS", "Ensemble", "run_ensemble"]

MAX_RUNS = 100_000


@dataclass(frozen=True)
class Ensemble:
    """Every run's series and outcome; arrays are indexed (run, quarter, ...)."""

    params: SixPartyParams
    seed: int
    labels: tuple[str, ...]
    years: tuple[int, ...]
    world: NDArray[np.float64]
    parties: NDArray[np.float64]
    trust: NDArray[np.float64]
    outcomes: tuple[Outcome, ...]

    @property
    def runs(self) -> int:
        """Number of runs."""
        return len(self.outcomes)


_Chunk = tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64], list[Outcome]]


def _run_chunk(params: SixPartyParams, seeds: list[np.random.SeedSequence],
               schedule: CompiledSchedule | None = None) -> _Chunk:
    """Run one contiguous chunk of replicates; arrays come back stacked (cheap to pickle)."""
    from sim.sixparty.model import run_once

    schedule = schedule or compile_schedule(params)
    records = [run_once(params, np.random.default_rng(child), schedule) for child in seeds]
    return (np.stack([r.world for r in records]), np.stack([r.parties for r in records]),
            np.stack([r.trust for r in records]), [r.outcome for r in records])


def run_ensemble(params: SixPartyParams, runs: int, seed: int, workers: int = 1) -> Ensemble:
    """Run ``runs`` seeded replicates; ``workers > 1`` uses that many local processes."""
    if not 1 <= runs <= MAX_RUNS:
        raise InputError(f"runs = {runs} is out of range; allowed: 1 to {MAX_RUNS}")
    if not 1 <= workers <= 64:
        raise InputError(f"workers = {workers} is out of range; allowed: 1 to 64")
    if seed < 0:
        raise InputError(f"seed = {seed} must be a non-negative integer")
    children = np.random.SeedSequence(seed).spawn(runs)
    schedule = compile_schedule(params)
    if workers == 1 or runs < 2:
        parts = [_run_chunk(params, children, schedule)]
    else:
        chunks = [list(part) for part in np.array_split(np.array(children, dtype=object), workers)
                  if len(part)]
        context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
        with ProcessPoolExecutor(max_workers=len(chunks), mp_context=context) as pool:
            parts = list(pool.map(_run_chunk, [params] * len(chunks), chunks))
    return Ensemble(
        params=params, seed=seed, labels=schedule.labels, years=schedule.years,
        world=np.concatenate([p[0] for p in parts]), parties=np.concatenate([p[1] for p in parts]),
        trust=np.concatenate([p[2] for p in parts]),
        outcomes=tuple(o for p in parts for o in p[3]),
    )
