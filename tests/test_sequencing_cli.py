"""``peninsula sequence``: table, JSON and one-line errors with exit code 2."""

from __future__ import annotations

import json

import pytest

from tests.conftest import invoke, run_cli


def test_table_lists_every_order():
    result = invoke("sequence", "six_party_2005_2007", "--agreement", "initial_actions_2007",
                    "--runs", "200")
    assert result.returncode == 0, result.stderr
    for order in ("denuclearisation_first", "security_first", "action_for_action",
                  "package_deal", "as_agreed"):
        assert order in result.stdout
    assert "closing facilities" in result.stdout


def test_json_per_order():
    result = invoke("sequence", "scenarios/hanoi_2019.yaml", "--order", "action_for_action",
                    "--phases", "6", "--trust", "0.35", "--verification", "0.9",
                    "--discount", "0.95", "--runs", "300", "--seed", "4", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["scenario"], data["agreement"], data["seed"]) == ("hanoi_2019", "big_deal", 4)
    assert data["settings"]["phases"] == 6 and data["settings"]["verification"] == 0.9
    entry = data["orders"]["action_for_action"]
    assert set(entry) >= {"self_enforcing", "min_trust", "completion_rate",
                          "mean_steps_completed", "broken_by"}
    again = json.loads(invoke(*["sequence", "scenarios/hanoi_2019.yaml", "--order",
                                "action_for_action", "--phases", "6", "--trust", "0.35",
                                "--verification", "0.9", "--discount", "0.95", "--runs",
                                "300", "--seed", "4", "--json"]).stdout)
    assert again == data


@pytest.mark.parametrize(("args", "fragment"), [
    (["hanoi_2019", "--trust", "1.5"], "trust = 1.5 is out of range"),
    (["hanoi_2019", "--order", "sideways"], "unknown order 'sideways'"),
    (["hanoi_2019", "--agreement", "nope"], "unknown agreement 'nope'"),
    (["hanoi_2019", "--phases", "0"], "phases = 0"),
    (["crisis_1994_chicken"], "needs a sequencing scenario"),
    (["no_such_scenario"], "no scenario file or bundled scenario"),
])
def test_bad_input_exits_2_with_one_line(args, fragment):
    result = invoke("sequence", *args)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_console_command_end_to_end(write_yaml):
    bad = write_yaml("id: broken_deal\nkind: sequencing\n", "broken_deal.yaml")
    done = run_cli("sequence", str(bad))
    assert done.returncode == 2 and "error:" in done.stderr and "Traceback" not in done.stderr
    assert "required field is missing" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
