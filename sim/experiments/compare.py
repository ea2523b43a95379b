"""A/B comparison of two ensembles: differences with bootstrap intervals and effect sizes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from sim.experiments.stats import bootstrap_difference, cliffs_delta, cohens_d

__all__ = ["compare_frames"]


def compare_frames(a: pd.DataFrame, b: pd.DataFrame, outcomes: list[str], seed: int = 0,
                   resamples: int = 2000) -> pd.DataFrame:
    """One row per outcome: means, B − A with a bootstrap interval, effect sizes.

    The interval is a 95 % percentile bootstrap; the effect sizes are Cohen's d and Cliff's
    delta. Outcomes missing from either frame are skipped.
    """
    rng = np.random.default_rng(seed)
    rows = []
    for name in outcomes:
        if name not in a or name not in b:
            continue
        x, y = a[name].astype(float), b[name].astype(float)
        diff, low, high = bootstrap_difference(x, y, rng, resamples)
        rows.append({
            "outcome": name, "mean_a": float(x.mean()), "mean_b": float(y.mean()),
            "difference": diff, "ci_low": low, "ci_high": high,
            "cohens_d": cohens_d(x, y), "cliffs_delta": cliffs_delta(x, y),
        })
    return pd.DataFrame(rows)
