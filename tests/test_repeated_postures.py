"""The policy postures: expected moves against scripted opponents (no noise).

Moves are C = engage / restrain, D = pressure / provoke; each expected row is worked out
by hand from the rule in the posture's docstring.
"""

from __future__ import annotations

import numpy as np
import pytest

from sim.repeated import (
    POSTURE_NAMES,
    REGISTRY,
    MatchSettings,
    Payoffs,
    Scripted,
    TrustModel,
    make_strategy,
    play_match,
)


def moves_against(name, script, params=None, trust=None):
    settings = MatchSettings(rounds=len(script), replicates=2, trust=trust or TrustModel())
    result = play_match(make_strategy(name, params), Scripted(script), Payoffs.dilemma(),
                        settings, np.random.default_rng(0))
    assert result.moves_string(0) == result.moves_string(1)
    return result.moves_string(0)[0]


TABLE = [
    ("engagement", None, "CDDDCDC", "CCCDDCC"),
    ("engagement", {"tolerance": 1}, "CDDDCDC", "CCDDDCD"),
    ("strategic_patience", None, "CCCCDCCC", "DDDCCDDD"),
    ("strategic_patience", {"rounds": 1}, "CCDCC", "DCCDC"),
    ("security_first", None, "CCCCDCCC", "DDDCCDDD"),
    ("maximum_pressure", None, "CCCCC", "DDDDD"),
    ("maximum_pressure", {"summit_probability": 1.0}, "DDDDD", "CCCCC"),
    ("calibrated_practical", None, "CDCDDCCC", "CCCCDDDC"),
    ("calibrated_practical", {"window": 1, "trigger": 1}, "CDDCD", "CCDDC"),
    ("byungjin", None, "CCCDCCCC", "CCDCDDCC"),
    ("byungjin", {"period": 50}, "CDDCD", "CCDDC"),
    ("brinkmanship", {"patience": 2}, "CCCCCCDC", "DCCDCCDD"),
    ("brinkmanship", None, "DDDCC", "DDDDC"),
    ("action_for_action", None, "CDDCD", "CCDDC"),
    ("action_for_action", {"steps": 2}, "CDCCDC", "CCDDCD"),
    ("action_for_action", {"first_move": 1}, "CCCC", "DCCC"),
]


@pytest.mark.parametrize("name,params,script,expected", TABLE)
def test_expected_moves(name, params, script, expected):
    assert moves_against(name, script, params) == expected


def test_trust_threshold_acts_on_the_bayesian_belief():
    # Prior 1/2, no noise: e = 0.001 (the floor), h = 1/2. Odds ×1.998 per observed C and
    # ×0.002 per observed D: after C, D and eight Cs the odds are 0.002 × 1.998⁹ ≈ 1.014,
    # so cooperation resumes in round 11 (one round earlier the odds are ≈ 0.507).
    assert moves_against("trust_threshold", "CDCCCCCCCCCC") == "CCDDDDDDDDCC"


def test_trust_threshold_with_a_distrustful_prior_never_moves_first():
    # Prior odds 1/4; each observed C doubles them (×1.998): 0.4995, 0.998, 1.994, so the
    # belief first reaches 1/2 after three cooperative rounds.
    trust = TrustModel(prior_row=0.2, prior_column=0.2)
    assert moves_against("trust_threshold", "CCCCC", trust=trust) == "DDDCC"
    assert moves_against("trust_threshold", "DDD", trust=trust) == "DDD"


def test_mutual_demands_to_move_first_deadlock():
    """Claim C1: strategic patience against security first never leaves (D, D)."""
    result = play_match("strategic_patience", "security_first", Payoffs.dilemma(),
                        MatchSettings(rounds=40, replicates=2), np.random.default_rng(0))
    assert result.actual.all()


@pytest.mark.parametrize("name", POSTURE_NAMES)
def test_postures_name_their_policy_and_side(name):
    cls = REGISTRY[name]
    assert cls.side in ("US", "KP", "any")
    assert any(ch.isdigit() for ch in cls.source) or "Kydd" in cls.source
