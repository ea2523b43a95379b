"""The ensemble set against the record: yearly series and a fit report.

Five yearly series are compared, each counted the same way in the record and the model:

``missile_tests``
    record: ``missile_test_events`` of the yearly counts (distinct launch dates, CNS);
    model: missile-test events.
``nuclear_tests``
    record: ``nuclear_tests`` of the yearly counts; model: nuclear tests.
``unsc_resolutions``
    record: timeline rows of type ``sanction_unsc`` whose title starts "UNSC Resolution"
    (adopted resolutions; the 2009 presidential statement and the 2022 and 2024 vetoes are
    not resolutions); model: resolutions passed.
``talks_quarters``
    record: distinct quarters with a ``talks`` or ``summit`` row involving the DPRK; model:
    quarters with a talks round. The timeline lists highlights, not every session.
``agreements``
    record: ``agreement`` rows with both the US and the DPRK among the actors (1993 Joint
    Statement, 1994 Agreed Framework, 1999 Berlin, 2005 "9.19", 2007 "2.13" and "10.3",
    2008 declaration, 2012 Leap Day; the Singapore statement is filed as a summit);
    model: agreements made.

The report gives, per series and per period — **in-sample** (the calibration years,
1993–2019 by default) and **out-of-sample** (2020–2024) — the record's total, the
ensemble's mean total with a 90 % interval, the root-mean-square error and the correlation
of the yearly ensemble mean with the record, and the coverage (share of years in which the
record lies inside the ensemble's 5–95 % band). Agreement timing adds the Brier score of
the yearly chance of an agreement against the record, beside the Brier score of a constant
forecast at the in-sample base rate (a skill score below 0 means the model times
agreements worse than a constant). A series is called a *poor* fit when coverage is below
0.6 or the totals differ by more than half (more than one event when the record is
small), a *good* fit when coverage is at least 0.8 and the totals differ by at most a
third (at most one event), and *fair* otherwise; the words are printed as they fall.
Coverage alone flatters a wide ensemble, hence the totals test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from sim.data import timeline, yearly_counts
from sim.sixparty.ensemble import Ensemble
from sim.sixparty.recorder import WORLD_SERIES

__all__ = ["CALIBRATION_END", "SERIES", "FitReport", "fit_report", "model_yearly", "record_yearly"]

SERIES: tuple[str, ...] = (
    "missile_tests", "nuclear_tests", "unsc_resolutions", "talks_quarters", "agreements",
)
CALIBRATION_END = 2019


def record_yearly(first: int, last: int) -> pd.DataFrame:
    """The record's five yearly series, one row per year from ``first`` to ``last``."""
    years = pd.Index(range(first, last + 1), name="year")
    counts = yearly_counts().set_index("year")
    events = timeline()
    unsc = events[(events.event_type == "sanction_unsc")
                  & events.title.str.startswith("UNSC Resolution")]
    talks = events[events.event_type.isin(["talks", "summit"])
                   & events.actors.str.contains("KP")]
    deals = events[(events.event_type == "agreement") & events.actors.str.contains("KP")
                   & events.actors.str.contains("US")]
    frame = pd.DataFrame(index=years)
    frame["missile_tests"] = counts["missile_test_events"].reindex(years, fill_value=0)
    frame["nuclear_tests"] = counts["nuclear_tests"].reindex(years, fill_value=0)
    frame["unsc_resolutions"] = unsc.groupby("year").size().reindex(years, fill_value=0)
    frame["talks_quarters"] = talks.groupby("year")["quarter"].nunique().reindex(
        years, fill_value=0)
    frame["agreements"] = deals.groupby("year").size().reindex(years, fill_value=0)
    return frame.astype(float)


def model_yearly(ens: Ensemble) -> tuple[NDArray[np.int64], NDArray[np.float64]]:
    """Calendar years and the (run, year, series) array of the ensemble's yearly counts."""
    years = np.array(ens.years)
    unique = np.unique(years)
    col = {name: WORLD_SERIES.index(name) for name in WORLD_SERIES}
    quarterly = np.stack([
        ens.world[:, :, col["missile_tests"]], ens.world[:, :, col["nuclear_tests"]],
        ens.world[:, :, col["unsc_resolutions"]], (ens.world[:, :, col["talks"]] > 0) * 1.0,
        ens.world[:, :, col["agreements_made"]],
    ], axis=2)
    out = np.stack([quarterly[:, years == y, :].sum(axis=1) for y in unique], axis=1)
    return unique, out


@dataclass(frozen=True)
class FitReport:
    """Numbers comparing an ensemble with the record, per series and period."""

    rows: pd.DataFrame
    timing: dict[str, float]
    years: tuple[int, int]
    calibration_end: int
    runs: int
    yearly: pd.DataFrame = field(repr=False)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {"years": list(self.years), "calibration_end": self.calibration_end,
                "runs": self.runs, "series": self.rows.to_dict(orient="records"),
                "agreement_timing": self.timing}


def _stats(record: NDArray[np.float64], model: NDArray[np.float64]) -> dict[str, float]:
    mean = model.mean(axis=0)
    totals = model.sum(axis=1)
    low, high = np.percentile(model, 5, axis=0), np.percentile(model, 95, axis=0)
    inside = (record >= low) & (record <= high)
    corr = (float(np.corrcoef(mean, record)[0, 1])
            if len(record) > 1 and mean.std() > 0 and record.std() > 0 else float("nan"))
    return {
        "record_total": float(record.sum()), "model_total": float(totals.mean()),
        "model_total_low": float(np.percentile(totals, 5)),
        "model_total_high": float(np.percentile(totals, 95)),
        "rmse": float(np.sqrt(np.mean((mean - record) ** 2))), "correlation": corr,
        "coverage": float(inside.mean()),
    }


def _verdict(stats: dict[str, float]) -> str:
    gap = abs(stats["model_total"] - stats["record_total"])
    total = stats["record_total"]
    if stats["coverage"] < 0.6 or gap > max(1.0, total / 2.0):
        return "poor"
    if stats["coverage"] >= 0.8 and gap <= max(1.0, total / 3.0):
        return "good"
    return "fair"


def fit_report(ens: Ensemble, calibration_end: int = CALIBRATION_END) -> FitReport:
    """Compare ``ens`` with the record, in-sample up to ``calibration_end``, then after."""
    years, model = model_yearly(ens)
    full = years[(years >= 1984) & (years <= 2024)]
    keep = np.isin(years, full)
    years, model = years[keep], model[:, keep, :]
    record = record_yearly(int(years[0]), int(years[-1]))
    rows = []
    for period, mask in (("in_sample", years <= calibration_end),
                         ("out_of_sample", years > calibration_end)):
        if not mask.any():
            continue
        for k, name in enumerate(SERIES):
            stats = _stats(record[name].to_numpy()[mask], model[:, mask, k])
            rows.append({"series": name, "period": period,
                         "first_year": int(years[mask][0]), "last_year": int(years[mask][-1]),
                         **stats, "verdict": _verdict(stats)})
    yearly = record.copy()
    for k, name in enumerate(SERIES):
        yearly[f"model_{name}"] = model[:, :, k].mean(axis=0)
        yearly[f"model_{name}_low"] = np.percentile(model[:, :, k], 5, axis=0)
        yearly[f"model_{name}_high"] = np.percentile(model[:, :, k], 95, axis=0)
    return FitReport(rows=pd.DataFrame(rows), timing=_timing(years, model, record, calibration_end),
                     years=(int(years[0]), int(years[-1])), calibration_end=calibration_end,
                     runs=ens.runs, yearly=yearly)


def _timing(years: NDArray[np.int64], model: NDArray[np.float64], record: pd.DataFrame,
            calibration_end: int) -> dict[str, float]:
    made = (model[:, :, SERIES.index("agreements")] > 0).mean(axis=0)
    happened = (record["agreements"].to_numpy() > 0).astype(float)
    result: dict[str, float] = {}
    base = float(happened[years <= calibration_end].mean()) if (years <= calibration_end).any() else 0.0
    for period, mask in (("in_sample", years <= calibration_end),
                         ("out_of_sample", years > calibration_end)):
        if not mask.any():
            continue
        brier = float(np.mean((made[mask] - happened[mask]) ** 2))
        constant = float(np.mean((base - happened[mask]) ** 2))
        result[f"{period}_brier"] = brier
        result[f"{period}_brier_constant"] = constant
        result[f"{period}_skill"] = 1.0 - brier / constant if constant > 0 else float("nan")
    first = model[:, :, SERIES.index("agreements")] > 0
    any_deal = first.any(axis=1)
    if any_deal.any():
        result["model_first_agreement_median_year"] = float(
            np.median(years[first[any_deal].argmax(axis=1)]))
    deal_years = years[happened > 0]
    result["record_first_agreement_year"] = float(deal_years[0]) if len(deal_years) else float("nan")
    return result
