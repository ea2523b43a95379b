"""Run a scenario: any bundled or uploaded scenario, its parameters, an ensemble of runs."""

from __future__ import annotations

import hashlib
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.cached.experiments import ensemble_view
from dashboard.cached.scenarios import scenario_library
from dashboard.debrief import render as render_debrief
from dashboard.figures.experiments import (
    band_figure,
    class_shares,
    class_shares_figure,
    distribution_figure,
    outcome_label,
    summary_table,
)
from dashboard.i18n import current_lang, t, tr
from dashboard.layout import controls
from dashboard.results import Results
from dashboard.share import Field, current_link, override_params, publish, restore, restore_overrides
from dashboard.widgets import apply_overrides, parameter_panel, reset_parameters
from sim.debrief_ensemble import ensemble_findings
from sim.errors import InputError
from sim.experiments import runner_for
from sim.experiments.paths import get_value
from sim.io import dump_scenario, parse_scenario_bytes
from sim.io.store import RunStore, default_store_path
from sim.scenario import ScenarioBase

PAGE = "run"
PREFIX = "rs_"
DEFAULT_SCENARIO = "echo_effect"
#: Runs per model kind: (default, most allowed). Defaults keep a first draw under a second.
RUNS = {"stage_game": (1, 100), "repeated": (500, 20_000), "sequencing": (1000, 50_000),
        "sixparty": (20, 400)}
SOURCES = ("library", "upload")
SEED = Field("rs_seed", "int", 0, 2**31 - 1)


def init_state(library: dict[str, ScenarioBase]) -> None:
    """UI state, initialised in one place."""
    state = st.session_state
    state.setdefault("rs_source", "library")
    if state.get("rs_scenario") not in library:
        state["rs_scenario"] = DEFAULT_SCENARIO if DEFAULT_SCENARIO in library else next(iter(library))
    state.setdefault("rs_seed", 0)
    state.setdefault("rs_name", "")


def source_fields(library: dict[str, ScenarioBase]) -> list[Field]:
    """Where the scenario comes from: a link can only name a bundled one."""
    return [Field("rs_source", "choice", options=["library"]),
            Field("rs_scenario", "choice", options=lambda: list(library))]


def run_fields(kind: str) -> list[Field]:
    """The settings of a run of a scenario of ``kind`` (its outcome chosen from its runner's)."""
    return [Field("rs_runs", "int", 1, RUNS[kind][1]), SEED,
            Field("rs_outcome", "choice", options=list(runner_for(kind).outcomes))]


def series_field(bands: dict[str, pd.DataFrame]) -> Field:
    return Field("rs_series", "choice", options=list(bands))


def restore_link(library: dict[str, ScenarioBase]) -> None:
    """Settings from a link: the scenario first (choosing it resets the others), then the rest."""
    restore(PAGE, source_fields(library))
    state = st.session_state
    if state["rs_source"] != "library":
        return
    base = library[state["rs_scenario"]]
    follow(base)
    restore(PAGE, run_fields(base.kind))
    restore_overrides(PAGE, base, PREFIX)


def pick_scenario(library: dict[str, ScenarioBase], lang: str) -> ScenarioBase | None:
    """The scenario chosen from the library or uploaded (``None`` while nothing is uploaded)."""
    source = st.radio(t("run.source"), SOURCES, key="rs_source", horizontal=True,
                      format_func=lambda s: tr(f"exp.source.{s}", lang))
    if source == "library":
        chosen = st.selectbox(t("common.scenario"), list(library), key="rs_scenario",
                              format_func=lambda k: f"{library[k].title.get(lang)} · "
                                                    f"{tr(f'kind.{library[k].kind}', lang)}")
        return library[chosen]
    st.caption(t("run.upload_no_link"))
    upload = st.file_uploader(t("run.upload"), type=["yaml", "yml"], key="rs_upload")
    if upload is None:
        return None
    return parse_scenario_bytes(upload.getvalue(), source=upload.name)


def follow(scenario: ScenarioBase) -> None:
    """When another scenario is chosen, forget the old one's changes and settings."""
    identity = hashlib.sha256(dump_scenario(scenario).encode("utf-8")).hexdigest()
    state = st.session_state
    if state.get("rs_loaded") == identity:
        return
    state["rs_loaded"] = identity
    reset_parameters(PREFIX)
    state["rs_runs"] = RUNS[scenario.kind][0]
    state["rs_outcome"] = runner_for(scenario.kind).default_outcome
    state.pop("rs_series", None)


def run_settings(kind: str) -> tuple[int, int]:
    left, right = st.columns(2)
    left.number_input(t("exp.runs"), 1, RUNS[kind][1], step=1, key="rs_runs")
    right.number_input(t("common.seed"), 0, 2**31 - 1, step=1, key="rs_seed")
    return int(st.session_state["rs_runs"]), int(st.session_state["rs_seed"])


def shared(base: ScenarioBase | None, library: dict[str, ScenarioBase],
           bands: dict[str, pd.DataFrame] | None = None) -> list[Field]:
    """What the link carries now: nothing of an uploaded scenario, everything of a bundled one."""
    if base is None or st.session_state["rs_source"] != "library":
        return []
    fields = [*source_fields(library), *run_fields(base.kind)]
    return [*fields, series_field(bands)] if bands else fields


def publish_link(fields: list[Field], overrides: dict[str, Any]) -> None:
    publish(PAGE, fields, override_params(overrides) if fields else None)


def stop(fields: list[Field], overrides: dict[str, Any]) -> None:
    """Keep the address bar in step, then end this run of the page."""
    publish_link(fields, overrides)
    st.stop()


def show_changes(base: ScenarioBase, overrides: dict[str, Any]) -> None:
    if not overrides:
        return
    st.caption(t("run.changed"))
    st.dataframe(pd.DataFrame({
        t("exp.col.parameter"): list(overrides),
        t("exp.col.scenario_value"): [str(get_value(base, p)) for p in overrides],
        t("exp.col.value"): [str(v) for v in overrides.values()],
    }), hide_index=True, key="rs_changes")


def show_distribution(view: dict[str, Any], results: Results) -> str:
    """The outcome picker and its distribution (and the outcome classes); the outcome."""
    lang = results.lang
    kind, frame = view["kind"], view["frame"]
    st.subheader(t("run.distribution"), anchor=False)
    outcomes = list(runner_for(kind).outcomes)
    with controls():
        outcome = st.selectbox(t("exp.outcome"), outcomes, key="rs_outcome",
                               format_func=lambda o: outcome_label(kind, o, lang))
    if kind == "sixparty":
        left, right = st.columns(2)
        results.chart(class_shares_figure(class_shares(frame, t("exp.fig.runs")), lang),
                      "rs_fig_classes", left)
        target = right
    else:
        target = st.container()
    results.chart(distribution_figure({t("exp.fig.runs"): frame[outcome]}, kind, outcome, lang),
                  "rs_fig_distribution", target)
    return str(outcome)


def show_bands(view: dict[str, Any], results: Results) -> None:
    lang = results.lang
    bands: dict[str, pd.DataFrame] = view["bands"]
    if not bands:
        return
    st.subheader(t("run.bands"), anchor=False)
    restore(PAGE, [series_field(bands)])  # its choices are known only now
    with controls():
        series = st.selectbox(t("run.series"), list(bands), key="rs_series",
                              format_func=lambda s: tr(f"exp.series.{s}", lang))
    axis = "quarter" if view["kind"] == "sixparty" else "round"
    results.chart(band_figure(bands[series], series, axis, lang), "rs_fig_bands")
    st.caption(t("run.bands_note", runs=int(bands[series]["n"].iloc[0])))


def save_run(scenario: ScenarioBase, view: dict[str, Any], seed: int,
             overrides: dict[str, Any]) -> None:
    """The name field and the button that keeps this run in the run store."""
    left, _ = st.columns(2)
    left.text_input(t("run.name"), key="rs_name", max_chars=80)
    identity = (dump_scenario(scenario), len(view["frame"]), seed)
    if left.button(t("run.save"), key="rs_save", icon=":material/save:"):
        store = RunStore(default_store_path())
        run_id = store.save(scenario, view["frame"], view["summary_dict"], seed,
                            parameters=dict(overrides), name=st.session_state["rs_name"])
        st.session_state["rs_saved"] = (identity, run_id, str(store.path))
    saved = st.session_state.get("rs_saved")
    if saved and saved[0] == identity:
        left.success(t("run.saved", id=saved[1], path=saved[2]))


def show_notes(scenario: ScenarioBase, lang: str) -> None:
    with st.expander(t("common.teaching_notes")):
        st.markdown(scenario.teaching_notes.get(lang))
        for number, question in enumerate(scenario.questions, start=1):
            st.markdown(f"{number}. {question.get(lang)}")


lang = current_lang()
library = scenario_library()
init_state(library)
restore_link(library)
st.title(t("run.title"))
st.markdown(t("run.intro"))
overrides: dict[str, Any] = st.session_state.setdefault(f"{PREFIX}overrides", {})
with controls():
    try:
        picked = pick_scenario(library, lang)
    except InputError as exc:
        st.error(t("error.bad_input", message=str(exc)))
        stop([], overrides)
if picked is None:
    st.info(t("run.upload_prompt"))
    stop([], overrides)
base: ScenarioBase = picked
follow(base)
st.markdown(base.description.get(lang))
with controls():
    with st.expander(t("run.parameters"), expanded=True):
        st.caption(t("widgets.names"))
        overrides = parameter_panel(base, PREFIX, lang)
    runs, seed = run_settings(base.kind)
try:
    scenario = apply_overrides(base, overrides)
    view = ensemble_view(dump_scenario(scenario), runs, seed)
except InputError as exc:
    st.error(t("error.bad_input", message=str(exc)))
    stop(shared(base, library), overrides)
results = Results(PAGE, t("run.title"), lang)
show_changes(base, overrides)
heading = t("run.summary", runs=len(view["frame"]), seed=seed)
st.subheader(heading, anchor=False)
if not runner_for(scenario.kind).stochastic:
    st.info(t("exp.deterministic"))
summary = summary_table(view["summary"], scenario.kind, lang)
st.dataframe(summary, hide_index=True, width="stretch", key="rs_summary")
results.table(heading, summary)
outcome = show_distribution(view, results)
# Rules in sim/debrief_ensemble.py, words in dashboard/i18n/strings_debrief_experiments.py
results.debrief(render_debrief(ensemble_findings(view["frame"], scenario.kind, outcome,
                                                 view["summary"]), lang))
show_bands(view, results)
with controls():
    try:
        save_run(scenario, view, seed, overrides)
    except InputError as exc:
        st.error(t("error.bad_input", message=str(exc)))
fields = shared(base, library, view["bands"])
publish_link(fields, overrides)
settings: dict[str, Any] = {f.url_name(): st.session_state.get(f.key) for f in fields} or {
    "source": "upload", "scenario": scenario.id, "runs": runs, "seed": seed, "outcome": outcome}
settings.update(override_params(overrides))
results.downloads(view["frame"], f"{scenario.id}_seed{seed}", scenario, settings, current_link())
show_notes(scenario, lang)
