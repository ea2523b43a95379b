"""Holding a party's value for a whole run, and setting mutual trust."""

from __future__ import annotations

import pytest

from sim.errors import InputError
from sim.io import SCENARIO_DIR, load_scenario
from sim.sixparty.overrides import hold_party_value, set_mutual_trust

PARAMS = load_scenario(SCENARIO_DIR / "history_1993_2024.yaml").parameters


def policies(params, party):
    return [e for e in params.schedule if e.kind == "policy" and e.party == party]


def test_holding_enforcement_drops_the_later_changes():
    assert any(e.enforcement is not None for e in policies(PARAMS, "CN"))
    held = hold_party_value(PARAMS, "CN", "enforcement", 0.9)
    assert held.parties["CN"].enforcement == 0.9
    assert all(e.enforcement is None for e in policies(held, "CN"))
    # China's acquiescence and trade-share changes stay in the schedule
    assert any(e.acquiescence is not None for e in policies(held, "CN"))
    assert any(e.trade_share is not None for e in policies(held, "CN"))
    assert policies(held, "RU") == policies(PARAMS, "RU")


def test_mutual_trust():
    changed = set_mutual_trust(PARAMS, "US", "KP", 0.7)
    assert changed.parties["US"].trust["KP"] == 0.7 == changed.parties["KP"].trust["US"]
    assert changed.parties["US"].trust["JP"] == PARAMS.parties["US"].trust["JP"]


def test_bad_overrides_are_one_line_errors():
    with pytest.raises(InputError, match="unknown party code 'UK'"):
        hold_party_value(PARAMS, "UK", "enforcement", 0.5)
    with pytest.raises(InputError, match="cannot hold 'posture'"):
        hold_party_value(PARAMS, "CN", "posture", 0.5)
    with pytest.raises(InputError, match="must lie in \\[0, 1\\]"):
        set_mutual_trust(PARAMS, "US", "KP", 1.5)
    with pytest.raises(InputError, match="two different parties"):
        set_mutual_trust(PARAMS, "US", "US", 0.5)
