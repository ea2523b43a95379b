"""Outcome classes: the order of the rules, and every class reachable from a setting."""

from __future__ import annotations

from collections import Counter

import pytest

from sim.io import SCENARIO_DIR, load_scenario
from sim.sixparty.agreements import COMPREHENSIVE, FREEZE, Agreement
from sim.sixparty.calibrate import with_values
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.outcomes import OUTCOMES, outcome_class

PARAMS = load_scenario(SCENARIO_DIR / "history_1993_2024.yaml").parameters
CLOSED = {"parties.US.posture": "maximum_pressure", "parties.KP.posture": "nuclear_consolidation",
          "provocation.base_rate": 0.0, "provocation.self_excitation": 0.0,
          "initial.exercises": 0.0}
OPEN = {"parties.US.posture": "engagement", "parties.KP.posture": "economic_construction",
        "parties.US.trust.KP": 0.9, "parties.KP.trust.US": 0.9}
SETTINGS = {
    "comprehensive_deal": OPEN,
    "freeze_deal": {**OPEN, "agreements.comprehensive_trust": 1.0},
    "stalemate": {**CLOSED, "programme.growth": 0.0},
    "de_facto_nuclear_state": {**CLOSED, "programme.growth": 0.05},
    "escalation_crisis": {"parties.US.posture": "maximum_pressure",
                          "parties.KP.posture": "byungjin", "programme.start": 0.5},
}


def no_schedule():
    data = PARAMS.model_dump(mode="python")
    data["schedule"] = []
    return type(PARAMS).model_validate(data)


def test_rules_in_order():
    deal = Agreement(kind=COMPREHENSIVE, made=0, six_party=True)
    assert outcome_class(deal, 0.9, 0.9, 0.6, 0.6) == "freeze_deal"  # nothing carried out yet
    deal.stages_done = 1
    assert outcome_class(deal, 0.9, 0.9, 0.6, 0.6) == "comprehensive_deal"
    freeze = Agreement(kind=FREEZE, made=0, six_party=False, stages_done=3)
    assert outcome_class(freeze, 0.9, 0.9, 0.6, 0.6) == "freeze_deal"
    assert outcome_class(None, 0.6, 0.9, 0.6, 0.6) == "escalation_crisis"
    assert outcome_class(None, 0.59, 0.6, 0.6, 0.6) == "de_facto_nuclear_state"
    assert outcome_class(None, 0.59, 0.59, 0.6, 0.6) == "stalemate"


def test_the_settings_cover_every_class():
    assert set(SETTINGS) == set(OUTCOMES)


@pytest.mark.parametrize("expected", OUTCOMES)
def test_every_class_is_reachable(expected):
    params = with_values(no_schedule(), {"horizon": 40, **SETTINGS[expected]})
    counts = Counter(o.outcome for o in run_ensemble(params, 20, 1).outcomes)
    assert counts[expected] >= 15, counts
