"""The HTML/PNG report of saved runs and its ``peninsula report`` command."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from dashboard.report import build_report, report_figures, write_report
from dashboard.report_cli import register
from sim.experiments import run_ensemble
from sim.experiments.paths import set_values
from sim.io import find_scenario, load_scenario
from sim.io.store import RunStore
from sim.scenario import Bilingual

PLOTLY_JS_BANNER = "plotly.js v"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A store with two repeated-play runs (one with a hostile description) and a six-party run."""
    path = tmp_path_factory.mktemp("store") / "runs.sqlite"
    handle = RunStore(path)
    echo = load_scenario(find_scenario("echo_effect"))
    hostile = echo.model_copy(update={"description": Bilingual(
        en="<script>alert('x')</script> & more", zh="<b>粗体</b>")})
    noisy = set_values(hostile, {"noise": 0.1})
    for scenario, params in ((echo, {}), (noisy, {"noise": 0.1})):
        ensemble = run_ensemble(scenario, 120, 0)
        handle.save(scenario, ensemble.frame, ensemble.summary_dict(), 0, params, name="demo")
    six = set_values(load_scenario(find_scenario("leaky_sanctions")), {"horizon": 8})
    ensemble = run_ensemble(six, 6, 2)
    handle.save(six, ensemble.frame, ensemble.summary_dict(), 2)
    return path


def records(store: Path, *ids: int):
    handle = RunStore(store)
    return [handle.load(i) for i in ids]


def cli(store: Path, *args: str):
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """A stand-in for the ``peninsula`` command."""

    register(app)
    return CliRunner().invoke(app, ["report", *args, "--store", str(store)])


def test_report_is_self_contained_with_plotly_inlined_once(store):
    report = build_report(records(store, 1, 2, 3))
    page = report.html
    assert page.count(PLOTLY_JS_BANNER) == 1
    assert "<script src=" not in page and "cdn.plot.ly/plotly" not in page  # nothing fetched
    assert page.count("Plotly.newPlot") == len(report.figures)
    for text in ("Run 1: The echo effect", "Run 3: Leaky sanctions", "seed 2", "noise",
                 "Mutual cooperation", "saved with version 0.1.0"):
        assert text in page
    assert "None: the scenario as written." in page  # run 1 changed nothing


def test_every_run_has_its_debrief(store):
    page = build_report(records(store, 1, 2, 3)).html
    assert page.count("<h3>Debrief</h3>") == 3
    sections = page.split("<section class='run'>")[1:]
    assert "Mutual cooperation (share (0–1)): mean" in sections[0]
    assert "over 120 runs" in sections[0] and "tolerance" in sections[0]
    assert "Ends with a de facto nuclear DPRK: in" in sections[2]
    assert "ways; the most common" in sections[2] or "Almost every run" in sections[2]
    chosen = build_report(records(store, 1, 3), "zh", outcomes=["cycle_episodes"]).html
    assert chosen.count("<h3>复盘</h3>") == 2
    assert "“制裁—试验”循环次数（次）：120 次运行的平均值" in chosen
    assert "以朝鲜成为事实上的有核国家告终：6 次运行中有" in chosen  # its kind lacks that outcome


def test_a_run_saved_without_its_main_outcome_still_gets_a_debrief(store):
    old = records(store, 1)[0]
    old = replace(old, frame=old.frame.drop(columns=["mutual_cooperation"]))
    page = build_report([old]).html
    assert "<h3>Debrief</h3>" in page and "Cooperation of the row (US) side" in page


def test_scenario_texts_are_escaped(store):
    page = build_report(records(store, 2), lang="zh").html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" not in page  # English not shown
    assert "&lt;b&gt;粗体&lt;/b&gt;" in page and "<b>粗体</b>" not in page
    english = build_report(records(store, 2)).html
    assert "<script>alert" not in english and "&lt;script&gt;alert" in english


def test_figures_overlay_runs_of_one_kind_and_give_six_parties_their_classes(store):
    figures = dict(report_figures(records(store, 1, 2, 3), "en"))
    overlay = figures["repeated_mutual_cooperation"]
    assert [trace.name for trace in overlay.data] == ["Run 1", "Run 2"]
    assert figures["sixparty_classes"].layout.title.text == "How the runs end: outcome classes"
    assert not any(name.startswith("sixparty_is_") for name in figures)
    for fig in figures.values():
        assert fig.layout.title.text and fig.layout.xaxis.title.text and fig.layout.yaxis.title.text
    only = report_figures(records(store, 1), "zh", outcomes=["cycle_episodes"])
    assert [name for name, _ in only] == ["repeated_cycle_episodes"]
    assert only[0][1].layout.title.text == "“制裁—试验”循环次数的分布"


def test_cli_writes_the_report(store, tmp_path):
    out = tmp_path / "report.html"
    result = cli(store, "1", "3", "--out", str(out), "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.output
    page = out.read_text(encoding="utf-8")
    assert "“半岛”报告" in page and "运行 3" in page
    assert not list(tmp_path.glob(".*partial"))


@pytest.mark.parametrize("args,message", [
    (["x1"], "run id 'x1' must be a whole number"),
    (["99"], "no saved run with id 99"),
    (["1", "--lang", "fr"], "unknown language 'fr'; allowed: en, zh"),
    (["1", "--outcome", "nope"], "unknown outcome 'nope'"),
])
def test_cli_bad_input_is_one_line_and_exit_2(store, tmp_path, args, message):
    out = tmp_path / "r.html"
    result = cli(store, *args, "--out", str(out))
    assert result.exit_code == 2
    assert message in result.output and result.output.strip().count("\n") == 0
    assert not out.exists()


def test_cli_refuses_a_missing_folder_and_a_foreign_store(store, tmp_path):
    result = cli(store, "1", "--out", str(tmp_path / "nowhere" / "r.html"))
    assert result.exit_code == 2 and "does not exist" in result.output
    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("my notes", encoding="utf-8")
    result = cli(foreign, "1", "--out", str(tmp_path / "r.html"))
    assert result.exit_code == 2 and "not a Peninsula run store" in result.output
    assert foreign.read_text(encoding="utf-8") == "my notes"


@pytest.mark.slow
def test_png_export_through_kaleido(store, tmp_path):
    if not Path("/usr/bin/chromium").exists() and os.environ.get("CI") != "true":
        pytest.skip("/usr/bin/chromium is missing (apt-get install chromium)")
    out, pngs = write_report(records(store, 1), tmp_path / "r.html", "en", tmp_path / "png",
                             outcomes=["mutual_cooperation"])
    assert out.exists()
    assert [p.name for p in pngs] == ["repeated_mutual_cooperation.png"]
    assert pngs[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pngs[0].stat().st_size > 5_000
