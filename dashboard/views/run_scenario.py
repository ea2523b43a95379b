"""Run a scenario: any bundled or uploaded scenario, its parameters, an ensemble of runs."""

from __future__ import annotations

import hashlib
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.cached.experiments import ensemble_view
from dashboard.cached.scenarios import scenario_library
from dashboard.figures.experiments import (
    band_figure,
    class_shares,
    class_shares_figure,
    distribution_figure,
    outcome_label,
    summary_table,
)
from dashboard.i18n import current_lang, t, tr
from dashboard.widgets import apply_overrides, parameter_panel, reset_parameters
from sim.errors import InputError
from sim.experiments import runner_for
from sim.experiments.paths import get_value
from sim.io import dump_scenario, parse_scenario_bytes
from sim.io.store import RunStore, default_store_path
from sim.scenario import ScenarioBase

PREFIX = "rs_"
DEFAULT_SCENARIO = "echo_effect"
#: Runs per model kind: (default, most allowed). Defaults keep a first draw under a second.
RUNS = {"stage_game": (1, 100), "repeated": (500, 20_000), "sequencing": (1000, 50_000),
        "sixparty": (20, 400)}
SOURCES = ("library", "upload")


def init_state(library: dict[str, ScenarioBase]) -> None:
    """UI state, initialised in one place."""
    state = st.session_state
    state.setdefault("rs_source", "library")
    if state.get("rs_scenario") not in library:
        state["rs_scenario"] = DEFAULT_SCENARIO if DEFAULT_SCENARIO in library else next(iter(library))
    state.setdefault("rs_seed", 0)
    state.setdefault("rs_name", "")


def pick_scenario(library: dict[str, ScenarioBase], lang: str) -> ScenarioBase | None:
    """The scenario chosen from the library or uploaded (``None`` while nothing is uploaded)."""
    source = st.radio(t("run.source"), SOURCES, key="rs_source", horizontal=True,
                      format_func=lambda s: tr(f"exp.source.{s}", lang))
    if source == "library":
        chosen = st.selectbox(t("common.scenario"), list(library), key="rs_scenario",
                              format_func=lambda k: f"{library[k].title.get(lang)} · "
                                                    f"{tr(f'kind.{library[k].kind}', lang)}")
        return library[chosen]
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


def show_changes(base: ScenarioBase, overrides: dict[str, Any]) -> None:
    if not overrides:
        return
    st.caption(t("run.changed"))
    st.dataframe(pd.DataFrame({
        t("exp.col.parameter"): list(overrides),
        t("exp.col.scenario_value"): [str(get_value(base, p)) for p in overrides],
        t("exp.col.value"): [str(v) for v in overrides.values()],
    }), hide_index=True, key="rs_changes")


def show_distribution(view: dict[str, Any], lang: str) -> None:
    kind, frame = view["kind"], view["frame"]
    st.subheader(t("run.distribution"), anchor=False)
    outcomes = list(runner_for(kind).outcomes)
    outcome = st.selectbox(t("exp.outcome"), outcomes, key="rs_outcome",
                           format_func=lambda o: outcome_label(kind, o, lang))
    if kind == "sixparty":
        left, right = st.columns(2)
        left.plotly_chart(class_shares_figure(class_shares(frame, t("exp.fig.runs")), lang),
                          key="rs_fig_classes")
        target = right
    else:
        target = st.container()
    target.plotly_chart(distribution_figure({t("exp.fig.runs"): frame[outcome]}, kind, outcome,
                                            lang), key="rs_fig_distribution")


def show_bands(view: dict[str, Any], lang: str) -> None:
    bands: dict[str, pd.DataFrame] = view["bands"]
    if not bands:
        return
    st.subheader(t("run.bands"), anchor=False)
    series = st.selectbox(t("run.series"), list(bands), key="rs_series",
                          format_func=lambda s: tr(f"exp.series.{s}", lang))
    axis = "quarter" if view["kind"] == "sixparty" else "round"
    st.plotly_chart(band_figure(bands[series], series, axis, lang), key="rs_fig_bands")
    st.caption(t("run.bands_note", runs=int(bands[series]["n"].iloc[0])))


def save_and_download(scenario: ScenarioBase, view: dict[str, Any], seed: int,
                      overrides: dict[str, Any]) -> None:
    left, right = st.columns(2)
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
    right.download_button(t("run.download"), view["frame"].to_csv(index=False),
                          file_name=f"{scenario.id}_seed{seed}.csv", mime="text/csv",
                          key="rs_download")
    right.download_button(t("run.download_yaml"), dump_scenario(scenario),
                          file_name=f"{scenario.id}.yaml", mime="application/x-yaml",
                          key="rs_download_yaml")


def show_notes(scenario: ScenarioBase, lang: str) -> None:
    with st.expander(t("common.teaching_notes")):
        st.markdown(scenario.teaching_notes.get(lang))
        for number, question in enumerate(scenario.questions, start=1):
            st.markdown(f"{number}. {question.get(lang)}")


lang = current_lang()
library = scenario_library()
init_state(library)
st.title(t("run.title"))
st.markdown(t("run.intro"))
try:
    base = pick_scenario(library, lang)
except InputError as exc:
    st.error(t("error.bad_input", message=str(exc)))
    st.stop()
if base is None:
    st.info(t("run.upload_prompt"))
    st.stop()
follow(base)
st.markdown(base.description.get(lang))
with st.expander(t("run.parameters"), expanded=True):
    st.caption(t("widgets.names"))
    overrides = parameter_panel(base, PREFIX, lang)
runs, seed = run_settings(base.kind)
try:
    scenario = apply_overrides(base, overrides)
    view = ensemble_view(dump_scenario(scenario), runs, seed)
except InputError as exc:
    st.error(t("error.bad_input", message=str(exc)))
    st.stop()
show_changes(base, overrides)
st.subheader(t("run.summary", runs=len(view["frame"]), seed=seed), anchor=False)
if not runner_for(scenario.kind).stochastic:
    st.info(t("exp.deterministic"))
st.dataframe(summary_table(view["summary"], scenario.kind, lang), hide_index=True, width="stretch",
             key="rs_summary")
show_distribution(view, lang)
show_bands(view, lang)
try:
    save_and_download(scenario, view, seed, overrides)
except InputError as exc:
    st.error(t("error.bad_input", message=str(exc)))
show_notes(scenario, lang)
