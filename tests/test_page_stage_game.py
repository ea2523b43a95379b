"""The stage-game explorer under AppTest: real interactions, no exceptions, the heatmap redraws."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

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
