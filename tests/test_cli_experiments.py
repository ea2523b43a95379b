"""``peninsula run|sweep|sensitivity|compare|runs`` end to end, as a user types them."""

from __future__ import annotations

import json

import pandas as pd

from tests.conftest import MINIMAL_SCENARIO
from tests.conftest import invoke as run_cli

TABLE = {**MINIMAL_SCENARIO, "id": "table_chicken", "parameters": {
    "game": "table", "row_actions": ["swerve", "stand"], "column_actions": ["swerve", "stand"],
    "row_payoffs": [[3, 1], [4, 0]], "column_payoffs": [[3, 4], [1, 0]]}}


def test_run_save_show_export_delete(write_yaml, tmp_path):
    path = write_yaml(TABLE)
    store = tmp_path / "runs.sqlite"
    result = run_cli("run", str(path), "--runs", "3", "--executor", "serial", "--save",
                     "--store", str(store), "--json", "--set", "row_payoffs.1.1=2")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["summary"]["equilibria"]["mean"] == 1
    run_id = payload["saved_run"]
    listed = json.loads(run_cli("runs", "list", "--store", str(store), "--json").stdout)
    assert [row["id"] for row in listed] == [run_id]
    shown = json.loads(run_cli("runs", "show", str(run_id), "--store", str(store), "--json").stdout)
    assert shown["parameters"] == {"row_payoffs.1.1": 2}
    out = tmp_path / "frame.csv"
    assert run_cli("runs", "export", str(run_id), "--out", str(out), "--store", str(store)).returncode == 0
    assert len(pd.read_csv(out)) == 3
    assert run_cli("runs", "delete", str(run_id), "--store", str(store)).returncode == 0
    missing = run_cli("runs", "show", str(run_id), "--store", str(store))
    assert missing.returncode == 2
    assert "no saved run" in missing.stderr


def test_compare_a_scenario_with_a_saved_run(write_yaml, tmp_path):
    path = write_yaml(TABLE)
    store = tmp_path / "runs.sqlite"
    saved = json.loads(run_cli("run", str(path), "--runs", "2", "--executor", "serial", "--save",
                               "--store", str(store), "--json", "--set",
                               "row_payoffs.1.1=2").stdout)["saved_run"]
    result = run_cli("compare", str(path), f"run:{saved}", "--runs", "2", "--executor", "serial",
                     "--store", str(store), "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["outcome"]: row for row in json.loads(result.stdout)["differences"]}
    assert rows["equilibria"]["difference"] == -2


def test_sweep_grid_to_parquet(write_yaml, tmp_path):
    out = tmp_path / "sweep.parquet"
    result = run_cli("sweep", str(write_yaml(TABLE)), "--grid", "row_payoffs.1.1=0:2:3",
                     "--runs", "1", "--executor", "serial", "--out", str(out), "--json")
    assert result.returncode == 0, result.stderr
    points = json.loads(result.stdout)["points"]
    assert [p["mean"] for p in points] == [3, 3, 1]
    assert len(pd.read_parquet(out)) == 3


def test_sensitivity_json(write_yaml):
    result = run_cli("sensitivity", str(write_yaml(TABLE)), "--param", "row_payoffs.1.1=0:2",
                     "--param", "row_payoffs.1.0=3.2:6", "--samples", "16", "--runs", "1",
                     "--executor", "serial", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["evaluations"] == 16 * 4
    assert {row["parameter"] for row in payload["indices"]} == {"row_payoffs.1.1", "row_payoffs.1.0"}


def test_bad_experiments_exit_2_with_one_line(write_yaml, tmp_path):
    path = str(write_yaml(TABLE))
    cases = [
        (["sweep", path, "--grid", "nothing=1,2"], "unknown parameter path"),
        (["sweep", path, "--grid", "row_payoffs.1.1=5:5000:2"], "less than or equal to 1000"),
        (["sweep", path, "--param", "row_payoffs.1.1=2:1"], "empty range"),
        (["sweep", path], "either --grid"),
        (["run", path, "--runs", "0"], "out of range"),
        (["run", path, "--executor", "gpu"], "unknown executor"),
        (["sensitivity", path, "--param", "row_payoffs.1.1=0:2", "--method", "magic"], "unknown method"),
        (["runs", "list", "--store", str(path)], "not a Peninsula run store"),
        (["run", path, "--set", "row_payoffs.1.1"], "KEY=VALUE"),
    ]
    for args, expected in cases:
        result = run_cli(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert expected in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
