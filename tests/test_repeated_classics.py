"""The classic strategies: expected moves against scripted opponents (no noise).

Each row: strategy, its parameters, the opponent's script, the strategy's expected moves,
worked out by hand from the rule in the strategy's docstring.
"""

from __future__ import annotations

import numpy as np
import pytest

from sim.repeated import MatchSettings, Payoffs, Scripted, make_strategy, play_match
from sim.repeated.classics import generosity_threshold


def moves_against(name: str, script: str, params: dict[str, float] | None = None,
                  replicates: int = 3) -> str:
    result = play_match(make_strategy(name, params), Scripted(script), Payoffs.dilemma(),
                        MatchSettings(rounds=len(script), replicates=replicates),
                        np.random.default_rng(0))
    strings = {result.moves_string(r)[0] for r in range(replicates)}
    assert len(strings) == 1
    return strings.pop()


TABLE = [
    ("cooperator", None, "DDDDD", "CCCCC"),
    ("defector", None, "CCCCC", "DDDDD"),
    ("tit_for_tat", None, "CDDCD", "CCDDC"),
    ("suspicious_tit_for_tat", None, "CDDCD", "DCDDC"),
    ("generous_tit_for_tat", {"generosity": 0.0}, "CDDCD", "CCDDC"),
    ("generous_tit_for_tat", {"generosity": 1.0}, "DDDDD", "CCCCC"),
    ("tit_for_two_tats", None, "CDDCDDD", "CCCDCCD"),
    ("tit_for_two_tats", None, "DCDCDC", "CCCCCC"),
    ("grudger", None, "CCDCC", "CCCDD"),
    ("win_stay_lose_shift", None, "CDCDD", "CCDDC"),
    ("win_stay_lose_shift", None, "DDDDD", "CDCDC"),
    ("alternator", None, "DDDDD", "CDCDC"),
    ("random", {"p": 0.0}, "CCCC", "DDDD"),
    ("random", {"p": 1.0}, "DDDD", "CCCC"),
    ("detective", None, "CCCCCC", "CDCCDD"),
    ("detective", None, "CCDCCD", "CDCCCC"),
    ("detective", None, "CCCCDC", "CDCCDD"),
    ("detective", None, "CDCCDC", "CDCCCD"),
]


@pytest.mark.parametrize("name,params,script,expected", TABLE)
def test_expected_moves(name, params, script, expected):
    assert moves_against(name, script, params) == expected


def test_generosity_threshold_of_the_standard_dilemma():
    # g* = min(1 - (5-3)/(3-0), (3-1)/(5-1)) = min(1/3, 1/2) = 1/3 (Nowak & Sigmund 1992)
    assert generosity_threshold(Payoffs.dilemma().own(0)) == pytest.approx(1 / 3)
    # T=4, R=3, P=1, S=0: min(1 - 1/3, 2/3) = 2/3
    assert generosity_threshold(Payoffs.dilemma(4, 3, 1, 0).own(0)) == pytest.approx(2 / 3)


def test_generous_tit_for_tat_forgives_at_its_rate():
    gtft = make_strategy("generous_tit_for_tat")
    result = play_match(gtft, "defector", Payoffs.dilemma(),
                        MatchSettings(rounds=101, replicates=400), np.random.default_rng(5))
    forgiven = 1 - result.actual[0, :, 1:].mean()
    assert gtft.params["generosity"] == pytest.approx(1 / 3)
    assert abs(forgiven - 1 / 3) < 0.01


def test_random_cooperates_at_its_rate():
    result = play_match(make_strategy("random", {"p": 0.3}), "cooperator", Payoffs.dilemma(),
                        MatchSettings(rounds=100, replicates=200), np.random.default_rng(9))
    assert abs((~result.actual[0]).mean() - 0.3) < 0.01
