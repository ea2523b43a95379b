"""Cached calls into :mod:`sim.experiments` for the Run, Compare and Sensitivity pages.

Scenarios travel as their YAML text (:func:`sim.io.dump_scenario`), which is hashable and
is validated again on the way in, so a widget change that leaves the scenario as it was is
a cache hit. Everything runs serially in the page's process: the default runs are small.

Bands over time come from the same replicates as the ensemble: the tasks of
:func:`sim.experiments.tasks.plan_tasks` carry the seeds, and each kind's series are
recomputed from them (repeated play: the first task's match, at most one chunk of
replicates; six parties: every task's runs).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import streamlit as st
from scipy import stats

from sim.experiments import compare_frames, run_ensemble, run_sensitivity, runner_for
from sim.experiments.tasks import plan_tasks
from sim.io import parse_scenario_text
from sim.io.store import RunStore
from sim.scenario import RepeatedScenario, ScenarioBase, SixPartyScenario

__all__ = ["SIXPARTY_PARTY_SERIES", "SIXPARTY_WORLD_SERIES", "comparison_view",
           "ensemble_view", "load_run", "repeated_bands", "saved_runs", "sensitivity_view",
           "sixparty_bands"]

SIXPARTY_WORLD_SERIES = ("tension", "capability", "economy", "effective_sanctions",
                         "testing_rate", "trust_us_kp", "trust_kp_us")
SIXPARTY_PARTY_SERIES = ("trust_given", "talks_interest", "enforcement")

#: A comparison source: ("run", store path, run id) or ("scenario", YAML, runs, seed).
Source = tuple[Any, ...]


def _scenario(text: str) -> ScenarioBase:
    return parse_scenario_text(text, "scenario")


@st.cache_data(show_spinner=False, max_entries=64)
def ensemble_view(scenario_yaml: str, runs: int, seed: int) -> dict[str, Any]:
    """The ensemble's frame and summary, and its bands over time where the kind has time."""
    scenario = _scenario(scenario_yaml)
    ensemble = run_ensemble(scenario, runs, seed)
    bands: dict[str, pd.DataFrame] = {}
    if isinstance(scenario, RepeatedScenario):
        bands = repeated_bands(scenario, runs, seed)
    elif isinstance(scenario, SixPartyScenario):
        bands = sixparty_bands(scenario, runs, seed)
    return {"kind": scenario.kind, "frame": ensemble.frame, "summary": ensemble.summary,
            "summary_dict": ensemble.summary_dict(), "bands": bands}


def repeated_bands(scenario: RepeatedScenario, runs: int, seed: int) -> dict[str, pd.DataFrame]:
    """Cooperation, trust and mutual cooperation per round with 95 % bands (first task)."""
    from sim.repeated.metrics import by_round
    from sim.repeated.run import run_match

    task = plan_tasks([scenario], runs, seed)[0]
    params = scenario.parameters.with_changes(replicates=task.replicates)
    table = by_round(run_match(params, np.random.default_rng(task.seed)))
    out = {}
    for name in ("cooperation", "trust"):
        out[name] = pd.DataFrame({"x": table["round"], "group": table["player"],
                                  "mean": table[name], "low": table[f"{name}_low"],
                                  "high": table[f"{name}_high"], "n": table["n"]})
    first = table[table["player"] == table["player"].iloc[0]]
    out["mutual_cooperation"] = pd.DataFrame({
        "x": first["round"], "group": "both", "mean": first["mutual_cooperation"],
        "low": np.nan, "high": np.nan, "n": first["n"]})
    return out


def sixparty_bands(scenario: SixPartyScenario, runs: int, seed: int) -> dict[str, pd.DataFrame]:
    """World and party series per quarter, mean with a 95 % confidence band, all runs."""
    from sim.sixparty.ensemble import run_ensemble as sixparty_ensemble
    from sim.sixparty.params import PARTY_CODES
    from sim.sixparty.recorder import PARTY_SERIES, WORLD_SERIES

    parts = [sixparty_ensemble(scenario.parameters, task.replicates, task.seed)
             for task in plan_tasks([scenario], runs, seed)]
    labels = list(parts[0].labels)
    world = np.concatenate([p.world for p in parts])
    parties = np.concatenate([p.parties for p in parts])
    out = {name: _band_frame(labels, "all", world[:, :, WORLD_SERIES.index(name)])
           for name in SIXPARTY_WORLD_SERIES}
    for name in SIXPARTY_PARTY_SERIES:
        column = PARTY_SERIES.index(name)
        out[name] = pd.concat([_band_frame(labels, code, parties[:, :, i, column])
                               for i, code in enumerate(PARTY_CODES)], ignore_index=True)
    return out


def _band_frame(labels: list[str], group: str, values: np.ndarray) -> pd.DataFrame:
    """Mean over runs (axis 0) with a t-based 95 % confidence band, per time step."""
    mean, low, high = mean_band(values)
    return pd.DataFrame({"x": labels, "group": group, "mean": mean, "low": low, "high": high,
                         "n": values.shape[0]})


def mean_band(values: np.ndarray, level: float = 0.95) -> tuple[np.ndarray, ...]:
    """Column means of ``values`` with a Student-t interval, as ``mean_ci`` computes it."""
    count = values.shape[0]
    mean = values.mean(axis=0)
    if count < 2:
        return mean, mean, mean
    half = stats.t.ppf(0.5 + level / 2, count - 1) * values.std(axis=0, ddof=1) / np.sqrt(count)
    return mean, mean - half, mean + half


def saved_runs(store_path: str) -> pd.DataFrame:
    """The runs saved in the store (not cached: saving changes it)."""
    return RunStore(store_path).list()


@st.cache_data(show_spinner=False, max_entries=64)
def load_run(store_path: str, run_id: int) -> dict[str, Any]:
    """One saved run: its kind, scenario, seed and result frame (saved runs never change)."""
    record = RunStore(store_path).load(run_id)
    return {"kind": record.kind, "scenario": record.scenario, "seed": record.seed,
            "frame": record.frame, "name": record.name}


@st.cache_data(show_spinner=False, max_entries=64)
def _scenario_frame(scenario_yaml: str, runs: int, seed: int) -> tuple[str, pd.DataFrame]:
    scenario = _scenario(scenario_yaml)
    return scenario.kind, run_ensemble(scenario, runs, seed).frame


def source_frame(source: Source) -> tuple[str, pd.DataFrame]:
    """(kind, frame) of a comparison source."""
    if source[0] == "run":
        run = load_run(str(source[1]), int(source[2]))
        return str(run["kind"]), run["frame"]
    return _scenario_frame(str(source[1]), int(source[2]), int(source[3]))


@st.cache_data(show_spinner=False, max_entries=32)
def comparison_view(sources: tuple[Source, ...], seed: int) -> dict[str, Any]:
    """Each source's frame, and every source's differences from the first (same kind only)."""
    loaded = [source_frame(source) for source in sources]
    kinds = [kind for kind, _ in loaded]
    frames = [frame for _, frame in loaded]
    if len(set(kinds)) > 1:
        return {"kinds": kinds, "frames": frames, "differences": None}
    outcomes = list(runner_for(kinds[0]).outcomes)
    tables = [compare_frames(frames[0], frame, outcomes, seed).assign(source=index)
              for index, frame in enumerate(frames[1:], start=1)]
    return {"kinds": kinds, "frames": frames, "differences": pd.concat(tables, ignore_index=True)}


@st.cache_data(show_spinner=False, max_entries=16)
def sensitivity_view(scenario_yaml: str, bounds: tuple[tuple[str, float, float], ...],
                     outcome: str, method: str, samples: int, replicates: int,
                     seed: int) -> dict[str, Any]:
    """Sobol or Morris indices of one outcome over the given parameter ranges."""
    scenario = _scenario(scenario_yaml)
    result = run_sensitivity(scenario, {p: (lo, hi) for p, lo, hi in bounds}, outcome,
                             method, samples, replicates, seed)  # type: ignore[arg-type]
    return {"kind": scenario.kind, "indices": result.indices, "points": result.points,
            "outcome": result.outcome}
