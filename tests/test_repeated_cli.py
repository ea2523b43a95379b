"""``peninsula match``, ``tournament`` and ``strategies``.

Most cases run the Typer app in-process (fast); one runs the installed command end to end.
"""

from __future__ import annotations

import json
import subprocess

import pytest
from typer.testing import CliRunner

from sim.cli import app
from tests.conftest import run_cli


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The command's exit code, stdout and stderr, run in this process."""
    result = CliRunner().invoke(app, list(args))
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def test_match_json_has_summary_and_move_strings():
    """End to end through the installed command, then the same in-process: same JSON."""
    result = run_cli("match", "tit_for_tat", "random", "--rounds", "30", "--replicates", "40",
                     "--noise", "0.05", "--misperception", "0.02", "--seed", "3", "--json",
                     "--show", "2")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["strategies"] == {"US": "tit_for_tat", "KP": "random"}
    assert payload["parameters"]["noise"] == 0.05 and payload["parameters"]["seed"] == 3
    metrics = {(row["metric"], row["player"]) for row in payload["summary"]}
    assert ("cycle_episodes", "both") in metrics and ("cooperation", "US") in metrics
    assert [m["replicate"] for m in payload["moves"]] == [0, 1]
    for moves in payload["moves"]:
        assert len(moves["US"]) == 30 and set(moves["US"] + moves["KP"]) <= {"C", "D"}
        assert moves["US"][0] == "C"  # tit for tat opens with cooperation (noise aside)
    again = cli("match", "tit_for_tat", "random", "--rounds", "30", "--replicates", "40",
                    "--noise", "0.05", "--misperception", "0.02", "--seed", "3", "--json",
                    "--show", "2")
    assert json.loads(again.stdout) == payload


def test_match_from_a_scenario_with_an_override_and_custom_payoffs():
    result = cli("match", "--scenario", "echo_effect", "--noise", "0", "--replicates", "5",
                     "--json", "--show", "1")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["moves"][0]["US"] == "C" * 100
    cooperation = [r for r in payload["summary"] if r["metric"] == "mutual_cooperation"]
    assert cooperation[0]["mean"] == 1.0
    text = cli("match", "defector", "cooperator", "--rounds", "4", "--replicates", "1",
                   "--T", "7", "--R", "4", "--P", "2", "--S", "0")
    assert text.returncode == 0, text.stderr
    assert "DDDD" in text.stdout and "CCCC" in text.stdout
    assert "mean payoff" in text.stdout and "7 " in text.stdout


@pytest.mark.parametrize("args,message", [
    (["match", "tit_for_tat", "nobody"], "unknown strategy 'nobody'; allowed:"),
    (["match", "tit_for_tat", "defector", "--rounds", "-5"], "rounds"),
    (["match", "tit_for_tat", "defector", "--noise", "1.5"], "noise"),
    (["match", "tit_for_tat", "defector", "--misperception", "-0.2"], "misperception"),
    (["match", "--scenario", "echo_effect", "--T", "3"], "cannot be combined"),
    (["tournament", "grudger", "nobody"], "unknown strategy"),
    (["tournament", "--rounds", "0"], "rounds"),
    (["tournament", "--noise", "2"], "noise"),
])
def test_bad_input_is_one_line_and_exit_2(args, message):
    result = cli(*args)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_tournament_json_and_evolution():
    result = cli("tournament", "cooperator", "defector", "tit_for_tat", "--rounds", "20",
                     "--repetitions", "4", "--seed", "1", "--evolve", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["names"] == ["cooperator", "defector", "tit_for_tat"]
    assert [row["rank"] for row in payload["ranking"]] == [1, 2, 3]
    assert payload["payoff_matrix"][1][0] == 5.0  # defector against cooperator, no noise
    shares = payload["evolution"]["replicator_final_shares"]
    assert sum(shares.values()) == pytest.approx(1.0)


def test_strategies_lists_the_registry():
    result = cli("strategies", "--json")
    assert result.returncode == 0
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert rows["tit_for_tat"]["friendly_name"] == "Copycat"
    assert rows["strategic_patience"]["side"] == "US"
    assert rows["strategic_patience"]["parameters"] == {"rounds": 3}
    table = cli("strategies")
    assert "Detective" in table.stdout
