"""The Sensitivity page under AppTest and its ranked bar chart."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from dashboard.figures.experiments import sensitivity_figure
from sim.io import parse_scenario_text
from tests.conftest import open_view
from tests.downloads import capture, served

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "sensitivity.py"


def page(lang: str = "en", query: dict[str, str] | None = None) -> AppTest:
    return open_view(PAGE, lang, query, timeout=120)


def debrief(at: AppTest) -> list[str]:
    boxes = [e for e in at.expander if e.label == "Debrief"]
    assert len(boxes) == 1
    return [line.removeprefix("- ") for line in boxes[0].markdown[0].value.split("\n")]


def quick(at: AppTest) -> AppTest:
    """Small settings, so that an analysis takes a moment."""
    at.number_input(key="sa_samples").set_value(4).run()
    at.number_input(key="sa_reps").set_value(20).run()
    at.number_input(key="sa_seed").set_value(3).run()
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


def test_a_link_to_computed_indices_computes_them_again_in_a_fresh_session():
    first = quick(page())
    first.number_input(key="sa_high.noise").set_value(0.2).run()
    first.button(key="sa_compute").click().run()
    assert not first.exception and not first.error
    link = dict(first.query_params.items())
    assert {k: link[k] for k in ("scenario", "method", "outcome", "samples", "replicates",
                                 "seed", "parameters", "low.noise", "high.noise",
                                 "computed")} == {
        "scenario": "echo_effect", "method": "morris", "outcome": "mutual_cooperation",
        "samples": "4", "replicates": "20", "seed": "3", "parameters": "noise,misperception",
        "low.noise": "0.04", "high.noise": "0.2", "computed": "1"}
    expected = first.dataframe[0].value

    second = page(query=link)
    assert second.number_input(key="sa_high.noise").value == 0.2
    assert len(second.get("plotly_chart")) == 1 and not second.info
    assert second.dataframe[0].value.equals(expected)
    assert debrief(second) == debrief(first)
    # without the flag the same settings wait for the button
    waiting = page(query={k: v for k, v in link.items() if k != "computed"})
    assert not waiting.get("plotly_chart") and "Set the parameters" in waiting.info[0].value
    # a changed setting drops the flag: the link no longer promises those indices
    first.number_input(key="sa_seed").set_value(4).run()
    assert "computed" not in first.query_params


def test_sobol_link_with_chosen_parameters_and_their_bounds():
    link = {"method": "sobol", "samples": "4", "replicates": "10", "parameters": "noise,discount",
            "low.discount": "0.9", "high.discount": "0.99", "computed": "1"}
    at = page(query=link)
    assert at.session_state["sa_params"] == ["noise", "discount"]
    assert at.session_state["sa_samples"] == 4  # not reset to Sobol's 16 by the method
    table = at.dataframe[0].value
    assert list(table["parameter"]) == ["noise", "discount"] and "ST" in table
    assert any(line.startswith("Mutual cooperation depends most on") for line in debrief(at))


def test_bad_link_values_warn_and_the_page_keeps_working():
    at = page(query={"method": "fast", "samples": "0", "parameters": "noise,bogus",
                     "low.noise": "-1", "seed": "9", "computed": "maybe"})
    warning = " ".join(w.value for w in at.warning)
    for part in ("method=fast", "samples=0", "parameters=noise,bogus", "low.noise=-1",
                 "computed=maybe"):
        assert part in warning
    assert at.session_state["sa_seed"] == 9 and at.session_state["sa_method"] == "morris"
    assert at.session_state["sa_params"] == ["noise", "misperception"]
    assert "Set the parameters" in at.info[0].value and not at.error
    quick(at).button(key="sa_compute").click().run()
    assert not at.exception and len(at.get("plotly_chart")) == 1


def test_debrief_and_downloads_after_computing(monkeypatch):
    capture(monkeypatch)
    at = quick(page())
    assert not at.get("download_button")  # nothing to download before computing
    at.button(key="sa_compute").click().run()
    lines = debrief(at)
    top = at.dataframe[0].value.sort_values("mu_star")["parameter"].iloc[-1]
    assert lines[0].startswith(f"Mutual cooperation depends most on {top}: μ* =")
    files = served(at)
    assert set(files) == {"sensitivity_dl_csv", "sensitivity_dl_yaml", "sensitivity_dl_report"}
    points = pd.read_csv(io.StringIO(files["sensitivity_dl_csv"]))
    assert list(points.columns) == ["noise", "misperception", "mutual_cooperation"]
    assert len(points) == 4 * 3  # 4 trajectories of 2 parameters
    scenario = parse_scenario_text(files["sensitivity_dl_yaml"], "download")
    assert scenario.id == "echo_effect"
    assert "<h2>Debrief</h2>" in files["sensitivity_dl_report"]
    assert "depends most on" in files["sensitivity_dl_report"]
