"""A rule-based debrief of experiments: ensembles, comparisons and sensitivity analyses.

Model. Like :mod:`sim.debrief`, no language model and no free text: fixed rules read the
numbers an experiment produced and return :class:`~sim.debrief.Finding` values (codes and
numbers only; the dashboard words them in either language). Outcomes are the runners'
(:mod:`sim.experiments.adapters`); intervals are those of :mod:`sim.experiments.stats`.

**Ensembles** (:func:`ensemble_findings`, codes ``ensemble_*``), from the per-run frame of
one scenario and the chosen outcome:

1. *Headline*: the outcome's mean over the runs where it is defined, with its 95 %
   Student-t interval (``ensemble_mean``); for a yes/no outcome — its runner describes it
   as "1 if …" and every value is 0 or 1 — the share of runs with a 95 % Wilson interval
   (Wilson 1927; ``ensemble_share``). Runs where the outcome is empty (a breakdown that
   never happened) are counted (``ensemble_missing``); an outcome empty in every run gets
   ``ensemble_undefined``.
2. *Deterministic models* (the runner is not stochastic): every run is the same, so the
   value is reported without an interval (``ensemble_value``) and ``ensemble_deterministic``
   says that more runs add nothing. A stochastic model run once gets ``ensemble_one_run``
   (one history, no interval; at least :data:`MIN_RUNS` runs suggested).
3. *Spread*: identical runs of a stochastic model (``ensemble_identical``); otherwise, for
   a numeric outcome, the middle of the runs: the 10th percentile, median and 90th
   percentile, so one run in ten lies in each tail (``ensemble_spread``). For the six
   parties, the outcome classes (``is_*`` columns, :mod:`sim.sixparty.outcomes`): the most
   common class with its Wilson interval, and whether it holds at least
   :data:`DOMINANT_SHARE` of the runs (``ensemble_class_dominant``) or the runs split over
   several classes (``ensemble_class_split``).
4. *Enough runs?* The half-width of the headline interval against a tolerance: for a share,
   :data:`SHARE_TOLERANCE` (±5 percentage points, the usual margin of a survey); for a mean,
   :data:`RELATIVE_TOLERANCE` of its size (of the standard deviation when the mean is 0).
   Within it: ``ensemble_precise``; beyond it: ``ensemble_more_runs`` with the number of
   runs that would meet it, n·(half-width / tolerance)², since the half-width shrinks as
   1/√n — rounded up to two significant figures.

**Comparisons** (:func:`compare_findings`, codes ``compare_*``), from the differences of
:func:`sim.experiments.compare.compare_frames` (each source minus the reference, a 95 %
percentile bootstrap interval, Cohen's d, Cliff's delta): a source *differs* from the
reference when the bootstrap interval excludes 0 (``compare_higher`` / ``compare_lower``),
with the size of the difference named from Cliff's delta by the thresholds of Romano et al.
(2006): below :data:`CLIFF_THRESHOLDS` 0.147 negligible, 0.33 small, 0.474 medium, else
large; otherwise it does not (``compare_same``). Sources with fewer than
:data:`COMPARE_MIN_RUNS` runs get ``compare_few_runs`` (a bootstrap interval from so few
runs is too narrow), and a deterministic kind ``compare_deterministic`` (its differences
are exact and its intervals have no width).

**Sensitivity** (:func:`sensitivity_findings`, codes ``sensitivity_*``), from the indices
of :func:`sim.experiments.sensitivity.run_sensitivity`:

1. the most influential parameter: largest total index ST (Sobol) or μ* (Morris)
   (``sensitivity_top_sobol`` / ``sensitivity_top_morris``); when every index is 0 the
   outcome did not move over the ranges (``sensitivity_no_effect``);
2. interactions: Sobol's ST − S1 is the share of variance a parameter causes only together
   with others (Saltelli et al. 2008, *Global Sensitivity Analysis: The Primer*, ch. 4);
   above :data:`SOBOL_INTERACTION` for some parameter, interactions matter
   (``sensitivity_interactions_sobol``), otherwise the effects add up
   (``sensitivity_additive_sobol``). For Morris, a σ at least :data:`MORRIS_INTERACTION`
   times μ* marks effects that are non-linear or depend on other parameters (Morris 1991;
   the σ/μ* classes of Garcia Sanchez et al. 2014)
   (``sensitivity_interactions_morris`` / ``sensitivity_additive_morris``);
3. negligible parameters: ST below :data:`SOBOL_NEGLIGIBLE` (the conventional 0.05
   screening cut-off), or μ* below :data:`MORRIS_NEGLIGIBLE` of the largest μ*
   (``sensitivity_negligible_sobol`` / ``sensitivity_negligible_morris``);
4. precision: when the top parameter's 95 % interval is at least half its index, the
   estimate is rough (``sensitivity_wide``): four times the samples halve the interval.

Parameters: the frames, the outcome, the thresholds named above.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from sim.debrief import Finding, Value
from sim.errors import InputError
from sim.experiments.compare import compare_frames
from sim.experiments.runners import check_outcome, runner_for
from sim.experiments.stats import mean_ci, summarise, wilson

__all__ = [
    "CLIFF_THRESHOLDS",
    "CODES",
    "COMPARE_MIN_RUNS",
    "DOMINANT_SHARE",
    "MIN_RUNS",
    "MORRIS_INTERACTION",
    "MORRIS_NEGLIGIBLE",
    "RELATIVE_TOLERANCE",
    "SHARE_TOLERANCE",
    "SOBOL_INTERACTION",
    "SOBOL_NEGLIGIBLE",
    "cliff_magnitude",
    "compare_findings",
    "ensemble_findings",
    "is_flag",
    "runs_needed",
    "sensitivity_findings",
]

#: Largest acceptable half-width of a share's 95 % interval (5 percentage points).
SHARE_TOLERANCE = 0.05
#: Largest acceptable half-width of a mean's 95 % interval, as a fraction of the mean.
RELATIVE_TOLERANCE = 0.05
#: Runs suggested when a stochastic model ran only once.
MIN_RUNS = 30
#: Share of runs in one outcome class above which that class dominates.
DOMINANT_SHARE = 0.8
#: The tails the spread reports: the 10th and 90th percentiles.
TAIL = 0.1
#: Fewest runs per source for a bootstrap interval to be trusted.
COMPARE_MIN_RUNS = 20
#: |Cliff's delta| limits of negligible, small and medium differences (Romano et al. 2006).
CLIFF_THRESHOLDS = (0.147, 0.33, 0.474)
#: Sobol total index below which a parameter is negligible.
SOBOL_NEGLIGIBLE = 0.05
#: ST − S1 above which a parameter's interactions matter.
SOBOL_INTERACTION = 0.1
#: μ* below this fraction of the largest μ* is negligible.
MORRIS_NEGLIGIBLE = 0.05
#: σ / μ* at or above which effects are non-linear or interacting.
MORRIS_INTERACTION = 1.0
#: A 95 % interval at least this fraction of its index is rough.
WIDE_INTERVAL = 0.5
#: Indices at or below this are zero.
ZERO = 1e-12

_OUTCOME = ("kind", "outcome")

#: Every code these debriefs can contain, with the names of its values.
CODES: dict[str, tuple[str, ...]] = {
    "ensemble_mean": (*_OUTCOME, "mean", "low", "high", "n"),
    "ensemble_share": (*_OUTCOME, "share", "low", "high", "hits", "n"),
    "ensemble_value": (*_OUTCOME, "value"),
    "ensemble_undefined": (*_OUTCOME, "runs"),
    "ensemble_missing": (*_OUTCOME, "missing", "runs"),
    "ensemble_deterministic": ("runs",),
    "ensemble_one_run": ("suggested",),
    "ensemble_identical": (*_OUTCOME, "value", "runs"),
    "ensemble_spread": (*_OUTCOME, "p10", "median", "p90"),
    "ensemble_class_dominant": ("outcome_class", "share", "low", "high", "runs"),
    "ensemble_class_split": ("outcome_class", "share", "low", "high", "seen", "runs"),
    "ensemble_precise": ("half_width", "tolerance", "runs"),
    "ensemble_more_runs": ("half_width", "tolerance", "runs", "suggested"),
    "compare_higher": (*_OUTCOME, "source", "reference", "difference", "low", "high",
                       "cliffs_delta", "magnitude"),
    "compare_lower": (*_OUTCOME, "source", "reference", "difference", "low", "high",
                      "cliffs_delta", "magnitude"),
    "compare_same": (*_OUTCOME, "source", "reference", "difference", "low", "high"),
    "compare_few_runs": ("source", "runs", "minimum"),
    "compare_deterministic": (),
    "sensitivity_no_effect": (*_OUTCOME,),
    "sensitivity_top_sobol": (*_OUTCOME, "path", "st", "s1", "conf"),
    "sensitivity_top_morris": (*_OUTCOME, "path", "mu_star", "conf"),
    "sensitivity_interactions_sobol": ("path", "st", "s1", "gap", "threshold"),
    "sensitivity_additive_sobol": ("gap", "threshold"),
    "sensitivity_interactions_morris": ("path", "sigma", "mu_star", "ratio", "threshold"),
    "sensitivity_additive_morris": ("ratio", "threshold"),
    "sensitivity_negligible_sobol": ("paths", "count", "threshold"),
    "sensitivity_negligible_morris": ("paths", "count", "threshold"),
    "sensitivity_wide": ("path", "index", "conf", "samples", "suggested"),
}

#: The prefix of the six-party outcome-class columns (one 0/1 column per class, :mod:`sim.sixparty.outcomes`).
CLASS_PREFIX = "is_"


# -- ensembles -------------------------------------------------------------------------


def is_flag(kind: str, outcome: str, values: pd.Series | np.ndarray) -> bool:
    """Whether ``outcome`` is a yes/no outcome: described "1 if …" and only 0s and 1s."""
    description = runner_for(kind).outcomes.get(outcome, "")
    finite = np.asarray(values, dtype=float)
    finite = finite[np.isfinite(finite)]
    return description.startswith("1 if") and bool(np.isin(finite, (0.0, 1.0)).all())


def runs_needed(runs: int, half_width: float, tolerance: float) -> int:
    """Runs for the half-width to reach ``tolerance`` (it shrinks as 1/√n), rounded up."""
    if tolerance <= 0:
        raise InputError(f"tolerance = {tolerance}; allowed: a number above 0")
    needed = math.ceil(runs * (half_width / tolerance) ** 2)
    return _round_up(max(needed, runs + 1))


def _round_up(n: int) -> int:
    """``n`` rounded up to two significant figures (1234 -> 1300)."""
    if n < 100:
        return n
    step = 10 ** (len(str(n)) - 2)
    return math.ceil(n / step) * step


def ensemble_findings(frame: pd.DataFrame, kind: str, outcome: str | None = None,
                      summary: pd.DataFrame | None = None) -> list[Finding]:
    """Every finding about ``outcome`` (default: the kind's main one) over the runs of ``frame``.

    ``summary`` is the ensemble's summary (:func:`sim.experiments.stats.summarise`);
    without it the summary is computed from ``frame``.
    """
    runner = runner_for(kind)
    name = check_outcome(runner, outcome)
    if name not in frame:
        raise InputError(f"outcome {name!r} is not in these runs; allowed: "
                         f"{', '.join(c for c in frame.columns if c in runner.outcomes)}")
    values = frame[name].astype(float).to_numpy()
    runs = int(values.size)
    if runs == 0:
        raise InputError("an ensemble debrief needs at least one run")
    finite = values[np.isfinite(values)]
    what = {"kind": kind, "outcome": name}
    if finite.size == 0:
        return [Finding("ensemble_undefined", "notice", {**what, "runs": runs})]
    findings: list[Finding] = []
    if not runner.stochastic:
        findings += [Finding("ensemble_value", "info", {**what, "value": float(finite[0])}),
                     Finding("ensemble_deterministic", "notice", {"runs": runs})]
        return findings
    flag = is_flag(kind, name, finite)
    headline, half, tolerance = _headline(finite, flag, what, _summary_row(summary, name, frame))
    findings.append(headline)
    if finite.size < runs:
        findings.append(Finding("ensemble_missing", "info",
                                {**what, "missing": runs - int(finite.size), "runs": runs}))
    if runs < 2:
        findings.append(Finding("ensemble_one_run", "warning", {"suggested": MIN_RUNS}))
        return findings + _class_findings(frame, kind)
    if np.all(finite == finite[0]):
        findings.append(Finding("ensemble_identical", "notice",
                                {**what, "value": float(finite[0]), "runs": int(finite.size)}))
    elif not flag:
        p10, median, p90 = np.quantile(finite, [TAIL, 0.5, 1 - TAIL])
        findings.append(Finding("ensemble_spread", "info", {
            **what, "p10": float(p10), "median": float(median), "p90": float(p90)}))
    findings += _class_findings(frame, kind)
    if np.all(finite == finite[0]):
        return findings  # no spread, nothing to estimate more precisely
    if half > tolerance:
        findings.append(Finding("ensemble_more_runs", "notice", {
            "half_width": half, "tolerance": tolerance, "runs": int(finite.size),
            "suggested": runs_needed(int(finite.size), half, tolerance)}))
    else:
        findings.append(Finding("ensemble_precise", "info", {
            "half_width": half, "tolerance": tolerance, "runs": int(finite.size)}))
    return findings


def _summary_row(summary: pd.DataFrame | None, name: str, frame: pd.DataFrame) -> pd.Series:
    table = summary if summary is not None else summarise(frame, [name])
    rows = table[table["outcome"] == name]
    if rows.empty:
        raise InputError(f"outcome {name!r} is missing from the summary")
    return rows.iloc[0]


def _headline(finite: np.ndarray, flag: bool, what: dict[str, str],
              row: pd.Series) -> tuple[Finding, float, float]:
    """The headline finding, the half-width of its interval and the tolerance it meets."""
    n = int(finite.size)
    if flag:
        hits = int(finite.sum())
        share, low, high = wilson(hits, n)
        headline = Finding("ensemble_share", "info", {
            **what, "share": share, "low": low, "high": high, "hits": hits, "n": n})
        return headline, (high - low) / 2, SHARE_TOLERANCE
    mean, low, high = float(row["mean"]), float(row["ci_low"]), float(row["ci_high"])
    if not all(map(math.isfinite, (mean, low, high))):
        mean, low, high = mean_ci(finite)
    headline = Finding("ensemble_mean", "info", {
        **what, "mean": mean, "low": low, "high": high, "n": n})
    spread = float(finite.std(ddof=1)) if n > 1 else 0.0
    scale = abs(mean) if mean != 0 else spread
    return headline, (high - low) / 2, RELATIVE_TOLERANCE * scale


def _class_findings(frame: pd.DataFrame, kind: str) -> list[Finding]:
    """The most common outcome class of the six parties and how far it dominates."""
    columns = [c for c in frame.columns if str(c).startswith(CLASS_PREFIX)]
    if kind != "sixparty" or not columns:
        return []
    counts = frame[columns].astype(float).sum()
    runs = len(frame)
    top = str(counts.idxmax())
    share, low, high = wilson(int(counts[top]), runs)
    values: dict[str, Value] = {"outcome_class": top.removeprefix(CLASS_PREFIX), "share": share, "low": low,
              "high": high, "runs": runs}
    if share >= DOMINANT_SHARE:
        return [Finding("ensemble_class_dominant", "info", values)]
    seen = int((counts > 0).sum())
    return [Finding("ensemble_class_split", "notice", {**values, "seen": seen})]


# -- comparisons -----------------------------------------------------------------------


def cliff_magnitude(delta: float) -> str:
    """``negligible``, ``small``, ``medium`` or ``large`` for a Cliff's delta."""
    size = abs(delta)
    for limit, word in zip(CLIFF_THRESHOLDS, ("negligible", "small", "medium"), strict=True):
        if size < limit:
            return word
    return "large"


def compare_findings(frames: Sequence[pd.DataFrame], kind: str, outcome: str | None = None,
                     differences: pd.DataFrame | None = None,
                     numbers: Sequence[int] | None = None, seed: int = 0) -> list[Finding]:
    """Which sources differ from the first on ``outcome``, and how much.

    ``differences`` are :func:`~sim.experiments.compare.compare_frames` rows with a
    ``source`` column (the position of each compared frame in ``frames``); without them
    they are computed here with ``seed``. ``numbers`` are the sources' numbers as shown
    (default 1, 2, …).
    """
    if len(frames) < 2:
        raise InputError("a comparison needs at least two sources")
    runner = runner_for(kind)
    name = check_outcome(runner, outcome)
    shown = list(numbers) if numbers is not None else list(range(1, len(frames) + 1))
    if len(shown) != len(frames):
        raise InputError(f"{len(shown)} source numbers for {len(frames)} sources")
    if differences is None:
        differences = pd.concat([compare_frames(frames[0], f, [name], seed).assign(source=i)
                                 for i, f in enumerate(frames[1:], start=1)], ignore_index=True)
    rows = differences[differences["outcome"] == name]
    findings = [_difference(row, kind, name, shown[int(row["source"])], shown[0])
                for row in rows.to_dict("records")]
    if not runner.stochastic:
        findings.append(Finding("compare_deterministic", "info", {}))
    else:
        findings += [Finding("compare_few_runs", "notice", {
            "source": shown[i], "runs": len(f), "minimum": COMPARE_MIN_RUNS})
            for i, f in enumerate(frames) if len(f) < COMPARE_MIN_RUNS]
    return findings


def _difference(row: Mapping[Any, Any], kind: str, outcome: str, source: int,
                reference: int) -> Finding:
    difference, low, high = (float(row[k]) for k in ("difference", "ci_low", "ci_high"))
    values: dict[str, float | int | str] = {
        "kind": kind, "outcome": outcome, "source": source, "reference": reference,
        "difference": difference, "low": low, "high": high}
    if low > 0 or high < 0:
        delta = float(row["cliffs_delta"])
        code = "compare_higher" if difference > 0 else "compare_lower"
        return Finding(code, "notice", {**values, "cliffs_delta": delta,
                                        "magnitude": cliff_magnitude(delta)})
    return Finding("compare_same", "info", values)


# -- sensitivity -----------------------------------------------------------------------


def sensitivity_findings(indices: pd.DataFrame, method: str, kind: str, outcome: str,
                         samples: int) -> list[Finding]:
    """The most influential parameter, interactions and negligible parameters.

    ``indices`` has a ``parameter`` column and ``S1``, ``S1_conf``, ``ST``, ``ST_conf``
    (Sobol) or ``mu_star``, ``mu_star_conf``, ``sigma`` (Morris). ``samples`` is the
    number of base samples (Sobol) or trajectories (Morris) the indices came from.
    """
    if method not in ("sobol", "morris"):
        raise InputError(f"unknown sensitivity method {method!r}; allowed: sobol, morris")
    needed = ["parameter", *(("S1", "S1_conf", "ST", "ST_conf") if method == "sobol"
                             else ("mu_star", "mu_star_conf", "sigma"))]
    missing = [c for c in needed if c not in indices]
    if missing:
        raise InputError(f"{method} indices lack {', '.join(missing)}")
    if indices.empty:
        raise InputError("a sensitivity debrief needs at least one parameter")
    name = check_outcome(runner_for(kind), outcome)
    what: dict[str, Value] = {"kind": kind, "outcome": name}
    table = indices.reset_index(drop=True).fillna(0.0)
    main = "ST" if method == "sobol" else "mu_star"
    if float(table[main].abs().max()) <= ZERO:
        return [Finding("sensitivity_no_effect", "notice", what)]
    top = table.iloc[int(np.argmax(table[main].to_numpy(dtype=float)))]
    path = str(top["parameter"])
    conf = abs(float(top[f"{main}_conf"]))
    if method == "sobol":
        findings = [Finding("sensitivity_top_sobol", "info", {
            **what, "path": path, "st": float(top["ST"]), "s1": float(top["S1"]), "conf": conf})]
        findings += _sobol_rules(table)
    else:
        findings = [Finding("sensitivity_top_morris", "info", {
            **what, "path": path, "mu_star": float(top["mu_star"]), "conf": conf})]
        findings += _morris_rules(table)
    if conf >= WIDE_INTERVAL * float(top[main]):
        findings.append(Finding("sensitivity_wide", "notice", {
            "path": path, "index": float(top[main]), "conf": conf,
            "samples": samples, "suggested": 4 * samples}))
    return findings


def _sobol_rules(table: pd.DataFrame) -> list[Finding]:
    st, s1 = table["ST"].to_numpy(dtype=float), table["S1"].to_numpy(dtype=float)
    gaps = np.clip(st - s1, 0.0, None)
    widest = int(np.argmax(gaps))
    findings: list[Finding]
    if gaps[widest] > SOBOL_INTERACTION:
        findings = [Finding("sensitivity_interactions_sobol", "notice", {
            "path": str(table["parameter"].iloc[widest]), "st": float(st[widest]),
            "s1": float(s1[widest]), "gap": float(gaps[widest]), "threshold": SOBOL_INTERACTION})]
    else:
        findings = [Finding("sensitivity_additive_sobol", "info",
                            {"gap": float(gaps[widest]), "threshold": SOBOL_INTERACTION})]
    return findings + _negligible(table, table["ST"] < SOBOL_NEGLIGIBLE,
                                  "sensitivity_negligible_sobol", SOBOL_NEGLIGIBLE)


def _morris_rules(table: pd.DataFrame) -> list[Finding]:
    mu_star = table["mu_star"].to_numpy(dtype=float)
    sigma = table["sigma"].to_numpy(dtype=float)
    ratio = np.where(mu_star > ZERO, sigma / np.where(mu_star > ZERO, mu_star, 1.0), 0.0)
    worst = int(np.argmax(ratio))
    findings: list[Finding]
    if ratio[worst] >= MORRIS_INTERACTION:
        findings = [Finding("sensitivity_interactions_morris", "notice", {
            "path": str(table["parameter"].iloc[worst]), "sigma": float(sigma[worst]),
            "mu_star": float(mu_star[worst]), "ratio": float(ratio[worst]),
            "threshold": MORRIS_INTERACTION})]
    else:
        findings = [Finding("sensitivity_additive_morris", "info",
                            {"ratio": float(ratio[worst]), "threshold": MORRIS_INTERACTION})]
    small = table["mu_star"] < MORRIS_NEGLIGIBLE * float(table["mu_star"].max())
    return findings + _negligible(table, small, "sensitivity_negligible_morris", MORRIS_NEGLIGIBLE)


def _negligible(table: pd.DataFrame, small: pd.Series, code: str,
                threshold: float) -> list[Finding]:
    paths = [str(p) for p in table.loc[small, "parameter"]]
    if not paths:
        return []
    return [Finding(code, "info", {"paths": ", ".join(paths), "count": len(paths),
                                   "threshold": threshold})]
