"""Compare: two to four saved runs or scenarios of one model kind, overlaid and differenced."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard.cached.experiments import Source, comparison_view, saved_runs
from dashboard.cached.scenarios import scenario_library
from dashboard.debrief import render as render_debrief
from dashboard.figures.experiments import (
    class_shares,
    class_shares_figure,
    distribution_figure,
    forest_figure,
    outcome_label,
)
from dashboard.i18n import current_lang, t, tr
from dashboard.layout import controls
from dashboard.results import Results
from dashboard.share import Field, current_link, publish, restore
from sim.debrief_ensemble import compare_findings
from sim.errors import InputError
from sim.experiments import runner_for
from sim.io import dump_scenario
from sim.io.store import default_store_path
from sim.scenario import ScenarioBase

PAGE = "compare"
MAX_SOURCES = 4
#: The scenarios the sources start from: two postures of repeated play, then variations.
DEFAULTS = ("echo_effect", "trust_building_2018", "sanction_test_cycle_2006_2017", "echo_effect")
RUNS = {"stage_game": 1, "repeated": 500, "sequencing": 1000, "sixparty": 20}
SOURCE_TYPES = ("library", "run")
MAX_RUNS = 20_000


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


def run_ids(store: str) -> list[str]:
    """The ids of the saved runs a link may name (none if the store cannot be read)."""
    try:
        return [str(i) for i in saved_runs(store)["id"]]
    except InputError:
        return []


def scenario_fields(index: int, library: dict[str, ScenarioBase]) -> list[Field]:
    n = index + 1
    return [Field(f"cmp_scn_{index}", "choice", options=lambda: list(library), name=f"scenario{n}"),
            Field(f"cmp_runs_{index}", "int", 1, MAX_RUNS, name=f"runs{n}"),
            Field(f"cmp_seed_{index}", "int", 0, 2**31 - 1, name=f"seed{n}")]


def type_field(index: int) -> Field:
    return Field(f"cmp_type_{index}", "choice", options=SOURCE_TYPES, name=f"type{index + 1}")


def run_field(index: int, store: str) -> Field:
    return Field(f"cmp_run_{index}", "choice", options=lambda: run_ids(store), name=f"run{index + 1}")


COUNT = Field("cmp_count", "int", 2, MAX_SOURCES)


def outcome_field(kind: str) -> Field:
    return Field("cmp_outcome", "choice", options=list(runner_for(kind).outcomes))


def restore_link(library: dict[str, ScenarioBase], store: str) -> None:
    """Settings from a link: each scenario first (it sets its runs), then everything else."""
    state = st.session_state
    indices = range(MAX_SOURCES)
    chosen = restore(PAGE, [COUNT, *(scenario_fields(i, library)[0] for i in indices)])
    for index in indices:
        if f"cmp_scn_{index}" in chosen:
            scenario_changed(index, library)
    restore(PAGE, [type_field(i) for i in indices]
            + [f for i in indices for f in scenario_fields(i, library)[1:]])
    for key, value in restore(PAGE, [run_field(i, store) for i in indices]).items():
        state[key] = int(value)


def shared(count: int, library: dict[str, ScenarioBase], store: str,
           kind: str | None = None) -> list[Field]:
    """What the link carries: the sources on screen and, once known, the outcome."""
    fields = [COUNT]
    for index in range(count):
        fields.append(type_field(index))
        if st.session_state[f"cmp_type_{index}"] == "run":
            fields.append(run_field(index, store))
        else:
            fields += scenario_fields(index, library)
    return [*fields, outcome_field(kind)] if kind else fields


def stop(fields: list[Field]) -> None:
    """Keep the address bar in step, then end this run of the page."""
    publish(PAGE, fields)
    st.stop()


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
    st.number_input(t("exp.runs"), 1, MAX_RUNS, step=1, key=f"cmp_runs_{index}")
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


def show_comparison(view: dict[str, Any], labels: list[str], numbers: list[int],
                    results: Results) -> tuple[str, pd.DataFrame]:
    """Charts, the table of differences and the debrief; the outcome and the CSV rows."""
    lang = results.lang
    kind = view["kinds"][0]
    outcomes = list(runner_for(kind).outcomes)
    restore(PAGE, [outcome_field(kind)])  # its choices are known only now
    if st.session_state.get("cmp_outcome") not in outcomes:
        st.session_state["cmp_outcome"] = runner_for(kind).default_outcome
    with controls():
        outcome = st.selectbox(t("exp.outcome"), outcomes, key="cmp_outcome",
                               format_func=lambda o: outcome_label(kind, o, lang))
    frames = view["frames"]
    samples = {label: frame[outcome] for label, frame in zip(labels, frames, strict=True)}
    # One chart per row: sources are named by their titles, too long for half a page.
    results.chart(distribution_figure(samples, kind, outcome, lang), "cmp_fig_distribution")
    rows = view["differences"]
    chosen = rows[rows["outcome"] == outcome].assign(source=lambda f: [labels[i] for i in f["source"]])
    results.chart(forest_figure(chosen, kind, outcome, lang), "cmp_fig_forest")
    if kind == "sixparty":
        shares = pd.concat([class_shares(f, label) for label, f in zip(labels, frames, strict=True)])
        results.chart(class_shares_figure(shares, lang), "cmp_fig_classes")
    st.subheader(t("cmp.differences"), anchor=False)
    table = difference_table(rows, labels, kind, lang)
    st.dataframe(table, hide_index=True, width="stretch", key="cmp_table")
    results.table(t("cmp.differences"), table)
    # Rules in sim/debrief_ensemble.py, words in dashboard/i18n/strings_debrief_experiments.py
    results.debrief(render_debrief(compare_findings(frames, kind, outcome, rows, numbers), lang))
    return str(outcome), rows.assign(source=[labels[i] for i in rows["source"]])


lang = current_lang()
library = scenario_library()
init_state(library)
store = str(default_store_path())
restore_link(library, store)
st.title(t("cmp.title"))
st.markdown(t("cmp.intro"))
with controls():
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
            chosen.append((index + 1, source_widgets(index, library, runs, store, lang)))
picked = [(number, c) for number, c in chosen if c is not None]
if len(picked) < 2:
    stop(shared(count, library, store))
try:
    view = comparison_view(tuple(source for _, (source, _) in picked), 0)
except InputError as exc:
    st.error(t("error.bad_input", message=str(exc)))
    stop(shared(count, library, store))
if view["differences"] is None:
    kinds = ("、" if lang == "zh" else ", ").join(dict.fromkeys(t(f"kind.{k}") for k in view["kinds"]))
    st.warning(t("cmp.mixed_kinds", kinds=kinds))
    stop(shared(count, library, store))
results = Results(PAGE, t("cmp.title"), lang)
outcome, csv = show_comparison(view, [label for _, (_, label) in picked],
                               [number for number, _ in picked], results)
fields = shared(count, library, store, view["kinds"][0])
publish(PAGE, fields)
results.downloads(csv, f"comparison_{outcome}", None,
                  {f.url_name(): st.session_state.get(f.key) for f in fields}, current_link())
