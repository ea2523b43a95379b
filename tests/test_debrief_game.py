"""The stage-game debrief on hand-worked games whose right answers are known."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.debrief import render, render_one
from sim.debrief import Finding
from sim.debrief_game import CODES, MAX_LISTED, READINGS, debrief, mix_text
from sim.games import StageGame, build_game, classic_game
from sim.io import load_scenario

CJK = re.compile(r"[\u4e00-\u9fff]")
SCENARIOS = "scenarios"


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def one(findings: list[Finding], code: str) -> Finding:
    (found,) = [f for f in findings if f.code == code]
    return found


def test_the_prisoners_dilemma_gives_the_dilemma_and_its_patience_threshold():
    findings = debrief(classic_game("prisoners_dilemma", T=5, R=3, P=1, S=0))
    assert codes(findings) == [
        "game_type", "game_c1_dilemma", "game_equilibria", "game_eq_inefficient",
        "game_dominant_strict", "game_dominant_strict", "game_dilemma", "game_patience"]
    assert one(findings, "game_type").values == {"game_type": "prisoners_dilemma"}
    dilemma = one(findings, "game_dilemma")
    assert dilemma.severity == "warning"
    assert dilemma.values == {
        "row": "US", "column": "KP", "row_action": "defect", "column_action": "defect",
        "row_payoff": 1.0, "column_payoff": 1.0, "better_row_action": "cooperate",
        "better_column_action": "cooperate", "better_row_payoff": 3.0,
        "better_column_payoff": 3.0}
    assert one(findings, "game_patience").values["delta"] == pytest.approx((5 - 3) / (5 - 1))
    equilibrium = one(findings, "game_eq_inefficient").values
    assert (equilibrium["row_play"], equilibrium["column_play"]) == ("defect", "defect")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(-50, 50), min_size=4, max_size=4, unique=True))
def test_any_prisoners_dilemma_needs_delta_star_of_t_minus_r_over_t_minus_p(values):
    T, R, P, S = sorted(values, reverse=True)
    findings = debrief(classic_game("prisoners_dilemma", T=T, R=R, P=P, S=S))
    assert "game_dilemma" in codes(findings) and "game_c1_dilemma" in codes(findings)
    assert one(findings, "game_patience").values["delta"] == pytest.approx((T - R) / (T - P))


def test_chicken_has_two_efficient_pure_equilibria_and_an_inefficient_mix():
    findings = debrief(classic_game("chicken", T=4, R=3, P=1, S=2))
    assert one(findings, "game_equilibria").values == {"count": 3, "pure": 2, "mixed": 1}
    efficient = [f.values for f in findings if f.code == "game_eq_efficient"]
    assert {(v["row_play"], v["column_play"]) for v in efficient} == {
        ("cooperate", "defect"), ("defect", "cooperate")}
    mixed = one(findings, "game_eq_inefficient").values
    # each backs down with probability q = (S − P)/((T − R) + (S − P)) = 1/2, earning 2.5
    assert mixed["row_play"] == "cooperate 0.5, defect 0.5"
    assert mixed["row_payoff"] == pytest.approx(2.5)
    assert (mixed["better_row_action"], mixed["better_column_action"]) == ("cooperate", "cooperate")
    assert codes(findings).count("game_no_dominant") == 2 and "game_dilemma" not in codes(findings)
    assert "game_c1_chicken" in codes(findings)
    assert one(findings, "game_patience").values["delta"] == pytest.approx(1 / 3)


def test_stag_hunt_needs_trust_not_patience():
    findings = debrief(classic_game("stag_hunt", T=3, R=4, P=2, S=1))
    assert "game_c1_assurance" in codes(findings)
    assert "game_patience_needless" in codes(findings)  # T < R: no temptation to deter
    # Kydd: π* = (P − S)/((R − T) + (P − S)) = 1/2
    assert one(findings, "game_trust").values["threshold"] == pytest.approx(0.5)
    first = next(f.values for f in findings if f.code.startswith("game_eq_"))
    assert (first["row_play"], first["column_play"]) == ("cooperate", "cooperate")


def test_deadlock_is_efficient_and_no_patience_helps():
    findings = debrief(classic_game("deadlock", T=4, R=2, P=3, S=1))
    assert "game_c1_deadlock" in codes(findings)
    assert one(findings, "game_eq_efficient").values["row_play"] == "defect"
    assert "game_dilemma" not in codes(findings)  # dominant, but (D, D) is efficient here
    assert one(findings, "game_patience_impossible").values == {"side": "US"}


def test_harmony_needs_neither_trust_nor_patience():
    findings = debrief(classic_game("harmony", T=3, R=4, P=1, S=2))
    dominant = [f.values for f in findings if f.code == "game_dominant_strict"]
    assert dominant == [{"side": "US", "action": "cooperate"}, {"side": "KP", "action": "cooperate"}]
    assert "game_patience_needless" in codes(findings)
    assert "game_trust" not in codes(findings)  # P < S: any belief will do


def test_a_trustworthy_temptation_gives_kydds_threshold_in_a_dilemma():
    game = classic_game("prisoners_dilemma", T=5, R=3, P=1, S=0)
    assert "game_trust" not in codes(debrief(game))  # T ≥ R: no trustworthy type
    found = one(debrief(game, trustworthy_temptation=2.0), "game_trust").values
    assert found["threshold"] == pytest.approx((1 - 0) / ((3 - 2) + (1 - 0)))


def test_bully_names_both_players_types():
    # row: chicken (T 4 > R 3 > S 2 > P 1); column: deadlock (T 4 > P 3 > R 2 > S 1)
    game = StageGame.from_arrays([[3, 2], [4, 1]], [[2, 4], [1, 3]], players=("US", "KP"))
    findings = debrief(game)
    assert one(findings, "game_type_asymmetric").values == {
        "game_type": "bully", "row": "US", "row_type": "chicken", "column": "KP",
        "column_type": "deadlock"}
    assert "game_c1_bully" in codes(findings)
    assert one(findings, "game_dominant_strict").values == {"side": "KP", "action": "c2"}
    assert one(findings, "game_eq_efficient").values["row_play"] == "r1"  # the chicken gives in


def test_a_larger_game_lists_four_equilibria_and_counts_the_rest():
    findings = debrief(StageGame.from_arrays(np.eye(3), np.eye(3), players=("US", "KP")))
    assert codes(findings)[0] == "game_type_not_2x2" and "game_patience_not_2x2" in codes(findings)
    assert one(findings, "game_equilibria").values == {"count": 7, "pure": 3, "mixed": 4}
    assert len([f for f in findings if f.code.startswith("game_eq_") and "number" in f.values]) \
        == MAX_LISTED
    assert one(findings, "game_eq_more").values == {"shown": MAX_LISTED, "count": 7}


def test_a_degenerate_game_reports_a_continuum():
    findings = debrief(StageGame.from_arrays(np.ones((2, 2)), np.ones((2, 2)),
                                             players=("US", "KP")))
    assert one(findings, "game_equilibria_continuum").values == {"count": 4, "sets": 1}
    assert one(findings, "game_type").values == {"game_type": "ties"}


def test_the_bundled_scenarios():
    findings = debrief(build_game(load_scenario(f"{SCENARIOS}/sequencing_2005.yaml").parameters))
    first = next(f for f in findings if f.code.startswith("game_eq_") and "number" in f.values)
    assert first.code == "game_eq_inefficient" and first.values["row_play"] == "step for step"
    assert (first.values["better_row_action"], first.values["better_column_action"]) == (
        "give first", "disarm first")
    standoff = debrief(build_game(load_scenario(f"{SCENARIOS}/standoff_2017.yaml").parameters))
    assert one(standoff, "game_type_asymmetric").values["row_type"] == "prisoners_dilemma"


def test_mix_text():
    assert mix_text(("a", "b"), (1.0, 0.0)) == "a"
    assert mix_text(("a", "b", "c"), (0.25, 0.0, 0.75)) == "a 0.25, c 0.75"


# -- every code is declared and renders ----------------------------------------------------

GAMES = [classic_game(name, *values) for name, values in (
    ("prisoners_dilemma", (5, 3, 1, 0)), ("chicken", (4, 3, 1, 2)), ("stag_hunt", (3, 4, 2, 1)),
    ("deadlock", (4, 2, 3, 1)), ("harmony", (3, 4, 1, 2)))]


def test_every_finding_has_the_declared_values():
    games = [*GAMES, StageGame.from_arrays(np.eye(3), np.eye(3), players=("US", "KP"))]
    for game in games:
        for finding in debrief(game, trustworthy_temptation=2.0):
            assert set(finding.values) == set(CODES[finding.code]), finding.code


def sample(code: str) -> Finding:
    special = {"side": "US", "row": "US", "column": "KP", "game_type": "bully",
               "row_type": "chicken", "column_type": "deadlock", "row_play": "engage",
               "column_play": "restrain 0.5, provoke 0.5", "row_action": "engage",
               "column_action": "provoke", "better_row_action": "engage",
               "better_column_action": "restrain", "action": "pressure"}
    return Finding(code, "info", {name: special.get(name, 2) for name in CODES[code]})


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_renders_in_both_languages(code, lang):
    text = render_one(sample(code), lang)
    assert "{" not in text and "}" not in text, text
    assert bool(CJK.search(text)) == (lang == "zh"), text


def test_every_reading_has_a_code():
    assert {f"game_c1_{r}" for r in READINGS.values()} <= set(CODES)


def test_sentences_carry_translated_names_and_numbers():
    lines = render(debrief(classic_game("chicken", T=4, R=3, P=1, S=2)), "zh")
    assert lines[0] == "博弈类型：懦夫博弈。"
    assert any("δ* = (T − R)/(T − P) = 0.333" in line and "美国" in line for line in lines)
