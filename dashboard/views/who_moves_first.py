"""Who moves first: orders of an agreement's steps, the trust each needs, and how they end."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard.cached.scenarios import scenarios_of_kind
from dashboard.cached.sequencing import analysis_view, maps_view
from dashboard.figures.sequencing import (
    min_trust_figure,
    order_label,
    outcomes_figure,
    sequence_figure,
    side_label,
    step_label,
    trust_phase_figure,
    verification_patience_figure,
)
from dashboard.i18n import current_lang, t
from sim.errors import InputError
from sim.sequencing import LIBRARY, ORDERS, Agreement, Settings, agreement_from_rows
from sim.sequencing.agreement import resolve_agreement

CUSTOM = "custom"
COLUMNS = ("name", "mover", "cost", "value", "verification", "reversibility", "phase")
RUNS = (200, 500, 1000, 2000, 5000)
STARTER = (("freeze", 1), ("energy_aid", 1), ("declaration", 2), ("sanctions_relief", 2),
           ("dismantlement", 3), ("security_guarantee", 3))
DEFAULTS: dict[str, Any] = {
    "wmf_agreement": None, "wmf_trust": 0.5, "wmf_phases": 4, "wmf_uniform": False,
    "wmf_verification": 0.8, "wmf_discount": 0.9, "wmf_duration": 3.0, "wmf_enforcement": 1.0,
    "wmf_believed": True, "wmf_hostile": 0.5, "wmf_false_alarm": 0.0, "wmf_runs": 1000,
    "wmf_seed": 0, "wmf_map_order": "action_for_action",
}


def init_state(library: dict[str, Any]) -> None:
    """UI state, initialised in one place (from the first bundled scenario, if any)."""
    state = st.session_state
    for key, value in DEFAULTS.items():
        state[key] = state.get(key, value)
    if "wmf_preset" not in state:
        state["wmf_preset"] = next(iter(library), CUSTOM)
        load_preset(library)


def load_preset(library: dict[str, Any]) -> None:
    """Copy the chosen scenario's settings into the widgets."""
    scenario = library.get(st.session_state["wmf_preset"])
    if scenario is None:
        return
    p = scenario.parameters
    st.session_state.update({
        "wmf_agreement": p.agreements[0].id, "wmf_trust": p.trust, "wmf_phases": p.phases,
        "wmf_uniform": p.verification is not None,
        "wmf_verification": p.verification if p.verification is not None else 0.8,
        "wmf_discount": p.discount, "wmf_duration": p.duration,
        "wmf_enforcement": p.enforcement, "wmf_believed": p.hostile_share is None,
        "wmf_hostile": p.hostile_share if p.hostile_share is not None else 0.5,
        "wmf_false_alarm": p.false_alarm, "wmf_map_order": p.order,
        "wmf_runs": max([r for r in RUNS if r <= min(p.runs, 1000)] or [RUNS[0]]),
    })


def pick_base(library: dict[str, Any], lang: str) -> tuple[Any, Agreement]:
    """The preset scenario (None for a custom agreement) and its chosen agreement."""
    chosen = st.selectbox(
        t("wmf.preset"), [*library, CUSTOM], key="wmf_preset",
        format_func=lambda k: t("wmf.custom") if k == CUSTOM else library[k].title.get(lang),
        on_change=load_preset, args=(library,))
    scenario = library.get(chosen)
    if scenario is None:
        rows = [{"name": n, "phase": ph} for n, ph in STARTER]
        return None, agreement_from_rows(rows)
    specs = {a.id: a for a in scenario.parameters.agreements}
    if st.session_state["wmf_agreement"] not in specs:
        st.session_state["wmf_agreement"] = next(iter(specs))
    if len(specs) > 1:
        st.radio(t("wmf.agreement"), list(specs), key="wmf_agreement", horizontal=True,
                 format_func=lambda k: specs[k].title.en if lang == "en" else specs[k].title.zh)
    return scenario, resolve_agreement(specs[st.session_state["wmf_agreement"]])


def edit_steps(base: Agreement, lang: str) -> list[dict[str, Any]]:
    """The keyed table of steps; a new preset or agreement starts a fresh table."""
    st.subheader(t("wmf.steps"))
    st.caption(t("wmf.steps_help", names=", ".join(LIBRARY)))
    frame = pd.DataFrame([{c: getattr(s, c) for c in COLUMNS} for s in base.steps])
    number = st.column_config.NumberColumn
    edited = st.data_editor(
        frame, num_rows="dynamic", hide_index=True, width="stretch",
        key=f"wmf_steps_{st.session_state['wmf_preset']}_{base.id}",
        column_config={
            "name": st.column_config.TextColumn(t("wmf.col.name"), required=True),
            "mover": st.column_config.SelectboxColumn(t("wmf.col.mover"), options=["US", "KP"]),
            "cost": number(t("wmf.col.cost"), min_value=0.0, max_value=1000.0, step=0.5),
            "value": number(t("wmf.col.value"), min_value=0.0, max_value=1000.0, step=0.5),
            "verification": number(t("wmf.col.verification"), min_value=0.0, max_value=1.0,
                                   step=0.05),
            "reversibility": number(t("wmf.col.reversibility"), min_value=0.0, max_value=1.0,
                                    step=0.05),
            "phase": number(t("wmf.col.phase"), min_value=1, max_value=20, step=1),
        },
    )
    return edited.to_dict("records")


def settings_widgets() -> None:
    st.subheader(t("wmf.settings"))
    left, middle, right = st.columns(3)
    left.slider(t("wmf.trust"), 0.0, 1.0, step=0.01, key="wmf_trust")
    left.slider(t("wmf.phases"), 1, 100, step=1, key="wmf_phases")
    left.slider(t("wmf.enforcement"), 0.0, 1.0, step=0.05, key="wmf_enforcement")
    middle.checkbox(t("wmf.uniform"), key="wmf_uniform")
    middle.slider(t("wmf.verification"), 0.0, 1.0, step=0.01, key="wmf_verification",
                  disabled=not st.session_state["wmf_uniform"])
    middle.slider(t("wmf.discount"), 0.5, 1.0, step=0.01, key="wmf_discount")
    middle.slider(t("wmf.duration"), 0.0, 15.0, step=0.5, key="wmf_duration")
    right.checkbox(t("wmf.believed"), key="wmf_believed")
    right.slider(t("wmf.hostile"), 0.0, 1.0, step=0.05, key="wmf_hostile",
                 disabled=st.session_state["wmf_believed"])
    right.slider(t("wmf.false_alarm"), 0.0, 0.5, step=0.01, key="wmf_false_alarm")
    right.select_slider(t("wmf.runs"), RUNS, key="wmf_runs")
    right.number_input(t("common.seed"), 0, 2**31 - 1, step=1, key="wmf_seed")


def current_settings() -> Settings:
    s = st.session_state
    return Settings(
        trust=float(s["wmf_trust"]), phases=int(s["wmf_phases"]),
        duration=float(s["wmf_duration"]), discount=float(s["wmf_discount"]),
        enforcement=float(s["wmf_enforcement"]),
        verification=float(s["wmf_verification"]) if s["wmf_uniform"] else None,
        hostile_share=None if s["wmf_believed"] else float(s["wmf_hostile"]),
        false_alarm=float(s["wmf_false_alarm"]), runs=int(s["wmf_runs"]),
    )


def failure_text(row: pd.Series, lang: str, labels: dict[str, str]) -> str:
    if pd.isna(row["breaks_at_stage"]):
        return t("wmf.failure.none")
    side = side_label(str(row["breaker"]), lang)
    if row["break_how"] == "walk":
        return t("wmf.failure.walk", stage=int(row["breaks_at_stage"]), side=side)
    return t("wmf.failure.cheat", stage=int(row["breaks_at_stage"]), side=side,
             steps=row["cheats"] or "—")


def comparison_table(view: dict[str, Any], phases: int, lang: str,
                     labels: dict[str, str]) -> pd.DataFrame:
    orders = view["orders"].copy()
    stages = view["stages"]
    cheats = []
    for _, row in orders.iterrows():
        hit = stages[(stages["order"] == row["order"]) & (stages["action"] == "cheat")
                     & (stages["stage"] == row["breaks_at_stage"])]
        names = [step_label(n.strip(), lang, labels) for n in
                 (hit["steps"].iloc[0].split(",") if len(hit) else [])]
        cheats.append(", ".join(names))
    orders["cheats"] = cheats

    def trust(x: float) -> str:
        return t("wmf.never") if pd.isna(x) else f"{x:.2f}"

    return pd.DataFrame({
        t("wmf.table.order"): [order_label(o, lang, phases) for o in orders["order"]],
        t("wmf.table.self_enforcing"): [t("wmf.yes") if x else t("wmf.no")
                                        for x in orders["self_enforcing"]],
        t("wmf.table.min_trust"): [trust(x) for x in orders["min_trust"]],
        t("wmf.table.us"): [trust(x) for x in orders["min_trust_US"]],
        t("wmf.table.kp"): [trust(x) for x in orders["min_trust_KP"]],
        t("wmf.table.failure"): [failure_text(r, lang, labels) for _, r in orders.iterrows()],
        t("wmf.table.completion"): (100 * orders["completion_rate"]).round(1),
        t("wmf.table.payoff_us"): orders["payoff_US"].round(2),
        t("wmf.table.payoff_kp"): orders["payoff_KP"].round(2),
    })


def show_maps(agreement: Agreement, settings: Settings, lang: str) -> None:
    st.header(t("wmf.maps"))
    st.selectbox(t("wmf.map_order"), list(ORDERS), key="wmf_map_order",
                 format_func=lambda o: order_label(o, lang, settings.phases))
    order = st.session_state["wmf_map_order"]
    maps = maps_view(agreement, settings, order)
    st.caption(t("wmf.maps_caption"))
    left, right = st.columns(2)
    left.plotly_chart(trust_phase_figure(maps["phases"], maps["trust"], maps["holds"],
                                         maps["phase_min_trust"], settings.trust,
                                         settings.phases, lang), key="wmf_fig_tp")
    now = ((settings.verification, settings.discount) if settings.verification is not None
           else None)
    right.plotly_chart(verification_patience_figure(
        maps["verification"], maps["discount"], maps["min_trust"], settings.trust, order, lang,
        now=now, phases=settings.phases), key="wmf_fig_vp")


def show_notes(scenario: Any, lang: str) -> None:
    with st.expander(t("wmf.about")):
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


lang = current_lang()
library = scenarios_of_kind("sequencing")
init_state(library)
st.title(t("wmf.title"))
st.markdown(t("wmf.intro"))
scenario, base = pick_base(library, lang)
if scenario is not None:
    show_notes(scenario, lang)
labels = {s.name: s.label(lang) for s in base.steps if s.label(lang) != s.name}
rows = edit_steps(base, lang)
settings_widgets()
try:
    agreement = agreement_from_rows(rows, agreement_id=base.id)
    settings = current_settings()
except InputError as exc:
    st.error(t("error.bad_input", message=str(exc)))
    st.stop()

view = analysis_view(agreement, settings, int(st.session_state["wmf_seed"]))
st.header(t("wmf.compare"))
st.caption(t("wmf.compare_caption", trust=f"{settings.trust:.2f}", runs=f"{settings.runs:,}"))
st.dataframe(comparison_table(view, settings.phases, lang, labels), hide_index=True,
             width="stretch", key="wmf_table")
st.plotly_chart(min_trust_figure(view["orders"], settings.trust, settings.phases, lang),
                key="wmf_fig_min_trust")
st.header(t("wmf.sequence"))
st.plotly_chart(sequence_figure(view["moves"], list(ORDERS), settings.phases, lang, labels),
                key="wmf_fig_sequence")
show_maps(agreement, settings, lang)
st.header(t("wmf.montecarlo"))
st.caption(t("wmf.mc_caption", runs=f"{settings.runs:,}", seed=st.session_state["wmf_seed"],
             hostile=f"{settings.hostile:.2f}"))
st.plotly_chart(outcomes_figure(view["outcomes"], settings.phases, settings.runs, lang),
                key="wmf_fig_outcomes")
st.download_button(t("wmf.download"), view["stages"].to_csv(index=False),
                   file_name=f"sequencing_{agreement.id}.csv", mime="text/csv",
                   key="wmf_download")
st.header(t("wmf.why"))
st.markdown(t("wmf.why_text"))
