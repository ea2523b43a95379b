"""Cross-check against the Axelrod library (axelrod==4.13.1, the ``peers`` extra).

With no noise every deterministic classic must make the same moves, turn for turn, as the
Axelrod library's strategy of the same name, against every other deterministic classic.
The library is imported inside the tests: it takes seconds to load.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from sim.repeated import DETERMINISTIC_CLASSICS, MatchSettings, Payoffs, play_match

pytestmark = pytest.mark.peers

AXELROD_NAMES = {
    "cooperator": "Cooperator",
    "defector": "Defector",
    "tit_for_tat": "TitForTat",
    "suspicious_tit_for_tat": "SuspiciousTitForTat",
    "tit_for_two_tats": "TitFor2Tats",
    "grudger": "Grudger",
    "win_stay_lose_shift": "WinStayLoseShift",
    "alternator": "Alternator",
    "detective": "Detective",
}
TURNS = 40


@pytest.fixture(scope="module")
def axl():
    return pytest.importorskip("axelrod", minversion="4.13")


def axelrod_moves(axl, a: str, b: str) -> tuple[str, str]:
    players = (getattr(axl, AXELROD_NAMES[a])(), getattr(axl, AXELROD_NAMES[b])())
    interactions = axl.Match(players, turns=TURNS).play()
    return ("".join(str(x) for x, _ in interactions), "".join(str(y) for _, y in interactions))


def test_every_deterministic_classic_has_a_counterpart():
    assert set(AXELROD_NAMES) == set(DETERMINISTIC_CLASSICS)


def test_same_moves_as_axelrod_turn_for_turn(axl):
    mismatches = []
    for a, b in itertools.product(DETERMINISTIC_CLASSICS, repeat=2):
        ours = play_match(a, b, Payoffs.dilemma(), MatchSettings(rounds=TURNS),
                          np.random.default_rng(0)).moves_string(0)
        theirs = axelrod_moves(axl, a, b)
        if ours != theirs:
            mismatches.append((a, b, ours, theirs))
    assert not mismatches, mismatches[:3]


def test_strategies_are_classified_alike(axl):
    for ours, theirs in AXELROD_NAMES.items():
        classifier = getattr(axl, theirs).classifier
        assert not classifier["stochastic"]
        from sim.repeated import get_strategy

        assert get_strategy(ours).traits.memory_depth == classifier["memory_depth"], ours


def test_noise_has_the_same_meaning(axl):
    """Tit for tat against itself under noise: same mean cooperation in both libraries."""
    noise, turns = 0.05, 200
    matches = [axl.Match((axl.TitForTat(), axl.TitForTat()), turns=turns, noise=noise,
                         seed=seed) for seed in range(60)]
    theirs = np.mean([m.final_score_per_turn()[0] for m in matches if m.play()])
    ours = play_match("tit_for_tat", "tit_for_tat", Payoffs.dilemma(),
                      MatchSettings(rounds=turns, replicates=3000, noise=noise),
                      np.random.default_rng(1)).payoff[0].mean()
    assert abs(ours - theirs) < 0.1
