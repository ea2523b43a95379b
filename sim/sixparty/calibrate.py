"""Calibrating a few strengths of the historical scenario by a seeded random search.

Method (deliberately simple, and rerunnable by anyone: ``python -m
benchmarks.calibrate_sixparty``):

1. cut the scenario at the end of the calibration years (2019Q4), so 2020–2024 is never
   seen;
2. draw ``candidates`` parameter vectors by Latin hypercube sampling (McKay, Beckman &
   Conover 1979) inside the given bounds, with a generator seeded from ``seed``;
3. run each with ``runs`` replicates (child seeds of one fixed seed, the same for every
   candidate — common random numbers, so differences come from the parameters) and score
   it by :func:`fit_loss`;
4. repeat once inside bounds shrunk around the best candidate (``refine`` times narrower);
5. return the best vector and the table of every candidate.

:func:`fit_loss` is the sum over the five yearly series of
``sum_y (model mean_y - record_y)^2 / (sum_y record_y^2 + 1)``: each series' squared error
relative to its own size, so the many missile tests do not drown the few agreements.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from sim.errors import InputError
from sim.sixparty.ensemble import Ensemble, run_ensemble
from sim.sixparty.history import CALIBRATION_END, SERIES, model_yearly, record_yearly
from sim.sixparty.params import SixPartyParams
from sim.sixparty.quarters import quarter_index

__all__ = ["DEFAULT_SPACE", "Calibration", "calibrate", "fit_loss", "with_values"]

#: The strengths calibrated by default, with their search bounds.
DEFAULT_SPACE: dict[str, tuple[float, float]] = {
    "provocation.base_rate": (0.005, 0.06),
    "provocation.self_excitation": (0.0, 0.45),
    "provocation.nuclear_ratio": (0.02, 0.3),
    "sanctions.missile_severity": (0.1, 0.8),
    "talks.bilateral": (0.2, 0.9),
    "agreements.acceptance": (0.2, 0.45),
}


@dataclass(frozen=True)
class Calibration:
    """The best values found, their loss, and every candidate tried."""

    best: dict[str, float]
    loss: float
    table: pd.DataFrame


def with_values(params: SixPartyParams, values: Mapping[str, Any]) -> SixPartyParams:
    """A validated copy of ``params`` with dotted paths (``"talks.bilateral"``) replaced."""
    data = params.model_dump(mode="python")
    for path, value in values.items():
        node = data
        parts = path.split(".")
        for part in parts[:-1]:
            if not isinstance(node, dict) or part not in node:
                raise InputError(f"unknown parameter path {path!r} of a sixparty scenario")
            node = node[part]
        if not isinstance(node, dict) or parts[-1] not in node:
            raise InputError(f"unknown parameter path {path!r} of a sixparty scenario")
        node[parts[-1]] = value
    return SixPartyParams.model_validate(data)


def fit_loss(ens: Ensemble, calibration_end: int = CALIBRATION_END) -> float:
    """Relative squared error of the yearly ensemble means against the record (in-sample)."""
    years, model = model_yearly(ens)
    mask = years <= calibration_end
    record = record_yearly(int(years[mask][0]), int(years[mask][-1]))
    total = 0.0
    for k, name in enumerate(SERIES):
        target = record[name].to_numpy()
        mean = model[:, mask, k].mean(axis=0)
        total += float(((mean - target) ** 2).sum() / ((target**2).sum() + 1.0))
    return total


def _latin_hypercube(rng: np.random.Generator, n: int, dims: int) -> NDArray[np.float64]:
    cells = np.stack([rng.permutation(n) for _ in range(dims)], axis=1)
    return (cells + rng.random((n, dims))) / n


def _search(params: SixPartyParams, space: Mapping[str, tuple[float, float]], candidates: int,
            runs: int, rng: np.random.Generator, workers: int) -> list[dict[str, float]]:
    names = list(space)
    unit = _latin_hypercube(rng, candidates, len(names))
    rows = []
    for point in unit:
        values = {n: space[n][0] + u * (space[n][1] - space[n][0]) for n, u in zip(names, point, strict=True)}
        loss = fit_loss(run_ensemble(with_values(params, values), runs, 0, workers))
        rows.append({**values, "loss": loss})
    return rows


def calibrate(params: SixPartyParams, space: Mapping[str, tuple[float, float]] | None = None,
              candidates: int = 40, runs: int = 40, seed: int = 0, refine: float = 4.0,
              workers: int = 1, calibration_end: int = CALIBRATION_END) -> Calibration:
    """Seeded random search (two rounds) for the values of ``space`` that best fit the record."""
    space = dict(space or DEFAULT_SPACE)
    horizon = 4 * (calibration_end + 1) - quarter_index(params.start)
    if horizon < 4:
        raise InputError(f"the scenario starts after {calibration_end}; nothing to calibrate on")
    cut = with_values(params, {"horizon": min(horizon, params.horizon)})
    rng = np.random.default_rng(seed)
    rows = _search(cut, space, candidates, runs, rng, workers)
    best = min(rows, key=lambda row: row["loss"])
    narrow = {}
    for name, (low, high) in space.items():
        half = (high - low) / (2.0 * refine)
        narrow[name] = (max(low, best[name] - half), min(high, best[name] + half))
    rows += _search(cut, narrow, max(2, candidates // 2), runs, rng, workers)
    table = pd.DataFrame(rows).sort_values("loss").reset_index(drop=True)
    top = table.iloc[0]
    return Calibration(best={name: float(top[name]) for name in space}, loss=float(top["loss"]),
                       table=table)
