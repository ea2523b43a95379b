"""Sequencing: feasibility maps as whole arrays against a per-cell loop, and Monte Carlo speed.

No outside library computes self-enforcement of staged agreements, so the peer is the
straightforward version of the same computation: a Python loop that calls
:func:`sim.sequencing.maps.min_trust_at` once per cell. On the largest bundled agreement
(the 2005-2007 six-party road map, 13 steps) it measures, in one run:

- the verification × patience map, 100 × 100 cells, for action for action (4 phases) and
  denuclearisation first (13 stages): vectorised call vs the per-cell loop, and the largest
  difference between their answers;
- the trust × phases map, 100 phase counts × 100 trust levels: vectorised vs a loop that
  judges each (phases, trust) cell on its own;
- Monte Carlo throughput of :func:`sim.sequencing.analyse` with 100,000 runs, in runs and
  run-stages per second.

Run: ``python -m benchmarks sequencing``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from benchmarks.common import best_of, write_results
from sim.io import load_scenario
from sim.sequencing import Agreement, Settings, analyse, min_trust_at, pick_agreement
from sim.sequencing.maps import grid, trust_phase_map, verification_patience_map

SCENARIO = "scenarios/six_party_2005_2007.yaml"
POINTS = 100
MC_RUNS = 100_000


def _setup() -> tuple[Agreement, Settings]:
    params = load_scenario(SCENARIO).parameters
    return pick_agreement(params, "roadmap_2005_2007"), Settings.from_params(params)


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def _difference(a: np.ndarray, b: np.ndarray) -> float:
    """Largest absolute difference, NaN ("no trust suffices") matching NaN."""
    same_nan = np.isnan(a) == np.isnan(b)
    if not same_nan.all():
        return math.inf
    both = ~np.isnan(a)
    return float(np.max(np.abs(a[both] - b[both]), initial=0.0))


def verification_patience(agreement: Agreement, settings: Settings, order: str) -> dict[str, Any]:
    q, d = grid(0.0, 1.0, POINTS), grid(0.5, 1.0, POINTS)
    vectorised = best_of(lambda: verification_patience_map(agreement, order, settings, q, d))
    fast = verification_patience_map(agreement, order, settings, q, d).min_trust

    def loop() -> np.ndarray:
        return np.array([[min_trust_at(agreement, order, settings.with_changes(
            verification=float(qi), discount=float(di))) for di in d] for qi in q])

    slow, looped = _timed(loop)
    return {"order": order, "cells": POINTS * POINTS, "vectorised_s": vectorised,
            "loop_s": looped, "speedup": looped / vectorised,
            "max_difference": _difference(fast, slow)}


def trust_phases(agreement: Agreement, settings: Settings) -> dict[str, Any]:
    vectorised = best_of(lambda: trust_phase_map(agreement, settings, POINTS, POINTS))
    fast = trust_phase_map(agreement, settings, POINTS, POINTS)

    def loop() -> np.ndarray:
        cells = np.zeros((POINTS, POINTS), dtype=bool)
        for i, k in enumerate(fast.phases):
            for j, p in enumerate(fast.trust):
                low = min_trust_at(agreement, "action_for_action",
                                   settings.with_changes(phases=int(k), trust=float(p)))
                cells[i, j] = not math.isnan(low) and p >= low - 1e-9
        return cells

    slow, looped = _timed(loop)
    return {"cells": POINTS * POINTS, "vectorised_s": vectorised, "loop_s": looped,
            "speedup": looped / vectorised,
            "cells_differing": int(np.sum(slow != fast.self_enforcing))}


def montecarlo(agreement: Agreement, settings: Settings, order: str) -> dict[str, Any]:
    knobs = settings.with_changes(runs=MC_RUNS, false_alarm=0.05)
    seconds = best_of(lambda: analyse(agreement, knobs, orders=[order], seed=1), repeat=3)
    stages = analyse(agreement, knobs.with_changes(runs=10), orders=[order],
                     montecarlo=False).results[order].schedule.stages
    return {"order": order, "runs": MC_RUNS, "stages": stages, "seconds": seconds,
            "runs_per_s": MC_RUNS / seconds, "run_stages_per_s": MC_RUNS * stages / seconds}


def main() -> None:
    agreement, settings = _setup()
    maps = [verification_patience(agreement, settings, order)
            for order in ("action_for_action", "denuclearisation_first")]
    phases = trust_phases(agreement, settings)
    runs = [montecarlo(agreement, settings, order)
            for order in ("as_agreed", "denuclearisation_first")]
    print(f"{'map (100 x 100)':<42}{'vectorised':>12}{'per-cell loop':>15}{'ratio':>8}")
    for row in maps:
        print(f"{'verification x patience, ' + row['order']:<42}{row['vectorised_s']:>11.3f}s"
              f"{row['loop_s']:>14.2f}s{row['speedup']:>7.0f}x   (max diff "
              f"{row['max_difference']:.1e})")
    print(f"{'trust x phases, action for action 1-100':<42}{phases['vectorised_s']:>11.3f}s"
          f"{phases['loop_s']:>14.2f}s{phases['speedup']:>7.0f}x   "
          f"({phases['cells_differing']} cells differ)")
    print(f"\n{'Monte Carlo':<28}{'runs':>9}{'stages':>8}{'time':>9}{'runs/s':>12}"
          f"{'run-stages/s':>15}")
    for row in runs:
        print(f"{row['order']:<28}{row['runs']:>9,}{row['stages']:>8}{row['seconds']:>8.2f}s"
              f"{row['runs_per_s']:>12,.0f}{row['run_stages_per_s']:>15,.0f}")
    path = write_results("sequencing", {"scenario": SCENARIO, "agreement": agreement.id,
                                        "verification_patience": maps,
                                        "trust_phases": phases, "montecarlo": runs})
    print(f"\nwritten to {path}")


if __name__ == "__main__":
    main()
