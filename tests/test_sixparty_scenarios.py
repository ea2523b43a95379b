"""Every bundled six-party scenario loads, runs, and keeps its promises."""

from __future__ import annotations

import pytest

from sim.io import bundled_scenarios
from sim.scenario import SixPartyScenario
from sim.sixparty.calibrate import with_values
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.quarters import quarter_index

SIXPARTY = [(p.stem, s) for p, s in bundled_scenarios() if isinstance(s, SixPartyScenario)]


def test_the_eras_and_the_history_are_there():
    ids = {name for name, _ in SIXPARTY}
    assert {"history_1993_2024", "agreed_framework_1993_1994", "six_party_talks_2003_2008",
            "strategic_patience_2009_2016", "maximum_pressure_2017",
            "summit_diplomacy_2018_2019", "calibrated_practical_2021_2024",
            "leaky_sanctions", "administration_change"} <= ids


@pytest.mark.parametrize(("name", "scenario"), SIXPARTY, ids=[n for n, _ in SIXPARTY])
def test_scenario_runs(name, scenario):
    assert scenario.id == name
    params = with_values(scenario.parameters, {"horizon": min(8, scenario.parameters.horizon)})
    ens = run_ensemble(params, 2, 0)
    assert ens.world.shape[:2] == (2, params.horizon)


def test_history_runs_to_the_end_of_2024():
    history = dict(SIXPARTY)["history_1993_2024"].parameters
    assert quarter_index(history.start) + history.horizon - 1 == quarter_index("2024Q4")


def test_leaky_sanctions_holds_chinese_and_russian_enforcement():
    leaky = dict(SIXPARTY)["leaky_sanctions"].parameters
    assert leaky.parties["CN"].enforcement == 0.1 and leaky.parties["RU"].enforcement == 0.0
    assert not [e for e in leaky.schedule if e.kind == "policy" and e.party in ("CN", "RU")]
