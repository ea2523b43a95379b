"""The parties' decision rules, read off their observations."""

from __future__ import annotations

import math

import numpy as np
import pytest

from sim.io import SCENARIO_DIR, load_scenario
from sim.sixparty.agents import CN, KP, RU, US, logistic
from sim.sixparty.calibrate import with_values
from sim.sixparty.model import SixPartyModel
from sim.sixparty.postures import DPRK_POSTURES, STATE_POSTURES

PARAMS = load_scenario(SCENARIO_DIR / "history_1993_2024.yaml").parameters


def model(**values) -> SixPartyModel:
    return SixPartyModel(with_values(PARAMS, values), np.random.default_rng(0))


def test_one_agent_per_party_in_the_agentset():
    m = model()
    assert len(m.agents) == 6
    assert [a.code for a in m.parties] == ["US", "KP", "KR", "CN", "JP", "RU"]
    assert m.observation is m.world


def test_logistic():
    assert logistic(0.0) == 0.5
    assert logistic(800.0) == 1.0 and logistic(-800.0) == 0.0


def test_talks_interest_follows_openness_and_trust():
    m = model()
    us = m.parties[US]
    m.world.trust_matrix[US][KP] = 0.4
    us.step()
    assert us.talks_interest == pytest.approx(us.openness * (0.5 + 0.5 * 0.4))
    assert us.renege == 0.0  # no agreement in force


def test_dprk_rate_by_hand():
    m = model(**{"provocation.self_excitation": 0.3})
    kp, w, p = m.dprk, m.world, m.params.provocation
    w.effective_sanctions, w.exercise, w.capability, w.recent_tests = 0.4, 1.0, 0.5, 2.0
    w.economy, w.election, w.talks_last, w.aid, w.agreement_kind = 1.0, 0.0, 0, 0.0, 0
    exponent = kp.drive + p.pressure * 0.4 + p.threat * 1.0 + p.capability * 0.5
    expected = p.base_rate * math.exp(exponent) + 0.3 * 2.0
    assert kp.testing_rate(w) == pytest.approx(expected)


def test_zero_threat_removes_the_exercise_effect_from_the_rule():
    on, off = model(), model(**{"provocation.threat": 0.0})
    rates = {}
    for name, m in (("on", on), ("off", off)):
        values = []
        for scale in (0.0, 1.0):
            m.world.exercise = scale
            values.append(m.dprk.testing_rate(m.world))
        rates[name] = values
    assert rates["on"][1] > rates["on"][0]
    assert rates["off"][1] == rates["off"][0]


def test_nuclear_tests_need_a_device_and_a_willing_line():
    m = model()
    m.world.capability = m.params.programme.device - 0.01
    assert m.dprk.nuclear_chance(m.world, 5.0) == 0.0
    m.world.capability = 0.9
    m.dprk.adopt("economic_construction")  # the April 2018 moratorium
    assert m.dprk.nuclear_chance(m.world, 5.0) == 0.0
    m.dprk.adopt("byungjin")
    assert 0.0 < m.dprk.nuclear_chance(m.world, 5.0) < 1.0


def test_veto_holders_shield_their_ally_and_weigh_severity():
    m = model()
    w = m.world
    w.nuclear_now, w.missiles_now = 1, 0
    for party in m.parties:
        party.respond()
    china, russia = m.parties[CN], m.parties[RU]
    shield = m.params.sanctions.alliance_protection
    assert china.acquiesce == pytest.approx(china.acquiescence * (1 - shield))
    assert russia.acquiesce == pytest.approx(russia.acquiescence)
    nuclear_push = m.parties[US].push
    w.nuclear_now, w.missiles_now = 0, 3
    m.parties[US].respond()
    assert m.parties[US].push < nuclear_push


def test_acceptance_rises_with_trust():
    m = model()
    m.world.proposals[1] = m._table.deal(1, 0.0)
    m.world.trust_matrix[KP][US] = 0.1
    low = m.dprk.accept(1)
    m.world.trust_matrix[KP][US] = 0.9
    assert m.dprk.accept(1) > low


def test_adopt_changes_posture_numbers():
    m = model()
    m.parties[US].adopt("maximum_pressure")
    assert m.parties[US].pressure == STATE_POSTURES["maximum_pressure"].pressure
    m.dprk.adopt("byungjin")
    assert m.dprk.drive == DPRK_POSTURES["byungjin"].drive


def test_china_convenes_more_when_tension_is_high():
    m = model()
    m.world.tension = 0.0
    m.china.step()
    calm = m.china.convene
    m.world.tension = 1.0
    m.china.step()
    assert m.china.convene > calm


@pytest.mark.parametrize(("strength", "field"), [
    ("provocation.pressure", "effective_sanctions"),
    ("provocation.self_excitation", "recent_tests"),
    ("provocation.election", "election"),
    ("provocation.hardship", "economy"),
])
def test_each_strength_at_zero_cuts_its_input_from_the_rule(strength, field):
    for value, same in ((0.0, True), (0.7, False)):
        m = model(**{strength: value})
        rates = []
        for level in (0.0, 1.0):
            setattr(m.world, field, level)
            rates.append(m.dprk.testing_rate(m.world))
        assert (rates[0] == rates[1]) is same
