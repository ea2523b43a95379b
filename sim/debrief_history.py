"""A rule-based debrief of the six-party ensemble set against the record, year by year.

Model. No language model and no free text: fixed rules read the yearly table of
:func:`sim.sixparty.history.fit_report` — per year, the record's five series
(:data:`~sim.sixparty.history.SERIES`) beside the ensemble's mean and its 5–95 % band,
columns ``<series>``, ``model_<series>``, ``model_<series>_low``, ``model_<series>_high`` —
and answer three questions a class asks of a model run against history:

1. **Which series the model fits best and worst** over the *window*: the calibration
   years (up to ``calibration_end``, 2019 by default) when the table has any, else every
   year it has (a scenario starting after the calibration years is judged out of sample).
   Each series is scored by its **relative squared error**
   ``Σ_y (model_y − record_y)² / (Σ_y record_y² + 1)`` over the window — the term
   :func:`sim.sixparty.calibrate.fit_loss` sums when the scenario is calibrated, so the many
   missile tests do not drown the few agreements. 0 is a perfect fit; forecasting no
   events at all scores just under 1. The smallest error is the best fit
   (``history_fit_best``), the largest the worst (``history_fit_worst``; a tie goes to the
   first in ``SERIES`` order); when all errors are equal, ``history_fit_even``.
2. **The biggest miss**: over every year of the table, the (year, series) with the largest
   gap between record and model mean measured against the series' size,
   ``|record_y − model_y| / (mean yearly record + 1)`` (the mean over the table's years;
   the +1 keeps a series the record rarely sees, such as agreements, from turning one
   event into an infinite miss). Reported with the band and whether the record lies
   outside it, and whether the year is in or out of sample.
3. **What the model leaves out.** A fixed list of episodes (:data:`OMISSIONS`) the
   model has no mechanism for; each whose years overlap the table's is reported
   (``history_left_out``) with the series whose yearly gap, scaled as in rule 2, is
   largest on average over the overlapping years, and that series' record and model
   totals there; ``history_left_out_none`` when none overlaps. The episodes:

   * ``famine`` (1994–1998): the famine and floods of the "Arduous March" (Haggard &
     Noland, *Famine in North Korea*, 2007). The model's DPRK economy moves only with
     sanctions, aid and its own recovery; it has no harvests or natural disasters.
   * ``pandemic_closure`` (2020–2023): the DPRK sealed its borders against COVID-19 in
     January 2020 and began to reopen them in August 2023; its trade with China fell by
     about four fifths in 2020 (China's customs figures) and foreign diplomats left. The
     model has no border closure: trade shares change only by its schedule, and talks and
     tests follow postures, not a country shut in on itself (the teaching notes of
     ``history_1993_2024`` make the same point).
   * ``russia_arms`` (2023–2024): DPRK munitions and, in 2024, troops sent for Russia's war
     in Ukraine, and the June 2024 Comprehensive Strategic Partnership treaty (a row of the
     bundled timeline; US and South Korean government statements of 2023–2024). The
     model's Russia can shield the DPRK at the UN and stop enforcing sanctions, but there
     is no arms trade, payment or military cooperation in its economy or programme.

Every finding has a stable ``code`` (:data:`CODES`), a ``severity`` and ``values`` —
numbers and codes (series names, periods, episode codes) only; the dashboard turns them
into sentences in either language.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from sim.debrief import Finding
from sim.errors import InputError
from sim.sixparty.history import CALIBRATION_END, SERIES

__all__ = ["CODES", "OMISSIONS", "Omission", "biggest_miss", "debrief", "fit_findings",
           "left_out_findings", "miss_scores", "relative_error"]


@dataclass(frozen=True)
class Omission:
    """An episode of the record the model has no mechanism for, and its years."""

    code: str
    first: int
    last: int


#: Episodes the model leaves out (sources in the module docstring).
OMISSIONS: tuple[Omission, ...] = (
    Omission("famine", 1994, 1998),
    Omission("pandemic_closure", 2020, 2023),
    Omission("russia_arms", 2023, 2024),
)

_FIT = ("series", "error", "record", "model", "first", "last", "period")
#: Every code a debrief can contain, with the names of its values.
CODES: dict[str, tuple[str, ...]] = {
    "history_fit_best": _FIT,
    "history_fit_worst": _FIT,
    "history_fit_even": ("error", "first", "last", "period"),
    "history_biggest_miss": ("series", "year", "record", "model", "low", "high", "outside",
                             "period", "score"),
    "history_left_out": ("episode", "first", "last", "series", "record", "model"),
    "history_left_out_none": ("first", "last"),
}


def debrief(yearly: pd.DataFrame, calibration_end: int = CALIBRATION_END) -> list[Finding]:
    """Every finding about the yearly record-against-model table ``yearly``."""
    return [*fit_findings(yearly, calibration_end), *biggest_miss(yearly, calibration_end),
            *left_out_findings(yearly)]


def _check(yearly: pd.DataFrame) -> None:
    needed = [c for name in SERIES
              for c in (name, f"model_{name}", f"model_{name}_low", f"model_{name}_high")]
    missing = [c for c in needed if c not in yearly.columns]
    if missing:
        raise InputError(f"the yearly table lacks columns {', '.join(missing)}; it needs the "
                         "record and model columns of sim.sixparty.history.fit_report")
    if len(yearly) == 0:
        raise InputError("the yearly table has no years; a debrief needs at least one")


def relative_error(record: np.ndarray, model: np.ndarray) -> float:
    """``Σ (model − record)² / (Σ record² + 1)``: 0 for a perfect fit, near 1 for all zeros."""
    r, m = np.asarray(record, dtype=float), np.asarray(model, dtype=float)
    return float(((m - r) ** 2).sum() / ((r**2).sum() + 1.0))


def _years(yearly: pd.DataFrame) -> np.ndarray:
    return np.asarray(yearly.index, dtype=int)


def fit_findings(yearly: pd.DataFrame,
                 calibration_end: int = CALIBRATION_END) -> list[Finding]:
    """The best and the worst fitted series over the window (rule 1)."""
    _check(yearly)
    years = _years(yearly)
    inside = years <= calibration_end
    window = inside if inside.any() else np.ones_like(inside)
    period = "in_sample" if inside.any() else "out_of_sample"
    span: dict[str, float | int | str] = {"first": int(years[window][0]),
                                          "last": int(years[window][-1]), "period": period}
    rows = yearly[window]
    errors = [relative_error(rows[name].to_numpy(), rows[f"model_{name}"].to_numpy())
              for name in SERIES]
    if max(errors) - min(errors) < 1e-12:
        return [Finding("history_fit_even", "info", {"error": errors[0], **span})]

    def finding(code: str, k: int) -> Finding:
        name = SERIES[k]
        return Finding(code, "info" if code == "history_fit_best" else "notice", {
            "series": name, "error": errors[k], "record": float(rows[name].sum()),
            "model": float(rows[f"model_{name}"].sum()), **span})

    return [finding("history_fit_best", int(np.argmin(errors))),
            finding("history_fit_worst", int(np.argmax(errors)))]


def miss_scores(yearly: pd.DataFrame) -> pd.DataFrame:
    """The scaled gap of every (year, series): rows are years, columns series (rule 2)."""
    _check(yearly)
    return pd.DataFrame({
        name: (yearly[name] - yearly[f"model_{name}"]).abs() / (yearly[name].mean() + 1.0)
        for name in SERIES}, index=yearly.index)


def biggest_miss(yearly: pd.DataFrame,
                 calibration_end: int = CALIBRATION_END) -> list[Finding]:
    """The year and series where the model misses the record by most (rule 2)."""
    scores = miss_scores(yearly)
    values = scores.to_numpy()
    flat_row, flat_col = np.unravel_index(int(np.argmax(values)), values.shape)
    row, col = int(flat_row), int(flat_col)
    year, name = int(_years(yearly)[row]), SERIES[col]
    record = float(yearly[name].iloc[row])
    low = float(yearly[f"model_{name}_low"].iloc[row])
    high = float(yearly[f"model_{name}_high"].iloc[row])
    return [Finding("history_biggest_miss", "warning", {
        "series": name, "year": year, "record": record,
        "model": float(yearly[f"model_{name}"].iloc[row]), "low": low, "high": high,
        "outside": int(not low <= record <= high),
        "period": "in_sample" if year <= calibration_end else "out_of_sample",
        "score": float(values[row, col])})]


def left_out_findings(yearly: pd.DataFrame,
                      omissions: tuple[Omission, ...] = OMISSIONS) -> list[Finding]:
    """Each left-out episode inside the table's years, with its largest gap (rule 3)."""
    scores = miss_scores(yearly)
    years = _years(yearly)
    findings = []
    for episode in omissions:
        overlap = (years >= episode.first) & (years <= episode.last)
        if not overlap.any():
            continue
        mean_gap = scores[overlap].mean(axis=0).to_numpy()
        name = SERIES[int(np.argmax(mean_gap))]
        rows = yearly[overlap]
        findings.append(Finding("history_left_out", "notice", {
            "episode": episode.code, "first": int(years[overlap][0]),
            "last": int(years[overlap][-1]), "series": name,
            "record": float(rows[name].sum()), "model": float(rows[f"model_{name}"].sum())}))
    if not findings:
        return [Finding("history_left_out_none", "info",
                        {"first": int(years[0]), "last": int(years[-1])})]
    return findings
