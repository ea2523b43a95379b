"""The "Run a scenario" page under AppTest, its cached bands and its figure factories."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml
from streamlit.testing.v1 import AppTest

from dashboard.cached.experiments import mean_band, repeated_bands, sixparty_bands
from dashboard.figures.experiments import (
    band_figure,
    class_shares,
    distribution_figure,
    summary_table,
)
from dashboard.i18n import CATALOG
from sim.experiments import run_ensemble, runner_for
from sim.experiments.paths import set_values
from sim.experiments.runners import REPLICATE
from sim.experiments.stats import mean_ci
from sim.experiments.tasks import plan_tasks
from sim.io import dump_scenario, find_scenario, load_scenario, parse_scenario_text
from sim.io.store import RunStore
from sim.sixparty.ensemble import run_ensemble as six
from sim.sixparty.frames import outcome_indicators
from tests.conftest import open_view
from tests.downloads import capture, served

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "run_scenario.py"
KINDS = ("stage_game", "repeated", "sequencing", "sixparty")


def page(lang: str = "en", query: dict[str, str] | None = None) -> AppTest:
    return open_view(PAGE, lang, query, timeout=90)


def debrief(at: AppTest) -> str:
    boxes = [e for e in at.expander if e.label == "Debrief"]
    assert len(boxes) == 1
    return " ".join(m.value for m in boxes[0].markdown)


def figures(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def titles(at: AppTest) -> list[str]:
    return [fig["layout"]["title"]["text"] for fig in figures(at)]


def table_with(at: AppTest, column: str) -> pd.DataFrame:
    found = [d.value for d in at.dataframe if column in d.value.columns]
    assert len(found) == 1
    return found[0]


def mean_of(at: AppTest, outcome: str) -> float:
    table = table_with(at, "Meaning")
    return float(table.loc[table["Outcome"] == outcome, "Mean"].iloc[0])


def test_default_run_draws_summary_distribution_and_bands_and_reacts_to_a_slider():
    at = page()
    assert titles(at) == ["Distribution of Mutual cooperation", "Cooperation: mean with 95 % band"]
    band = figures(at)[1]
    assert band["layout"]["xaxis"]["title"]["text"] == "Round"
    assert band["layout"]["yaxis"]["title"]["text"] == "Cooperation (share (0–1))"
    noisy = mean_of(at, "mutual_cooperation")
    assert noisy < 0.9  # tit for tat with 5 % noise keeps echoing
    at.slider(key="rs_p.noise").set_value(0.0).run()
    assert not at.exception
    assert mean_of(at, "mutual_cooperation") == 1.0
    changes = table_with(at, "Scenario value")
    assert list(changes["Parameter"]) == ["noise"] and list(changes["Value"]) == ["0.0"]
    at.selectbox(key="rs_series").set_value("trust").run()
    assert titles(at)[1] == "Trust in the other side: mean with 95 % band"


def test_out_of_range_and_bad_values_show_one_line_and_keep_the_page():
    at = page()
    at.selectbox(key="rs_scenario").set_value("leaky_sanctions").run()
    assert not at.exception
    assert at.session_state["rs_runs"] == 20
    assert "How the runs end: outcome classes" in titles(at)
    at.selectbox(key="rs_group").set_value("parties.CN").run()
    at.number_input(key="rs_p.parties.CN.trust.US").set_value(3.0).run()
    assert not at.exception
    messages = [e.value for e in at.error]
    assert len(messages) == 1 and "\n" not in messages[0]
    assert "trust towards US" in messages[0] and "[0, 1]" in messages[0]
    at.button(key="rs_reset").click().run()
    assert not at.error and len(at.get("plotly_chart")) == 3


def test_chinese_labels_and_a_sequencing_scenario():
    at = page("zh")
    at.selectbox(key="rs_scenario").set_value("hanoi_2019").run()
    assert not at.exception
    assert titles(at) == ["协议完整实施的分布"]
    at.selectbox(key="rs_p.order").set_value("package_deal").run()
    assert not at.exception and not at.error


def test_upload_good_and_hostile_files():
    at = page()
    at.radio(key="rs_source").set_value("upload").run()
    assert [i.value for i in at.info] == ["Upload a scenario file to run it."]
    data = yaml.safe_load(dump_scenario(load_scenario(find_scenario("echo_effect"))))
    data["id"] = "my_echo"
    data["parameters"]["rounds"] = 20
    at.file_uploader(key="rs_upload").set_value(("mine.yaml", yaml.safe_dump(data).encode(),
                                                  "application/x-yaml")).run()
    assert not at.exception and not at.error
    assert at.number_input(key="rs_p.rounds").value == 20
    bomb = b"a: &a [1, 2]\nb: [*a, *a]\n"
    at.file_uploader(key="rs_upload").set_value(("bomb.yaml", bomb, "application/x-yaml")).run()
    assert not at.exception
    messages = [e.value for e in at.error]
    assert len(messages) == 1 and "bomb.yaml" in messages[0] and "aliases" in messages[0]
    at.file_uploader(key="rs_upload").set_value(("bad.yaml", b"\xff\xfe", "text/plain")).run()
    assert not at.exception and "UTF-8" in at.error[0].value


def test_save_run_writes_to_the_store(tmp_path, monkeypatch):
    monkeypatch.setenv("PENINSULA_STORE", str(tmp_path / "runs.sqlite"))
    at = page()
    at.slider(key="rs_p.noise").set_value(0.1).run()
    at.number_input(key="rs_runs").set_value(50).run()
    at.text_input(key="rs_name").set_value("class demo").run()
    at.button(key="rs_save").click().run()
    assert not at.exception
    assert "Saved as run 1" in at.success[0].value
    record = RunStore(tmp_path / "runs.sqlite").load(1)
    assert record.parameters == {"noise": 0.1} and record.name == "class demo"
    assert len(record.frame) == 50 and record.scenario.parameters.noise == 0.1
    # results CSV, the changed scenario YAML and the report; the save button stays
    assert [b.key for b in at.get("download_button")] == ["run_dl_csv", "run_dl_yaml", "run_dl_report"]


def test_bands_use_the_ensembles_own_replicates():
    scenario = set_values(load_scenario(find_scenario("leaky_sanctions")), {"horizon": 12})
    runs = 30  # two tasks of the six-party runner
    bands = sixparty_bands(scenario, runs, seed=3)
    ensemble = run_ensemble(scenario, runs, 3)
    parts = [six(scenario.parameters, t.replicates, t.seed) for t in plan_tasks([scenario], runs, 3)]
    rebuilt = pd.concat([outcome_indicators(p) for p in parts], ignore_index=True)
    frame = ensemble.frame.drop(columns=[REPLICATE])
    pd.testing.assert_frame_equal(rebuilt[list(frame.columns)], frame, check_dtype=False)
    tension = np.concatenate([p.world[:, :, 0] for p in parts])
    assert bands["tension"]["mean"].to_numpy() == pytest.approx(tension.mean(axis=0))
    assert set(bands["trust_given"]["group"]) == {"US", "KP", "KR", "CN", "JP", "RU"}
    repeated = repeated_bands(load_scenario(find_scenario("echo_effect")), 200, seed=1)
    assert repeated["cooperation"]["n"].iloc[0] == 200
    assert set(repeated["trust"]["group"]) == {"US", "KP"}


def test_mean_band_matches_the_t_interval_of_mean_ci():
    values = np.random.default_rng(0).normal(size=(25, 4))
    mean, low, high = mean_band(values)
    for column in range(4):
        expected = mean_ci(values[:, column])
        assert (mean[column], low[column], high[column]) == pytest.approx(expected)


def test_every_outcome_of_every_kind_has_a_label_and_a_unit_in_both_languages():
    for kind in KINDS:
        for name in runner_for(kind).outcomes:
            assert f"exp.outcome.{kind}.{name}" in CATALOG, (kind, name)
            assert f"exp.unit.{kind}.{name}" in CATALOG, (kind, name)


def test_figure_factories():
    frame = pd.DataFrame({"is_stalemate": [1.0, 1.0, 0.0, 0.0], "is_freeze_deal": [0.0, 0.0, 1.0, 1.0]})
    shares = class_shares(frame, "A")
    assert list(shares["share"]) == [0.5, 0.5]
    assert all(shares["low"] < 0.5) and all(shares["high"] > 0.5)
    fig = distribution_figure({"A": [0, 1, 1, 2], "B": [2, 2, 3]}, "sixparty", "nuclear_tests", "en")
    assert [t.name for t in fig.data] == ["A", "B"]
    assert fig.data[0].xbins.size == 1.0 and fig.data[1].xbins.start == -0.5  # shared bins
    assert fig.layout.legend.title.text == "Source"
    assert fig.layout.xaxis.title.text == "Nuclear tests (count)"
    bands = pd.DataFrame({"x": [1, 2], "group": "US", "mean": [0.5, 0.6], "low": [0.4, 0.5],
                          "high": [0.6, 0.7]})
    fig = band_figure(bands, "cooperation", "round", "zh")
    assert fig.layout.xaxis.title.text == "回合" and fig.data[1].name == "美国"
    summary = pd.DataFrame({"outcome": ["completed"], "mean": [0.25], "ci_low": [0.2],
                            "ci_high": [0.3], "min": [0.0], "max": [1.0]})
    table = summary_table(summary, "sequencing", "en")
    assert list(table.columns) == ["Outcome", "Meaning", "Mean", "95 % CI", "Min", "Max"]
    assert table.iloc[0]["95 % CI"] == "0.2 – 0.3"


def test_a_link_reproduces_the_run_with_its_parameter_changes_in_a_fresh_session():
    first = page()
    first.slider(key="rs_p.noise").set_value(0.1).run()
    first.number_input(key="rs_runs").set_value(200).run()
    first.number_input(key="rs_seed").set_value(5).run()
    first.selectbox(key="rs_outcome").set_value("cycle_episodes").run()
    first.selectbox(key="rs_series").set_value("trust").run()
    assert not first.exception
    link = dict(first.query_params.items())
    assert {k: link[k] for k in ("source", "scenario", "runs", "seed", "outcome", "series",
                                 "p.noise")} == {
        "source": "library", "scenario": "echo_effect", "runs": "200", "seed": "5",
        "outcome": "cycle_episodes", "series": "trust", "p.noise": "0.1"}
    expected = table_with(first, "Meaning")

    second = page(query=link)
    assert second.session_state["rs_overrides"] == {"noise": 0.1}
    assert second.slider(key="rs_p.noise").value == 0.1
    assert table_with(second, "Meaning").equals(expected)
    assert titles(second) == titles(first) == [
        "Distribution of Sanction–test cycle episodes", "Trust in the other side: mean with 95 % band"]
    assert debrief(second) == debrief(first)
    assert not table_with(page(), "Meaning").equals(expected)  # the defaults give other numbers


def test_a_link_to_another_scenario_applies_its_settings_after_choosing_it():
    at = page(query={"scenario": "leaky_sanctions", "runs": "6", "p.horizon": "8",
                     "outcome": "nuclear_tests"})
    assert at.session_state["rs_scenario"] == "leaky_sanctions"
    assert at.session_state["rs_runs"] == 6  # not reset to the kind's 20 by the scenario
    assert at.session_state["rs_overrides"] == {"horizon": 8}
    assert at.session_state["rs_outcome"] == "nuclear_tests"
    assert len(table_with(at, "Scenario value")) == 1
    assert "Nuclear tests" in debrief(at)


def test_bad_link_values_warn_and_the_page_keeps_working():
    at = page(query={"runs": "0", "p.noise": "7", "outcome": "nope", "source": "upload",
                     "seed": "3"})
    warning = " ".join(w.value for w in at.warning)
    for part in ("runs=0", "p.noise=7", "outcome=nope", "source=upload"):
        assert part in warning
    assert at.session_state["rs_seed"] == 3 and at.session_state["rs_runs"] == 500
    assert at.session_state["rs_source"] == "library" and not at.session_state["rs_overrides"]
    assert len(at.get("plotly_chart")) == 2 and not at.error


def test_an_uploaded_scenario_says_it_cannot_travel_in_a_link():
    at = page()
    at.radio(key="rs_source").set_value("upload").run()
    assert any("cannot travel in a link" in c.value for c in at.caption)
    assert "scenario" not in at.query_params and "source" not in at.query_params
    data = yaml.safe_load(dump_scenario(load_scenario(find_scenario("echo_effect"))))
    data["id"] = "my_echo"
    at.file_uploader(key="rs_upload").set_value(("mine.yaml", yaml.safe_dump(data).encode(),
                                                  "application/x-yaml")).run()
    assert not at.exception and "scenario" not in at.query_params
    assert "Mutual cooperation" in debrief(at)


def test_debrief_and_downloads_of_the_edited_scenario(monkeypatch):
    capture(monkeypatch)
    at = page()
    at.slider(key="rs_p.noise").set_value(0.1).run()
    at.number_input(key="rs_runs").set_value(60).run()
    text = debrief(at)
    assert "Mutual cooperation (share (0–1)): mean" in text and "over 60 runs" in text
    assert "tolerance" in text
    files = served(at)
    frame = pd.read_csv(io.StringIO(files["run_dl_csv"]))
    assert len(frame) == 60 and "mutual_cooperation" in frame
    mean = float(table_with(at, "Meaning").set_index("Outcome").loc["mutual_cooperation", "Mean"])
    assert frame["mutual_cooperation"].mean() == pytest.approx(mean, rel=1e-3)
    scenario = parse_scenario_text(files["run_dl_yaml"], "download")
    assert scenario.id == "echo_effect" and scenario.parameters.noise == 0.1
    report = files["run_dl_report"]
    assert "<h2>Debrief</h2>" in report and "over 60 runs" in report
    assert "<td>p.noise</td>" in report and "<td>0.1</td>" in report


def test_deterministic_scenario_has_a_debrief_saying_so():
    at = page(query={"scenario": "crisis_1994_chicken"})
    assert "This model is deterministic" in debrief(at)
