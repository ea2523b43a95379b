"""The JSON-ready report: keys, named probabilities, payoffs per role, round-trips as JSON."""

from __future__ import annotations

import json

import numpy as np

from sim.games import StageGame, classic_game, game_report, usdprk_game
from sim.games.usdprk import USDPRK_PRESETS


def test_prisoners_dilemma_report():
    report = game_report(classic_game("prisoners_dilemma", 5, 3, 1, 0))
    assert report["players"] == {"row": "US", "column": "KP"}
    assert report["payoffs"]["row"] == [[3.0, 0.0], [5.0, 1.0]]
    (e,) = report["equilibria"]
    assert e["row"] == {"cooperate": 0.0, "defect": 1.0} and e["kind"] == "pure"
    assert e["payoffs"] == {"row": 1.0, "column": 1.0}
    assert e["pareto_dominated_by"] == [["cooperate", "cooperate"]]
    grim = [t for t in report["thresholds"] if t["key"] == "grim_trigger"]
    assert [t["value"] for t in grim] == [0.5, 0.5]
    assert report["type"]["id"] == "prisoners_dilemma"
    assert report["warnings"] == []
    assert json.loads(json.dumps(report)) == report


def test_asymmetric_report_keeps_roles_apart():
    report = game_report(usdprk_game(USDPRK_PRESETS["bully"]))
    (e,) = report["equilibria"]
    assert e["row"] == {"engage": 1.0, "pressure": 0.0}
    assert e["column"] == {"restrain": 0.0, "provoke": 1.0}
    assert e["payoffs"] == {"row": -120.0, "column": 60.0}
    assert report["dominance"]["column"]["strictly_dominant"] == "provoke"
    assert report["dominance"]["row"]["player"] == "US"
    assert report["type"]["label"] == "Bully (US chicken, KP deadlock)"


def test_pd_warning_when_alternation_pays():
    report = game_report(classic_game("prisoners_dilemma", 10, 3, 1, 0))
    assert [w["key"] for w in report["warnings"]] == ["pd_alternation", "pd_alternation"]
    assert report["warnings"][0]["player"] == "US"


def test_continuum_is_described_with_its_subsets():
    report = game_report(StageGame.from_arrays([[3, 0], [3, 1]], [[1, 1], [0, 0]]))
    summary = report["equilibrium_summary"]
    assert summary["degenerate"] and not summary["finite"]
    assert len(summary["maximal_subsets"]) == 2
    assert "continuum" in summary["note"]


def test_trust_temptation_reaches_kydd():
    report = game_report(classic_game("prisoners_dilemma", 5, 3, 1, 0), trustworthy_temptation=2)
    kydd = [t for t in report["thresholds"] if t["key"] == "kydd_trust"]
    assert [t["value"] for t in kydd] == [0.5, 0.5]


def test_large_game_report_says_thresholds_do_not_apply():
    rng = np.random.default_rng(0)
    report = game_report(StageGame.from_arrays(rng.random((3, 3)), rng.random((3, 3))))
    assert report["type"]["id"] == "not_2x2"
    assert [t["reason"] for t in report["thresholds"]] == ["not_2x2"]
