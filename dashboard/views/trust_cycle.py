"""Trust and the sanction–test cycle: repeated play, trust, tournaments and evolution."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from dashboard.cached.debrief import match_debrief
from dashboard.cached.repeated import (
    SHOWN_REPLICATES,
    evolution_view,
    match_view,
    tournament_view,
)
from dashboard.cached.scenarios import scenarios_of_kind
from dashboard.debrief import render as render_debrief
from dashboard.figures.repeated import (
    cooperation_trust_figure,
    cycles_figure,
    moves_figure,
    party_label,
    payoff_heatmap,
    ranking_figure,
    shares_figure,
    strategy_label,
)
from dashboard.i18n import current_lang, t
from dashboard.layout import controls
from dashboard.results import Results
from dashboard.share import Field, current_link, publish, restore
from sim.errors import InputError
from sim.io import describe_validation_error
from sim.repeated import strategy_names
from sim.repeated.params import RepeatedParams
from sim.repeated.tournament import CLASSIC_EIGHT
from sim.scenario import RepeatedScenario

CUSTOM = "custom"
PAYOFF_DEFAULTS = {"T": 5.0, "R": 3.0, "P": 1.0, "S": 0.0}
ROUNDS = (5, 300)
REPLICATES = (10, 2000)
PAGE = "trust-cycle"


DEFAULTS: dict[str, Any] = {
    "tc_us": "tit_for_tat", "tc_kp": "tit_for_tat", "tc_noise": 0.05, "tc_mis": 0.0,
    "tc_prior": 0.5, "tc_delta": 0.98, "tc_rounds": 100, "tc_reps": 300, "tc_seed": 0,
    "tc_show": 0, "tc_entrants": list(CLASSIC_EIGHT), "tc_t_rounds": 100, "tc_t_reps": 20,
    "tc_horizon": 50.0, "tc_population": 40, "tc_selection": 1.0,
    **{f"tc_{k}": v for k, v in PAYOFF_DEFAULTS.items()},
}


def shared_fields() -> tuple[list[Field], list[Field]]:
    """What a link to this page carries: the scenario first, then every other setting."""
    names = list(strategy_names())
    first = [Field("tc_scenario", "choice", options=lambda: [*scenarios_of_kind("repeated"), CUSTOM])]
    rest = [
        Field("tc_us", "choice", options=names), Field("tc_kp", "choice", options=names),
        Field("tc_noise", "float", 0.0, 0.5), Field("tc_mis", "float", 0.0, 0.5),
        Field("tc_prior", "float", 0.0, 1.0), Field("tc_delta", "float", 0.5, 1.0),
        Field("tc_rounds", "int", *ROUNDS), Field("tc_reps", "int", *REPLICATES),
        Field("tc_seed", "int", 0, 2**31 - 1), Field("tc_show", "int", 0, 999),
        *(Field(f"tc_{k}", "float", -1e6, 1e6) for k in PAYOFF_DEFAULTS),
        Field("tc_entrants", "list", options=names),
        Field("tc_t_rounds", "int", 10, 300), Field("tc_t_reps", "int", 5, 100),
        Field("tc_horizon", "float", 5.0, 200.0), Field("tc_population", "int", 10, 200),
        Field("tc_selection", "float", 0.0, 5.0),
    ]
    return first, rest


def init_state(library: dict[str, Any]) -> None:
    """UI state, initialised in one place (from the first bundled scenario, if any).

    Values are written back on every run so that widgets in a closed tab keep them.
    """
    state = st.session_state
    for key, value in DEFAULTS.items():
        state[key] = state.get(key, value)
    if "tc_scenario" not in state:
        state["tc_scenario"] = "echo_effect" if "echo_effect" in library else CUSTOM
        load_scenario(library)


def load_scenario(library: dict[str, Any]) -> None:
    """Copy the chosen scenario's parameters into the widgets."""
    scenario = library.get(st.session_state["tc_scenario"])
    if scenario is None:
        return
    p: RepeatedParams = scenario.parameters
    st.session_state.update({
        "tc_us": p.row_strategy.name, "tc_kp": p.column_strategy.name, "tc_noise": p.noise,
        "tc_mis": p.misperception, "tc_prior": p.trust.prior, "tc_delta": p.discount,
        "tc_rounds": min(max(p.rounds, ROUNDS[0]), ROUNDS[1]),
        "tc_reps": min(max(p.replicates, REPLICATES[0]), REPLICATES[1]),
        "tc_seed": p.seed, "tc_show": 0,
    })


def scenario_picker(library: dict[str, Any], lang: str) -> Any:
    options = [*library, CUSTOM]
    chosen = st.selectbox(
        t("trust_cycle.scenario"), options, key="tc_scenario",
        format_func=lambda k: t("trust_cycle.custom") if k == CUSTOM else library[k].title.get(lang),
        on_change=load_scenario, args=(library,))
    return library.get(chosen)


def strategy_pickers(lang: str) -> None:
    names = list(strategy_names())
    left, right = st.columns(2)
    left.selectbox(t("trust_cycle.us_strategy"), names, key="tc_us",
                   format_func=lambda n: strategy_label(n, lang))
    right.selectbox(t("trust_cycle.kp_strategy"), names, key="tc_kp",
                    format_func=lambda n: strategy_label(n, lang))


def match_sliders() -> None:
    left, middle, right = st.columns(3)
    left.slider(t("trust_cycle.noise"), 0.0, 0.5, step=0.01, key="tc_noise")
    left.slider(t("trust_cycle.misperception"), 0.0, 0.5, step=0.01, key="tc_mis")
    middle.slider(t("trust_cycle.trust_prior"), 0.0, 1.0, step=0.05, key="tc_prior")
    middle.slider(t("trust_cycle.discount"), 0.5, 1.0, step=0.01, key="tc_delta")
    right.slider(t("trust_cycle.rounds"), *ROUNDS, step=1, key="tc_rounds")
    right.slider(t("trust_cycle.replicates"), *REPLICATES, step=10, key="tc_reps")


def game_spec(scenario: Any, lang: str) -> dict[str, Any]:
    if scenario is not None:
        st.caption(t("trust_cycle.game_from_scenario", name=scenario.title.get(lang)))
        return scenario.parameters.game.model_dump(mode="json")
    with st.expander(t("trust_cycle.game"), expanded=False):
        cells = st.columns(4)
        for cell, letter in zip(cells, "TRPS", strict=True):
            cell.number_input(t(f"trust_cycle.payoff.{letter}"), step=1.0, key=f"tc_{letter}")
    return {"game": "classic", "name": "prisoners_dilemma",
            **{k: st.session_state[f"tc_{k}"] for k in "TRPS"}}


def match_params(scenario: Any, game: dict[str, Any]) -> RepeatedParams:
    """The validated match parameters the widgets describe."""
    s = st.session_state
    base = scenario.parameters if scenario is not None else None

    def strategy(key: str, side: str) -> dict[str, Any]:
        spec = getattr(base, side) if base is not None else None
        same = spec is not None and spec.name == s[key]
        return {"name": s[key], "params": dict(spec.params) if same else {}}

    trust = base.trust.model_dump() if base is not None else {}
    return RepeatedParams.model_validate({
        "game": game, "row_strategy": strategy("tc_us", "row_strategy"),
        "column_strategy": strategy("tc_kp", "column_strategy"), "rounds": s["tc_rounds"],
        "replicates": s["tc_reps"], "noise": s["tc_noise"], "misperception": s["tc_mis"],
        "trust": {**trust, "prior": s["tc_prior"], "prior_column": None},
        "discount": s["tc_delta"], "seed": int(s["tc_seed"]),
    })


def summary_table(summary: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("trust_cycle.col.metric"): [t(f"trust_cycle.metric.{m}") for m in summary["metric"]],
        t("trust_cycle.col.player"): [t("trust_cycle.both") if p == "both" else
                                      party_label(p, lang) for p in summary["player"]],
        t("trust_cycle.col.mean"): summary["mean"].round(3),
        t("trust_cycle.col.ci"): [f"{lo:.3f} – {hi:.3f}" if pd.notna(lo) else "–"
                                  for lo, hi in zip(summary["ci_low"], summary["ci_high"],
                                                    strict=True)],
    })


def show_match(view: dict[str, Any], params: RepeatedParams, results: Results) -> None:
    lang = results.lang
    shown = min(params.replicates, SHOWN_REPLICATES)
    st.session_state["tc_show"] = min(st.session_state["tc_show"], shown - 1)
    st.number_input(t("trust_cycle.replicate_shown"), 0, shown - 1, step=1, key="tc_show")
    replicate = int(st.session_state["tc_show"])
    moves = view["moves"]
    results.chart(moves_figure(moves[moves["replicate"] == replicate], view["players"],
                               replicate, lang), "tc_fig_moves")
    results.chart(cooperation_trust_figure(view["by_round"], lang), "tc_fig_coop_trust")
    left, right = st.columns([2, 3])
    results.chart(cycles_figure(view["episodes"], lang), "tc_fig_cycles", left)
    right.subheader(t("trust_cycle.summary"), anchor=False)
    table = summary_table(view["summary"], lang)
    # A static table: it is drawn at once, where a data grid costs the browser a redraw of
    # its own on every slider step (the page's redraw target is under a second).
    right.table(table.set_index(table.columns[0]))
    results.table(t("trust_cycle.summary"), table)


def tournament_controls(lang: str) -> None:
    st.caption(t("trust_cycle.t_help"))
    st.multiselect(t("trust_cycle.entrants"), list(strategy_names()), key="tc_entrants",
                   format_func=lambda n: strategy_label(n, lang))
    left, right = st.columns(2)
    left.slider(t("trust_cycle.t_rounds"), 10, 300, step=10, key="tc_t_rounds")
    right.slider(t("trust_cycle.t_reps"), 5, 100, step=5, key="tc_t_reps")


def tournament_matrix(params: RepeatedParams) -> dict[str, Any] | None:
    """The cached tournament of the chosen entrants (``None`` with fewer than two)."""
    entrants = tuple(st.session_state["tc_entrants"])
    if len(entrants) < 2:
        return None
    return tournament_view(entrants, params.model_dump_json(),
                           int(st.session_state["tc_t_rounds"]),
                           int(st.session_state["tc_t_reps"]))


def show_tournament(params: RepeatedParams, results: Results) -> pd.DataFrame | None:
    lang = results.lang
    with controls():
        tournament_controls(lang)
    view = tournament_matrix(params)
    if view is None:
        st.info(t("trust_cycle.need_two"))
        return None
    left, right = st.columns([2, 3])
    results.chart(ranking_figure(view["ranking"], lang), "tc_fig_ranking", left)
    results.chart(payoff_heatmap(view["matrix"], view["names"], lang), "tc_fig_heat", right)
    ranking: pd.DataFrame = view["ranking"]
    return ranking


def show_evolution(tournament: dict[str, Any] | None, params: RepeatedParams,
                   results: Results) -> pd.DataFrame | None:
    lang = results.lang
    st.caption(t("trust_cycle.evo_help"))
    if tournament is None:
        st.info(t("trust_cycle.need_two"))
        return None
    with controls():
        left, middle, right = st.columns(3)
        left.slider(t("trust_cycle.horizon"), 5.0, 200.0, step=5.0, key="tc_horizon")
        middle.slider(t("trust_cycle.population"), 10, 200, step=10, key="tc_population")
        right.slider(t("trust_cycle.selection"), 0.0, 5.0, step=0.1, key="tc_selection")
    matrix = tuple(tuple(float(v) for v in row) for row in tournament["matrix"])
    view = evolution_view(matrix, float(st.session_state["tc_horizon"]),
                          int(st.session_state["tc_population"]),
                          float(st.session_state["tc_selection"]), params.seed)
    names = tournament["names"]
    left, right = st.columns(2)
    results.chart(shares_figure(view["times"], view["shares"], names,
                                t("trust_cycle.fig.replicator.title"),
                                t("trust_cycle.fig.replicator.x"), lang), "tc_fig_replicator", left)
    steps = range(len(view["moran_shares"]))
    results.chart(shares_figure(steps, view["moran_shares"], names,
                                t("trust_cycle.fig.moran.title", runs=view["runs"]),
                                t("trust_cycle.fig.moran.x"), lang), "tc_fig_moran", right)
    fixed = ", ".join(f"{strategy_label(n, lang)} {share:.0%}"
                      for n, share in zip(names, view["fixation"], strict=True) if share > 0)
    st.markdown(t("trust_cycle.fixation", runs=view["runs"]) + (f" {fixed}" if fixed else ""))
    return pd.DataFrame({"strategy": names, "fixation_share": view["fixation"],
                         "replicator_final_share": view["shares"][-1]})


def show_scenario_notes(scenario: Any, lang: str) -> None:
    st.markdown(scenario.description.get(lang))
    with st.expander(t("common.teaching_notes")):
        st.markdown(scenario.teaching_notes.get(lang))
    with st.expander(t("common.questions")):
        for number, question in enumerate(scenario.questions, start=1):
            st.markdown(f"{number}. {question.get(lang)}")
    with st.expander(t("common.references")):
        for ref in scenario.references:
            when = f" ({ref.date})" if ref.date else ""
            st.markdown(f"- *{ref.kind}*: {ref.title}{when}"
                        + (f" — {ref.detail}" if ref.detail else ""))


def as_scenario(scenario: Any, params: RepeatedParams) -> RepeatedScenario:
    """The match on screen as a scenario file: the chosen scenario's texts, these parameters."""
    if scenario is not None:
        return RepeatedScenario.model_validate({**scenario.model_dump(), "parameters": params})
    texts = {lang: t("trust_cycle.custom") for lang in ("en", "zh")}
    return RepeatedScenario.model_validate({
        "id": "custom_match", "kind": "repeated", "era": "classroom",
        "title": {"en": "Custom match", "zh": "自定义对局"}, "description": texts,
        "references": [{"kind": "literature", "title": "Axelrod, The Evolution of Cooperation (1984)"}],
        "teaching_notes": texts, "questions": [texts], "parameters": params})


lang = current_lang()
library = scenarios_of_kind("repeated")
init_state(library)
first_fields, other_fields = shared_fields()
if restore(PAGE, first_fields):
    load_scenario(library)
restore(PAGE, other_fields)
st.title(t("trust_cycle.title"))
st.markdown(t("trust_cycle.intro"))
with controls():
    scenario = scenario_picker(library, lang)
    strategy_pickers(lang)
    match_sliders()
    st.number_input(t("common.seed"), 0, 2**31 - 1, step=1, key="tc_seed")
    try:
        params = match_params(scenario, game_spec(scenario, lang))
        view = match_view(params.model_dump_json())
    except ValidationError as exc:
        st.error(t("error.bad_input", message=describe_validation_error(exc)))
        st.stop()
    except InputError as exc:
        st.error(t("error.bad_input", message=str(exc)))
        st.stop()
results = Results(PAGE, t("trust_cycle.title"), lang)

# Tabs run lazily: only the open tab's charts are computed and drawn.
match_tab, tournament_tab, evolution_tab = st.tabs(
    [t("trust_cycle.tab.match"), t("trust_cycle.tab.tournament"), t("trust_cycle.tab.evolution")],
    key="tc_tab", on_change="rerun")
csv: pd.DataFrame | None = view["moves"]
if match_tab.open:
    with match_tab:
        show_match(view, params, results)
        # Debrief of the replicate shown (rules in sim/debrief.py, words in dashboard/debrief.py)
        replicate = min(int(st.session_state["tc_show"]), params.replicates - 1)
        results.debrief(render_debrief(match_debrief(params.model_dump_json(), replicate), lang))
if tournament_tab.open:
    with tournament_tab:
        csv = show_tournament(params, results)
if evolution_tab.open:
    with evolution_tab:
        csv = show_evolution(tournament_matrix(params), params, results)
publish(PAGE, [*first_fields, *other_fields])
results.downloads(csv, f"trust_cycle_seed{params.seed}", as_scenario(scenario, params),
                  {f.url_name(): st.session_state.get(f.key) for f in (*first_fields, *other_fields)},
                  current_link())
if scenario is not None:
    show_scenario_notes(scenario, lang)
