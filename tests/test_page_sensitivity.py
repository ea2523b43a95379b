"""The Sensitivity page under AppTest and its ranked bar chart."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from dashboard.figures.experiments import sensitivity_figure

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "sensitivity.py"


def page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=120)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    return at


def chart(at: AppTest) -> dict:
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


def test_nothing_heavy_runs_until_the_button_is_pressed():
    at = page()
    assert not at.get("plotly_chart")
    assert at.session_state["sa_params"] == ["noise", "misperception"]
    assert at.number_input(key="sa_low.noise").value == 0.04
    assert at.number_input(key="sa_high.misperception").value == 0.2
    assert "Set the parameters" in at.info[0].value
    assert at.caption[0].value == "24 points × 100 runs = 2400 model runs."


def test_morris_then_sobol_rank_the_parameters_with_intervals():
    at = page()
    at.button(key="sa_compute").click().run()
    assert not at.exception and not at.error
    fig = chart(at)
    assert fig["layout"]["title"]["text"] == "Morris screening of Mutual cooperation"
    bars = fig["data"][0]
    assert bars["orientation"] == "h" and set(bars["y"]) == {"noise", "misperception"}
    table = at.dataframe[0].value
    ranked = table.sort_values("mu_star")["parameter"].tolist()
    assert list(bars["y"]) == ranked  # smallest at the bottom, largest on top
    assert "error_x" in bars
    # misperception's range (0 to 0.2) is much wider than noise's (0.04 to 0.06)
    assert ranked[-1] == "misperception"

    at.radio(key="sa_method").set_value("sobol").run()
    assert at.session_state["sa_samples"] == 16
    assert "settings changed" in at.info[0].value  # the Morris result stays until recomputed
    at.button(key="sa_compute").click().run()
    assert not at.exception and not at.info
    fig = chart(at)
    assert fig["layout"]["title"]["text"] == "Sobol indices of Mutual cooperation"
    assert [trace["name"] for trace in fig["data"]] == ["ST (total)", "S1 (first order)"]
    assert {"S1", "S1_conf", "ST", "ST_conf"} <= set(at.dataframe[0].value.columns)


def test_a_new_scenario_brings_its_own_parameters_and_bad_ranges_get_one_line():
    at = page("zh")
    at.selectbox(key="sa_scenario").set_value("hanoi_2019").run()
    assert not at.exception
    assert at.session_state["sa_params"] == ["trust", "enforcement"]
    assert at.session_state["sa_outcome"] == "completed"
    assert at.number_input(key="sa_low.trust").value == 0.24  # trust 0.3, less 20 %
    at.number_input(key="sa_high.trust").set_value(0.1).run()  # below the low end
    at.button(key="sa_compute").click().run()
    assert not at.exception
    messages = [e.value for e in at.error]
    assert len(messages) == 1 and "trust" in messages[0] and "\n" not in messages[0]
    at.multiselect(key="sa_params").set_value(["trust"]).run()
    assert not at.exception and at.button(key="sa_compute").disabled


def test_sensitivity_figure_in_chinese_has_titles_and_units():
    indices = pd.DataFrame({"parameter": ["a", "b", "c"], "mu": [0.1, -0.5, 0.0],
                            "mu_star": [0.1, 0.5, 0.02], "sigma": [0.0, 0.1, 0.0],
                            "mu_star_conf": [0.05, 0.1, -0.01]})
    fig = sensitivity_figure(indices, "morris", "sixparty", "nuclear_tests", "zh")
    assert list(fig.data[0].y) == ["c", "a", "b"]
    assert list(fig.data[0].error_x.array) == [0.01, 0.05, 0.1]
    assert fig.layout.title.text == "核试验次数的 Morris 筛选"
    assert fig.layout.xaxis.title.text == "μ*：基本效应绝对值的平均（次数）"
    assert fig.layout.legend.title.text == "指数及95%区间"
