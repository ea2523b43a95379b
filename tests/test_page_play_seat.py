"""The play-a-seat page under Streamlit's AppTest, and its figure factories."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.figures.play_seat import comparison_figure, seat_moves_figure, seat_trust_figure
from dashboard.i18n import CATALOG
from sim.io import bundled_scenarios, parse_scenario_text
from sim.repeated.classics import CLASSIC_NAMES
from sim.repeated.params import RepeatedParams
from sim.seat import seat_match
from tests.conftest import open_view

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "play_seat.py"
CJK = re.compile(r"[\u4e00-\u9fff]")


def page(lang: str = "en", rounds: int = 5) -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    at.slider(key="ps_rounds").set_value(rounds).run()
    return at


def play(at: AppTest, moves: str) -> AppTest:
    for move in moves:
        at.button(key="ps_cooperate" if move == "C" else "ps_defect").click().run()
        assert not at.exception, [e.value for e in at.exception]
    return at


def charts(at: AppTest) -> dict[str, dict]:
    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    return {spec["layout"]["title"]["text"]: spec for spec in specs}


def totals(at: AppTest) -> tuple[float, float]:
    text = at.success[0].value
    you, them = re.search(r"you scored ([-\d.]+), \w+ scored ([-\d.]+)", text).groups()
    return float(you), float(them)


def test_play_a_whole_game_then_replay_it_with_the_same_seed():
    at = page()
    assert at.button(key="ps_cooperate").label == "Engage"
    assert at.button(key="ps_defect").label == "Pressure"
    assert not at.get("plotly_chart")
    play(at, "CDC")
    assert at.slider(key="ps_rounds").disabled and at.selectbox(key="ps_scenario").disabled
    assert at.radio(key="ps_seat").disabled
    history = at.dataframe[0].value
    assert list(history["You chose"]) == ["Engage", "Pressure", "Engage"]
    assert "Trust round by round" in charts(at)
    play(at, "CD")
    assert not [b for b in at.button if b.key == "ps_cooperate"], "no moves after the last round"
    titles = charts(at)
    compare = titles["Your score against the classic strategies in your seat"]
    you = next(t for t in compare["data"] if t["name"] == "You")
    classic = next(t for t in compare["data"] if t["name"] == "Classic strategy")
    assert len(you["x"]) == 1 and len(classic["x"]) == len(CLASSIC_NAMES)
    assert "Moves round by round, as actually played" in titles
    debrief = "\n".join(m.value for m in at.markdown)
    assert "Play sat nearest to the stage game's equilibrium" in debrief
    assert "assumption" in debrief.lower()
    first = totals(at)
    assert you["y"][0] == first[0]
    assert first[0] == pytest.approx(at.dataframe[0].value["Your payoff"].sum())
    first_history = at.dataframe[0].value

    at.button(key="ps_new").click().run()
    assert not at.exception and not at.success
    assert not at.slider(key="ps_rounds").disabled
    play(at, "CDCCD")
    assert totals(at) == first
    assert at.dataframe[0].value.equals(first_history)


def test_a_different_seed_plays_a_different_game():
    games = []
    for seed in (1, 2):
        at = page()
        at.slider(key="ps_noise").set_value(0.5).run()
        at.number_input(key="ps_seed").set_value(seed).run()
        games.append(play(at, "CC").dataframe[0].value)
    assert not games[0].equals(games[1])


def test_the_dprk_seat_faces_the_scenarios_us_strategy():
    at = page()
    at.selectbox(key="ps_scenario").set_value("sanction_test_cycle_2006_2017").run()
    assert at.session_state["ps_seed"] == 2006 and at.session_state["ps_mis"] == 0.1
    assert at.session_state["ps_opponent"] == "action_for_action"
    at.radio(key="ps_seat").set_value("KP").run()
    assert not at.exception
    assert at.session_state["ps_opponent"] == "tit_for_tat"
    assert at.button(key="ps_cooperate").label == "Restrain"
    assert at.button(key="ps_defect").label == "Provoke"
    play(at, "DDDDD")
    assert "DPRK" in at.success[0].value or "United States" in at.success[0].value
    assert charts(at)


def test_the_chinese_page_plays_and_debriefs_in_chinese():
    at = page("zh")
    assert at.button(key="ps_cooperate").label == "接触"
    play(at, "CDDCC")
    titles = charts(at)
    assert any("经典策略" in title for title in titles)
    lines = [m.value for m in at.markdown if m.value.startswith("- ")]
    assert lines and all(CJK.search(line) for line in lines)


def test_custom_payoffs_and_a_bad_value_keep_the_page_running():
    at = page()
    at.selectbox(key="ps_scenario").set_value("custom").run()
    at.number_input(key="ps_T").set_value(2000.0).run()
    assert not at.exception
    assert len(at.error) == 1 and "1000" in at.error[0].value
    at.number_input(key="ps_T").set_value(4.0).run()
    assert not at.error
    play(at, "CCCCC")
    assert charts(at)


def test_every_seat_has_translated_move_labels():
    for seat in ("US", "KP"):
        for letter in "CD":
            english, chinese = CATALOG[f"play_seat.move.{seat}.{letter}"]
            assert english and CJK.search(chinese)


@pytest.fixture(scope="module")
def game():
    params = RepeatedParams.model_validate({
        "game": {"game": "classic", "name": "prisoners_dilemma", "T": 5, "R": 3, "P": 1, "S": 0},
        "row_strategy": {"name": "tit_for_tat"}, "column_strategy": {"name": "tit_for_tat"},
        "rounds": 8, "noise": 0.2, "misperception": 0.2, "seed": 3})
    return seat_match(params, "US", "CDCCDCCD")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_figures_have_titles_axes_and_legends(game, lang):
    frame = game.to_frame()
    figures = [comparison_figure({"cooperator": 3.0, "defector": 8.0}, 5.0, "US", lang),
               seat_moves_figure(frame, game.players, lang),
               seat_trust_figure(frame, game.players, game.trust_prior, lang)]
    for fig in figures:
        layout = fig.layout
        assert layout.title.text and layout.xaxis.title.text and layout.yaxis.title.text
        assert layout.legend.title.text


def test_moves_figure_marks_every_noise_flip_and_misreading(game):
    fig = seat_moves_figure(game.to_frame(), game.players, "en")
    by_name = {trace.name: trace for trace in fig.data}
    flips = int((game.intended != game.actual).sum())
    misread = int((game.observed[0] != game.actual[1]).sum() + (game.observed[1] != game.actual[0]).sum())
    assert flips > 0 and misread > 0
    assert len(by_name["Went wrong (noise)"].x) == flips
    assert len(by_name["Misread by the other side"].x) == misread


def test_comparison_highlights_the_student_and_sorts_best_first():
    fig = comparison_figure({"cooperator": 3.0, "defector": 8.0}, 5.0, "KP", "en")
    assert list(fig.layout.xaxis.categoryarray) == ["Always Cheat", "You", "Always Cooperate"]
    you = next(t for t in fig.data if t.name == "You")
    assert you.marker.color == "#D55E00"
    assert np.asarray(you.y).tolist() == [5.0]


def test_a_game_left_for_another_page_resumes_with_its_settings():
    app = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    at = AppTest.from_file(str(app), default_timeout=60)
    at.run()
    at.switch_page("views/play_seat.py").run()
    at.number_input(key="ps_seed").set_value(7).run()
    play(at, "DD")
    before = at.dataframe[0].value
    at.switch_page("views/home.py").run()
    assert "ps_seed" not in at.session_state  # Streamlit forgets widgets of other pages
    at.switch_page("views/play_seat.py").run()
    assert not at.exception
    assert at.session_state["ps_seed"] == 7
    assert at.dataframe[0].value.equals(before)


# -- links, hand-in and downloads ---------------------------------------------------------


def fresh(query: dict[str, str] | None = None, lang: str = "en") -> AppTest:
    """A new session opening the page with ``query`` in its address."""
    return open_view(PAGE, lang, query, timeout=60)


def link_of(at: AppTest) -> dict[str, str]:
    return {name: value for name, value in at.query_params.items()}


def scores(at: AppTest) -> list[str]:
    return [m.value for m in at.metric]


def test_a_link_replays_the_game_half_way_in_a_fresh_session():
    first = page(rounds=8)
    first.selectbox(key="ps_scenario").set_value("sanction_test_cycle_2006_2017").run()
    first.radio(key="ps_seat").set_value("KP").run()
    first.slider(key="ps_noise").set_value(0.3).run()
    first.number_input(key="ps_seed").set_value(11).run()
    play(first, "CDDC")
    link = link_of(first)
    assert link["moves"] == "CDDC" and link["seat"] == "KP" and link["seed"] == "11"
    assert link["rounds"] == "8" and link["noise"] == "0.3"
    assert link["scenario"] == "sanction_test_cycle_2006_2017"
    assert link["opponent"] == first.session_state["ps_opponent"]
    assert "T" not in link  # payoffs travel only for a custom game
    expected = first.dataframe[0].value

    second = fresh(link)
    assert not second.warning
    assert second.session_state["ps_moves"] == list("CDDC")
    assert second.dataframe[0].value.equals(expected)
    assert scores(second) == scores(first)
    # the game in progress keeps its settings locked, as when it was played
    assert second.slider(key="ps_rounds").disabled and second.radio(key="ps_seat").disabled
    assert link_of(second) == link
    # both sessions finish the same way
    play(first, "DDCC")
    play(second, "DDCC")
    assert second.success[0].value == first.success[0].value
    assert second.dataframe[0].value.equals(first.dataframe[0].value)
    # and the moves alone, on the default setup, give another game
    assert not fresh({"moves": "CDDC"}).dataframe[0].value.equals(expected)


def test_a_custom_game_carries_its_payoffs():
    first = page()
    first.selectbox(key="ps_scenario").set_value("custom").run()
    first.number_input(key="ps_T").set_value(7.0).run()
    first.number_input(key="ps_S").set_value(-2.0).run()
    first.slider(key="ps_mis").set_value(0.2).run()
    play(first, "DCD")
    link = link_of(first)
    assert link["T"] == "7.0" and link["S"] == "-2.0" and link["scenario"] == "custom"
    second = fresh(link)
    assert second.session_state["ps_T"] == 7.0
    assert second.dataframe[0].value.equals(first.dataframe[0].value)
    assert scores(second) == scores(first)


@pytest.mark.parametrize(("moves", "says"), [
    ("CCX", "the letters C and D only"),
    ("CCCCCCCCCCCCC", "at most 12"),
])
def test_bad_moves_in_a_link_are_named_and_the_page_keeps_working(moves, says):
    at = fresh({"moves": moves, "seed": "5"})
    warning = " ".join(w.value for w in at.warning)
    assert f"moves={moves}" in warning and says in warning
    assert at.session_state["ps_moves"] == []
    assert at.session_state["ps_seed"] == 5  # good values beside a bad one are kept
    assert "moves" not in at.query_params
    play(at, "CD")
    assert at.query_params["moves"] == "CD"
    assert len(at.dataframe[0].value) == 2


def test_moves_longer_than_the_linked_rounds_are_refused():
    at = fresh({"rounds": "5", "moves": "CCCCCC"})
    assert "at most 5" in at.warning[0].value and at.session_state["ps_moves"] == []
    assert not fresh({"rounds": "5", "moves": "ccccc"}).warning  # lower case is read as C


def test_a_new_game_drops_the_moves_from_the_link_and_unlocks_the_setup():
    at = fresh({"moves": "CDC", "seed": "3"})
    assert at.session_state["ps_moves"] == list("CDC")
    at.button(key="ps_new").click().run()
    assert "moves" not in at.query_params and not at.slider(key="ps_rounds").disabled
    at.number_input(key="ps_seed").set_value(9).run()
    assert at.query_params["seed"] == "9" and at.session_state["ps_seed"] == 9


def test_downloads_hand_in_the_rounds_the_setup_and_a_report(downloads):
    at = page(rounds=6)
    at.selectbox(key="ps_scenario").set_value("sanction_test_cycle_2006_2017").run()
    assert sorted(b.key for b in at.get("download_button")) == ["play_dl_report", "play_dl_yaml"]
    at.slider(key="ps_noise").set_value(0.2).run()
    play(at, "CDCDCC")
    assert sorted(b.key for b in at.get("download_button")) == [
        "play_dl_csv", "play_dl_report", "play_dl_yaml"]
    stem = "play_seat_US_seed2006_6rounds"
    frame = pd.read_csv(io.StringIO(downloads(f"{stem}.csv")))
    assert "".join(frame["chosen"]) == "CDCDCC"
    assert frame["payoff"].sum() == pytest.approx(totals(at)[0])
    assert "other_actual" in frame  # the game is over: the other side's real moves
    scenario = parse_scenario_text(downloads("sanction_test_cycle_2006_2017.yaml"))
    p = scenario.parameters
    assert (p.noise, p.seed, p.rounds) == (0.2, 2006, 6)
    assert p.column_strategy.name == at.session_state["ps_opponent"]
    bundled = dict(bundled_ids())["sanction_test_cycle_2006_2017"]
    assert p.row_strategy == bundled.parameters.row_strategy
    assert scenario.title == bundled.title
    report = downloads(f"{stem}_report.html")
    assert "moves" in report and "CDCDCC" in report
    assert "Play sat nearest to the stage game" in report
    assert report.count("Plotly.newPlot") == 3


def test_the_csv_hides_the_other_sides_real_moves_until_the_end(downloads):
    at = page()
    play(at, "DD")
    seed = at.session_state["ps_seed"]
    frame = pd.read_csv(io.StringIO(downloads(f"play_seat_US_seed{seed}_2rounds.csv")))
    assert len(frame) == 2 and "other_actual" not in frame
    assert list(frame["observed_other"]) == list(at.dataframe[0].value.iloc[:, 3].map(
        {"Restrain": "C", "Provoke": "D"}))


def test_a_custom_games_yaml_loads_again_with_both_languages(downloads):
    at = page()
    at.selectbox(key="ps_scenario").set_value("custom").run()
    at.number_input(key="ps_R").set_value(4.0).run()
    scenario = parse_scenario_text(downloads("custom_seat_game.yaml"))
    assert CJK.search(scenario.title.zh) and scenario.title.en == "Custom game (play a seat)"
    assert scenario.parameters.game.row_payoffs[0][0] == 4.0


def test_the_teacher_view_folds_the_setup_into_controls():
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    at.session_state["teacher"] = True
    at.run()
    assert not at.exception
    labels = [e.label for e in at.expander]
    assert "Controls" in labels and "Game settings" not in labels
    play(at, "CCCCCCCCCCCC")
    assert len(at.get("plotly_chart")) == 3


def bundled_ids():
    return [(s.id, s) for _, s in bundled_scenarios()]
