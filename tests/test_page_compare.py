"""The Compare page under AppTest, its cached comparison and its forest chart."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.cached.experiments import comparison_view
from dashboard.figures.experiments import forest_figure
from sim.experiments import run_ensemble
from sim.experiments.paths import set_values
from sim.io import dump_scenario, find_scenario, load_scenario
from sim.io.store import RunStore

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "compare.py"


def page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=90)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    return at


def figures(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def differences(at: AppTest) -> pd.DataFrame:
    return at.dataframe[0].value


def test_two_scenarios_overlaid_with_differences_and_a_forest_chart():
    at = page()
    figs = figures(at)
    assert [f["layout"]["title"]["text"] for f in figs] == [
        "Distribution of Mutual cooperation", "Difference in Mutual cooperation from source 1"]
    assert [trace["name"] for trace in figs[0]["data"]] == [
        "1: The echo effect: tit for tat and one mistake",
        "2: Trust-building in 2018: test moratorium for suspended exercises"]
    assert figs[1]["layout"]["xaxis"]["title"]["text"] == "difference (share (0–1))"
    table = differences(at)
    assert len(table) == 11  # every outcome of repeated play
    row = table[table["Outcome"] == "Mutual cooperation"].iloc[0]
    assert row["Difference"] == pytest.approx(row["Mean of this source"] - row["Mean of source 1"],
                                              abs=2e-4)
    low, high = (float(x) for x in row["95 % CI"].split(" – "))
    assert low < row["Difference"] < high and row["Cliff's delta"] > 0.5


def test_more_sources_and_a_changed_outcome():
    at = page()
    at.number_input(key="cmp_count").set_value(3).run()
    assert not at.exception
    assert len(figures(at)[0]["data"]) == 3
    assert len(differences(at)) == 22  # sources 2 and 3 against source 1
    at.selectbox(key="cmp_outcome").set_value("cycle_episodes").run()
    assert figures(at)[1]["layout"]["title"]["text"] == \
        "Difference in Sanction–test cycle episodes from source 1"


def test_mixed_kinds_get_a_clear_message_and_six_parties_their_classes():
    at = page("zh")
    at.selectbox(key="cmp_scn_1").set_value("leaky_sanctions").run()
    assert not at.exception and not at.get("plotly_chart")
    assert at.warning[0].value == "只有同一模型类型的来源才能比较；当前为：重复博弈、六方模型。"
    at.selectbox(key="cmp_scn_0").set_value("maximum_pressure_2017").run()
    assert not at.exception and at.session_state["cmp_runs_0"] == 20
    titles = [f["layout"]["title"]["text"] for f in figures(at)]
    assert "运行的结局：结果类别" in titles


def test_a_saved_run_against_a_scenario(tmp_path, monkeypatch):
    store = tmp_path / "runs.sqlite"
    monkeypatch.setenv("PENINSULA_STORE", str(store))
    scenario = set_values(load_scenario(find_scenario("echo_effect")), {"noise": 0.0})
    ensemble = run_ensemble(scenario, 100, 4)
    run_id = RunStore(store).save(scenario, ensemble.frame, ensemble.summary_dict(), 4,
                                  {"noise": 0.0}, name="no noise")
    at = page()
    at.radio(key="cmp_type_1").set_value("run").run()
    assert not at.exception
    assert at.selectbox(key="cmp_run_1").value == run_id
    table = differences(at)
    row = table[table["Outcome"] == "Mutual cooperation"].iloc[0]
    assert row["Mean of this source"] == 1.0  # tit for tat without noise never defects
    assert table.iloc[0]["Source"] == "2: Run 1"


def test_no_saved_runs_yet(tmp_path, monkeypatch):
    monkeypatch.setenv("PENINSULA_STORE", str(tmp_path / "empty.sqlite"))
    at = page()
    at.radio(key="cmp_type_0").set_value("run").run()
    assert not at.exception and "No saved runs yet" in at.info[0].value
    assert not at.get("plotly_chart")


def test_comparison_is_deterministic_and_against_the_first_source():
    echo = dump_scenario(load_scenario(find_scenario("echo_effect")))
    sources = (("scenario", echo, 200, 0), ("scenario", echo, 200, 0), ("scenario", echo, 200, 1))
    view = comparison_view(sources, 0)
    same = view["differences"][view["differences"]["source"] == 1]
    assert (same["difference"] == 0).all() and (same["cliffs_delta"] == 0).all()
    assert comparison_view(sources, 0)["differences"].equals(view["differences"])


def test_forest_figure_draws_intervals_around_each_difference():
    rows = pd.DataFrame({"source": ["2: B", "3: C"], "difference": [0.2, -0.1],
                         "ci_low": [0.1, -0.3], "ci_high": [0.35, 0.05]})
    fig = forest_figure(rows, "repeated", "mutual_cooperation", "en")
    trace = fig.data[0]
    assert list(trace.y) == ["3: C", "2: B"]  # first source on top
    assert list(trace.error_x.array) == pytest.approx([0.15, 0.15])
    assert list(trace.error_x.arrayminus) == pytest.approx([0.2, 0.1])
    assert fig.layout.legend.title.text == "Difference with 95 % bootstrap interval"
