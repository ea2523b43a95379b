"""Six parties: the agent-based model of the talks, its trust network, series and outcomes."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard.cached.scenarios import scenarios_of_kind
from dashboard.cached.sixparty import PARTY_CHOICES, WORLD_CHOICES, ensemble_view
from dashboard.figures.sixparty import (
    band_figure,
    outcome_figure,
    party_name,
    talks_timeline_figure,
    trust_network_figure,
)
from dashboard.i18n import current_lang, t
from sim.errors import InputError
from sim.sixparty.calibrate import with_values
from sim.sixparty.overrides import hold_party_value, set_mutual_trust
from sim.sixparty.params import ISSUES, PARTY_CODES, SixPartyParams

DEFAULT_SCENARIO = "history_1993_2024"
LINKS = {"sp_threat": "provocation.threat", "sp_pressure": "provocation.pressure",
         "sp_self": "provocation.self_excitation", "sp_distrust": "sanctions.distrust"}


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


def controls(library: dict[str, Any], lang: str) -> None:
    st.selectbox(t("common.scenario"), options=list(library), key="sp_scenario",
                 format_func=lambda key: library[key].title.get(lang),
                 on_change=load_scenario, args=(library,))
    with st.expander(t("sixparty.controls"), expanded=True):
        left, middle, right = st.columns(3)
        left.slider(t("sixparty.runs"), 10, 300, step=10, key="sp_runs")
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


def show(view: dict[str, Any], params: SixPartyParams, lang: str) -> None:
    tabs = st.tabs([t(f"sixparty.tab.{name}") for name in
                    ("outcomes", "network", "parties", "world", "talks", "setup")])
    with tabs[0]:
        st.plotly_chart(outcome_figure(view["shares"], lang), key="sp_fig_outcomes")
        counts = pd.DataFrame({t("sixparty.count"): [t(f"sixparty.countname.{k}") for k in view["counts"]],
                               t("sixparty.mean"): list(view["counts"].values())})
        st.dataframe(counts, hide_index=True, key="sp_counts")
    with tabs[1]:
        labels = view["labels"]
        if st.session_state.get("sp_quarter") not in labels:
            st.session_state["sp_quarter"] = labels[-1]
        quarter = st.select_slider(t("sixparty.quarter_pick"), options=labels, key="sp_quarter")
        trust = view["trust"][labels.index(quarter)]
        st.plotly_chart(trust_network_figure(trust, quarter, lang), key="sp_fig_network")
    with tabs[2]:
        series = st.selectbox(t("sixparty.party_pick"), PARTY_CHOICES, key="sp_party_series",
                              format_func=lambda s: t(f"sixparty.series.{s}"))
        st.plotly_chart(band_figure(view["party_bands"][series], series, lang),
                        key="sp_fig_parties")
    with tabs[3]:
        series = st.selectbox(t("sixparty.world_pick"), WORLD_CHOICES, key="sp_world",
                              format_func=lambda s: t(f"sixparty.series.{s}"))
        st.plotly_chart(band_figure({series: view["world_bands"][series]}, series, lang,
                                    by_party=False), key="sp_fig_world")
    with tabs[4]:
        st.plotly_chart(talks_timeline_figure(view["timeline"], lang), key="sp_fig_talks")
    with tabs[5]:
        st.dataframe(parties_table(params, lang), hide_index=True, key="sp_parties_table")


lang = current_lang()
st.title(t("sixparty.title"))
st.markdown(t("sixparty.intro"))
library = scenarios_of_kind("sixparty")
init_state(library)
controls(library, lang)
scenario = library[st.session_state["sp_scenario"]]
try:
    params = with_widgets(scenario.parameters)
    view = ensemble_view(params.model_dump_json(), int(st.session_state["sp_runs"]),
                         int(st.session_state["sp_seed"]))
except InputError as exc:
    st.error(t("error.bad_input", message=str(exc)))
else:
    with st.expander(t("common.teaching_notes")):
        st.markdown(scenario.teaching_notes.get(lang))
    show(view, params, lang)
