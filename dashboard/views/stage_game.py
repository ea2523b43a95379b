"""Stage-game explorer: pick a game, edit its payoffs, read its equilibria and thresholds."""

from __future__ import annotations

import hashlib
from typing import Any

import pandas as pd
import streamlit as st

from dashboard.cached.games import frame_payoffs, payoff_frame, seed_game, stage_game_report
from dashboard.cached.scenarios import scenarios_of_kind
from dashboard.figures.games import (
    bimatrix_heatmap,
    dominance_lines,
    equilibrium_note,
    equilibrium_rows,
    explanation,
    localised_actions,
    mix_text,
    player_name,
    threshold_rows,
    type_text,
)
from dashboard.i18n import current_lang, t
from sim.errors import InputError
from sim.games import CLASSIC_DEFAULTS, USDPRK_PRESETS
from sim.games.params import CLASSIC_NAMES

SOURCES = ("classic", "us_dprk", "scenario")
US_PARAMS = ("restraint_value", "aid_cost", "test_cost", "engagement_cost", "pressure_cost",
             "leverage_value", "war_risk_us")
KP_PARAMS = ("aid_value", "sanction_cost", "test_gain", "test_risk", "defiance_value",
             "war_risk_dprk")


def init_state() -> None:
    """UI state, initialised in one place."""
    defaults: dict[str, Any] = {"sg_source": "classic", "sg_classic": "prisoners_dilemma",
                                "sg_preset": "mutual_distrust"}
    defaults |= _classic_values("prisoners_dilemma") | _preset_values("mutual_distrust")
    for key, value in defaults.items():
        st.session_state.setdefault(key, value)


def _classic_values(name: str) -> dict[str, float]:
    return {f"sg_{k}": float(v) for k, v in zip("TRPS", CLASSIC_DEFAULTS[name], strict=True)}


def _preset_values(preset: str) -> dict[str, float]:
    return {f"sg_p_{k}": float(v) for k, v in USDPRK_PRESETS[preset].items()}


def load_classic() -> None:
    st.session_state.update(_classic_values(st.session_state["sg_classic"]))


def load_preset() -> None:
    st.session_state.update(_preset_values(st.session_state["sg_preset"]))


def classic_spec() -> dict[str, Any]:
    st.radio(t("sg.classic_name"), CLASSIC_NAMES, key="sg_classic", horizontal=True,
             format_func=lambda n: t(f"sg.type.{n}"), on_change=load_classic)
    cells = [*st.columns(2), *st.columns(2)]
    for cell, letter in zip(cells, "TRPS", strict=True):
        cell.number_input(t(f"sg.payoff.{letter}"), step=1.0, key=f"sg_{letter}",
                          help=t("sg.payoff.help"))
    values = {k: st.session_state[f"sg_{k}"] for k in "TRPS"}
    return {"game": "classic", "name": st.session_state["sg_classic"], **values}


def usdprk_spec() -> dict[str, Any]:
    st.selectbox(t("sg.preset"), list(USDPRK_PRESETS), key="sg_preset",
                 format_func=lambda p: t(f"sg.preset.{p}"), on_change=load_preset)
    st.caption(t("sg.usdprk.help"))
    us_side, kp_side = st.columns(2)
    us_side.markdown(f"**{t('sg.side.us')}**")
    kp_side.markdown(f"**{t('sg.side.kp')}**")
    for side, names in ((us_side, US_PARAMS), (kp_side, KP_PARAMS)):
        for name in names:
            side.slider(t(f"sg.param.{name}"), 0.0, 100.0, step=1.0, key=f"sg_p_{name}")
    st.slider(t("sg.param.enmity"), 0.0, 1.0, step=0.05, key="sg_p_enmity")
    names = (*US_PARAMS, *KP_PARAMS, "enmity")
    return {"game": "us_dprk", **{n: st.session_state[f"sg_p_{n}"] for n in names}}


def scenario_spec(library: dict[str, Any], lang: str) -> tuple[dict[str, Any], Any]:
    chosen = st.selectbox(t("sg.scenario_pick"), list(library), key="sg_scenario",
                          format_func=lambda key: library[key].title.get(lang))
    scenario = library[chosen]
    st.markdown(f"**{scenario.title.get(lang)}** · {scenario.era}")
    st.markdown(scenario.description.get(lang))
    return scenario.parameters.model_dump(mode="json"), scenario


def game_title(source: str, spec: dict[str, Any], scenario: Any, lang: str) -> str:
    if scenario is not None:
        return str(scenario.title.get(lang))
    return t(f"sg.type.{spec['name']}") if source == "classic" else t("sg.source.us_dprk")


def show_scenario_notes(scenario: Any, lang: str) -> None:
    with st.expander(t("common.teaching_notes")):
        st.markdown(scenario.teaching_notes.get(lang))
    with st.expander(t("common.questions")):
        for number, question in enumerate(scenario.questions, start=1):
            st.markdown(f"{number}. {question.get(lang)}")
    with st.expander(t("common.references")):
        for ref in scenario.references:
            when = f" ({ref.date})" if ref.date else ""
            st.markdown(f"- *{ref.kind}*: {ref.title}{when}" + (f" — {ref.detail}" if ref.detail else ""))


def show_equilibria(report: dict[str, Any], lang: str) -> None:
    st.subheader(t("sg.eq.header"))
    st.info(equilibrium_note(report, lang))
    st.dataframe(pd.DataFrame(equilibrium_rows(report, lang)), hide_index=True,
                 width="stretch", key="sg_equilibria")
    names = report["players"]
    for number, subset in enumerate(report["equilibrium_summary"]["maximal_subsets"], start=1):
        st.markdown("- " + t("sg.eq.set", number=number, row=player_name(names["row"], lang),
                             row_mixes=" | ".join(mix_text(x) for x in subset["row"]),
                             column=player_name(names["column"], lang),
                             column_mixes=" | ".join(mix_text(y) for y in subset["column"])))


def show_dominance(report: dict[str, Any], lang: str) -> None:
    st.subheader(t("sg.dom.header"))
    for line in dominance_lines(report, lang):
        st.markdown(f"- {line}")
    players = report["players"]
    st.markdown(t("sg.dom.surviving", row=player_name(players["row"], lang),
                  row_actions=", ".join(report["dominance"]["row"]["surviving_iterated_elimination"]),
                  column=player_name(players["column"], lang),
                  column_actions=", ".join(
                      report["dominance"]["column"]["surviving_iterated_elimination"])))
    cells = ", ".join(f"({r}, {c})" for r, c in report["pareto_efficient"])
    st.markdown(t("sg.pareto.cells", cells=cells))


def show_thresholds(report: dict[str, Any], lang: str) -> None:
    st.subheader(t("sg.thr.header"))
    st.dataframe(pd.DataFrame(threshold_rows(report, lang)), hide_index=True, width="stretch",
                 key="sg_thresholds")
    for warning in report["warnings"]:
        st.warning(t(f"sg.warn.{warning['key']}", player=player_name(warning["player"], lang)))
    st.subheader(t("sg.explain.header"))
    for paragraph in explanation(report, lang):
        st.markdown(paragraph)


def edited_payoffs(seed: dict[str, Any]) -> tuple[Any, Any]:
    """The editable bimatrix; its key changes with the game, so a new game resets it."""
    digest = hashlib.sha1(repr(sorted(seed.items())).encode()).hexdigest()[:12]
    row, column = (player_name(p, lang) for p in seed["players"])
    st.caption(t("sg.editor.help", row=row, column=column))
    frame = st.data_editor(payoff_frame(seed), key=f"sg_editor_{digest}", width="stretch")
    return frame_payoffs(frame, seed)


lang = current_lang()
init_state()
st.title(t("sg.title"))
st.markdown(t("sg.intro"))
library = scenarios_of_kind("stage_game")
controls, results = st.columns([2, 3], gap="large")
with controls:
    source = st.radio(t("sg.source"), SOURCES, key="sg_source", horizontal=True,
                      format_func=lambda s: t(f"sg.source.{s}"))
    scenario = None
    if source == "classic":
        spec = classic_spec()
    elif source == "us_dprk":
        spec = usdprk_spec()
    elif library:
        spec, scenario = scenario_spec(library, lang)
    else:
        st.warning(t("sg.no_scenarios"))
        st.stop()
    try:
        seed = localised_actions(seed_game(spec, game_title(source, spec, scenario, lang)), lang)
        st.markdown(f"**{t('sg.editor')}**")
        row_payoffs, column_payoffs = edited_payoffs(seed)
        trust_temptation = st.number_input(t("sg.trust_temptation"), value=None, step=1.0,
                                           key="sg_trust_temptation",
                                           help=t("sg.trust_temptation.help"))
        report = stage_game_report(seed["name"], seed["players"], seed["row_actions"],
                                   seed["column_actions"], row_payoffs, column_payoffs,
                                   trust_temptation)
    except InputError as exc:
        st.error(t("error.bad_input", message=str(exc)))
        st.stop()
with results:
    kind, detail = type_text(report, lang)
    st.markdown(f"**{t('sg.type.header')}:** {kind}")
    if detail:
        st.caption(detail)
    st.plotly_chart(bimatrix_heatmap(report, lang), key="sg_heatmap", width="stretch")
    show_equilibria(report, lang)
show_dominance(report, lang)
show_thresholds(report, lang)
if scenario is not None:
    show_scenario_notes(scenario, lang)
