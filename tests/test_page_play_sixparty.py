"""The play-a-party page under Streamlit's AppTest, its figures and its debrief's words."""

from __future__ import annotations

import base64
import io
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.cached.play_sixparty import render_findings
from dashboard.figures.play_sixparty import (
    comparison_figure,
    events_figure,
    trust_figure,
    world_figure,
)
from dashboard.figures.style import party_color
from dashboard.i18n import CATALOG
from sim.debrief import Finding
from sim.io import bundled_scenarios, parse_scenario_text
from sim.seat_sixparty import CODES, POSTURE_CODES, allowed_postures, comparison, generator, play
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.postures import DPRK_POSTURES, STATE_POSTURES
from tests.conftest import open_view
from tests.downloads import capture, served

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "dashboard" / "views" / "play_sixparty.py"
CJK = re.compile(r"[\u4e00-\u9fff]")
SUMMIT = "summit_diplomacy_2018_2019"
LIBRARY = {s.id: s for _, s in bundled_scenarios()}


def page(lang: str = "en", scenario: str | None = SUMMIT, party: str | None = None) -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    if scenario is not None:
        at.selectbox(key="pp_scenario").set_value(scenario).run()
    if party is not None:
        at.selectbox(key="pp_party").set_value(party).run()
    return at


def play_quarters(at: AppTest, postures: list[str]) -> AppTest:
    for posture in postures:
        at.radio(key="pp_next").set_value(posture)
        at.button(key="pp_play").click().run()
        assert not at.exception, [e.value for e in at.exception]
    return at


def fresh(query: dict[str, str], lang: str = "en") -> AppTest:
    """A new session opening the page with ``query`` in its address."""
    return open_view(PAGE, lang, query, timeout=60)


def charts(at: AppTest) -> dict[str, dict]:
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    return {spec["layout"]["title"]["text"]: spec for spec in specs}


def history(at: AppTest) -> pd.DataFrame:
    return next(d.value for d in at.dataframe if "Your posture" in d.value.columns
                or "你的姿态" in d.value.columns)


def numbers(data: object) -> np.ndarray:
    """A figure spec's array: a list, or plotly's base64 ``{"dtype", "bdata"}`` form."""
    if isinstance(data, dict):
        return np.frombuffer(base64.b64decode(data["bdata"]), dtype=data["dtype"])
    return np.asarray(data, dtype=float)


def link_of(at: AppTest) -> dict[str, str]:
    return {name: value for name, value in at.query_params.items()}


def debrief_lines(at: AppTest) -> list[str]:
    """The debrief's sentences (one markdown list under its heading)."""
    return [line[2:] for m in at.markdown if m.value.startswith("- ")
            for line in m.value.split("\n")]


# -- playing ------------------------------------------------------------------------------


def test_the_page_starts_on_a_short_scenario_and_offers_every_party():
    at = page(scenario=None)
    assert at.session_state["pp_scenario"] == "leaky_sanctions"
    assert at.session_state["pp_quarters"] == 20 and at.session_state["pp_party"] == "US"
    assert at.selectbox(key="pp_party").options == ["United States", "DPRK", "South Korea",
                                                    "China", "Japan", "Russia"]
    scenarios = at.selectbox(key="pp_scenario").options
    assert len(scenarios) == sum(1 for s in LIBRARY.values() if s.kind == "sixparty")
    options = at.radio(key="pp_next").options
    assert len(options) == len(STATE_POSTURES)
    assert "Maximum pressure — pressure 0.95 · openness 0.10" in options
    assert at.radio(key="pp_next").value == "strategic_patience"  # the scenario's own line
    assert not at.get("plotly_chart")


def test_a_few_quarters_show_what_happened_charts_and_the_history():
    at = page()
    assert at.session_state["pp_quarters"] == 8  # the whole horizon of a short scenario
    assert at.button(key="pp_play").label == "Play 2018Q1"
    play_quarters(at, ["maximum_pressure", "maximum_pressure", "engagement"])
    assert at.selectbox(key="pp_scenario").disabled and at.selectbox(key="pp_party").disabled
    assert at.number_input(key="pp_seed").disabled and at.number_input(key="pp_quarters").disabled
    table = history(at)
    assert list(table["Quarter"]) == ["2018Q1", "2018Q2", "2018Q3"]
    assert list(table["Your posture"]) == ["Maximum pressure", "Maximum pressure", "Engagement"]
    assert any(m.value.startswith("**2018Q3** — you held **Engagement**.") for m in at.markdown)
    titles = charts(at)
    assert {"The peninsula so far", "Trust of United States, quarter by quarter",
            "What happened, quarter by quarter"} <= set(titles)
    world = titles["The peninsula so far"]
    assert world["data"][0]["x"] == ["2018Q1", "2018Q2", "2018Q3"]
    game = play(LIBRARY[SUMMIT].parameters, 0, "US",
                ["maximum_pressure", "maximum_pressure", "engagement"])
    assert np.allclose(numbers(world["data"][0]["y"]), game.series("tension"))
    assert [m.label for m in at.metric][:3] == ["Tension", "DPRK capability", "DPRK tests so far"]
    assert at.metric[2].value == str(game.tests())
    assert at.button(key="pp_play").label == "Play 2018Q4"


def test_the_dprk_chooses_among_its_own_lines():
    at = page(party="KP")
    options = at.radio(key="pp_next").options
    assert len(options) == len(DPRK_POSTURES)
    assert any(o.startswith("Byungjin") and "drive +1.3" in o for o in options)
    assert at.radio(key="pp_next").value == "economic_construction"
    at.selectbox(key="pp_party").set_value("RU").run()
    assert at.radio(key="pp_next").value == "mediator"  # Russia's own line, not the last pick
    at.selectbox(key="pp_party").set_value("KP").run()
    play_quarters(at, ["byungjin"] * 2)
    assert list(history(at)["Your posture"]) == ["Byungjin: nuclear arms and economy together"] * 2
    assert "Trust of DPRK, quarter by quarter" in charts(at)


def test_play_to_the_end_shows_the_outcome_the_comparison_and_the_debrief():
    at = page(party="KP")
    postures = ["byungjin"] * 4 + ["economic_construction"] * 4
    play_quarters(at, postures)
    assert not [b for b in at.button if b.key == "pp_play"], "no quarter after the last"
    game = play(LIBRARY[SUMMIT].parameters, 0, "KP", postures)
    success = at.success[0].value
    assert "Game over after 8 quarters" in success and "bj,bj,bj,bj,ec,ec,ec,ec" in success
    titles = charts(at)
    compare = titles["Final tension: your game against the other paths (same seed)"]
    names = {trace["name"]: trace for trace in compare["data"]}
    assert len(names["You"]["x"]) == 1 and len(names["Model's own path"]["x"]) == 1
    assert len(names["A posture held throughout"]["x"]) == len(DPRK_POSTURES)
    assert numbers(names["You"]["y"])[0] == pytest.approx(game.final_tension())
    assert "DPRK tests: your game against the other paths (same seed)" in titles
    table = next(d.value for d in at.dataframe if "Path" in d.value.columns)
    assert len(table) == 2 + len(DPRK_POSTURES)
    assert list(table["Path"][:2]) == ["You", "Model's own path"]
    lines = debrief_lines(at)
    assert any(line.startswith("Playing the part of DPRK for 8 quarters") for line in lines)
    assert any("ranks" in line and "paths (1 = calmest)" in line for line in lines)
    assert any("Trust of DPRK in United States" in line or "trust of DPRK in United States" in line
               for line in lines)


def test_a_new_game_unlocks_the_setup_and_drops_the_postures():
    at = page()
    play_quarters(at, ["hardline"])
    assert at.query_params["postures"] == "hl"
    at.button(key="pp_new").click().run()
    assert at.session_state["pp_postures"] == [] and "postures" not in at.query_params
    assert not at.selectbox(key="pp_party").disabled
    at.number_input(key="pp_seed").set_value(9).run()
    assert at.query_params["seed"] == "9"


def test_a_game_left_for_another_page_resumes_with_its_setup():
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("views/play_sixparty.py").run()
    at.selectbox(key="pp_scenario").set_value(SUMMIT).run()
    at.number_input(key="pp_seed").set_value(5).run()
    play_quarters(at, ["engagement", "engagement"])
    before = history(at)
    at.switch_page("views/home.py").run()
    at.switch_page("views/play_sixparty.py").run()
    assert not at.exception
    assert at.session_state["pp_seed"] == 5 and at.session_state["pp_scenario"] == SUMMIT
    assert history(at).equals(before)


def test_the_page_is_registered_in_the_classroom_after_play_a_seat():
    from dashboard.app import PAGES

    classroom = dict(PAGES)["nav.section.classroom"]
    scripts = [script for script, *_ in classroom]
    assert scripts.index("play_sixparty.py") == scripts.index("play_seat.py") + 1
    entry = classroom[scripts.index("play_sixparty.py")]
    assert entry[1] == "nav.play_party" and entry[3] == "play-party"
    assert CATALOG["nav.play_party"] == ("Play a party", "扮演一方")


# -- links --------------------------------------------------------------------------------


def test_a_link_replays_the_game_half_way_in_a_fresh_session():
    first = page(party="KP")
    first.number_input(key="pp_seed").set_value(7).run()
    play_quarters(first, ["byungjin", "economic_construction", "economic_construction"])
    link = link_of(first)
    assert link["postures"] == "bj,ec,ec" and link["party"] == "KP" and link["seed"] == "7"
    assert link["scenario"] == SUMMIT and link["quarters"] == "8"
    second = fresh(link)
    assert not second.warning
    assert second.session_state["pp_postures"] == ["byungjin", "economic_construction",
                                                   "economic_construction"]
    assert history(second).equals(history(first))
    assert [m.value for m in second.metric] == [m.value for m in first.metric]
    assert second.selectbox(key="pp_party").disabled  # the game in progress stays locked
    assert link_of(second) == link
    rest = ["nuclear_consolidation"] * 5
    play_quarters(first, rest)
    play_quarters(second, rest)
    assert second.success[0].value == first.success[0].value
    assert debrief_lines(second) == debrief_lines(first)
    # the postures alone, on the default scenario, give another game
    other = fresh({"party": "KP", "postures": "bj,ec,ec"})
    assert not other.warning and not history(other).equals(history(first))


@pytest.mark.parametrize(("query", "name", "says"), [
    ({"postures": "sp,zz"}, "postures=sp,zz", "at most 20 short codes"),
    ({"postures": "bj"}, "postures=bj", "each one of en, ce, hl"),
    ({"postures": ",".join(["sp"] * 21)}, "postures=sp,sp", "at most 20"),
    ({"party": "KP", "postures": "sp"}, "postures=sp", "each one of bk, mf, bj, ec, nc"),
    ({"quarters": "30"}, "quarters=30", "from 4 to 20 for this scenario"),
    ({"quarters": "99"}, "quarters=99", "4"),
    ({"party": "XX"}, "party=XX", "US"),
    ({"scenario": "nope"}, "scenario=nope", "leaky_sanctions"),
])
def test_bad_link_values_are_named_and_the_page_keeps_working(query, name, says):
    at = fresh({**query, "seed": "5"})
    warning = " ".join(w.value for w in at.warning)
    assert name in warning and says in warning, warning
    assert at.session_state["pp_postures"] == []
    assert at.session_state["pp_seed"] == 5  # a good value beside a bad one is kept
    assert not at.error
    play_quarters(at, [at.radio(key="pp_next").value])
    assert len(history(at)) == 1


def test_a_link_to_a_shorter_game_of_a_long_scenario():
    at = fresh({"scenario": "history_1993_2024", "quarters": "12", "party": "CN",
                "postures": "md,md,hl"})
    assert not at.warning
    assert at.session_state["pp_quarters"] == 12
    assert list(history(at)["Quarter"]) == ["1993Q1", "1993Q2", "1993Q3"]
    assert at.number_input(key="pp_quarters").max == 40


# -- downloads ----------------------------------------------------------------------------


def test_downloads_hand_in_the_quarters_the_played_scenario_and_a_report(monkeypatch):
    capture(monkeypatch)
    at = page()
    assert sorted(b.key for b in at.get("download_button")) == ["play-party_dl_report",
                                                                "play-party_dl_yaml"]
    postures = ["hardline", "hardline", "summit_diplomacy", "summit_diplomacy", "engagement",
                "engagement", "engagement", "hardline"]
    play_quarters(at, postures)
    files = served(at)
    assert sorted(files) == ["play-party_dl_csv", "play-party_dl_report", "play-party_dl_yaml"]
    frame = pd.read_csv(io.StringIO(files["play-party_dl_csv"]))
    assert list(frame["posture"]) == postures and list(frame["party"]) == ["US"] * 8
    assert list(frame["code"]) == [POSTURE_CODES[p] for p in postures]
    scenario = parse_scenario_text(files["play-party_dl_yaml"])
    assert scenario.id == f"{SUMMIT}_played_us"
    assert scenario.title.en.endswith("— played as United States") and CJK.search(scenario.title.zh)
    p = scenario.parameters
    assert p.parties["US"].posture == "hardline" and p.horizon == 8
    mine = [(e.quarter, e.posture) for e in p.schedule if e.kind == "administration"
            and e.party == "US"]
    assert mine == [("2018Q3", "summit_diplomacy"), ("2019Q1", "engagement"),
                    ("2019Q4", "hardline")]
    replay = run_ensemble(p, 1, 0).world[0]
    assert np.allclose(replay[:, 0], frame["tension"])
    report = files["play-party_dl_report"]
    assert "hl,hl,sd,sd,en,en,en,hl" in report and "Playing the part of United States" in report
    assert report.count("Plotly.newPlot") == 5


def test_before_any_quarter_the_yaml_is_the_scenario_cut_to_the_game(monkeypatch):
    capture(monkeypatch)
    at = page(scenario=None)
    at.number_input(key="pp_quarters").set_value(6).run()
    scenario = parse_scenario_text(served(at)["play-party_dl_yaml"])
    assert scenario.id == "leaky_sanctions" and scenario.parameters.horizon == 6
    bundled = LIBRARY["leaky_sanctions"].parameters
    assert scenario.parameters.parties == bundled.parties


# -- languages, teacher view, figures, debrief words ------------------------------------------


def test_the_chinese_page_plays_and_debriefs_in_chinese():
    at = page("zh")
    assert CJK.search(at.title[0].value)
    assert at.button(key="pp_play").label == "进行2018Q1"
    play_quarters(at, ["engagement"] * 8)
    titles = charts(at)
    assert len(titles) == 5 and all(CJK.search(title) for title in titles)
    lines = debrief_lines(at)
    assert len(lines) >= 5 and all(CJK.search(line) for line in lines)
    assert CJK.search(at.success[0].value)
    assert "你的姿态" in history(at).columns


def test_the_teacher_view_folds_the_setup_into_controls():
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    at.session_state["teacher"] = True
    at.run()
    labels = [e.label for e in at.expander]
    assert "Controls" in labels and "Game settings" not in labels
    play_quarters(at, ["engagement"])
    assert len(at.get("plotly_chart")) == 3


@pytest.fixture(scope="module")
def finished():
    params = LIBRARY[SUMMIT].parameters
    postures = ["maximum_pressure"] * 4 + ["summit_diplomacy"] * 4
    return play(params, 3, "JP", postures).frame(), comparison(params, 3, "JP", postures)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_figures_have_titles_axes_legends_and_party_colours(finished, lang):
    frame, compared = finished
    figures = [world_figure(frame, lang), events_figure(frame, lang),
               trust_figure(frame, "JP", lang),
               comparison_figure(compared, "final_tension", "JP", lang),
               comparison_figure(compared, "tests", "JP", lang)]
    for fig in figures:
        layout = fig.layout
        assert layout.title.text and layout.xaxis.title.text and layout.yaxis.title.text
        assert layout.legend.title.text
        if lang == "zh":
            assert CJK.search(layout.title.text) and CJK.search(layout.yaxis.title.text)
    trust = figures[2]
    assert {trace.line.color for trace in trust.data} == {party_color("JP"), party_color("KP")}
    you = next(trace for trace in figures[3].data if trace.marker.line.width == 2)
    assert you.marker.color == party_color("JP")


def test_the_comparison_sorts_lowest_first_and_labels_outcomes(finished):
    _, compared = finished
    fig = comparison_figure(compared, "tests", "JP", "en")
    order = list(fig.layout.xaxis.categoryarray)
    values = dict(zip(
        [x for trace in fig.data for x in trace.x], [y for trace in fig.data for y in trace.y],
        strict=True))
    assert [values[name] for name in order] == sorted(values.values())
    labels = {text for trace in fig.data for text in trace.text}
    assert labels <= {"Comprehensive deal", "Freeze deal", "Stalemate", "Escalation crisis",
                      "De facto nuclear state"}
    with pytest.raises(ValueError, match="unknown measure"):
        comparison_figure(compared, "talks", "JP", "en")


def test_events_figure_counts_tests_and_marks_deals(finished):
    frame, _ = finished
    fig = events_figure(frame, "en")
    by_name = {trace.name: trace for trace in fig.data}
    assert list(by_name["Missile-test events"].y) == list(frame["missile_tests"])
    assert len(by_name["Agreement made"].x) == int((frame["agreements_made"] > 0).sum())


def sample(code: str) -> Finding:
    values: dict[str, object] = {}
    for name in CODES[code]:
        if name in ("side",):
            values[name] = "US"
        elif name == "other":
            values[name] = "KP"
        elif name in ("posture", "own_posture", "best"):
            values[name] = "hardline"
        elif name in ("outcome", "own_outcome", "best_outcome"):
            values[name] = "stalemate"
        elif name == "quarter":
            values[name] = "2018Q2"
        elif name in ("rank", "paths", "quarters", "departures", "episodes", "links", "tests",
                      "tests_change", "sanctions", "broken", "missile_tests", "nuclear_tests",
                      "sanctions_rounds", "talks_rounds", "agreements_made",
                      "agreements_broken", "own_tests", "best_tests", "sanctioned_tests"):
            values[name] = 2
        else:
            values[name] = 0.25
    return Finding(code, "info", values)


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_debrief_code_renders_in_both_languages(code):
    english, chinese = render_findings([sample(code)], "en")[0], render_findings([sample(code)], "zh")[0]
    assert "{" not in english and "{" not in chinese
    assert CJK.search(chinese)
    if "posture" in CODES[code]:
        assert "Hardline" in english and "强硬路线" in chinese
    if "{side}" in CATALOG[f"debrief.{code}"][0]:
        assert "United States" in english and "美国" in chinese


def test_every_posture_has_a_name_and_a_story():
    for party in ("US", "KP"):
        for posture in allowed_postures(party):
            for key in (f"play_party.posture.{posture}", f"play_party.about.{posture}"):
                english, chinese = CATALOG[key]
                assert english and CJK.search(chinese)


def test_the_seed_convention_matches_the_six_parties_page():
    params = LIBRARY[SUMMIT].parameters
    ens = run_ensemble(params, 2, 4)
    from sim.sixparty.model import run_once

    assert np.array_equal(run_once(params, generator(4)).world, ens.world[0])
