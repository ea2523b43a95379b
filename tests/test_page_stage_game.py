"""The stage-game explorer under AppTest: real interactions, no exceptions, the heatmap redraws."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from sim.io import parse_scenario_text
from tests.conftest import open_view

PAGE = str(Path(__file__).resolve().parent.parent / "dashboard" / "views" / "stage_game.py")


def start(lang: str = "en") -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    return at


def heatmap(at: AppTest) -> dict:
    (chart,) = at.get("plotly_chart")
    return json.loads(chart.proto.spec)


def cell_labels(at: AppTest) -> list:
    return heatmap(at)["data"][0]["text"]


def test_default_is_the_prisoners_dilemma_with_its_equilibrium_marked():
    at = start()
    figure = heatmap(at)
    assert figure["data"][0]["type"] == "heatmap"
    assert cell_labels(at) == [["3, 3", "0, 5"], ["5, 0", "1, 1"]]
    stars = next(trace for trace in figure["data"] if trace.get("name") == "Pure Nash equilibrium")
    assert stars["x"] == [1.35] and stars["y"] == [0.7]  # the (defect, defect) cell
    assert "unique Nash equilibrium" in at.info[0].value
    assert any("Prisoner's dilemma" in m.value for m in at.markdown)


def test_choosing_chicken_reseeds_the_payoffs_and_redraws():
    at = start()
    before = cell_labels(at)
    at.radio(key="sg_classic").set_value("chicken").run()
    assert not at.exception and not at.error
    assert at.number_input(key="sg_S").value == 2.0
    assert cell_labels(at) != before
    assert "3 Nash equilibria" in at.info[0].value


def test_a_payoff_breaking_the_order_is_shown_as_an_error_and_the_page_survives():
    at = start()
    at.number_input(key="sg_S").set_value(4.0).run()
    assert not at.exception
    assert "T > R > P > S" in at.error[0].value
    at.number_input(key="sg_S").set_value(0.0).run()
    assert not at.error and at.get("plotly_chart")


def test_us_dprk_sliders_change_the_game_type():
    at = start()
    at.radio(key="sg_source").set_value("us_dprk").run()
    assert any("Prisoner's dilemma" in m.value for m in at.markdown)
    before = cell_labels(at)
    at.slider(key="sg_p_war_risk_us").set_value(60.0)
    at.slider(key="sg_p_war_risk_dprk").set_value(60.0).run()
    assert not at.exception
    assert any("**Game type:** Chicken" in m.value for m in at.markdown)
    assert cell_labels(at) != before


def test_presets_load_their_parameters():
    at = start()
    at.radio(key="sg_source").set_value("us_dprk").run()
    at.selectbox(key="sg_preset").set_value("bully").run()
    assert at.slider(key="sg_p_war_risk_us").value == 70.0
    assert any("Bully" in m.value for m in at.markdown)


def test_scenarios_show_their_notes_and_a_3x3_game():
    at = start()
    at.radio(key="sg_source").set_value("scenario").run()
    at.selectbox(key="sg_scenario").set_value("sequencing_2005").run()
    assert not at.exception
    assert len(cell_labels(at)) == 3
    assert "missed 1" in at.info[0].value
    labels = [e.label for e in at.expander]
    assert "Teaching notes" in labels and "Discussion questions" in labels


@pytest.mark.parametrize("lang, text", [("zh", "纳什均衡"), ("en", "Nash equilibria")])
def test_both_languages(lang, text):
    at = start(lang)
    assert any(text in s.value for s in at.subheader)


def test_trust_temptation_and_the_alternation_warning():
    at = start()
    at.number_input(key="sg_trust_temptation").set_value(2.0).run()
    thresholds = next(d.value for d in at.dataframe if "Threshold" in d.value.columns)
    kydd = thresholds[thresholds["Threshold"] == "Kydd's trust threshold π*"]
    assert list(kydd["Value"]) == ["0.5", "0.5"]
    at.number_input(key="sg_T").set_value(10.0).run()
    assert not at.exception
    assert len(at.warning) == 2 and "2R is not above T + S" in at.warning[0].value


# -- links, debrief and downloads ------------------------------------------------------------


def fresh(query: dict[str, str] | None = None) -> AppTest:
    """A new session opening the page with ``query`` in its address."""
    return open_view(PAGE, "en", query, timeout=60)


def link_of(at: AppTest) -> dict[str, str]:
    return {name: value for name, value in at.query_params.items()}


def editor_key(at: AppTest) -> str:
    return next(d.key for d in at.dataframe if d.key and d.key.startswith("sg_editor_"))


def edit(at: AppTest, rows: dict[int, dict[str, float]]) -> None:
    at.session_state[editor_key(at)] = {"edited_rows": rows, "added_rows": [],
                                        "deleted_rows": []}
    at.run()
    assert not at.exception


def equilibria(at: AppTest):
    return next(d.value for d in at.dataframe if "Kind" in d.value.columns)


def debrief_lines(at: AppTest) -> str:
    box = next(e for e in at.expander if e.label == "Debrief")
    return "\n".join(m.value for m in box.markdown)


def test_a_link_with_an_edited_table_reproduces_the_game_in_a_fresh_session():
    first = fresh()
    first.radio(key="sg_classic").set_value("chicken").run()
    first.number_input(key="sg_T").set_value(6.0).run()
    edit(first, {1: {"cooperate · US": 7.0}, 0: {"defect · KP": 6.5}})
    first.number_input(key="sg_trust_temptation").set_value(2.0).run()
    link = link_of(first)
    assert link["classic"] == "chicken" and link["T"] == "6.0"
    assert link["cells"] == "3_3,2_6.5;7_2,1_1" and link["trust_temptation"] == "2.0"
    assert "p_aid_cost" not in link  # only the game on screen travels
    expected_cells, expected_eq = cell_labels(first), equilibria(first)
    expected_thresholds = first.dataframe[-1].value

    second = fresh(link)
    assert not second.warning
    assert cell_labels(second) == expected_cells == [["3, 3", "2, 6.5"], ["7, 2", "1, 1"]]
    assert second.session_state["sg_T"] == 6.0 and second.session_state["sg_classic"] == "chicken"
    assert equilibria(second).equals(expected_eq)
    assert second.dataframe[-1].value.equals(expected_thresholds)
    assert link_of(second) == link
    # and the defaults give another game, so the comparison above could fail
    assert cell_labels(fresh()) != expected_cells


def test_a_link_to_a_us_dprk_preset_keeps_its_sliders():
    first = fresh()
    first.radio(key="sg_source").set_value("us_dprk").run()
    first.selectbox(key="sg_preset").set_value("brink_of_war").run()
    first.slider(key="sg_p_war_risk_us").set_value(80.0).run()
    link = link_of(first)
    assert link["preset"] == "brink_of_war" and link["p_war_risk_us"] == "80.0"
    assert "T" not in link
    second = fresh(link)
    assert second.session_state["sg_p_war_risk_us"] == 80.0
    assert cell_labels(second) == cell_labels(first)


def test_bad_link_values_are_named_and_the_page_still_works():
    at = fresh({"classic": "chicken", "S": "abc", "cells": "1_2,3_4", "enmity": "1"})
    warning = " ".join(w.value for w in at.warning)
    assert "S=abc" in warning and "from -1000 to 1000" in warning
    assert "cells=1_2,3_4" in warning and "2×2 table" in warning
    assert at.session_state["sg_S"] == 2.0  # chicken's own S, not the bad value
    assert cell_labels(at) == [["3, 3", "2, 4"], ["4, 2", "1, 1"]]
    assert "cells" not in link_of(at)


def test_a_table_that_does_not_fit_the_game_is_refused():
    at = fresh({"source": "scenario", "scenario": "sequencing_2005", "cells": "3_3,0_5;5_0,1_1"})
    assert "cells=3_3,0_5;5_0,1_1" in at.warning[0].value and "3×3 table" in at.warning[0].value
    assert len(cell_labels(at)) == 3


def test_the_debrief_reads_the_dilemma_and_its_patience_threshold():
    at = fresh()
    text = debrief_lines(at)
    assert "Game type: Prisoner's dilemma." in text
    assert "This is a dilemma" in text
    assert "δ* = (T − R)/(T − P) = 0.5" in text  # (5 − 3)/(5 − 1)
    at.number_input(key="sg_T").set_value(9.0).run()
    assert "= 0.75" in debrief_lines(at)  # (9 − 3)/(9 − 1)
    at.radio(key="sg_classic").set_value("stag_hunt").run()
    text = debrief_lines(at)
    assert "mutual cooperation is itself an equilibrium" in text and "dilemma" not in text


def test_downloads_give_the_equilibria_the_scenario_and_a_report(downloads):
    at = fresh()
    assert sorted(b.key for b in at.get("download_button")) == [
        "stage-game_dl_csv", "stage-game_dl_report", "stage-game_dl_yaml"]
    frame = pd.read_csv(io.StringIO(downloads("stage_game_custom_classic_game.csv")))
    assert list(frame["row_strategy"]) == ["defect"] and list(frame["row_payoff"]) == [1.0]
    scenario = parse_scenario_text(downloads("custom_classic_game.yaml"))
    assert scenario.parameters.game == "classic" and scenario.parameters.T == 5.0
    assert scenario.title.zh == "囚徒困境"
    edit(at, {0: {"cooperate · US": 4.0}})
    table = parse_scenario_text(downloads("custom_classic_game.yaml")).parameters
    assert table.game == "table" and table.row_payoffs == ((4.0, 0.0), (5.0, 1.0))
    assert table.row_actions == ("cooperate", "defect")
    report = downloads("stage_game_custom_classic_game_report.html")
    assert "Debrief" in report and "Nash equilibria" in report


def test_a_scenarios_yaml_keeps_its_texts(downloads):
    at = fresh({"source": "scenario", "scenario": "crisis_1994_chicken"})
    assert not at.warning
    scenario = parse_scenario_text(downloads("crisis_1994_chicken.yaml"))
    assert scenario.id == "crisis_1994_chicken" and scenario.parameters.P == -10.0
    assert "Teaching notes" in [e.label for e in at.expander]


def test_the_teacher_view_folds_the_controls_away():
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.session_state["lang"] = "en"
    at.session_state["teacher"] = True
    at.run()
    assert not at.exception
    assert at.expander[0].label == "Controls"
    (chart,) = at.get("plotly_chart")
    assert json.loads(chart.proto.spec)["layout"]["height"] > 220 + 90 * 2  # enlarged
