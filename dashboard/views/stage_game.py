"""Stage-game explorer: pick a game, edit its payoffs, read its equilibria and thresholds.

A link to the page carries the game (source, classic game, preset or scenario), its
parameters, the trustworthy temptation and — when the payoff table has been edited — the
whole table as ``cells=``: rows separated by ``;``, cells by ``,``, each cell the row
player's and the column player's payoff joined by ``_`` (``cells=3_3,0_5;5_0,1_1``), in
shortest round-trip form. A table from a link is put back only onto a game of its shape,
and only with numbers within ±1000 (the payoff range of a scenario file, which the editor
also keeps to); otherwise the link's table is named in a warning and the game's own table
is used. A table whose text would exceed the 200 characters a link value may hold (only
numbers with many decimals get there) is left out of the link.

The scenario download is the game on screen: the chosen scenario's texts (or short
texts for a classic or US–DPRK game) with the widgets' parameters, or an explicit
``table`` game once the payoffs have been edited. The trustworthy temptation is an
option of the analysis, not part of a game, so the file does not carry it.
"""

from __future__ import annotations

import hashlib
import math
from typing import Any

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from dashboard.cached.games import (
    frame_payoffs,
    payoff_frame,
    seed_game,
    stage_game_debrief,
    stage_game_report,
)
from dashboard.cached.scenarios import scenarios_of_kind
from dashboard.debrief import render as render_debrief
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
from dashboard.i18n import LANGS, current_lang, t, tr
from dashboard.layout import controls
from dashboard.results import Results
from dashboard.share import MAX_TEXT, Field, current_link, publish, restore
from sim.errors import InputError
from sim.games import CLASSIC_DEFAULTS, USDPRK_PRESETS
from sim.games.params import CLASSIC_NAMES
from sim.io import describe_validation_error
from sim.scenario import StageGameScenario

PAGE = "stage-game"
SOURCES = ("classic", "us_dprk", "scenario")
US_PARAMS = ("restraint_value", "aid_cost", "test_cost", "engagement_cost", "pressure_cost",
             "leverage_value", "war_risk_us")
KP_PARAMS = ("aid_value", "sanction_cost", "test_gain", "test_risk", "defiance_value",
             "war_risk_dprk")
#: Payoffs a scenario file allows (``sim.games.params.Payoff``); the editor keeps to them.
PAYOFF_RANGE = (-1000.0, 1000.0)
#: The link's table, once checked: (game it belongs to, row payoffs, column payoffs).
CELLS_BASE = "_sg_cells_base"

Table = tuple[tuple[float, ...], ...]


def shared_fields(library: dict[str, Any]) -> tuple[list[Field], list[Field]]:
    """What a link carries: the pickers first (they load other values), then the rest."""
    first = [Field("sg_source", "choice", options=SOURCES),
             Field("sg_classic", "choice", options=CLASSIC_NAMES),
             Field("sg_preset", "choice", options=list(USDPRK_PRESETS)),
             Field("sg_scenario", "choice", options=list(library))]
    rest = [*(Field(f"sg_{k}", "float", *PAYOFF_RANGE) for k in "TRPS"),
            *(Field(f"sg_p_{n}", "float", 0.0, 100.0) for n in (*US_PARAMS, *KP_PARAMS)),
            Field("sg_p_enmity", "float", 0.0, 1.0),
            Field("sg_trust_temptation", "float", -1e6, 1e6),
            Field("sg_cells", "text")]
    return first, rest


def init_state() -> None:
    """UI state, initialised in one place and written back on every run.

    Writing the values back keeps those of widgets not drawn in this run (the US–DPRK
    sliders while a classic game is shown, for instance).
    """
    defaults: dict[str, Any] = {"sg_source": "classic", "sg_classic": "prisoners_dilemma",
                                "sg_preset": "mutual_distrust"}
    defaults |= _classic_values("prisoners_dilemma") | _preset_values("mutual_distrust")
    state = st.session_state
    for key, value in defaults.items():
        state[key] = state.get(key, value)


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
    if source == "classic":
        return tr(f"sg.type.{spec['name']}", lang)
    return tr("sg.source.us_dprk", lang)


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


def show_equilibria(report: dict[str, Any], lang: str, results: Results) -> None:
    st.subheader(t("sg.eq.header"))
    st.info(equilibrium_note(report, lang))
    table = pd.DataFrame(equilibrium_rows(report, lang))
    st.dataframe(table, hide_index=True, width="stretch", key="sg_equilibria")
    results.table(t("sg.eq.header"), table)
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


def show_thresholds(report: dict[str, Any], lang: str, results: Results) -> None:
    st.subheader(t("sg.thr.header"))
    table = pd.DataFrame(threshold_rows(report, lang))
    st.dataframe(table, hide_index=True, width="stretch", key="sg_thresholds")
    results.table(t("sg.thr.header"), table)
    for warning in report["warnings"]:
        st.warning(t(f"sg.warn.{warning['key']}", player=player_name(warning["player"], lang)))
    st.subheader(t("sg.explain.header"))
    for paragraph in explanation(report, lang):
        st.markdown(paragraph)


# -- the payoff table and its link ---------------------------------------------------------


def _digest(seed: dict[str, Any]) -> str:
    return hashlib.sha1(repr(sorted(seed.items())).encode()).hexdigest()[:12]


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def encode_cells(row: Table, column: Table) -> str | None:
    """The table as a link value (None if a payoff is missing or the text is too long)."""
    values = [v for line in (*row, *column) for v in line]
    if not all(math.isfinite(v) for v in values):
        return None
    text = ";".join(",".join(f"{_number_text(a)}_{_number_text(b)}"
                             for a, b in zip(r, c, strict=True))
                    for r, c in zip(row, column, strict=True))
    return text if len(text) <= MAX_TEXT else None


def decode_cells(text: str, rows: int, columns: int) -> tuple[Table, Table]:
    """(row payoffs, column payoffs) of a link's table; ``ValueError`` saying what is allowed."""
    allowed = t("sg.cells.allowed", rows=rows, columns=columns, low=f"{PAYOFF_RANGE[0]:g}",
                high=f"{PAYOFF_RANGE[1]:g}")
    lines = text.split(";")
    if len(lines) != rows:
        raise ValueError(allowed)
    row: list[tuple[float, ...]] = []
    column: list[tuple[float, ...]] = []
    for line in lines:
        cells = line.split(",")
        if len(cells) != columns or any(cell.count("_") != 1 for cell in cells):
            raise ValueError(allowed)
        try:
            pairs = [tuple(float(x) for x in cell.split("_")) for cell in cells]
        except ValueError:
            raise ValueError(allowed) from None
        if not all(math.isfinite(v) and PAYOFF_RANGE[0] <= v <= PAYOFF_RANGE[1]
                   for pair in pairs for v in pair):
            raise ValueError(allowed)
        row.append(tuple(a for a, _ in pairs))
        column.append(tuple(b for _, b in pairs))
    return tuple(row), tuple(column)


def restore_cells(raw: dict[str, Any], text: str | None) -> None:
    """Check a link's table against the game on screen and keep it as the editor's start."""
    if text is None:
        return
    try:
        row, column = decode_cells(text, len(raw["row_actions"]), len(raw["column_actions"]))
    except ValueError as exc:
        value = text if len(text) <= 40 else text[:39] + "…"
        st.warning(t("share.warning") + "\n\n- "
                   + t("share.ignored", name="cells", value=value, allowed=str(exc)),
                   icon=":material/link_off:")
        st.session_state.pop(CELLS_BASE, None)
        return
    st.session_state[CELLS_BASE] = (_digest(raw), row, column)


def edited_payoffs(raw: dict[str, Any], seed: dict[str, Any], lang: str) -> tuple[Table, Table]:
    """The editable bimatrix; a new game starts a fresh table (the link's, if it has one).

    The editor's key changes with the table it starts from, so a new game resets it. The
    table in effect goes to ``sg_cells`` for the link when it differs from the game's own.
    """
    state = st.session_state
    base = seed
    kept = state.get(CELLS_BASE)
    if kept is not None and kept[0] == _digest(raw):
        base = {**seed, "row_payoffs": kept[1], "column_payoffs": kept[2]}
    elif kept is not None:
        state.pop(CELLS_BASE)
    row_name, column_name = (player_name(p, lang) for p in seed["players"])
    st.caption(t("sg.editor.help", row=row_name, column=column_name))
    start = payoff_frame(base)
    number = st.column_config.NumberColumn
    frame = st.data_editor(
        start, key=f"sg_editor_{_digest(base)}", width="stretch",
        column_config={name: number(min_value=PAYOFF_RANGE[0], max_value=PAYOFF_RANGE[1])
                       for name in start.columns})
    row, column = frame_payoffs(frame, base)
    same = (row, column) == (seed["row_payoffs"], seed["column_payoffs"])
    state["sg_cells"] = None if same else encode_cells(row, column)
    return row, column


# -- downloads -----------------------------------------------------------------------------


def equilibria_csv(report: dict[str, Any]) -> pd.DataFrame:
    """One row per equilibrium: both strategies, both expected payoffs, what dominates it."""
    players = report["players"]
    return pd.DataFrame([{
        "equilibrium": number, "kind": e["kind"],
        "row_player": players["row"], "row_strategy": mix_text(e["row"]),
        "column_player": players["column"], "column_strategy": mix_text(e["column"]),
        "row_payoff": e["payoffs"]["row"], "column_payoff": e["payoffs"]["column"],
        "pareto_dominated_by": "; ".join(f"({r}, {c})" for r, c in e["pareto_dominated_by"]),
    } for number, e in enumerate(report["equilibria"], start=1)])


def as_scenario(source: str, spec: dict[str, Any], scenario: Any, raw: dict[str, Any],
                payoffs: tuple[Table, Table]) -> StageGameScenario:
    """The game on screen as a scenario file (raises ``ValidationError`` if it cannot be one)."""
    parameters: dict[str, Any] = dict(spec)
    if payoffs != (raw["row_payoffs"], raw["column_payoffs"]):
        parameters = {"game": "table", "row_player": raw["players"][0],
                      "column_player": raw["players"][1], "row_actions": raw["row_actions"],
                      "column_actions": raw["column_actions"], "row_payoffs": payoffs[0],
                      "column_payoffs": payoffs[1]}
    if scenario is not None:
        return StageGameScenario.model_validate({**scenario.model_dump(), "parameters": parameters})

    def texts(key: str) -> dict[str, str]:
        return {lang: tr(key, lang) for lang in LANGS}

    return StageGameScenario.model_validate({
        "id": f"custom_{source}_game", "kind": "stage_game", "era": "classroom",
        "title": {lang: game_title(source, spec, None, lang) for lang in LANGS},
        "description": texts("sg.yaml.description"),
        "references": [{"kind": "literature", "title": "Rapoport, A. and Guyer, M. (1966). "
                        "A taxonomy of 2×2 games. General Systems 11, 203–214"}],
        "teaching_notes": texts("sg.yaml.notes"), "questions": [texts("sg.yaml.question")],
        "parameters": parameters})


def active_fields(source: str, fields: list[Field]) -> list[Field]:
    """The fields of the game on screen: a link carries these, the report lists them."""
    own = {"classic": ("sg_classic", "sg_T", "sg_R", "sg_P", "sg_S"),
           "us_dprk": ("sg_preset", *(f"sg_p_{n}" for n in (*US_PARAMS, *KP_PARAMS, "enmity"))),
           "scenario": ("sg_scenario",)}[source]
    keys = ("sg_source", *own, "sg_trust_temptation", "sg_cells")
    return [f for f in fields if f.key in keys]


lang = current_lang()
library = scenarios_of_kind("stage_game")
init_state()
first_fields, other_fields = shared_fields(library)
fields = [*first_fields, *other_fields]
picked = restore(PAGE, first_fields)
if "sg_classic" in picked:
    load_classic()
if "sg_preset" in picked:
    load_preset()
linked = restore(PAGE, other_fields)
st.title(t("sg.title"))
st.markdown(t("sg.intro"))
left, right = st.columns([2, 3], gap="large")
with left, controls():
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
        raw = seed_game(spec, game_title(source, spec, scenario, "en"))
        seed = localised_actions({**raw, "name": game_title(source, spec, scenario, lang)}, lang)
        restore_cells(raw, linked.get("sg_cells"))
        st.markdown(f"**{t('sg.editor')}**")
        row_payoffs, column_payoffs = edited_payoffs(raw, seed, lang)
        trust_temptation = st.number_input(t("sg.trust_temptation"), value=None, step=1.0,
                                           key="sg_trust_temptation",
                                           help=t("sg.trust_temptation.help"))
        game_args = (seed["name"], seed["players"], seed["row_actions"], seed["column_actions"],
                     row_payoffs, column_payoffs, trust_temptation)
        report = stage_game_report(*game_args)
    except InputError as exc:
        st.error(t("error.bad_input", message=str(exc)))
        publish(PAGE, active_fields(source, fields))
        st.stop()
results = Results(PAGE, t("sg.title"), lang)
with right:
    kind, detail = type_text(report, lang)
    st.markdown(f"**{t('sg.type.header')}:** {kind}")
    if detail:
        st.caption(detail)
    results.chart(bimatrix_heatmap(report, lang), "sg_heatmap")
    show_equilibria(report, lang, results)
show_dominance(report, lang)
show_thresholds(report, lang, results)
# Debrief of the game on screen (rules in sim/debrief_game.py, words in dashboard/debrief.py)
results.debrief(render_debrief(stage_game_debrief(*game_args), lang))
shown = active_fields(source, fields)
publish(PAGE, shown)
try:
    file: StageGameScenario | None = as_scenario(source, spec, scenario, raw,
                                                 (row_payoffs, column_payoffs))
except ValidationError as exc:
    file = None
    st.caption(t("sg.yaml_unavailable", message=describe_validation_error(exc)))
results.downloads(equilibria_csv(report), f"stage_game_{file.id if file else source}", file,
                  {f.url_name(): st.session_state[f.key] for f in shown
                   if st.session_state.get(f.key) is not None}, current_link())
if scenario is not None:
    show_scenario_notes(scenario, lang)
