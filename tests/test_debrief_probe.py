"""The debrief's quick one-at-a-time probe: steps, common random numbers, ranking."""

from __future__ import annotations

import pytest

from sim.debrief_probe import STEPS, probe_for, sensitivity_probe
from sim.errors import InputError
from sim.repeated import MatchSettings, Payoffs, TrustModel, make_strategy
from sim.repeated.params import RepeatedParams


def factory(name, **params):
    return lambda: make_strategy(name, params)


def probe(row="tit_for_tat", column="tit_for_tat", seed=0, **settings):
    base = {"rounds": 40, **settings}
    return sensitivity_probe(factory(row), factory(column), Payoffs.dilemma(),
                             MatchSettings(**base), seed, replicates=12)


def test_without_noise_copycats_cooperate_and_only_mistakes_matter():
    result = probe()
    assert result.base == 1.0 and result.replicates == 12
    changes = {e.parameter: e.change for e in result.effects}
    assert set(changes) == set(STEPS)
    # copycats read neither trust nor δ: exactly no change
    assert changes["trust_prior"] == 0.0 and changes["discount"] == 0.0
    assert changes["noise"] < 0 and changes["misperception"] < 0
    assert result.effects[0].parameter in ("noise", "misperception")
    sizes = [abs(e.change) for e in result.effects]
    assert sizes == sorted(sizes, reverse=True)


def test_steps_go_up_unless_that_leaves_zero_to_one():
    effects = {e.parameter: e for e in probe(noise=0.98, discount=0.97).effects}
    assert effects["noise"].value == pytest.approx(0.93)
    assert effects["misperception"].value == pytest.approx(0.05)
    assert effects["discount"].start == pytest.approx(0.97)
    assert effects["discount"].value == pytest.approx(0.87)
    assert effects["trust_prior"].value == pytest.approx(0.7)


def test_the_trust_prior_matters_to_a_trust_threshold_player():
    # A Kydd player cooperates iff trust ≥ 0.5; with prior 0.4 it opens with a defection
    # and a copycat answers it. Raising the prior to 0.6 makes it open with cooperation.
    settings = MatchSettings(rounds=20, trust=TrustModel(prior_row=0.4, prior_column=0.4))
    result = sensitivity_probe(factory("trust_threshold"), factory("tit_for_tat"),
                               Payoffs.dilemma(), settings, seed=1, replicates=8)
    top = result.effects[0]
    assert top.parameter == "trust_prior" and top.value == pytest.approx(0.6)
    assert top.change > 0.5


def test_common_random_numbers_make_the_probe_reproducible():
    first = probe("generous_tit_for_tat", "random", noise=0.05, seed=7)
    again = probe("generous_tit_for_tat", "random", noise=0.05, seed=7)
    other = probe("generous_tit_for_tat", "random", noise=0.05, seed=8)
    assert first == again
    assert first != other


def test_probe_for_a_scenario_uses_its_strategies_and_seed():
    params = RepeatedParams.model_validate({
        "game": {"game": "classic", "name": "prisoners_dilemma", "T": 5, "R": 3, "P": 1, "S": 0},
        "row_strategy": {"name": "defector"}, "column_strategy": {"name": "defector"},
        "rounds": 10, "seed": 3})
    result = probe_for(params, replicates=4)
    assert result.base == 0.0 and result.replicates == 4
    assert {e.parameter for e in result.effects} == set(STEPS)


def test_unknown_assumptions_are_refused():
    with pytest.raises(InputError, match="allowed: noise, misperception"):
        sensitivity_probe(factory("cooperator"), factory("cooperator"), Payoffs.dilemma(),
                          MatchSettings(rounds=5), 0, steps={"temperature": 0.1})
