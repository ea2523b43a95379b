"""Play a party: a student holds one of the six parties' postures, quarter by quarter.

The student picks a party (US, DPRK, South Korea, China, Japan, Russia), a six-party
scenario, the number of quarters to play (from the scenario's start, at most its horizon
and at most :data:`MOST_QUARTERS`) and a seed; then, each quarter, the posture that party
holds. The model plays the other five by the scenario's schedule (:mod:`sim.seat_sixparty`).

The session keeps only UI state: the setup widgets and the postures played
(``pp_postures``). Every rerun replays the game from the seed and those postures (a few
milliseconds; the model's random numbers do not depend on the choices), so earlier
quarters never change and a class can replay a game from its seed and postures.

**Links.** The address bar carries the setup (party, scenario, quarters, seed) and the
postures played as short codes, ``postures=sp,sp,mp`` (the code of each posture is listed
under "What the postures mean"). Opening the link in a fresh session replays the same game
to the same quarter — this is how a student hands a game in. A ``postures`` value with an
unknown code, a code the party cannot hold, or more codes than the game has quarters, and
a ``quarters`` value beyond the scenario's horizon, are named in a warning and left out.

**Downloads.** The CSV has one row per quarter played (posture, what happened, the state
after it, trust); the scenario YAML is the scenario cut to the game's length *with the
student's party's posture schedule replaced by the postures played* (the starting posture
and one ``administration`` event per change; the last posture holds to the horizon) — the
schedule format carries postures, so ``peninsula run`` of that file with ``--runs 1`` and
the game's seed replays the game — or, before any quarter is played, the scenario itself
cut to the game's length; the report has the settings, the link, the tables, the charts
and, at the end, the debrief.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from dashboard.cached.play_sixparty import (
    comparison_view,
    debrief_lines,
    game_params_json,
    game_view,
    setup_view,
)
from dashboard.cached.scenarios import scenarios_of_kind
from dashboard.figures.play_sixparty import (
    comparison_figure,
    events_figure,
    path_label,
    trust_figure,
    world_figure,
)
from dashboard.i18n import LANGS, current_lang, t, tr
from dashboard.layout import controls, settings_box
from dashboard.results import Results
from dashboard.share import Field, current_link, publish, restore
from sim.errors import InputError
from sim.scenario import SixPartyScenario
from sim.seat_sixparty import (
    MIN_QUARTERS,
    POSTURE_CODES,
    allowed_postures,
    counterpart,
    decode_postures,
    encode_postures,
    played_params,
    posture_numbers,
)
from sim.sixparty.params import PARTY_CODES, SixPartyParams

PAGE = "play-party"
DEFAULT_SCENARIO = "leaky_sanctions"
#: Longest game the page offers, and the default length, in quarters.
MOST_QUARTERS = 40
DEFAULT_QUARTERS = 20
SETUP = ("pp_party", "pp_scenario", "pp_quarters", "pp_seed")
#: Values restored from a link into these keys, then checked against the chosen scenario.
QUARTERS_LINK = Field("pp_link_quarters", "int", MIN_QUARTERS, MOST_QUARTERS, name="quarters")
POSTURES_LINK = Field("pp_link_postures", "text", name="postures")


def party_name(code: str) -> str:
    return t(f"party.{code}")


def posture_name(posture: str) -> str:
    return t(f"play_party.posture.{posture}")


def most_quarters(library: dict[str, Any]) -> int:
    """The longest game the chosen scenario allows on this page."""
    params: SixPartyParams = library[st.session_state["pp_scenario"]].parameters
    return min(params.horizon, MOST_QUARTERS)


def init_state(library: dict[str, Any]) -> None:
    """UI state, initialised in one place.

    Streamlit forgets a widget's value while another page is shown, but the postures
    survive; so the setup is also kept under ``pp_saved`` (not a widget key) and restored
    from there, and a game left half-way resumes with the setup it was started with.
    """
    state = st.session_state
    saved = state.get("pp_saved", {})
    state["pp_party"] = state.get("pp_party", saved.get("pp_party", "US"))
    state["pp_seed"] = state.get("pp_seed", saved.get("pp_seed", 0))
    state["pp_postures"] = list(state.get("pp_postures", []))
    scenario = state.get("pp_scenario", saved.get("pp_scenario"))
    if scenario not in library:
        scenario = DEFAULT_SCENARIO if DEFAULT_SCENARIO in library else next(iter(library))
    state["pp_scenario"] = scenario
    quarters = int(state.get("pp_quarters", saved.get("pp_quarters", DEFAULT_QUARTERS)))
    state["pp_quarters"] = max(MIN_QUARTERS, min(quarters, most_quarters(library)))


def save_settings() -> None:
    """Keep the setup under a key Streamlit does not clear (see :func:`init_state`)."""
    st.session_state["pp_saved"] = {key: st.session_state[key] for key in SETUP}


def load_scenario(library: dict[str, Any]) -> None:
    """A new scenario: the default length, or its whole horizon if that is shorter."""
    st.session_state["pp_quarters"] = min(DEFAULT_QUARTERS, most_quarters(library))
    forget_choice()


def forget_choice() -> None:
    """A new party or scenario: the posture offered first is again the scenario's own."""
    st.session_state.pop("pp_next", None)


def setup_fields(library: dict[str, Any]) -> list[Field]:
    """The setup a link carries (and the report lists)."""
    return [Field("pp_party", "choice", options=PARTY_CODES),
            Field("pp_scenario", "choice", options=lambda: list(library)),
            Field("pp_quarters", "int", MIN_QUARTERS, MOST_QUARTERS, name="quarters"),
            Field("pp_seed", "int", 0, 2**31 - 1)]


def link_warning(name: str, text: str, allowed: str) -> None:
    shown = text if len(text) <= 40 else text[:39] + "…"
    problem = t("share.ignored", name=name, value=shown, allowed=allowed)
    st.warning(t("share.warning") + f"\n\n- {problem}", icon=":material/link_off:")


def restore_link(library: dict[str, Any]) -> None:
    """On the page's first run, take the setup and the postures from the link (if any)."""
    party, scenario, _, seed = setup_fields(library)
    if "pp_scenario" in restore(PAGE, [party, scenario]):
        load_scenario(library)
    restore(PAGE, [seed])
    applied = restore(PAGE, [QUARTERS_LINK])
    quarters = st.session_state.pop(QUARTERS_LINK.key, None)
    if QUARTERS_LINK.key in applied and quarters is not None:
        most = most_quarters(library)
        if int(quarters) <= most:
            st.session_state["pp_quarters"] = int(quarters)
        else:
            link_warning(QUARTERS_LINK.url_name(), str(quarters),
                         t("play_party.link.quarters_allowed", low=MIN_QUARTERS, high=most))
    applied = restore(PAGE, [POSTURES_LINK])
    text = st.session_state.pop(POSTURES_LINK.key, None)
    if POSTURES_LINK.key not in applied or text is None:
        return
    party_code, length = st.session_state["pp_party"], int(st.session_state["pp_quarters"])
    try:
        st.session_state["pp_postures"] = decode_postures(text, party_code, length)
    except InputError:
        codes = ", ".join(POSTURE_CODES[p] for p in allowed_postures(party_code))
        link_warning(POSTURES_LINK.url_name(), text,
                     t("play_party.link.allowed", quarters=length, codes=codes))


def settings_widgets(library: dict[str, Any], lang: str, locked: bool) -> None:
    with settings_box(t("play_party.settings"), expanded=not locked):
        setting_inputs(library, lang, locked)


def setting_inputs(library: dict[str, Any], lang: str, locked: bool) -> None:
    left, middle, right = st.columns([2, 3, 2])
    left.selectbox(t("play_party.party"), PARTY_CODES, key="pp_party", disabled=locked,
                   format_func=lambda code: tr(f"party.{code}", lang), on_change=forget_choice)
    middle.selectbox(t("play_party.scenario"), list(library), key="pp_scenario",
                     disabled=locked, on_change=load_scenario, args=(library,),
                     format_func=lambda k: library[k].title.get(lang))
    most = most_quarters(library)
    right.number_input(t("play_party.quarters"), MIN_QUARTERS, most, step=1, key="pp_quarters",
                       disabled=locked, help=t("play_party.quarters_help", most=MOST_QUARTERS))
    left.number_input(t("common.seed"), 0, 2**31 - 1, step=1, key="pp_seed", disabled=locked)


def numbers_text(party: str, posture: str, lang: str) -> str:
    numbers = posture_numbers(party, posture)
    if party == "KP":
        return tr("play_party.numbers.dprk", lang, **numbers)
    return tr("play_party.numbers.state", lang, **numbers)


def option_label(party: str, posture: str, lang: str) -> str:
    """A posture as the radio shows it (``lang`` passed in: format functions run later)."""
    return tr("play_party.option", lang, name=tr(f"play_party.posture.{posture}", lang),
              numbers=numbers_text(party, posture, lang))


def postures_table(party: str) -> pd.DataFrame:
    options = allowed_postures(party)
    return pd.DataFrame({
        t("play_party.col.posture"): [posture_name(p) for p in options],
        t("play_party.col.numbers"): [numbers_text(party, p, current_lang()) for p in options],
        t("play_party.col.about"): [t(f"play_party.about.{p}") for p in options],
        t("play_party.col.code"): [POSTURE_CODES[p] for p in options],
    })


def change_text(code: str, field: str, value: Any) -> str:
    if field == "posture":
        return t("play_party.change.posture", party=party_name(code), posture=posture_name(value))
    return t(f"play_party.change.{field}", party=party_name(code), value=float(value))


def play_quarter(quarters: int) -> None:
    state = st.session_state
    if len(state["pp_postures"]) < quarters:
        state["pp_postures"] = [*state["pp_postures"], state["pp_next"]]


def new_game() -> None:
    st.session_state["pp_postures"] = []


def choose_posture(setup: dict[str, Any], party: str, postures: list[str], quarters: int,
                   lang: str) -> None:
    """The next quarter: the posture to hold, what the scenario would do, and the button."""
    played = len(postures)
    quarter = setup["labels"][played]
    st.subheader(t("play_party.your_move", quarter=quarter, number=played + 1,
                   quarters=quarters, party=party_name(party)), anchor=False)
    options = list(allowed_postures(party))
    own = setup["own"][played]
    if st.session_state.get("pp_next") not in options:
        st.session_state["pp_next"] = postures[-1] if postures else own
    st.radio(t("play_party.posture"), options, key="pp_next",
             format_func=lambda p: option_label(party, p, lang))
    notes = [t("play_party.own_line", party=party_name(party), posture=posture_name(own),
               quarter=quarter)]
    changes = setup["calendar"][played]
    if changes:
        sep = t("play_party.event.sep")
        notes.append(t("play_party.scheduled", quarter=quarter,
                       changes=sep.join(change_text(*change) for change in changes)))
    st.caption(" ".join(notes))
    st.button(t("play_party.play", quarter=quarter), key="pp_play", on_click=play_quarter,
              args=(quarters,), type="primary")
    with st.expander(t("play_party.postures_help")):
        st.caption(t("play_party.postures_caption"))
        st.dataframe(postures_table(party), hide_index=True, key="pp_postures_table")


def events_text(row: pd.Series) -> str:
    """What happened in one quarter, in words."""
    parts = []
    if row["missile_tests"]:
        parts.append(t("play_party.event.missiles", n=int(row["missile_tests"])))
    if row["nuclear_tests"]:
        parts.append(t("play_party.event.nuclear"))
    if row["unsc_resolutions"]:
        parts.append(t("play_party.event.unsc"))
    if row["unilateral_rounds"]:
        parts.append(t("play_party.event.unilateral", n=int(row["unilateral_rounds"])))
    if row["talks"]:
        parts.append(t(f"play_party.event.talks{int(row['talks'])}"))
    if row["agreements_made"]:
        parts.append(t("play_party.event.made"))
    if row["agreements_broken"]:
        parts.append(t("play_party.event.broken"))
    text = (t("play_party.event.list", events=t("play_party.event.sep").join(parts)) if parts
            else t("play_party.event.quiet"))
    if row["agreement"]:
        text += " " + t(f"play_party.event.in_force.{int(row['agreement'])}")
    return text


def quarters_so_far(view: dict[str, Any], party: str, results: Results) -> None:
    """The last quarter in words, the state in numbers, and the charts of the game so far."""
    frame, lang = view["frame"], results.lang
    last = frame.iloc[-1]
    st.markdown(t("play_party.last", quarter=last["quarter"], posture=posture_name(last["posture"]),
                  events=events_text(last)))
    other = party_name(counterpart(party))
    before = frame.iloc[-2] if len(frame) > 1 else None
    cells = st.columns(5)
    cells[0].metric(t("play_party.metric.tension"), f"{last['tension']:.2f}",
                    None if before is None else f"{last['tension'] - before['tension']:+.2f}",
                    delta_color="inverse")
    cells[1].metric(t("play_party.metric.capability"), f"{last['capability']:.2f}")
    cells[2].metric(t("play_party.metric.tests"), f"{view['tests']}")
    cells[3].metric(t("play_party.metric.trust_in", other=other), f"{last['trust_in_counterpart']:.2f}")
    cells[4].metric(t("play_party.metric.trust_from", other=other),
                    f"{last['trust_from_counterpart']:.2f}")
    left, right = st.columns(2)
    results.chart(world_figure(frame, lang), "pp_fig_world", left)
    results.chart(trust_figure(frame, party, lang), "pp_fig_trust", right)
    results.chart(events_figure(frame, lang), "pp_fig_events")


def history_table(frame: pd.DataFrame, party: str) -> pd.DataFrame:
    """The quarters so far, translated, for the page and the report."""
    other = party_name(counterpart(party))
    return pd.DataFrame({
        t("play_party.col.quarter"): frame["quarter"],
        t("play_party.col.chosen"): [posture_name(p) for p in frame["posture"]],
        t("play_party.col.tension"): frame["tension"].round(3),
        t("play_party.col.capability"): frame["capability"].round(3),
        t("play_party.col.tests"): frame["missile_tests"] + frame["nuclear_tests"],
        t("play_party.col.sanctions"): frame["unsc_resolutions"] + frame["unilateral_rounds"],
        t("play_party.col.talks"): [t(f"play_party.talks.{int(v)}") for v in frame["talks"]],
        t("play_party.col.agreement"): [t(f"play_party.agreement.{int(v)}")
                                        for v in frame["agreement"]],
        t("play_party.col.trust_in", other=other): frame["trust_in_counterpart"].round(3),
        t("play_party.col.trust_from", other=other): frame["trust_from_counterpart"].round(3),
    })


def comparison_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        t("play_party.col.path"): [path_label(p, q, lang) for p, q in
                                   zip(frame["path"], frame["posture"], strict=True)],
        t("play_party.col.outcome"): [t(f"sixparty.outcome.{o}") for o in frame["outcome"]],
        t("play_party.col.final_tension"): frame["final_tension"].round(3),
        t("play_party.col.all_tests"): frame["tests"],
        t("play_party.col.sanctions_rounds"): frame["sanctions_rounds"],
        t("play_party.col.talks_rounds"): frame["talks_rounds"],
        t("play_party.col.agreements"): frame["agreements_made"],
    })


def game_over(game: tuple[str, int, str, str], view: dict[str, Any], results: Results) -> None:
    """The outcome, the comparison with the model's own path and the fixed postures, the debrief."""
    params_json, seed, party, codes = game
    lang = results.lang
    st.success(t("play_party.finished", quarters=len(view["labels"]), seed=seed, codes=codes,
                 outcome=t(f"debrief.term.outcome.{view['outcome']['outcome']}")))
    compared = comparison_view(params_json, seed, party, codes)
    results.chart(comparison_figure(compared, "final_tension", party, lang), "pp_fig_compare")
    results.chart(comparison_figure(compared, "tests", party, lang), "pp_fig_compare_tests")
    st.caption(t("play_party.compare_caption"))
    table = comparison_table(compared, lang)
    st.dataframe(table, hide_index=True, width="stretch", key="pp_compare_table")
    results.table(t("play_party.compare_table"), table)
    results.debrief(debrief_lines(params_json, seed, party, codes, lang))


def as_scenario(scenario: SixPartyScenario, params: SixPartyParams, party: str,
                postures: list[str]) -> SixPartyScenario:
    """The game as a scenario file (see the module docstring)."""
    data = scenario.model_dump()
    if not postures:
        return SixPartyScenario.model_validate({**data, "parameters": params})
    title = {lang: tr("play_party.yaml.title", lang, title=scenario.title.get(lang),
                      party=tr(f"party.{party}", lang)) for lang in LANGS}
    return SixPartyScenario.model_validate({
        **data, "id": f"{scenario.id}_played_{party.lower()}", "title": title,
        "parameters": played_params(params, party, postures, t("play_party.yaml.label"))})


lang = current_lang()
library = scenarios_of_kind("sixparty")
init_state(library)
restore_link(library)
st.title(t("play_party.title"))
st.markdown(t("play_party.intro"))
postures: list[str] = list(st.session_state["pp_postures"])
with controls():
    settings_widgets(library, lang, locked=bool(postures))
save_settings()
if postures:
    st.info(t("play_party.locked"))
st.button(t("play_party.new_game"), key="pp_new", on_click=new_game)
party, seed = str(st.session_state["pp_party"]), int(st.session_state["pp_seed"])
quarters = int(st.session_state["pp_quarters"])
scenario = library[st.session_state["pp_scenario"]]
settings = {f.url_name(): st.session_state.get(f.key) for f in setup_fields(library)}
try:
    params_json = game_params_json(scenario.id, quarters)
    codes = encode_postures(postures)
    view = game_view(params_json, seed, party, codes)
    setup = setup_view(params_json, party)
except InputError as exc:
    publish(PAGE, setup_fields(library))
    st.error(t("error.bad_input", message=str(exc)))
    st.stop()

results = Results(PAGE, t("play_party.title"), lang)
finished = bool(view["finished"])
if not finished:
    choose_posture(setup, party, postures, quarters, lang)
if postures:
    quarters_so_far(view, party, results)
if finished:
    game_over((params_json, seed, party, codes), view, results)
if postures:
    st.subheader(t("play_party.history"), anchor=False)
    history = history_table(view["frame"], party)
    st.dataframe(history, hide_index=True, width="stretch", key="pp_history")
    results.table(t("play_party.history"), history)
publish(PAGE, setup_fields(library), {POSTURES_LINK.url_name(): codes} if codes else None)
settings[POSTURES_LINK.url_name()] = codes
if postures:
    st.caption(t("play_party.hand_in"))
params = SixPartyParams.model_validate_json(params_json)
results.downloads(view["frame"] if postures else None,
                  f"play_party_{party}_{scenario.id}_seed{seed}_{len(postures)}quarters",
                  as_scenario(scenario, params, party, postures), settings, current_link())
