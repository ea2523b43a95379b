"""Recalibrate the historical six-party scenario: ``python -m benchmarks.calibrate_sixparty``.

Runs :func:`sim.sixparty.calibrate.calibrate` on ``scenarios/history_1993_2024.yaml`` (the
1993–2019 record only), prints the best values and the ten best candidates, and shows the
fit of the calibrated scenario in and out of sample. The values it prints are the ones
recorded under "calibrated" in the scenario file; copy them there by hand after a rerun.
"""

from __future__ import annotations

import sys
import time

from sim.io import SCENARIO_DIR, load_scenario
from sim.sixparty.calibrate import DEFAULT_SPACE, calibrate, with_values
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.history import fit_report

CANDIDATES, RUNS, SEED = 40, 30, 2024


def main(candidates: int = CANDIDATES, runs: int = RUNS, seed: int = SEED) -> None:
    params = load_scenario(SCENARIO_DIR / "history_1993_2024.yaml").parameters
    start = time.perf_counter()
    result = calibrate(params, DEFAULT_SPACE, candidates=candidates, runs=runs, seed=seed)
    print(f"calibrated in {time.perf_counter() - start:.1f} s "
          f"({candidates} + {max(2, candidates // 2)} candidates x {runs} runs, seed {seed})")
    print(f"best loss {result.loss:.3f}")
    for name, value in result.best.items():
        print(f"  {name}: {value:.4g}")
    print(result.table.head(10).to_string(float_format=lambda v: f"{v:.4g}"))
    report = fit_report(run_ensemble(with_values(params, result.best), 200, 0))
    print(report.rows[["series", "period", "record_total", "model_total", "rmse",
                       "correlation", "coverage", "verdict"]].to_string(index=False))
    print(report.timing)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:4]))
