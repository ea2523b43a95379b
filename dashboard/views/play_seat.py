"""Play a seat: a student takes the US or the DPRK and plays round by round against the model.

The session keeps only UI state: the settings' widgets and the list of the student's
moves (``ps_moves``). Every rerun recomputes the match from the seed and those moves
(:mod:`sim.seat`, prefix-stable), so earlier rounds never change and a class can replay a
game from its seed and moves.

**Links.** The address bar carries the setup (seat, scenario, opponent, noise,
misperception, rounds, seed, and the payoffs of a custom game) and the moves so far as
``moves=CCDC``. Opening the link in a fresh session replays the same game to the same
round — this is how a student hands a game in. A ``moves`` value with letters other than
C and D, or more moves than the game has rounds, is named in a warning and left out.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st
from pydantic import ValidationError

from dashboard.cached.play_seat import classics_view, seat_debrief, seat_view
from dashboard.cached.scenarios import scenarios_of_kind
from dashboard.debrief import action_label, render
from dashboard.figures.play_seat import comparison_figure, seat_moves_figure, seat_trust_figure
from dashboard.figures.repeated import party_label, strategy_label
from dashboard.i18n import LANGS, current_lang, t, tr
from dashboard.layout import controls, settings_box
from dashboard.results import Results
from dashboard.share import Field, current_link, publish, restore
from sim.errors import InputError
from sim.io import describe_validation_error
from sim.repeated import REGISTRY
from sim.repeated.params import RepeatedParams
from sim.repeated.run import payoffs_for
from sim.scenario import RepeatedScenario

PAGE = "play"
CUSTOM = "custom"
SEATS = ("US", "KP")
ROUNDS = (5, 30)
PAYOFF_DEFAULTS = {"T": 5.0, "R": 3.0, "P": 1.0, "S": 0.0}
#: The stage game's payoff bound (``sim/games/params.py``): a link beyond it is refused.
PAYOFF_LIMIT = 1000.0
#: The moves so far travel as ``moves=CCDC``; restored into this key, then checked.
MOVES_FIELD = Field("ps_link_moves", "text", name="moves")
DEFAULTS: dict[str, Any] = {
    "ps_seat": "US", "ps_opponent": "tit_for_tat", "ps_noise": 0.05, "ps_mis": 0.0,
    "ps_rounds": 12, "ps_seed": 0, **{f"ps_{k}": v for k, v in PAYOFF_DEFAULTS.items()},
}


def init_state(library: dict[str, Any]) -> None:
    """UI state, initialised in one place.

    Streamlit forgets a widget's value while another page is shown, but the moves survive;
    so the settings are also kept under ``ps_saved`` (not a widget key) and restored from
    there, and a game left half-way resumes with the settings it was started with.
    """
    state = st.session_state
    saved = state.get("ps_saved", {})
    for key, value in DEFAULTS.items():
        state[key] = state.get(key, saved.get(key, value))
    state["ps_moves"] = list(state.get("ps_moves", []))
    if "ps_scenario" not in state:
        state["ps_scenario"] = saved.get("ps_scenario", "echo_effect" if "echo_effect" in library
                                         else CUSTOM)
        if "ps_scenario" not in saved:
            load_scenario(library)


def save_settings() -> None:
    """Keep the settings under a key Streamlit does not clear (see :func:`init_state`)."""
    state = st.session_state
    state["ps_saved"] = {key: state[key] for key in (*DEFAULTS, "ps_scenario")}


def other_seat(seat: str) -> str:
    return "KP" if seat == "US" else "US"


def scenario_opponent(library: dict[str, Any]) -> str:
    """The scenario's strategy for the side the student does not play."""
    scenario = library.get(st.session_state["ps_scenario"])
    if scenario is None:
        return "tit_for_tat"
    p: RepeatedParams = scenario.parameters
    row_player = payoffs_for(p.game).players[0]
    spec = p.column_strategy if st.session_state["ps_seat"] == row_player else p.row_strategy
    return spec.name


def load_scenario(library: dict[str, Any]) -> None:
    """Copy the chosen scenario's noise, misperception, seed and opponent into the widgets."""
    scenario = library.get(st.session_state["ps_scenario"])
    if scenario is not None:
        p: RepeatedParams = scenario.parameters
        st.session_state.update({"ps_noise": p.noise, "ps_mis": p.misperception,
                                 "ps_seed": p.seed})
    st.session_state["ps_opponent"] = scenario_opponent(library)


def seat_changed(library: dict[str, Any]) -> None:
    """A new seat faces the scenario's strategy for the other side."""
    st.session_state["ps_opponent"] = scenario_opponent(library)


def opponent_options(seat: str) -> list[str]:
    """Strategies that may play the other side (any side, or that side's own postures)."""
    other = other_seat(seat)
    names = [n for n, cls in REGISTRY.items() if cls.side in ("any", other)]
    current = st.session_state["ps_opponent"]
    return names if current in names else [current, *names]


def allowed_opponents(library: dict[str, Any]) -> list[str]:
    """The strategies a link may name for the other side of the seat now chosen."""
    other = other_seat(st.session_state["ps_seat"])
    names = [n for n, cls in REGISTRY.items() if cls.side in ("any", other)]
    own = scenario_opponent(library)
    return names if own in names else [own, *names]


def shared_fields(library: dict[str, Any]) -> tuple[list[Field], list[Field]]:
    """What a link carries: seat and scenario first (they set the rest), then the setup."""
    first = [Field("ps_seat", "choice", options=SEATS),
             Field("ps_scenario", "choice", options=lambda: [*library, CUSTOM])]
    rest = [
        Field("ps_opponent", "choice", options=lambda: allowed_opponents(library)),
        Field("ps_noise", "float", 0.0, 0.5), Field("ps_mis", "float", 0.0, 0.5),
        Field("ps_rounds", "int", *ROUNDS), Field("ps_seed", "int", 0, 2**31 - 1),
        *(Field(f"ps_{k}", "float", -PAYOFF_LIMIT, PAYOFF_LIMIT) for k in PAYOFF_DEFAULTS),
    ]
    return first, rest


def restore_link(library: dict[str, Any]) -> None:
    """On the page's first run, take the setup and the moves from the link (if any)."""
    first, rest = shared_fields(library)
    if restore(PAGE, first):
        load_scenario(library)
    restore(PAGE, rest)
    applied = restore(PAGE, [MOVES_FIELD])
    text = st.session_state.pop(MOVES_FIELD.key, None)
    if MOVES_FIELD.key not in applied or text is None:
        return
    moves = text.strip().upper()
    rounds = int(st.session_state["ps_rounds"])
    if set(moves) - {"C", "D"} or len(moves) > rounds:
        shown = text if len(text) <= 40 else text[:39] + "…"
        problem = t("share.ignored", name=MOVES_FIELD.url_name(), value=shown,
                    allowed=t("play_seat.link.moves_allowed", rounds=rounds))
        st.warning(t("share.warning") + f"\n\n- {problem}", icon=":material/link_off:")
        return
    st.session_state["ps_moves"] = list(moves)


def published_fields(library: dict[str, Any]) -> list[Field]:
    """The fields written to the link: the payoffs only for a custom game."""
    first, rest = shared_fields(library)
    custom = st.session_state["ps_scenario"] == CUSTOM
    return [*first, *(f for f in rest if custom or f.url_name() not in PAYOFF_DEFAULTS)]


def share(library: dict[str, Any], moves: str) -> dict[str, Any]:
    """Write the setup and the moves to the address bar; the settings as the report lists them."""
    fields = published_fields(library)
    publish(PAGE, fields, {MOVES_FIELD.url_name(): moves} if moves else None)
    return {**{f.url_name(): st.session_state.get(f.key) for f in fields},
            MOVES_FIELD.url_name(): moves}


def settings_widgets(library: dict[str, Any], lang: str, locked: bool) -> None:
    with settings_box(t("play_seat.settings"), expanded=not locked):
        setting_inputs(library, lang, locked)


def setting_inputs(library: dict[str, Any], lang: str, locked: bool) -> None:
    left, middle, right = st.columns(3)
    left.radio(t("play_seat.seat"), SEATS, key="ps_seat", horizontal=True, disabled=locked,
               format_func=lambda p: party_label(p, lang), on_change=seat_changed,
               args=(library,))
    middle.selectbox(t("play_seat.scenario"), [*library, CUSTOM], key="ps_scenario",
                     disabled=locked, on_change=load_scenario, args=(library,),
                     format_func=lambda k: t("play_seat.custom") if k == CUSTOM
                     else library[k].title.get(lang))
    right.selectbox(t("play_seat.opponent"), opponent_options(st.session_state["ps_seat"]),
                    key="ps_opponent", disabled=locked,
                    format_func=lambda n: strategy_label(n, lang))
    left.slider(t("play_seat.noise"), 0.0, 0.5, step=0.01, key="ps_noise", disabled=locked)
    middle.slider(t("play_seat.misperception"), 0.0, 0.5, step=0.01, key="ps_mis",
                  disabled=locked)
    right.slider(t("play_seat.rounds"), *ROUNDS, step=1, key="ps_rounds", disabled=locked)
    left.number_input(t("common.seed"), 0, 2**31 - 1, step=1, key="ps_seed", disabled=locked)
    if st.session_state["ps_scenario"] == CUSTOM:
        cells = st.columns(4)
        for cell, letter in zip(cells, "TRPS", strict=True):
            cell.number_input(t(f"play_seat.payoff.{letter}"), step=1.0, key=f"ps_{letter}",
                              disabled=locked)


def custom_game() -> dict[str, Any]:
    """A symmetric 2×2 table from T, R, P, S with the US and DPRK action names."""
    T, R, P, S = (float(st.session_state[f"ps_{k}"]) for k in "TRPS")
    return {"game": "table", "row_player": "US", "column_player": "KP",
            "row_actions": ["engage", "pressure"], "column_actions": ["restrain", "provoke"],
            "row_payoffs": [[R, S], [T, P]], "column_payoffs": [[R, T], [S, P]]}


def game_params(library: dict[str, Any]) -> RepeatedParams:
    """The validated game the widgets describe; the seat's own strategy is a placeholder."""
    s = st.session_state
    base = library.get(s["ps_scenario"])
    p: RepeatedParams | None = base.parameters if base is not None else None
    game = p.game.model_dump(mode="json") if p is not None else custom_game()
    row_player = payoffs_for(p.game).players[0] if p is not None else "US"
    kept: dict[str, float] = {}
    if p is not None:
        spec = p.column_strategy if s["ps_seat"] == row_player else p.row_strategy
        kept = dict(spec.params) if spec.name == s["ps_opponent"] else {}
    opponent = {"name": s["ps_opponent"], "params": kept}
    seat_side = {"name": "tit_for_tat"}
    row, column = (seat_side, opponent) if s["ps_seat"] == row_player else (opponent, seat_side)
    return RepeatedParams.model_validate({
        "game": game, "row_strategy": row, "column_strategy": column,
        "rounds": int(s["ps_rounds"]), "replicates": 1, "noise": s["ps_noise"],
        "misperception": s["ps_mis"], "seed": int(s["ps_seed"]),
        "trust": p.trust.model_dump() if p is not None else {},
        "discount": p.discount if p is not None else 0.98,
    })


def play(move: str) -> None:
    st.session_state["ps_moves"] = [*st.session_state["ps_moves"], move]


def new_game() -> None:
    st.session_state["ps_moves"] = []


def move_label(seat: str, letter: str) -> str:
    return t(f"play_seat.move.{seat}.{letter}")


def move_buttons(seat: str, played: int, rounds: int) -> None:
    st.subheader(t("play_seat.your_move", round=played + 1, rounds=rounds), anchor=False)
    left, right, _ = st.columns([1, 1, 3])
    left.button(move_label(seat, "C"), key="ps_cooperate", on_click=play, args=("C",),
                type="primary", width="stretch")
    right.button(move_label(seat, "D"), key="ps_defect", on_click=play, args=("D",),
                 type="primary", width="stretch")


def side_rows(frame: pd.DataFrame, party: str) -> pd.DataFrame:
    return frame[frame["player"] == party].reset_index(drop=True)


def last_round(view: dict[str, Any], seat: str, lang: str) -> None:
    """What happened in the round just played, as the student saw it."""
    mine = side_rows(view["frame"], seat).iloc[-1]
    other = other_seat(seat)
    wrong = str(mine["intended"]) != str(mine["actual"])
    st.markdown(t(
        "play_seat.last_round", round=int(mine["round"]),
        chosen=action_label(seat, str(mine["intended"]) == "C", lang),
        went_wrong=t("play_seat.went_wrong",
                     actual=action_label(seat, str(mine["actual"]) == "C", lang))
        if wrong else "", other=party_label(other, lang),
        seen=action_label(other, str(mine["observed"]) == "C", lang),
        payoff=float(mine["payoff"])))


def scoreboard(view: dict[str, Any], seat: str, lang: str) -> None:
    side = view["side"]
    frame, other = view["frame"], other_seat(seat)
    name = party_label(other, lang)
    cells = st.columns(4)
    cells[0].metric(t("play_seat.metric.your_total"), f"{view['totals'][side]:g}")
    cells[1].metric(t("play_seat.metric.their_total", party=name),
                    f"{view['totals'][1 - side]:g}")
    cells[2].metric(t("play_seat.metric.your_trust", party=name),
                    f"{side_rows(frame, seat)['trust'].iloc[-1]:.0%}")
    cells[3].metric(t("play_seat.metric.their_trust", party=name),
                    f"{side_rows(frame, other)['trust'].iloc[-1]:.0%}")


def history_table(view: dict[str, Any], seat: str, lang: str) -> pd.DataFrame:
    """The rounds so far, from the student's side: never the other side's actual moves."""
    mine, theirs = side_rows(view["frame"], seat), side_rows(view["frame"], other_seat(seat))
    other = other_seat(seat)
    name = party_label(other, lang)
    return pd.DataFrame({
        t("play_seat.col.round"): mine["round"],
        t("play_seat.col.chosen"): [move_label(seat, str(m)) for m in mine["intended"]],
        t("play_seat.col.came_out"): [move_label(seat, str(m)) for m in mine["actual"]],
        t("play_seat.col.seen", party=name): [move_label(other, str(m)) for m in mine["observed"]],
        t("play_seat.col.your_payoff"): mine["payoff"],
        t("play_seat.col.their_payoff", party=name): theirs["payoff"],
        t("play_seat.col.your_trust"): mine["trust"].round(3),
        t("play_seat.col.their_trust", party=name): theirs["trust"].round(3),
    })


def rounds_csv(view: dict[str, Any], seat: str, finished: bool) -> pd.DataFrame:
    """The rounds played, from the student's side, with plain column names for a spreadsheet.

    The other side's actual moves are added only once the game is over (the page shows
    them then too); during the game the student knows only what was observed.
    """
    other = other_seat(seat)
    mine, theirs = side_rows(view["frame"], seat), side_rows(view["frame"], other)
    frame = pd.DataFrame({
        "round": mine["round"], "seat": seat, "chosen": mine["intended"].astype(str),
        "came_out": mine["actual"].astype(str), "observed_other": mine["observed"].astype(str),
        "payoff": mine["payoff"], "other_payoff": theirs["payoff"],
        "trust": mine["trust"], "other_trust": theirs["trust"],
    })
    if finished:
        frame["other_actual"] = theirs["actual"].astype(str).to_numpy()
    return frame


def as_scenario(library: dict[str, Any], params: RepeatedParams, seat: str) -> RepeatedScenario:
    """The setup as a scenario file: the chosen scenario's texts and own strategy for the seat
    (the student played it), with this game's opponent, noise, misperception, rounds and seed.
    """
    base = library.get(st.session_state["ps_scenario"])
    data = params.model_dump(mode="json")
    if base is not None:
        p: RepeatedParams = base.parameters
        own = "row_strategy" if seat == payoffs_for(p.game).players[0] else "column_strategy"
        data.update({own: getattr(p, own).model_dump(mode="json"), "replicates": p.replicates})
        return RepeatedScenario.model_validate({**base.model_dump(), "parameters": data})
    data.pop("replicates")
    texts = {key: {lang: tr(f"play_seat.yaml.{key}", lang) for lang in LANGS}
             for key in ("title", "description", "notes", "question")}
    return RepeatedScenario.model_validate({
        "id": "custom_seat_game", "kind": "repeated", "era": "classroom",
        "title": texts["title"], "description": texts["description"],
        "references": [{"kind": "literature", "title": "N. Case, The Evolution of Trust (2017)"}],
        "teaching_notes": texts["notes"], "questions": [texts["question"]], "parameters": data})


def game_over(params: RepeatedParams, view: dict[str, Any], seat: str, moves: str,
              results: Results) -> None:
    """The student's score against the classics, the moves as played, and the debrief."""
    lang = results.lang
    side, params_json = view["side"], params.model_dump_json()
    st.success(t("play_seat.finished", you=view["totals"][side], them=view["totals"][1 - side],
                 other=party_label(other_seat(seat), lang), moves=moves, seed=params.seed))
    results.chart(comparison_figure(classics_view(params_json, seat), view["totals"][side],
                                    seat, lang), "ps_fig_compare")
    st.caption(t("play_seat.compare_caption"))
    results.chart(seat_moves_figure(view["frame"], view["players"], lang), "ps_fig_moves")
    results.chart(seat_trust_figure(view["frame"], view["players"], view["prior"], lang),
                  "ps_fig_trust")
    results.debrief(render(seat_debrief(params_json, seat, moves), lang))


def rounds_so_far(view: dict[str, Any], seat: str, finished: bool, results: Results) -> None:
    """Between moves: the last round, the score, trust so far and the rounds played."""
    lang = results.lang
    last_round(view, seat, lang)
    scoreboard(view, seat, lang)
    if not finished:
        results.chart(seat_trust_figure(view["frame"], view["players"], view["prior"], lang),
                      "ps_fig_trust")


lang = current_lang()
library = scenarios_of_kind("repeated")
init_state(library)
restore_link(library)
st.title(t("play_seat.title"))
st.markdown(t("play_seat.intro"))
moves = "".join(st.session_state["ps_moves"])
with controls():
    settings_widgets(library, lang, locked=bool(moves))
save_settings()
if moves:
    st.info(t("play_seat.locked"))
st.button(t("play_seat.new_game"), key="ps_new", on_click=new_game)
seat = st.session_state["ps_seat"]
try:
    params = game_params(library)
    view = seat_view(params.model_dump_json(), seat, moves)
except ValidationError as exc:
    share(library, moves)
    st.error(t("error.bad_input", message=describe_validation_error(exc)))
    st.stop()
except InputError as exc:
    share(library, moves)
    st.error(t("error.bad_input", message=str(exc)))
    st.stop()

results = Results(PAGE, t("play_seat.title"), lang)
finished = len(moves) == params.rounds
if not finished:
    move_buttons(seat, len(moves), params.rounds)
if moves:
    rounds_so_far(view, seat, finished, results)
if finished:
    game_over(params, view, seat, moves, results)
if moves:
    st.subheader(t("play_seat.history"), anchor=False)
    history = history_table(view, seat, lang)
    st.dataframe(history, hide_index=True, width="stretch", key="ps_history")
    results.table(t("play_seat.history"), history)
settings = share(library, moves)
if moves:
    st.caption(t("play_seat.hand_in"))
results.downloads(rounds_csv(view, seat, finished) if moves else None,
                  f"play_seat_{seat}_seed{params.seed}_{len(moves)}rounds",
                  as_scenario(library, params, seat), settings, current_link())
