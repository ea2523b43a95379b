"""The rule-based debrief on hand-built matches whose right answer is known."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sim.debrief import (
    CODES,
    cycle_findings,
    cycle_spans,
    debrief,
    equilibrium_findings,
    play_distribution,
    total_variation,
    trust_findings,
)
from sim.debrief_probe import Probe, ProbeEffect
from sim.errors import InputError
from sim.repeated import MatchResult, MatchSettings, Payoffs, Scripted, TrustModel, play_match
from sim.repeated.metrics import cycle_episodes
from sim.repeated.trust import log_odds

# The trust model of the hand-built games: a trustworthy type is seen defecting 5 % of the
# time, a hostile one half of the time. One observed C adds log(0.95/0.5) to the log-odds,
# one observed D adds log(0.05/0.5).
TRUST = TrustModel(prior_row=0.5, prior_column=0.5, error_rate=0.05, hostile_rate=0.5)
UP, DOWN = math.log(0.95 / 0.5), math.log(0.05 / 0.5)


def bits(text: str) -> np.ndarray:
    return np.array([c == "D" for c in text])


def hand_built(intended: tuple[str, str], actual: tuple[str, str] | None = None,
               observed: tuple[str, str] | None = None, payoffs: Payoffs | None = None,
               trust: TrustModel = TRUST) -> MatchResult:
    """A one-replicate match from strings of moves: what each side meant, did and saw.

    ``observed[0]`` is what the row player saw of the column player (default: the truth).
    """
    actual = actual or intended
    observed = observed or (actual[1], actual[0])
    rounds = len(intended[0])
    payoffs = payoffs or Payoffs.dilemma()

    def stack(pair: tuple[str, str]) -> np.ndarray:  # [side, round, replicate]
        return np.stack([bits(pair[0]), bits(pair[1])])[:, :, None]

    act = stack(actual)
    settings_ = MatchSettings(rounds=rounds, noise=0.05, trust=trust)
    return MatchResult.from_round_major(
        strategies=("hand", "hand"), payoffs=payoffs, settings=settings_,
        lengths=np.array([rounds]), intended=stack(intended), actual=act,
        observed=stack(observed), payoff=payoffs.play(act[0], act[1]), live_trust_odds=None,
        prior_odds=(log_odds(trust.prior_row), log_odds(trust.prior_column)),
        trust_increments=trust.increments(0.05))


def find(findings, code):
    matches = [f for f in findings if f.code == code]
    assert len(matches) == 1, [f.code for f in findings]
    return matches[0]


# Two tit-for-tat players; in round 5 the US means to cooperate but the move goes wrong.
# Each copies the other's last move, so the defection echoes back and forth.
ECHO_INTENDED = ("CCCCCCDCDC", "CCCCCDCDCD")
ECHO_ACTUAL = ("CCCCDCDCDC", "CCCCCDCDCD")


def test_a_noise_flip_in_round_5_starts_an_echo_between_two_copycats():
    result = hand_built(ECHO_INTENDED, ECHO_ACTUAL)
    cycle = find(debrief(result), "cycle_started")
    assert cycle.severity == "warning"
    assert cycle.values == {"round": 5, "length": 6, "episodes": 1, "cycle_rounds": 6,
                            "cause": "noise", "cause_round": 5, "actor": "US"}


def test_trust_breaks_at_the_round_computed_by_hand():
    result = hand_built(ECHO_INTENDED, ECHO_ACTUAL)
    us, kp = trust_findings(result)
    # DPRK watches the US: C C C C D(noise) C D ... log-odds 4·UP + DOWN > 0 after round 5,
    # then + UP + DOWN < 0 after round 7: the deliberate echo, not the flip, breaks trust.
    assert 4 * UP + DOWN > 0 and 5 * UP + 2 * DOWN < 0
    assert kp.code == "trust_broke" and kp.values["round"] == 7
    assert kp.values["cause"] == "defection" and kp.values["side"] == "KP"
    assert kp.values["after"] == pytest.approx(1 / (1 + math.exp(-(5 * UP + 2 * DOWN))))
    # the US sees five Cs, then D in round 6 (still above 0.5), C, then D in round 8
    assert us.code == "trust_broke" and us.values["round"] == 8
    assert us.values["before"] == pytest.approx(1 / (1 + math.exp(-(6 * UP + DOWN))))


def test_a_noise_flip_that_breaks_trust_at_once_is_named_as_noise():
    strict = TrustModel(prior_row=0.6, prior_column=0.6, error_rate=0.05, hostile_rate=0.5)
    result = hand_built(("CCC", "CCC"), ("CDC", "CCC"), trust=strict)
    _, kp = trust_findings(result)
    assert kp.values == {"side": "KP", "other": "US", "round": 2, "before": pytest.approx(
        1 / (1 + math.exp(-(log_odds(0.6) + UP)))), "after": pytest.approx(
        1 / (1 + math.exp(-(log_odds(0.6) + UP + DOWN)))), "cause": "noise"}


def test_a_misperception_starts_the_cycle_in_the_next_round():
    # both cooperate, but in round 3 the DPRK sees the US's C as D and answers it
    intended = ("CCCCDCD", "CCCDCDC")
    observed = ("CCCDCDC", "CCDCDCD")   # the DPRK's view of the US is wrong in round 3
    result = hand_built(intended, observed=observed)
    cycle = find(cycle_findings(result), "cycle_started")
    assert cycle.values["round"] == 4 and cycle.values["cause"] == "misperception"
    assert cycle.values["cause_round"] == 3 and cycle.values["actor"] == "KP"
    _, kp = trust_findings(result)
    assert kp.values["round"] == 3 and kp.values["cause"] == "misperception"


def test_a_deliberate_defection_against_a_copycat_starts_a_cycle():
    # the engine itself: a script that tests in round 4 and keeps alternating, against TFT
    result = play_match(Scripted("CCCDCDCD"), "tit_for_tat", Payoffs.dilemma(),
                        MatchSettings(rounds=8), np.random.default_rng(1))
    assert result.moves_string() == ("CCCDCDCD", "CCCCDCDC")
    cycle = find(cycle_findings(result), "cycle_started")
    assert cycle.values["round"] == 4 and cycle.values["length"] == 5
    assert cycle.values["cause"] == "deliberate" and cycle.values["actor"] == "US"


def test_nothing_broke_when_both_cooperate():
    result = play_match("tit_for_tat", "grudger", Payoffs.dilemma(), MatchSettings(rounds=12),
                        np.random.default_rng(0))
    findings = debrief(result)
    assert findings[0].code == "nothing_broke"
    assert {f.code for f in findings} >= {"trust_held", "no_cycle", "equilibrium_nearest",
                                          "cooperation_closer"}
    nearest = find(findings, "equilibrium_nearest")
    # the dilemma's only equilibrium is mutual defection: total variation 1 from all-CC
    assert nearest.values["distance"] == 1.0 and nearest.values["pure"] == 1
    assert nearest.values["row_cooperate"] == 0.0 and nearest.values["cc"] == 1.0
    assert find(findings, "cooperation_closer").values["distance_cooperation"] == 0.0


def test_mutual_defection_sits_on_the_dilemmas_equilibrium_and_is_flagged():
    result = play_match("defector", "defector", Payoffs.dilemma(), MatchSettings(rounds=6),
                        np.random.default_rng(0))
    findings = equilibrium_findings(result)
    assert [f.code for f in findings] == ["equilibrium_nearest"]
    assert findings[0].values["distance"] == 0.0 and findings[0].severity == "notice"
    trust = trust_findings(result)
    assert [f.values["cause"] for f in trust] == ["defection", "defection"]
    assert [f.values["round"] for f in trust] == [1, 1]


def test_chicken_play_nearest_the_mixed_equilibrium():
    # chicken T=4, R=3, P=0, S=1: pure (C,D), (D,C) and the mix with P(C) = 1/2 each.
    # All-CC play is 1 away from either pure equilibrium and 3/4 from the mix.
    chicken = Payoffs(row=np.array([[3.0, 1.0], [4.0, 0.0]]),
                      column=np.array([[3.0, 4.0], [1.0, 0.0]]))
    result = play_match("cooperator", "cooperator", chicken, MatchSettings(rounds=5),
                        np.random.default_rng(0))
    nearest = equilibrium_findings(result)[0]
    assert nearest.values["pure"] == 0 and nearest.values["equilibria"] == 3
    assert nearest.values["row_cooperate"] == pytest.approx(0.5)
    assert nearest.values["distance"] == pytest.approx(0.75)


def test_stag_hunt_cooperation_is_an_equilibrium():
    stag = Payoffs(row=np.array([[4.0, 0.0], [3.0, 2.0]]),
                   column=np.array([[4.0, 3.0], [0.0, 2.0]]))
    result = play_match("cooperator", "tit_for_tat", stag, MatchSettings(rounds=4),
                        np.random.default_rng(0))
    codes = [f.code for f in equilibrium_findings(result)]
    assert codes == ["equilibrium_nearest", "cooperation_is_equilibrium"]


def test_trust_started_low_and_trust_built():
    wary = TrustModel(prior_row=0.2, prior_column=0.2, error_rate=0.05, hostile_rate=0.5)
    # two Cs: log-odds log(1/4) + 2·UP ≈ −0.10 (still below), three: +0.54 (above)
    low = trust_findings(hand_built(("CC", "CC"), trust=wary))
    assert [f.code for f in low] == ["trust_started_low", "trust_started_low"]
    built = trust_findings(hand_built(("CCCC", "CCCC"), trust=wary))
    assert [f.code for f in built] == ["trust_built", "trust_built"]
    assert built[0].values["round"] == 3 and built[0].values["prior"] == pytest.approx(0.2)
    findings = debrief(hand_built(("CCCC", "CCCC"), trust=wary))
    assert findings[0].code == "nothing_broke"
    assert debrief(hand_built(("CC", "CC"), trust=wary))[0].code != "nothing_broke"


def test_play_distribution_and_total_variation():
    result = hand_built(("CDDC", "CCDD"))
    shares = play_distribution(result)
    np.testing.assert_allclose(shares, [[0.25, 0.25], [0.25, 0.25]])
    assert total_variation(shares, np.array([[1.0, 0], [0, 0]])) == pytest.approx(0.75)
    assert total_variation(shares, shares) == 0.0


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.booleans()), min_size=1, max_size=40),
       st.integers(2, 5))
def test_cycle_spans_agree_with_the_metric_that_counts_them(pairs, min_length):
    row = np.array([a for a, _ in pairs])
    column = np.array([b for _, b in pairs])
    spans = cycle_spans(row, column, min_length)
    episodes, covered = cycle_episodes(row[None], column[None], np.ones((1, len(row)), bool),
                                       min_length)
    assert len(spans) == episodes[0]
    assert sum(b - a + 1 for a, b in spans) == covered[0]
    for a, b in spans:
        assert all(row[t] != column[t] for t in range(a, b + 1))


def test_probe_findings_rank_and_say_when_nothing_mattered():
    effects = (ProbeEffect("noise", 0.0, 0.05, 0.7, -0.3), ProbeEffect("discount", 1, 0.9, 1, 0))
    findings = debrief(hand_built(("CC", "CC")), probe=Probe(1.0, 8, effects))
    assert [f.code for f in findings[-2:]] == ["assumption_top", "assumption_effect"]
    assert findings[-2].values["parameter"] == "noise"
    flat = Probe(1.0, 8, (ProbeEffect("discount", 1, 0.9, 1, 0),))
    assert debrief(hand_built(("CC", "CC")), probe=flat)[-1].code == "assumptions_no_effect"


def test_every_finding_uses_its_declared_fields_and_works_for_every_replicate():
    result = play_match("tit_for_tat", "random", Payoffs.dilemma(),
                        MatchSettings(rounds=30, replicates=12, noise=0.1, misperception=0.1,
                                      continuation=0.9), np.random.default_rng(5))
    for replicate in range(result.replicates):
        for finding in debrief(result, replicate):
            assert set(finding.values) == set(CODES[finding.code]), finding.code
            assert finding.to_dict()["code"] == finding.code
    with pytest.raises(InputError, match="replicate 12"):
        debrief(result, 12)


def test_debrief_is_deterministic_for_a_seed():
    def run(seed):
        return play_match("tit_for_tat", "tit_for_tat", Payoffs.dilemma(),
                          MatchSettings(rounds=60, noise=0.1), np.random.default_rng(seed))
    assert debrief(run(3)) == debrief(run(3))
