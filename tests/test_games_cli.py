"""``peninsula game``: tables, JSON, exit codes for bad input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sim.cli import app
from tests.conftest import run_cli

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, ["game", *args])


def test_done_means_prisoners_dilemma_json():
    result = run_cli("game", "--classic", "prisoners_dilemma", "--T", "5", "--R", "3", "--P", "1",
                     "--S", "0", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    (e,) = report["equilibria"]
    assert e["row"] == {"cooperate": 0.0, "defect": 1.0}
    assert e["column"] == {"cooperate": 0.0, "defect": 1.0}
    grim = [t["value"] for t in report["thresholds"] if t["key"] == "grim_trigger"]
    assert grim == [0.5, 0.5]


def test_chicken_reports_three_equilibria():
    result = invoke("--classic", "chicken", "--T", "4", "--R", "3", "--P", "1", "--S", "2", "--json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert len(report["equilibria"]) == 3
    assert sorted(e["kind"] for e in report["equilibria"]) == ["mixed", "pure", "pure"]


def test_readable_table_for_a_bundled_scenario():
    result = invoke("standoff_2017")
    assert result.exit_code == 0
    for text in ("pressure", "provoke", "Nash equilibria", "Thresholds", "deadlock"):
        assert text in result.stdout


def test_scenario_by_path_and_json(tmp_path, scenario_data, write_yaml):
    path = write_yaml(scenario_data)
    report = json.loads(invoke(str(path), "--json").stdout)
    assert report["name"] == "Minimal chicken" and report["type"]["id"] == "chicken"


@pytest.mark.parametrize("args, fragment", [
    (["--classic", "chicken", "--T", "4", "--R", "3", "--P", "1"], "missing --S"),
    (["--classic", "chicken", "--T", "4", "--R", "3", "--P", "2", "--S", "1"], "T > R > S > P"),
    (["--classic", "snowdrift", "--T", "4", "--R", "3", "--P", "1", "--S", "2"], "unknown classic"),
    ([], "either a SCENARIO"),
    (["standoff_2017", "--classic", "chicken"], "either a SCENARIO"),
    (["standoff_2017", "--T", "3"], "only used with --classic"),
    (["no_such_scenario"], "no scenario file"),
])
def test_bad_input_is_one_line_and_exit_2(args, fragment):
    result = invoke(*args)
    assert result.exit_code == 2
    message = result.stderr if result.stderr else result.output
    assert fragment in message
    assert len(message.strip().splitlines()) == 1


def test_installed_command_exits_2_on_a_violated_order():
    result = run_cli("game", "--classic", "prisoners_dilemma", "--T", "2", "--R", "3", "--P", "1",
                     "--S", "0")
    assert result.returncode == 2
    assert "needs T > R > P > S" in result.stderr and "Traceback" not in result.stderr
