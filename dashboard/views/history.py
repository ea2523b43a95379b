"""History: the record's events on the time axis, the model's yearly counts laid over it."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard.cached.scenarios import scenarios_of_kind
from dashboard.cached.sixparty import events, history_view
from dashboard.debrief import render as render_debrief
from dashboard.figures.sixparty import events_figure, record_figure
from dashboard.i18n import current_lang, t
from dashboard.layout import controls
from dashboard.results import Results
from dashboard.share import Field, current_link, publish, restore
from sim.data import EVENT_TYPES
from sim.errors import InputError
from sim.sixparty.history import SERIES

PAGE = "history"
DEFAULT_SCENARIO = "history_1993_2024"
RUNS = (20, 300)


def init_state(library: dict[str, Any]) -> None:
    """UI state, initialised in one place."""
    state = st.session_state
    if state.get("hi_scenario") not in library:
        state["hi_scenario"] = DEFAULT_SCENARIO if DEFAULT_SCENARIO in library else next(iter(library))
    state.setdefault("hi_runs", 40)
    state.setdefault("hi_seed", 0)
    state.setdefault("hi_types", list(EVENT_TYPES))
    state.setdefault("hi_series", "missile_tests")


def shared_fields(library: dict[str, Any]) -> tuple[list[Field], list[Field]]:
    """What a link to this page carries: the scenario first, then every other setting.

    The scenario sets no widget here (the page runs it as written), so nothing is loaded
    between the two.
    """
    first = [Field("hi_scenario", "choice", options=lambda: list(library))]
    rest = [
        Field("hi_runs", "int", *RUNS), Field("hi_seed", "int", 0, 2**31 - 1),
        Field("hi_types", "list", options=list(EVENT_TYPES)),
        Field("hi_series", "choice", options=list(SERIES)),
    ]
    return first, rest


def fit_table(rows: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        t("history.col.series"): [t(f"history.series.{s}") for s in rows["series"]],
        t("history.col.period"): [t(f"history.period.{p}") for p in rows["period"]],
        t("history.col.years"): [f"{a}–{b}" for a, b in zip(rows["first_year"], rows["last_year"],
                                                           strict=True)],
        t("history.col.record"): rows["record_total"],
        t("history.col.model"): rows["model_total"].round(1),
        t("history.col.interval"): [f"{a:.0f}–{b:.0f}" for a, b in
                                    zip(rows["model_total_low"], rows["model_total_high"],
                                        strict=True)],
        t("history.col.rmse"): rows["rmse"].round(2),
        # undefined where the record never varies (no tests at all): a dash, not "None"
        t("history.col.correlation"): ["–" if pd.isna(v) else f"{v:.2f}" for v in rows["correlation"]],
        t("history.col.coverage"): rows["coverage"].round(2),
        t("history.col.verdict"): [t(f"history.verdict.{v}") for v in rows["verdict"]],
    })


def draw_controls(library: dict[str, Any], lang: str) -> None:
    left, middle, right = st.columns(3)
    left.selectbox(t("common.scenario"), options=list(library), key="hi_scenario",
                   format_func=lambda key: library[key].title.get(lang))
    middle.slider(t("sixparty.runs"), *RUNS, step=20, key="hi_runs")
    right.number_input(t("common.seed"), 0, 2**31 - 1, step=1, key="hi_seed")
    st.multiselect(t("history.types"), options=list(EVENT_TYPES), key="hi_types",
                   format_func=lambda k: t(f"history.event.{k}"))


def yearly_csv(yearly: pd.DataFrame) -> pd.DataFrame:
    """The yearly record beside the model's mean and 5–95 % band, one row per year."""
    return yearly.reset_index()


lang = current_lang()
library = {key: s for key, s in scenarios_of_kind("sixparty").items()
           if s.parameters.start_index <= 4 * 2024}
init_state(library)
first_fields, other_fields = shared_fields(library)
restore(PAGE, first_fields)
restore(PAGE, other_fields)
st.title(t("history.title"))
st.markdown(t("history.intro"))
with controls():
    draw_controls(library, lang)
results = Results(PAGE, t("history.title"), lang)
types = st.session_state["hi_types"]
if types:
    results.chart(events_figure(events(), types, lang), "hi_fig_events")
else:
    st.info(t("history.no_events"))

scenario = library[st.session_state["hi_scenario"]]
runs, seed = int(st.session_state["hi_runs"]), int(st.session_state["hi_seed"])
try:
    view = history_view(scenario.parameters.model_dump_json(), runs, seed)
except InputError as exc:
    st.error(t("error.bad_input", message=str(exc)))
    st.stop()
with controls():
    series = st.selectbox(t("history.series_pick"), SERIES, key="hi_series",
                          format_func=lambda s: t(f"history.series.{s}"))
results.chart(record_figure(view["yearly"], series, view["calibration_end"], lang),
              "hi_fig_counts")
st.subheader(t("history.fit"), anchor=False)
table = fit_table(view["rows"])
st.dataframe(table, hide_index=True, key="hi_fit")
results.table(t("history.fit"), table)
timing = view["timing"]
if "out_of_sample_brier" in timing and "in_sample_brier" in timing:
    st.caption(t("history.timing", inside=timing["in_sample_brier"],
                 inside_constant=timing["in_sample_brier_constant"],
                 outside=timing["out_of_sample_brier"],
                 outside_constant=timing["out_of_sample_brier_constant"]))
st.caption(t("history.caveat"))
# Debrief (rules in sim/debrief_history.py, words in dashboard/debrief.py)
results.debrief(render_debrief(view["findings"], lang))
all_fields = [*first_fields, *other_fields]
publish(PAGE, all_fields)
results.downloads(yearly_csv(view["yearly"]), f"history_{scenario.id}_seed{seed}", scenario,
                  {f.url_name(): st.session_state.get(f.key) for f in all_fields},
                  current_link())
