"""Summaries with uncertainty: confidence intervals, bootstrap differences, effect sizes.

* means: Student-t interval, mean ± t(0.975, n−1)·s/√n;
* shares of a category: Wilson score interval (Wilson 1927), which behaves at 0 and 1;
* A/B differences: percentile bootstrap of the difference of means (Efron & Tibshirani
  1993) with an explicit generator, plus Cohen's d (pooled standard deviation) and Cliff's
  delta (Cliff 1993), which needs no distributional assumption.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike, NDArray
from scipy import stats

__all__ = ["bootstrap_difference", "cliffs_delta", "cohens_d", "mean_ci", "summarise", "wilson"]


def mean_ci(values: ArrayLike, level: float = 0.95) -> tuple[float, float, float]:
    """(mean, low, high) of a t confidence interval; a single value has a zero-width one."""
    x = np.asarray(values, dtype=float)
    x = x[np.isfinite(x)]
    if x.size == 0:
        return math.nan, math.nan, math.nan
    mean = float(x.mean())
    if x.size == 1:
        return mean, mean, mean
    half = float(stats.t.ppf(0.5 + level / 2, x.size - 1) * x.std(ddof=1) / math.sqrt(x.size))
    return mean, mean - half, mean + half


def wilson(successes: int, n: int, level: float = 0.95) -> tuple[float, float, float]:
    """(share, low, high) of the Wilson score interval for ``successes`` out of ``n``."""
    if n == 0:
        return math.nan, math.nan, math.nan
    z = float(stats.norm.ppf(0.5 + level / 2))
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return p, max(0.0, centre - half), min(1.0, centre + half)


def summarise(frame: pd.DataFrame, columns: list[str] | None = None,
              level: float = 0.95) -> pd.DataFrame:
    """One row per numeric outcome column: n, mean, ci_low, ci_high, std, min, max."""
    names = columns or [c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])
                        or pd.api.types.is_bool_dtype(frame[c])]
    rows = []
    for name in names:
        values = frame[name].astype(float).to_numpy()
        finite = values[np.isfinite(values)]
        mean, low, high = mean_ci(finite, level)
        rows.append({"outcome": name, "n": int(finite.size), "mean": mean, "ci_low": low,
                     "ci_high": high,
                     "std": float(finite.std(ddof=1)) if finite.size > 1 else 0.0,
                     "min": float(finite.min()) if finite.size else math.nan,
                     "max": float(finite.max()) if finite.size else math.nan})
    return pd.DataFrame(rows)


def bootstrap_difference(a: ArrayLike, b: ArrayLike, rng: np.random.Generator,
                         resamples: int = 2000, level: float = 0.95) -> tuple[float, float, float]:
    """(mean(b) − mean(a), low, high): a percentile bootstrap interval of the difference."""
    x, y = _finite(a), _finite(b)
    if x.size == 0 or y.size == 0:
        return math.nan, math.nan, math.nan
    xs = rng.choice(x, size=(resamples, x.size), replace=True).mean(axis=1)
    ys = rng.choice(y, size=(resamples, y.size), replace=True).mean(axis=1)
    diffs = ys - xs
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(diffs, [tail, 100 - tail])
    return float(y.mean() - x.mean()), float(low), float(high)


def cohens_d(a: ArrayLike, b: ArrayLike) -> float:
    """(mean(b) − mean(a)) / pooled standard deviation; 0 when both are constant and equal."""
    x, y = _finite(a), _finite(b)
    if x.size < 2 or y.size < 2:
        return math.nan
    pooled = math.sqrt(((x.size - 1) * x.var(ddof=1) + (y.size - 1) * y.var(ddof=1))
                       / (x.size + y.size - 2))
    diff = float(y.mean() - x.mean())
    if pooled == 0:
        return 0.0 if diff == 0 else math.copysign(math.inf, diff)
    return diff / pooled


def cliffs_delta(a: ArrayLike, b: ArrayLike) -> float:
    """P(b > a) − P(b < a) over all pairs, in [−1, 1]."""
    x, y = np.sort(_finite(a)), _finite(b)
    if x.size == 0 or y.size == 0:
        return math.nan
    below = np.searchsorted(x, y, side="left")
    above = x.size - np.searchsorted(x, y, side="right")
    return float((below.sum() - above.sum()) / (x.size * y.size))


def _finite(values: ArrayLike) -> NDArray[np.float64]:
    x = np.asarray(values, dtype=float)
    return x[np.isfinite(x)]
