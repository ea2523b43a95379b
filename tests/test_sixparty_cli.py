"""``peninsula sixparty`` and ``peninsula history`` end to end, good input and bad."""

from __future__ import annotations

import json

from tests.conftest import run_cli


def test_sixparty_json_reports_shares_counts_and_parties():
    result = run_cli("sixparty", "history_1993_2024", "--runs", "6", "--seed", "3",
                     "--set", "horizon=20", "--set", "parties.CN.enforcement=0.9", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["runs"] == 6 and data["end"] == "1997Q4"
    assert sum(row["count"] for row in data["outcomes"]) == 6
    assert {"missile_tests", "agreements_broken"} <= set(data["mean_counts"])
    assert [row["party"] for row in data["parties"]] == ["US", "KP", "KR", "CN", "JP", "RU"]


def test_sixparty_table_output():
    result = run_cli("sixparty", "history_1993_2024", "--runs", "3", "--set", "horizon=8")
    assert result.returncode == 0, result.stderr
    assert "escalation_crisis" in result.stdout and "Mean counts per run" in result.stdout


def test_bad_set_value_is_one_line_and_exit_2():
    result = run_cli("sixparty", "history_1993_2024", "--runs", "2",
                     "--set", "parties.US.trust.KP=1.5")
    assert result.returncode == 2
    lines = [line for line in result.stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and "trust towards KP must lie in [0, 1]" in lines[0]


def test_history_json_has_both_periods():
    result = run_cli("history", "--runs", "4", "--seed", "1", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {row["period"] for row in data["series"]} == {"in_sample", "out_of_sample"}
    assert data["calibration_end"] == 2019
