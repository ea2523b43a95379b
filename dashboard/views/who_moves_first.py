"""Who moves first: orders of an agreement's steps, the trust each needs, and how they end.

A link to the page carries the preset, the agreement, every setting (trust, phases,
verification, patience, duration, enforcement, the Monte Carlo's types, false alarms,
runs and seed), the order shown on the maps and — once the step table has been edited —
the table itself, one link value per row: ``step1=freeze~KP~10~25~0.6~0.5~1`` (name,
mover, cost, value, verification, reversibility, phase, joined by ``~``; an empty field
takes the library's default). A table from a link is checked like a typed one and put back
only onto the preset and agreement it was made for; a table that fails the check is named in
a warning and the preset's own steps are used. Rows beyond the 40 steps a scenario file
allows are not carried.

The scenario download is the analysis on screen: the chosen scenario's texts (or short
texts for a custom agreement) with the steps as they stand in the table, every number
written out, and the widgets' settings; the order shown on the maps becomes its ``order``.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from dashboard.cached.scenarios import scenarios_of_kind
from dashboard.cached.sequencing import analysis_view, maps_view, sequencing_debrief
from dashboard.debrief import render as render_debrief
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
from dashboard.i18n import LANGS, current_lang, t, tr
from dashboard.layout import controls
from dashboard.results import Results
from dashboard.share import Field, current_link, publish, restore
from sim.errors import InputError
from sim.io import describe_validation_error
from sim.scenario import SequencingScenario
from sim.sequencing import LIBRARY, ORDERS, Agreement, Settings, agreement_from_rows
from sim.sequencing.agreement import resolve_agreement

PAGE = "who-moves-first"
CUSTOM = "custom"
COLUMNS = ("name", "mover", "cost", "value", "verification", "reversibility", "phase")
RUNS = (200, 500, 1000, 2000, 5000)
#: Steps a scenario file allows in one agreement, and so rows a link carries.
MAX_STEPS = 40
#: The link's step table, once checked: (editor it belongs to, rows).
STEPS_BASE = "_wmf_steps_base"
STARTER = (("freeze", 1), ("energy_aid", 1), ("declaration", 2), ("sanctions_relief", 2),
           ("dismantlement", 3), ("security_guarantee", 3))
DEFAULTS: dict[str, Any] = {
    "wmf_agreement": None, "wmf_trust": 0.5, "wmf_phases": 4, "wmf_uniform": False,
    "wmf_verification": 0.8, "wmf_discount": 0.9, "wmf_duration": 3.0, "wmf_enforcement": 1.0,
    "wmf_believed": True, "wmf_hostile": 0.5, "wmf_false_alarm": 0.0, "wmf_runs": 1000,
    "wmf_seed": 0, "wmf_map_order": "action_for_action",
}


def shared_fields(library: dict[str, Any]) -> tuple[Field, Field, list[Field]]:
    """What a link carries: the preset, then its agreement, then every other setting."""
    def agreements() -> list[str]:
        scenario = library.get(st.session_state.get("wmf_preset", ""))
        return [a.id for a in scenario.parameters.agreements] if scenario is not None else []

    rest = [
        Field("wmf_trust", "float", 0.0, 1.0), Field("wmf_phases", "int", 1, 100),
        Field("wmf_enforcement", "float", 0.0, 1.0), Field("wmf_uniform", "bool"),
        Field("wmf_verification", "float", 0.0, 1.0), Field("wmf_discount", "float", 0.5, 1.0),
        Field("wmf_duration", "float", 0.0, 15.0), Field("wmf_believed", "bool"),
        Field("wmf_hostile", "float", 0.0, 1.0), Field("wmf_false_alarm", "float", 0.0, 0.5),
        Field("wmf_runs", "choice", options=[str(r) for r in RUNS]),
        Field("wmf_seed", "int", 0, 2**31 - 1),
        Field("wmf_map_order", "choice", options=list(ORDERS)),
        *(Field(f"wmf_step_{i}", "text", name=f"step{i}") for i in range(1, MAX_STEPS + 1)),
    ]
    return (Field("wmf_preset", "choice", options=[*library, CUSTOM]),
            Field("wmf_agreement", "choice", options=agreements), rest)


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


# -- the step table and its link -----------------------------------------------------------


def _number_text(value: Any) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)


def _missing(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def encode_step(row: dict[str, Any]) -> str:
    """One table row as a link value: its fields joined by ``~``, empty where missing."""
    parts = []
    for column in COLUMNS:
        value = row.get(column)
        if _missing(value):
            parts.append("")
        elif column in ("name", "mover"):
            parts.append(str(value))
        else:
            parts.append(_number_text(value))
    return "~".join(parts)


def decode_step(text: str) -> dict[str, Any]:
    """A table row from its link value; ``ValueError`` saying what is allowed."""
    parts = text.split("~")
    if len(parts) != len(COLUMNS):
        raise ValueError(t("wmf.steps.allowed"))
    row: dict[str, Any] = {}
    for column, part in zip(COLUMNS, parts, strict=True):
        if part == "":
            row[column] = None
        elif column in ("name", "mover"):
            row[column] = part
        else:
            try:
                row[column] = float(part) if column != "phase" else int(part)
            except ValueError:
                raise ValueError(t("wmf.steps.allowed")) from None
    return row


def base_rows(base: Agreement) -> list[dict[str, Any]]:
    return [{c: getattr(s, c) for c in COLUMNS} for s in base.steps]


def editor_key(base: Agreement) -> str:
    return f"wmf_steps_{st.session_state['wmf_preset']}_{base.id}"


def restore_steps(linked: dict[str, Any], base: Agreement) -> None:
    """Check a link's step table and keep it as the editor's start (or warn and drop it)."""
    given = {i: linked[f"wmf_step_{i}"] for i in range(1, MAX_STEPS + 1)
             if f"wmf_step_{i}" in linked}
    if not given:
        return
    count = max(given)
    try:
        if sorted(given) != list(range(1, count + 1)):
            raise ValueError(t("wmf.steps.gap", count=count))
        rows = [decode_step(given[i]) for i in range(1, count + 1)]
        agreement_from_rows(rows, agreement_id=base.id)
    except (ValueError, InputError) as exc:
        shown = "~".join(str(v) for v in given.values())
        value = shown if len(shown) <= 40 else shown[:39] + "…"
        st.warning(t("share.warning") + "\n\n- "
                   + t("share.ignored", name=f"step1…step{count}", value=value, allowed=str(exc)),
                   icon=":material/link_off:")
        return
    st.session_state[STEPS_BASE] = (editor_key(base), rows)


def edit_steps(base: Agreement) -> list[dict[str, Any]]:
    """The keyed table of steps; a new preset or agreement starts a fresh table.

    The table in effect goes to the ``wmf_step_<i>`` link values when it differs from the
    agreement's own steps.
    """
    state = st.session_state
    st.subheader(t("wmf.steps"))
    st.caption(t("wmf.steps_help", names=", ".join(LIBRARY)))
    key, start = editor_key(base), base_rows(base)
    kept = state.get(STEPS_BASE)
    if kept is not None and kept[0] == key:
        start = kept[1]
        key += "_" + hashlib.sha1(repr(start).encode()).hexdigest()[:12]
    elif kept is not None:
        state.pop(STEPS_BASE)
    number = st.column_config.NumberColumn
    edited = st.data_editor(
        pd.DataFrame(start, columns=list(COLUMNS)), num_rows="dynamic", hide_index=True,
        width="stretch", key=key,
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
    rows: list[dict[str, Any]] = edited.to_dict("records")
    now = [encode_step(r) for r in rows if not all(_missing(v) for v in r.values())]
    own = [encode_step(r) for r in base_rows(base)]
    carried = now if now != own and len(now) <= MAX_STEPS else []
    for i in range(1, MAX_STEPS + 1):
        state[f"wmf_step_{i}"] = carried[i - 1] if i <= len(carried) else None
    return rows


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


def show_maps(agreement: Agreement, settings: Settings, results: Results) -> str:
    """The two feasibility maps; returns the order they show (the debrief's focus)."""
    lang = results.lang
    st.header(t("wmf.maps"))
    with controls():
        st.selectbox(t("wmf.map_order"), list(ORDERS), key="wmf_map_order",
                     format_func=lambda o: order_label(o, lang, settings.phases))
    order: str = st.session_state["wmf_map_order"]
    maps = maps_view(agreement, settings, order)
    st.caption(t("wmf.maps_caption"))
    left, right = st.columns(2)
    results.chart(trust_phase_figure(maps["phases"], maps["trust"], maps["holds"],
                                     maps["phase_min_trust"], settings.trust,
                                     settings.phases, lang), "wmf_fig_tp", left)
    now = ((settings.verification, settings.discount) if settings.verification is not None
           else None)
    results.chart(verification_patience_figure(
        maps["verification"], maps["discount"], maps["min_trust"], settings.trust, order, lang,
        now=now, phases=settings.phases), "wmf_fig_vp", right)
    return order


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


# -- downloads -----------------------------------------------------------------------------


def stages_csv(view: dict[str, Any]) -> pd.DataFrame:
    """Every stage of every order, with the order's Monte Carlo outcome shares beside it."""
    shares = (view["outcomes"].pivot(index="order", columns="outcome", values="share")
              .add_prefix("share_").reset_index())
    frame: pd.DataFrame = view["stages"].merge(shares, on="order", how="left")
    return frame


def step_spec(step: Any, base: Agreement) -> dict[str, Any]:
    """A step with every number written out (and its label, if the preset gave one)."""
    spec = {c: getattr(step, c) for c in COLUMNS}
    own = next((s for s in base.steps if s.name == step.name), None)
    if own is not None and own.label_en and own.label_zh:
        spec["label"] = {"en": own.label_en, "zh": own.label_zh}
    return spec


def as_scenario(scenario: Any, base: Agreement, agreement: Agreement, settings: Settings,
                order: str) -> SequencingScenario:
    """The analysis on screen as a scenario file (raises ``ValidationError`` if it cannot be)."""
    steps = [step_spec(s, base) for s in agreement.steps]

    def texts(key: str) -> dict[str, str]:
        return {lang: tr(key, lang) for lang in LANGS}

    if scenario is not None:
        agreements = [{**a.model_dump(), "steps": steps} if a.id == base.id else a.model_dump()
                      for a in scenario.parameters.agreements]
    else:
        agreements = [{"id": agreement.id, "title": texts("wmf.yaml.title"), "steps": steps}]
    parameters = {
        "agreements": agreements, "order": order, "phases": settings.phases,
        "trust": settings.trust, "verification": settings.verification,
        "discount": settings.discount, "duration": settings.duration,
        "enforcement": settings.enforcement, "hostile_share": settings.hostile_share,
        "false_alarm": settings.false_alarm, "runs": settings.runs}
    if scenario is not None:
        return SequencingScenario.model_validate({**scenario.model_dump(), "parameters": parameters})
    return SequencingScenario.model_validate({
        "id": "custom_agreement", "kind": "sequencing", "era": "classroom",
        "title": texts("wmf.yaml.title"), "description": texts("wmf.yaml.description"),
        "references": [{"kind": "literature", "title": "Kydd, A. H. (2005). Trust and Mistrust "
                        "in International Relations. Princeton University Press"}],
        "teaching_notes": texts("wmf.yaml.notes"), "questions": [texts("wmf.yaml.question")],
        "parameters": parameters})


lang = current_lang()
library = scenarios_of_kind("sequencing")
init_state(library)
preset_field, agreement_field, other_fields = shared_fields(library)
if restore(PAGE, [preset_field]):
    load_preset(library)
restore(PAGE, [agreement_field])
linked = restore(PAGE, other_fields)
if "wmf_runs" in linked:
    st.session_state["wmf_runs"] = int(linked["wmf_runs"])
st.title(t("wmf.title"))
st.markdown(t("wmf.intro"))
with controls():
    scenario, base = pick_base(library, lang)
fields = [preset_field, *([agreement_field] if scenario is not None else []), *other_fields]
if scenario is not None:
    show_notes(scenario, lang)
labels = {s.name: s.label(lang) for s in base.steps if s.label(lang) != s.name}
restore_steps(linked, base)
with controls():
    rows = edit_steps(base)
    settings_widgets()
    try:
        agreement = agreement_from_rows(rows, agreement_id=base.id)
        settings = current_settings()
    except InputError as exc:
        st.error(t("error.bad_input", message=str(exc)))
        publish(PAGE, fields)
        st.stop()

results = Results(PAGE, t("wmf.title"), lang)
seed = int(st.session_state["wmf_seed"])
view = analysis_view(agreement, settings, seed)
st.header(t("wmf.compare"))
st.caption(t("wmf.compare_caption", trust=f"{settings.trust:.2f}", runs=f"{settings.runs:,}"))
comparison = comparison_table(view, settings.phases, lang, labels)
st.dataframe(comparison, hide_index=True, width="stretch", key="wmf_table")
results.table(t("wmf.compare"), comparison)
results.chart(min_trust_figure(view["orders"], settings.trust, settings.phases, lang),
              "wmf_fig_min_trust")
st.header(t("wmf.sequence"))
results.chart(sequence_figure(view["moves"], list(ORDERS), settings.phases, lang, labels),
              "wmf_fig_sequence")
focus = show_maps(agreement, settings, results)
st.header(t("wmf.montecarlo"))
st.caption(t("wmf.mc_caption", runs=f"{settings.runs:,}", seed=seed,
             hostile=f"{settings.hostile:.2f}"))
results.chart(outcomes_figure(view["outcomes"], settings.phases, settings.runs, lang),
              "wmf_fig_outcomes")
# Debrief of the order on the maps (rules in sim/debrief_sequencing.py, words in dashboard/debrief.py)
results.debrief(render_debrief(sequencing_debrief(agreement, settings, seed, focus), lang))
st.header(t("wmf.why"))
st.markdown(t("wmf.why_text"))
publish(PAGE, fields)
try:
    file: SequencingScenario | None = as_scenario(scenario, base, agreement, settings, focus)
except ValidationError as exc:
    file = None
    st.caption(t("wmf.yaml_unavailable", message=describe_validation_error(exc)))
results.downloads(stages_csv(view), f"sequencing_{agreement.id}_seed{seed}", file,
                  {f.url_name(): st.session_state[f.key] for f in fields
                   if st.session_state.get(f.key) is not None}, current_link())
