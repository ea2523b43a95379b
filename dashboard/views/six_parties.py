"""Six parties: the agent-based model of the talks, its trust network, series and outcomes."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard.cached.debrief_sixparty import sixparty_probe_findings
from dashboard.cached.scenarios import scenarios_of_kind
from dashboard.cached.sixparty import PARTY_CHOICES, WORLD_CHOICES, ensemble_view
from dashboard.debrief import render as render_debrief
from dashboard.figures.sixparty import (
    band_figure,
    outcome_figure,
    party_name,
    talks_timeline_figure,
    trust_network_figure,
)
from dashboard.i18n import current_lang, t
from dashboard.layout import controls, teacher_view
from dashboard.results import Results
from dashboard.share import Field, current_link, publish, restore
from sim.debrief_sixparty import PROBE_RUNS
from sim.errors import InputError
from sim.scenario import SixPartyScenario
from sim.sixparty.calibrate import with_values
from sim.sixparty.overrides import hold_party_value, set_mutual_trust
from sim.sixparty.params import ISSUES, PARTY_CODES, SixPartyParams
from sim.sixparty.quarters import quarter_label

PAGE = "six-parties"
DEFAULT_SCENARIO = "history_1993_2024"
LINKS = {"sp_threat": "provocation.threat", "sp_pressure": "provocation.pressure",
         "sp_self": "provocation.self_excitation", "sp_distrust": "sanctions.distrust"}
RUNS = (10, 300)


def scenario_values(params: SixPartyParams) -> dict[str, Any]:
    """Widget values that show the scenario as written."""
    trust = (params.parties["US"].trust["KP"] + params.parties["KP"].trust["US"]) / 2
    values: dict[str, Any] = {
        "sp_cn": params.parties["CN"].enforcement, "sp_ru": params.parties["RU"].enforcement,
        "sp_trust": round(trust, 2), "sp_threat": params.provocation.threat,
        "sp_pressure": params.provocation.pressure,
        "sp_self": params.provocation.self_excitation, "sp_distrust": params.sanctions.distrust,
    }
    return values


def init_state(library: dict[str, Any]) -> None:
    """UI state, initialised in one place."""
    state = st.session_state
    if "sp_scenario" not in state or state["sp_scenario"] not in library:
        state["sp_scenario"] = DEFAULT_SCENARIO if DEFAULT_SCENARIO in library else next(iter(library))
        load_scenario(library)
    state.setdefault("sp_runs", 30)
    state.setdefault("sp_seed", 0)
    state.setdefault("sp_world", "tension")
    state.setdefault("sp_party_series", "trust_received")


def load_scenario(library: dict[str, Any]) -> None:
    """Copy the chosen scenario's values into the widgets."""
    st.session_state.update(scenario_values(library[st.session_state["sp_scenario"]].parameters))


def quarter_labels(library: dict[str, Any]) -> list[str]:
    """The quarters of the chosen scenario, as the ensemble labels them."""
    params: SixPartyParams = library[st.session_state["sp_scenario"]].parameters
    return [quarter_label(params.start_index + k) for k in range(params.horizon)]


def shared_fields(library: dict[str, Any]) -> tuple[list[Field], list[Field]]:
    """What a link to this page carries: the scenario first, then every other setting."""
    first = [Field("sp_scenario", "choice", options=lambda: list(library))]
    rest = [
        Field("sp_runs", "int", *RUNS), Field("sp_seed", "int", 0, 2**31 - 1),
        Field("sp_cn", "float", 0.0, 1.0), Field("sp_ru", "float", 0.0, 1.0),
        Field("sp_trust", "float", 0.0, 1.0), Field("sp_threat", "float", 0.0, 2.0),
        Field("sp_pressure", "float", 0.0, 2.0), Field("sp_self", "float", 0.0, 0.8),
        Field("sp_distrust", "float", 0.0, 0.5),
        Field("sp_quarter", "choice", options=lambda: quarter_labels(library)),
        Field("sp_party_series", "choice", options=PARTY_CHOICES),
        Field("sp_world", "choice", options=WORLD_CHOICES),
    ]
    return first, rest


def with_widgets(params: SixPartyParams) -> SixPartyParams:
    """The scenario's parameters with the widgets' values applied."""
    state, shown = st.session_state, scenario_values(params)
    if state["sp_cn"] != shown["sp_cn"]:
        params = hold_party_value(params, "CN", "enforcement", state["sp_cn"])
    if state["sp_ru"] != shown["sp_ru"]:
        params = hold_party_value(params, "RU", "enforcement", state["sp_ru"])
    if state["sp_trust"] != shown["sp_trust"]:
        params = set_mutual_trust(params, "US", "KP", state["sp_trust"])
    return with_values(params, {path: state[key] for key, path in LINKS.items()})


def draw_controls(library: dict[str, Any], lang: str) -> None:
    st.selectbox(t("common.scenario"), options=list(library), key="sp_scenario",
                 format_func=lambda key: library[key].title.get(lang),
                 on_change=load_scenario, args=(library,))
    if teacher_view():  # already folded away in the "Controls" expander
        parameter_inputs()
        return
    with st.expander(t("sixparty.controls"), expanded=True):
        parameter_inputs()


def parameter_inputs() -> None:
    left, middle, right = st.columns(3)
    left.slider(t("sixparty.runs"), *RUNS, step=10, key="sp_runs")
    left.number_input(t("common.seed"), 0, 2**31 - 1, step=1, key="sp_seed")
    middle.slider(t("sixparty.cn_enforcement"), 0.0, 1.0, step=0.05, key="sp_cn",
                  help=t("sixparty.enforcement_help"))
    middle.slider(t("sixparty.ru_enforcement"), 0.0, 1.0, step=0.05, key="sp_ru",
                  help=t("sixparty.enforcement_help"))
    middle.slider(t("sixparty.us_kp_trust"), 0.0, 1.0, step=0.05, key="sp_trust")
    right.caption(t("sixparty.links_help"))
    right.slider(t("sixparty.threat"), 0.0, 2.0, step=0.1, key="sp_threat")
    right.slider(t("sixparty.pressure"), 0.0, 2.0, step=0.1, key="sp_pressure")
    right.slider(t("sixparty.self_excitation"), 0.0, 0.8, step=0.05, key="sp_self")
    right.slider(t("sixparty.distrust"), 0.0, 0.5, step=0.05, key="sp_distrust")


def parties_table(params: SixPartyParams, lang: str) -> pd.DataFrame:
    rows = []
    for code in PARTY_CODES:
        p = params.parties[code]
        rows.append({
            t("sixparty.col.party"): party_name(code, lang),
            t("sixparty.col.posture"): p.posture,
            t("sixparty.col.positions"): " / ".join(f"{getattr(p.positions, k):.0f}" for k in ISSUES),
            t("sixparty.col.capability"): p.capability,
            t("sixparty.col.trade_share"): p.trade_share,
            t("sixparty.col.enforcement"): p.enforcement,
            t("sixparty.col.acquiescence"): p.acquiescence,
            t("sixparty.col.alliance"): party_name(p.alliance, lang) if p.alliance else "—",
        })
    return pd.DataFrame(rows)


def shares_table(shares: pd.DataFrame) -> pd.DataFrame:
    """Each outcome class: runs, share and its 95 % Wilson interval (for the report)."""
    return pd.DataFrame({
        t("sixparty.fig.outcome"): [t(f"sixparty.outcome.{k}") for k in shares["outcome"]],
        t("sixparty.count"): shares["count"],
        t("sixparty.fig.interval"): [f"{s:.0%} ({lo:.0%} – {hi:.0%})" for s, lo, hi in
                                     zip(shares["share"], shares["low"], shares["high"],
                                         strict=True)],
    })


def show(view: dict[str, Any], params: SixPartyParams, results: Results) -> None:
    lang = results.lang
    tabs = st.tabs([t(f"sixparty.tab.{name}") for name in
                    ("outcomes", "network", "parties", "world", "talks", "setup")])
    with tabs[0]:
        results.chart(outcome_figure(view["shares"], lang), "sp_fig_outcomes")
        counts = pd.DataFrame({t("sixparty.count"): [t(f"sixparty.countname.{k}") for k in view["counts"]],
                               t("sixparty.mean"): list(view["counts"].values())})
        st.dataframe(counts, hide_index=True, key="sp_counts")
        results.table(t("sixparty.fig.outcomes"), shares_table(view["shares"]))
        results.table(t("sixparty.counts"), counts)
    with tabs[1]:
        labels = view["labels"]
        if st.session_state.get("sp_quarter") not in labels:
            st.session_state["sp_quarter"] = labels[-1]
        with controls():
            quarter = st.select_slider(t("sixparty.quarter_pick"), options=labels, key="sp_quarter")
        trust = view["trust"][labels.index(quarter)]
        results.chart(trust_network_figure(trust, quarter, lang), "sp_fig_network")
    with tabs[2]:
        with controls():
            series = st.selectbox(t("sixparty.party_pick"), PARTY_CHOICES, key="sp_party_series",
                                  format_func=lambda s: t(f"sixparty.series.{s}"))
        results.chart(band_figure(view["party_bands"][series], series, lang), "sp_fig_parties")
    with tabs[3]:
        with controls():
            series = st.selectbox(t("sixparty.world_pick"), WORLD_CHOICES, key="sp_world",
                                  format_func=lambda s: t(f"sixparty.series.{s}"))
        results.chart(band_figure({series: view["world_bands"][series]}, series, lang,
                                  by_party=False), "sp_fig_world")
    with tabs[4]:
        results.chart(talks_timeline_figure(view["timeline"], lang), "sp_fig_talks")
    with tabs[5]:
        table = parties_table(params, lang)
        st.dataframe(table, hide_index=True, key="sp_parties_table")
        results.table(t("sixparty.tab.setup"), table)


def as_scenario(scenario: SixPartyScenario, params: SixPartyParams) -> SixPartyScenario:
    """The ensemble on screen as a scenario file: the chosen scenario's texts, these parameters."""
    return SixPartyScenario.model_validate({**scenario.model_dump(), "parameters": params})


lang = current_lang()
library = scenarios_of_kind("sixparty")
init_state(library)
first_fields, other_fields = shared_fields(library)
if restore(PAGE, first_fields):
    load_scenario(library)
restore(PAGE, other_fields)
st.title(t("sixparty.title"))
st.markdown(t("sixparty.intro"))
with controls():
    draw_controls(library, lang)
scenario = library[st.session_state["sp_scenario"]]
runs, seed = int(st.session_state["sp_runs"]), int(st.session_state["sp_seed"])
try:
    params = with_widgets(scenario.parameters)
    view = ensemble_view(params.model_dump_json(), runs, seed)
except InputError as exc:
    st.error(t("error.bad_input", message=str(exc)))
    st.stop()
results = Results(PAGE, t("sixparty.title"), lang)
with st.expander(t("common.teaching_notes")):
    st.markdown(scenario.teaching_notes.get(lang))
show(view, params, results)
# Debrief (rules in sim/debrief_sixparty.py, words in dashboard/debrief.py); the lever
# probe reruns a small ensemble per lever, cached per parameter set, seed and headline.
probe = sixparty_probe_findings(params.model_dump_json(), seed, view["dominant"])
results.debrief(render_debrief([*view["findings"], *probe], lang))
st.caption(t("sixparty.debrief.probe", runs=PROBE_RUNS))
all_fields = [*first_fields, *other_fields]
publish(PAGE, all_fields)
results.downloads(view["runs"], f"six_parties_{scenario.id}_seed{seed}",
                  as_scenario(scenario, params),
                  {f.url_name(): st.session_state.get(f.key) for f in all_fields},
                  current_link())
