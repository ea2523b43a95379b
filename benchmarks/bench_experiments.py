"""Experiments at scale: a Sobol analysis against its time limit, Dask against local processes.

Two measurements, both on the 2018 trust-building scenario (engagement against a
trust-threshold DPRK, so every trust parameter can move the outcome) played for 200 rounds:

1. **Sobol**: ``run_sensitivity(method="sobol", samples=512, replicates=100)`` of mutual
   cooperation over six parameters — N·(D+2) = 512 × 8 = 4,096 model evaluations of
   100 replicates × 200 rounds each (82 million simulated rounds) — in two local
   processes. Limit: 60 s on a 2-core machine.
2. **Dask against local processes**: the same 64-point grid sweep run with
   ``ProcessExecutor(2)`` (its pool is started inside the timing, as a user gets it) and
   on a Dask ``LocalCluster(n_workers=2, threads_per_worker=1)`` that is already running
   (as a cluster given by its address is). The two executors alternate, twice each, and the
   faster run of each counts. Limit: Dask within 1.25 × the local processes. The frames must
   be identical.

The machine is shared, so the load average is recorded with the numbers.
Run: ``python -m benchmarks experiments`` or ``python benchmarks/bench_experiments.py``.
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from benchmarks.common import write_results
from sim.experiments import grid_points, run_sensitivity, run_sweep
from sim.experiments.executors import DaskExecutor, Executor, ProcessExecutor
from sim.experiments.paths import set_values
from sim.io import load_scenario
from sim.scenario import ScenarioBase

SCENARIO = Path(__file__).resolve().parent.parent / "scenarios" / "trust_building_2018.yaml"
ROUNDS = 200
WORKERS = 2
OUTCOME = "mutual_cooperation"

SOBOL_SAMPLES, SOBOL_REPLICATES, SOBOL_LIMIT = 512, 100, 60.0
SOBOL_BOUNDS = {
    "noise": (0.0, 0.1),
    "misperception": (0.0, 0.2),
    "trust.prior": (0.3, 0.95),
    "trust.error_rate": (0.02, 0.3),
    "trust.hostile_rate": (0.4, 0.9),
    "column_strategy.params.threshold": (0.4, 0.9),
}

SWEEP_GRID = {
    "noise": [0.0, 0.02, 0.05, 0.1],
    "misperception": [0.0, 0.05, 0.1, 0.2],
    "trust.prior": [0.5, 0.7, 0.8, 0.95],
}
SWEEP_REPLICATES, SWEEP_REPEATS, DASK_LIMIT = 4000, 2, 1.25


def scenario() -> ScenarioBase:
    """The benchmark's scenario: the 2018 trust-building preset, 200 rounds."""
    return set_values(load_scenario(SCENARIO), {"rounds": ROUNDS})


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """``(seconds, fn())``."""
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def children_cpu() -> float:
    """CPU seconds (user + system) used so far by this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def sobol(base: ScenarioBase) -> dict[str, Any]:
    """Time the Sobol analysis on local processes; its indices, rounded.

    The workers' CPU time (they are joined when the pool shuts down) divided by the number
    of workers is the time the run needs on otherwise idle cores.
    """
    cpu_before, own_before = children_cpu(), time.process_time()
    seconds, result = timed(lambda: run_sensitivity(
        base, SOBOL_BOUNDS, OUTCOME, method="sobol", samples=SOBOL_SAMPLES,
        replicates=SOBOL_REPLICATES, seed=1, executor=ProcessExecutor(WORKERS)))
    workers_cpu, own_cpu = children_cpu() - cpu_before, time.process_time() - own_before
    evaluations = len(result.points)
    indices = result.indices.set_index("parameter").round(3)
    print(f"Sobol: {evaluations:,} evaluations in {seconds:.1f} s (limit {SOBOL_LIMIT:.0f} s); "
          f"workers' CPU {workers_cpu:.1f} s ({workers_cpu / evaluations * 1000:.1f} ms per "
          f"evaluation), main process CPU {own_cpu:.1f} s")
    print(indices.to_string())
    return {
        "workload": f"Sobol, {len(SOBOL_BOUNDS)} parameters, N = {SOBOL_SAMPLES}, "
                    f"{SOBOL_REPLICATES} replicates x {ROUNDS} rounds per evaluation",
        "outcome": OUTCOME, "evaluations": evaluations,
        "rounds_simulated": evaluations * SOBOL_REPLICATES * ROUNDS,
        "seconds": seconds, "limit_seconds": SOBOL_LIMIT, "within_limit": seconds < SOBOL_LIMIT,
        "workers_cpu_seconds": workers_cpu, "main_process_cpu_seconds": own_cpu,
        "cpu_ms_per_evaluation": workers_cpu / evaluations * 1000,
        "idle_cores_estimate_seconds": workers_cpu / WORKERS + own_cpu,
        "bounds": {k: list(v) for k, v in SOBOL_BOUNDS.items()},
        "indices": {str(p): {str(k): float(v) for k, v in row.items()}
                    for p, row in indices.iterrows()},
    }


def sweep(base: ScenarioBase, executor: Executor) -> tuple[float, pd.DataFrame]:
    """Time the grid sweep on ``executor``."""
    points = grid_points(SWEEP_GRID)
    return timed(lambda: run_sweep(base, points, SWEEP_REPLICATES, 7, executor))


def dask_against_processes(base: ScenarioBase) -> dict[str, Any]:
    """Alternate the sweep on local processes and on a running Dask cluster."""
    from dask.distributed import Client, LocalCluster

    start, (cluster, client) = timed(lambda: _start_cluster(LocalCluster, Client))
    times: dict[str, list[float]] = {"processes": [], "dask": []}
    try:
        on_dask = DaskExecutor(client)
        for _ in range(SWEEP_REPEATS):
            seconds, local = sweep(base, ProcessExecutor(WORKERS))
            times["processes"].append(seconds)
            seconds, remote = sweep(base, on_dask)
            times["dask"].append(seconds)
            pd.testing.assert_frame_equal(local, remote)
    finally:
        client.close()
        cluster.close()
    best = {name: min(values) for name, values in times.items()}
    ratio = best["dask"] / best["processes"]
    print(f"Sweep: processes {best['processes']:.1f} s, Dask {best['dask']:.1f} s, ratio "
          f"{ratio:.2f} (limit {DASK_LIMIT}); cluster start {start:.1f} s; frames identical")
    return {
        "workload": f"{len(grid_points(SWEEP_GRID))}-point grid over {', '.join(SWEEP_GRID)}, "
                    f"{SWEEP_REPLICATES} replicates x {ROUNDS} rounds per point",
        "processes_seconds": best["processes"], "dask_seconds": best["dask"],
        "all_seconds": times, "ratio": ratio, "limit_ratio": DASK_LIMIT,
        "within_limit": ratio <= DASK_LIMIT, "cluster_start_seconds": start,
        "frames_identical": True,
    }


def _start_cluster(local_cluster: Any, client: Any) -> tuple[Any, Any]:
    cluster = local_cluster(n_workers=WORKERS, threads_per_worker=1, processes=True,
                            dashboard_address=":0")
    return cluster, client(cluster)


def main() -> None:
    """Run both measurements and write ``benchmarks/results/experiments.json``."""
    base = scenario()
    load_before = os.getloadavg()[0]
    sobol_result = sobol(base)
    dask_result = dask_against_processes(base)
    path = write_results("experiments", {
        "scenario": base.id, "rounds": ROUNDS, "workers": WORKERS,
        "load_average_1min": {"before": load_before, "after": os.getloadavg()[0]},
        "sobol": sobol_result, "dask_vs_processes": dask_result,
    })
    print(f"written {path}")


if __name__ == "__main__":
    main()
