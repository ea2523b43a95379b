"""Compare: two to four saved runs or scenarios of one model kind, overlaid and differenced."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard.cached.experiments import Source, comparison_view, saved_runs
from dashboard.cached.scenarios import scenario_library
from dashboard.figures.experiments import (
    class_shares,
    class_shares_figure,
    distribution_figure,
    forest_figure,
    outcome_label,
)
from dashboard.i18n import current_lang, t, tr
from sim.errors import InputError
from sim.experiments import runner_for
from sim.io import dump_scenario
from sim.io.store import default_store_path
from sim.scenario import ScenarioBase

MAX_SOURCES = 4
#: The scenarios the sources start from: two postures of repeated play, then variations.
DEFAULTS = ("echo_effect", "trust_building_2018", "sanction_test_cycle_2006_2017", "echo_effect")
RUNS = {"stage_game": 1, "repeated": 500, "sequencing": 1000, "sixparty": 20}
SOURCE_TYPES = ("library", "run")


def init_state(library: dict[str, ScenarioBase]) -> None:
    """UI state, initialised in one place."""
    state = st.session_state
    state.setdefault("cmp_count", 2)
    for index in range(MAX_SOURCES):
        default = DEFAULTS[index] if DEFAULTS[index] in library else next(iter(library))
        state.setdefault(f"cmp_type_{index}", "library")
        if state.get(f"cmp_scn_{index}") not in library:
            state[f"cmp_scn_{index}"] = default
        state.setdefault(f"cmp_runs_{index}", RUNS[library[state[f"cmp_scn_{index}"]].kind])
        state.setdefault(f"cmp_seed_{index}", 0 if index < 3 else 1)


def scenario_changed(index: int, library: dict[str, ScenarioBase]) -> None:
    """A newly chosen scenario starts from its kind's default number of runs."""
    kind = library[st.session_state[f"cmp_scn_{index}"]].kind
    st.session_state[f"cmp_runs_{index}"] = RUNS[kind]


def source_widgets(index: int, library: dict[str, ScenarioBase], runs: pd.DataFrame,
                   store: str, lang: str) -> tuple[Source, str] | None:
    """One source's widgets; its description for the cache and its label (or ``None``)."""
    st.markdown(f"**{t('cmp.source', n=index + 1)}**")
    kind = st.radio(t("cmp.kind_of_source"), SOURCE_TYPES, key=f"cmp_type_{index}",
                    format_func=lambda s: tr(f"exp.source.{s}", lang), horizontal=True)
    if kind == "run":
        if runs.empty:
            st.info(t("cmp.no_runs", path=store))
            return None
        rows = {int(r.id): r for r in runs.itertuples()}
        run_id = st.selectbox(t("exp.source.run"), list(rows), key=f"cmp_run_{index}",
                              format_func=lambda i: tr("exp.run_option", lang, id=i,
                                                      scenario=rows[i].scenario_id,
                                                      seed=rows[i].seed,
                                                      name=f" · {rows[i].name}" if rows[i].name else ""))
        return ("run", store, int(run_id)), f"{index + 1}: {t('report.run_label', id=run_id)}"
    chosen = st.selectbox(t("common.scenario"), list(library), key=f"cmp_scn_{index}",
                          format_func=lambda k: library[k].title.get(lang),
                          on_change=scenario_changed, args=(index, library))
    st.number_input(t("exp.runs"), 1, 20_000, step=1, key=f"cmp_runs_{index}")
    st.number_input(t("common.seed"), 0, 2**31 - 1, step=1, key=f"cmp_seed_{index}")
    scenario = library[chosen]
    source = ("scenario", dump_scenario(scenario), int(st.session_state[f"cmp_runs_{index}"]),
              int(st.session_state[f"cmp_seed_{index}"]))
    return source, f"{index + 1}: {scenario.title.get(lang)}"


def difference_table(differences: pd.DataFrame, labels: list[str], kind: str,
                     lang: str) -> pd.DataFrame:
    def ci(low: float, high: float) -> str:
        return "–" if pd.isna(low) else f"{low:.4g} – {high:.4g}"

    return pd.DataFrame({
        t("cmp.col.source"): [labels[i] for i in differences["source"]],
        t("exp.col.outcome"): [outcome_label(kind, o, lang) for o in differences["outcome"]],
        t("cmp.col.mean_a"): differences["mean_a"].round(4),
        t("cmp.col.mean_b"): differences["mean_b"].round(4),
        t("cmp.col.difference"): differences["difference"].round(4),
        t("exp.col.ci"): [ci(lo, hi) for lo, hi in zip(differences["ci_low"], differences["ci_high"],
                                                      strict=True)],
        t("cmp.col.cohens_d"): differences["cohens_d"].round(3),
        t("cmp.col.cliffs_delta"): differences["cliffs_delta"].round(3),
    })


def show_comparison(view: dict[str, Any], labels: list[str], lang: str) -> None:
    kind = view["kinds"][0]
    outcomes = list(runner_for(kind).outcomes)
    if st.session_state.get("cmp_outcome") not in outcomes:
        st.session_state["cmp_outcome"] = runner_for(kind).default_outcome
    outcome = st.selectbox(t("exp.outcome"), outcomes, key="cmp_outcome",
                           format_func=lambda o: outcome_label(kind, o, lang))
    frames = view["frames"]
    samples = {label: frame[outcome] for label, frame in zip(labels, frames, strict=True)}
    left, right = st.columns(2)
    left.plotly_chart(distribution_figure(samples, kind, outcome, lang), key="cmp_fig_distribution")
    rows = view["differences"]
    chosen = rows[rows["outcome"] == outcome].assign(source=lambda f: [labels[i] for i in f["source"]])
    right.plotly_chart(forest_figure(chosen, kind, outcome, lang), key="cmp_fig_forest")
    if kind == "sixparty":
        shares = pd.concat([class_shares(f, label) for label, f in zip(labels, frames, strict=True)])
        st.plotly_chart(class_shares_figure(shares, lang), key="cmp_fig_classes")
    st.subheader(t("cmp.differences"), anchor=False)
    st.dataframe(difference_table(rows, labels, kind, lang), hide_index=True, width="stretch",
                 key="cmp_table")


lang = current_lang()
library = scenario_library()
init_state(library)
st.title(t("cmp.title"))
st.markdown(t("cmp.intro"))
store = str(default_store_path())
count = int(st.number_input(t("cmp.count"), 2, MAX_SOURCES, step=1, key="cmp_count"))
runs = pd.DataFrame(columns=["id", "name", "kind", "scenario_id", "seed"])
if any(st.session_state[f"cmp_type_{i}"] == "run" for i in range(count)):
    try:
        runs = saved_runs(store)
    except InputError as exc:
        st.error(t("error.bad_input", message=str(exc)))
chosen = []
for index, column in enumerate(st.columns(count)):
    with column:
        chosen.append(source_widgets(index, library, runs, store, lang))
picked = [c for c in chosen if c is not None]
if len(picked) < 2:
    st.stop()
try:
    view = comparison_view(tuple(source for source, _ in picked), 0)
except InputError as exc:
    st.error(t("error.bad_input", message=str(exc)))
    st.stop()
if view["differences"] is None:
    kinds = ("、" if lang == "zh" else ", ").join(dict.fromkeys(t(f"kind.{k}") for k in view["kinds"]))
    st.warning(t("cmp.mixed_kinds", kinds=kinds))
    st.stop()
show_comparison(view, [label for _, label in picked], lang)
