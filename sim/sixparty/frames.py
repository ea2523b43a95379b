"""Tidy frames and summaries of a six-party ensemble; column names are defined here.

* :func:`world_frame` — one row per (run, quarter, variable) of the world's series;
* :func:`party_frame` — one row per (run, quarter, party, variable);
* :func:`outcome_frame` — one row per run: class, counts, final state;
* :func:`outcome_indicators` — the same as numbers only (a 0/1 column per class), for
  experiments that average, sweep or compare scalar outcomes;
* :func:`outcome_shares` — share of each class with a Wilson score interval (Wilson 1927;
  Agresti & Coull 1998 recommend it over the normal approximation for small counts);
* :func:`mean_counts`, :func:`party_summary`, :func:`bands` — what the CLI and pages show.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from sim.errors import InputError
from sim.sixparty.ensemble import Ensemble
from sim.sixparty.outcomes import COUNTS, OUTCOMES
from sim.sixparty.params import PARTY_CODES
from sim.sixparty.recorder import PARTY_SERIES, WORLD_SERIES

__all__ = [
    "PARTY", "QUARTER", "RUN", "STEP", "VALUE", "VARIABLE", "YEAR",
    "bands", "mean_counts", "outcome_frame", "outcome_indicators", "outcome_shares",
    "party_frame",
    "party_summary", "wilson_interval", "world_frame",
]

RUN, STEP, QUARTER, YEAR = "run", "step", "quarter", "year"
PARTY, VARIABLE, VALUE = "party", "variable", "value"


def wilson_interval(successes: int, trials: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a binomial proportion (95 % for z = 1.96)."""
    if trials <= 0:
        return (0.0, 1.0)
    p = successes / trials
    denom = 1.0 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def _time_index(ens: Ensemble) -> pd.DataFrame:
    steps = len(ens.labels)
    return pd.DataFrame({STEP: np.arange(steps), QUARTER: ens.labels, YEAR: ens.years})


def world_frame(ens: Ensemble) -> pd.DataFrame:
    """Every world series of every run, long format."""
    runs, steps, width = ens.world.shape
    time = _time_index(ens)
    frame = pd.DataFrame({
        RUN: np.repeat(np.arange(runs), steps * width),
        STEP: np.tile(np.repeat(np.arange(steps), width), runs),
        VARIABLE: np.tile(np.array(WORLD_SERIES), runs * steps),
        VALUE: ens.world.reshape(-1),
    })
    return frame.merge(time, on=STEP, how="left")[[RUN, STEP, QUARTER, YEAR, VARIABLE, VALUE]]


def party_frame(ens: Ensemble) -> pd.DataFrame:
    """Every party series of every run, long format."""
    runs, steps, parties, width = ens.parties.shape
    time = _time_index(ens)
    frame = pd.DataFrame({
        RUN: np.repeat(np.arange(runs), steps * parties * width),
        STEP: np.tile(np.repeat(np.arange(steps), parties * width), runs),
        PARTY: np.tile(np.repeat(np.array(PARTY_CODES), width), runs * steps),
        VARIABLE: np.tile(np.array(PARTY_SERIES), runs * steps * parties),
        VALUE: ens.parties.reshape(-1),
    })
    return frame.merge(time, on=STEP, how="left")[
        [RUN, STEP, QUARTER, YEAR, PARTY, VARIABLE, VALUE]]


def outcome_frame(ens: Ensemble) -> pd.DataFrame:
    """One row per run: its outcome class, counts and final state."""
    frame = pd.DataFrame([o.as_dict() for o in ens.outcomes])
    frame.insert(0, RUN, np.arange(ens.runs))
    return frame


def outcome_indicators(ens: Ensemble) -> pd.DataFrame:
    """One row per run of numbers: counts, final state and ``is_<class>`` as 0 or 1."""
    frame = outcome_frame(ens).drop(columns=[RUN])
    for name in OUTCOMES:
        frame[f"is_{name}"] = (frame["outcome"] == name).astype(float)
    return frame.drop(columns=["outcome"]).astype(float)


def outcome_shares(ens: Ensemble) -> pd.DataFrame:
    """Each outcome class: count, share and a 95 % Wilson interval."""
    names = [o.outcome for o in ens.outcomes]
    rows = []
    for name in OUTCOMES:
        count = names.count(name)
        low, high = wilson_interval(count, ens.runs)
        rows.append({"outcome": name, "count": count, "share": count / ens.runs,
                     "low": low, "high": high})
    return pd.DataFrame(rows)


def mean_counts(ens: Ensemble) -> dict[str, float]:
    """Mean over runs of each count of :data:`~sim.sixparty.outcomes.COUNTS`."""
    return {name: float(np.mean([getattr(o, name) for o in ens.outcomes])) for name in COUNTS}


def party_summary(ens: Ensemble) -> pd.DataFrame:
    """Per party, the mean over runs of each series at the first and the last quarter."""
    rows = []
    for i, code in enumerate(PARTY_CODES):
        row: dict[str, object] = {PARTY: code}
        for j, name in enumerate(PARTY_SERIES):
            row[f"{name}_start"] = float(ens.parties[:, 0, i, j].mean())
            row[f"{name}_end"] = float(ens.parties[:, -1, i, j].mean())
        rows.append(row)
    return pd.DataFrame(rows)


def bands(ens: Ensemble, variable: str, party: str | None = None,
          low: float = 10.0, high: float = 90.0) -> pd.DataFrame:
    """Mean, median and a percentile band over runs of one series, per quarter."""
    names = WORLD_SERIES if party is None else PARTY_SERIES
    if variable not in names:
        raise InputError(f"unknown series {variable!r}; allowed: {', '.join(names)}")
    if party is None:
        values = ens.world[:, :, WORLD_SERIES.index(variable)]
    else:
        if party not in PARTY_CODES:
            raise InputError(f"unknown party code {party!r}; allowed: {', '.join(PARTY_CODES)}")
        values = ens.parties[:, :, PARTY_CODES.index(party), PARTY_SERIES.index(variable)]
    frame = _time_index(ens)
    frame["mean"] = values.mean(axis=0)
    frame["median"] = np.median(values, axis=0)
    frame["low"] = np.percentile(values, low, axis=0)
    frame["high"] = np.percentile(values, high, axis=0)
    return frame
