"""The six-party model against an empty Mesa model of six agents, side by side.

Workload: 1,000 runs of ``history_1993_2024`` (1993Q1-2024Q4, 128 quarters), serially and
in two local processes, and 1,000 runs of an empty ``mesa.Model`` with six agents whose
``step`` does nothing, for the same 128 steps (both timed by the wall clock, model
construction and result arrays included). Per-step costs are also measured interleaved
(empty, model, empty, model, ...; best of several batches of 100 runs) in CPU time
(``time.process_time``), which is the fair ratio on a machine shared with other work; that
measurement is taken three times and the median ratio is reported (bursts of other work on
a shared machine move single measurements by +-15 %).
Targets: the 1,000 runs in under 20 s, and under 8x the empty model's per-step cost.

Run: ``python -m benchmarks sixparty`` (or ``python -m benchmarks.bench_sixparty``).
"""

from __future__ import annotations

import os
import time

import mesa
import numpy as np

from benchmarks.common import write_results
from sim.io import SCENARIO_DIR, load_scenario
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.model import run_once
from sim.sixparty.schedule import compile_schedule

RUNS, STEPS, SEED = 1000, 128, 0
BATCH, BATCHES, ROUNDS = 100, 5, 3


class _Idle(mesa.Agent):
    def step(self) -> None:
        pass


class EmptyModel(mesa.Model):
    """Six agents that do nothing: Mesa's own cost of a step."""

    def __init__(self, rng: np.random.Generator) -> None:
        super().__init__(rng=rng)
        for _ in range(6):
            _Idle(self)

    def step(self) -> None:
        self.agents.do("step")


def empty_runs(children: list[np.random.SeedSequence]) -> None:
    for child in children:
        model = EmptyModel(np.random.default_rng(child))
        for _ in range(STEPS):
            model.step()


def model_runs(params, schedule, children: list[np.random.SeedSequence]) -> None:
    for child in children:
        run_once(params, np.random.default_rng(child), schedule)


def timed(fn, *args, clock=time.perf_counter) -> float:
    start = clock()
    fn(*args)
    return clock() - start


def interleaved(params, schedule) -> tuple[float, float]:
    """Best per-step seconds of the empty model and of the six-party model, interleaved."""
    best_empty = best_model = float("inf")
    for batch in range(BATCHES):
        children = np.random.SeedSequence(SEED + batch).spawn(BATCH)
        best_empty = min(best_empty, timed(empty_runs, children, clock=time.process_time))
        best_model = min(best_model, timed(model_runs, params, schedule, children,
                                           clock=time.process_time))
    steps = BATCH * STEPS
    return best_empty / steps, best_model / steps


def main() -> None:
    params = load_scenario(SCENARIO_DIR / "history_1993_2024.yaml").parameters
    assert params.horizon == STEPS
    schedule = compile_schedule(params)
    load_before = os.getloadavg()[0]
    empty_total = timed(empty_runs, np.random.SeedSequence(SEED).spawn(RUNS))
    serial_total = timed(run_ensemble, params, RUNS, SEED, 1)
    parallel_total = timed(run_ensemble, params, RUNS, SEED, 2)
    rounds = sorted((interleaved(params, schedule) for _ in range(ROUNDS)), key=lambda r: r[1] / r[0])
    empty_step, model_step = rounds[len(rounds) // 2]
    ratio = model_step / empty_step
    rows = [
        ("empty Mesa model, 6 agents, 1,000 runs x 128 steps", empty_total, empty_total / (RUNS * STEPS)),
        ("six-party model, 1,000 runs x 128 quarters, serial", serial_total, serial_total / (RUNS * STEPS)),
        ("six-party model, 1,000 runs, 2 processes", parallel_total, parallel_total / (RUNS * STEPS)),
    ]
    print(f"{'workload':58s} {'total s':>9s} {'us/step':>9s}")
    for name, total, per in rows:
        print(f"{name:58s} {total:9.2f} {per * 1e6:9.2f}")
    print("interleaved best CPU time per step, ratios of the rounds: "
          + ", ".join(f"{m / e:.2f}x" for e, m in rounds))
    print(f"median round: empty {empty_step * 1e6:.2f} us, six-party {model_step * 1e6:.2f} us, "
          f"ratio {ratio:.1f}x (target < 8x)")
    print(f"1,000 runs: serial {serial_total:.1f} s, 2 processes {parallel_total:.1f} s "
          f"(target < 20 s); load average at start {load_before:.2f}")
    path = write_results("sixparty", {
        "runs": RUNS, "steps": STEPS, "seed": SEED,
        "empty_total_s": empty_total, "serial_total_s": serial_total,
        "parallel_2_total_s": parallel_total,
        "empty_us_per_step": empty_step * 1e6, "model_us_per_step": model_step * 1e6,
        "ratio_per_step": ratio, "ratio_rounds": [m / e for e, m in rounds],
        "load_average_at_start": load_before,
        "targets": {"total_s": 20.0, "ratio": 8.0},
    })
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
