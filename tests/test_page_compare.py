"""The Compare page under AppTest, its cached comparison and its forest chart."""

from __future__ import annotations

import io
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
from tests.conftest import open_view
from tests.downloads import capture, served

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "compare.py"


def page(lang: str = "en", query: dict[str, str] | None = None) -> AppTest:
    return open_view(PAGE, lang, query, timeout=90)


def debrief(at: AppTest) -> list[str]:
    boxes = [e for e in at.expander if e.label in ("Debrief", "复盘")]
    assert len(boxes) == 1
    return [line.removeprefix("- ") for line in boxes[0].markdown[0].value.split("\n")]


def figures(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def differences(at: AppTest) -> pd.DataFrame:
    return at.dataframe[0].value


def test_two_scenarios_overlaid_with_differences_and_a_forest_chart():
    at = page()
    figs = figures(at)
    assert [f["layout"]["title"]["text"] for f in figs] == [
        "Distribution of Mutual cooperation", "Difference in Mutual cooperation from source 1"]
    # long names wrap onto several lines of the legend
    assert [trace["name"].replace("<br>", " ") for trace in figs[0]["data"]] == [
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
    link = dict(at.query_params.items())
    assert link["type2"] == "run" and link["run2"] == str(run_id) and "scenario2" not in link
    again = page(query=link)
    assert again.selectbox(key="cmp_run_1").value == run_id
    assert differences(again).equals(table)


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


def test_a_link_reproduces_the_comparison_in_a_fresh_session():
    first = page()
    first.number_input(key="cmp_count").set_value(3).run()
    first.number_input(key="cmp_runs_2").set_value(100).run()
    first.number_input(key="cmp_seed_2").set_value(5).run()
    first.selectbox(key="cmp_outcome").set_value("cycle_episodes").run()
    assert not first.exception
    link = dict(first.query_params.items())
    assert {k: link[k] for k in ("count", "type3", "scenario3", "runs3", "seed3", "outcome")} == {
        "count": "3", "type3": "library", "scenario3": "sanction_test_cycle_2006_2017",
        "runs3": "100", "seed3": "5", "outcome": "cycle_episodes"}
    expected = differences(first)

    second = page(query=link)
    assert second.session_state["cmp_count"] == 3
    assert differences(second).equals(expected)
    assert debrief(second) == debrief(first)
    assert debrief(second)[0].startswith("Sanction–test cycle episodes: source 2")
    assert not differences(page()).equals(expected)  # the defaults compare other sources


def test_a_link_naming_a_scenario_gives_it_its_kinds_runs():
    at = page(query={"scenario1": "maximum_pressure_2017", "scenario2": "leaky_sanctions",
                     "runs2": "6"})
    assert at.session_state["cmp_runs_0"] == 20 and at.session_state["cmp_runs_1"] == 6
    assert at.session_state["cmp_outcome"] == "is_de_facto_nuclear_state"
    assert any("source 2" in line for line in debrief(at))


def test_bad_link_values_warn_and_the_page_keeps_working():
    at = page(query={"count": "9", "scenario2": "nowhere", "runs1": "-4", "seed1": "3",
                     "outcome": "nope"})
    warning = " ".join(w.value for w in at.warning)
    for part in ("count=9", "scenario2=nowhere", "runs1=-4", "outcome=nope"):
        assert part in warning
    assert at.session_state["cmp_seed_0"] == 3 and at.session_state["cmp_count"] == 2
    assert at.session_state["cmp_outcome"] == "mutual_cooperation"
    assert len(figures(at)) == 2 and not at.error


def test_debrief_names_the_differing_source_and_downloads_the_comparison(monkeypatch):
    capture(monkeypatch)
    at = page()
    lines = debrief(at)
    assert lines[0].startswith("Mutual cooperation: source 2 is higher than source 1")
    assert "a large difference" in lines[0]
    files = served(at)
    assert set(files) == {"compare_dl_csv", "compare_dl_report"}  # several scenarios: no YAML
    rows = pd.read_csv(io.StringIO(files["compare_dl_csv"]))
    assert len(rows) == len(differences(at))
    chosen = rows[rows["outcome"] == "mutual_cooperation"].iloc[0]
    assert chosen["source"].startswith("2: Trust-building")
    shown = differences(at).set_index("Outcome").loc["Mutual cooperation", "Difference"]
    assert chosen["difference"] == pytest.approx(shown, abs=1e-4)
    report = files["compare_dl_report"]
    assert "<h2>Debrief</h2>" in report and "source 2 is higher than source 1" in report
    chinese = page("zh")
    assert debrief(chinese)[0].startswith("双方同时合作的比例：来源 2 高于来源 1")
