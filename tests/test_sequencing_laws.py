"""The laws of the sequencing model, checked with hypothesis over random agreements.

* slicing an agreement into more phases, with its totals and overall duration fixed, never
  raises the minimum trust (action for action with k phases; k = 1 is the package deal);
* more verification never raises the minimum trust (any order, uniform or one step);
* an agreement that leaves both sides better off is self-enforcing in every order at full
  trust, full verification and full enforcement.
How the minimum trust moves with patience is not a law: the maps show it.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from sim.sequencing import ORDERS, Agreement, Settings, Step, assess_order, min_trust_at
from sim.sequencing.maps import trust_phase_map

unit = st.floats(0.0, 1.0)
magnitude = st.floats(0.0, 50.0)


@st.composite
def steps(draw, mover: str | None = None) -> Step:
    return Step(
        name=f"s{draw(st.integers(0, 10**6))}",
        mover=mover or draw(st.sampled_from(["US", "KP"])),
        cost=draw(magnitude), value=draw(magnitude), verification=draw(unit),
        reversibility=draw(unit), phase=draw(st.integers(1, 3)),
    )


@st.composite
def agreements(draw) -> Agreement:
    both = [draw(steps("US")), draw(steps("KP"))]
    more = draw(st.lists(steps(), max_size=4))
    items = both + more
    named = [Step(**{**s.__dict__, "name": f"step_{i}"}) for i, s in enumerate(items)]
    return Agreement("random", tuple(named))


@st.composite
def knobs(draw) -> Settings:
    return Settings(discount=draw(st.floats(0.3, 1.0)), duration=draw(st.floats(0.0, 10.0)),
                    enforcement=draw(unit), trust=draw(unit))


def as_number(x: float) -> float:
    """NaN (no trust suffices) ranks above every trust level."""
    return math.inf if math.isnan(x) else x


@settings(max_examples=60, deadline=None)
@given(agreements(), knobs())
def test_more_phases_never_raise_the_minimum_trust(agreement, knob):
    needed = [as_number(x) for x in trust_phase_map(agreement, knob, max_phases=12).min_trust]
    assert all(b <= a + 1e-9 for a, b in itertools.pairwise(needed))


@settings(max_examples=60, deadline=None)
@given(agreements(), knobs(), st.sampled_from(ORDERS), unit, unit)
def test_uniform_verification_never_raises_the_minimum_trust(agreement, knob, order, q1, q2):
    low, high = sorted((q1, q2))
    weak = min_trust_at(agreement, order, knob.with_changes(verification=low))
    strong = min_trust_at(agreement, order, knob.with_changes(verification=high))
    assert as_number(strong) <= as_number(weak) + 1e-9


@settings(max_examples=50, deadline=None)
@given(agreements(), knobs(), st.sampled_from(ORDERS), st.data())
def test_verifying_one_step_better_never_raises_the_minimum_trust(agreement, knob, order, data):
    index = data.draw(st.integers(0, len(agreement.steps) - 1))
    step = agreement.steps[index]
    better = data.draw(st.floats(step.verification, 1.0))
    improved = list(agreement.steps)
    improved[index] = Step(**{**step.__dict__, "verification": better})
    before = min_trust_at(agreement, order, knob)
    after = min_trust_at(Agreement("better", tuple(improved)), order, knob)
    assert as_number(after) <= as_number(before) + 1e-9


@settings(max_examples=60, deadline=None)
@given(agreements(), knobs())
def test_full_trust_verification_and_enforcement_enforce_every_mutually_beneficial_order(
        agreement, knob):
    full = knob.with_changes(trust=1.0, verification=1.0, enforcement=1.0)
    for order in ORDERS:
        result = assess_order(agreement, order, full)
        better_off = bool(np.all(result.constraints.complete >= -1e-9))  # discounted, this order
        if better_off:
            assert result.self_enforcing, (order, result.first_failure)


@settings(max_examples=50, deadline=None)
@given(agreements(), st.floats(0.0, 10.0))
def test_with_patience_undiscounted_gains_suffice_for_every_order(agreement, duration):
    gains = [agreement.totals(side) for side in ("US", "KP")]
    full = Settings(trust=1.0, verification=1.0, enforcement=1.0, discount=1.0,
                    duration=duration)
    verdicts = [assess_order(agreement, order, full).self_enforcing for order in ORDERS]
    if all(value >= cost for value, cost in gains):
        assert all(verdicts)


@settings(max_examples=50, deadline=None)
@given(agreements(), knobs(), st.sampled_from(ORDERS))
def test_minimum_trust_is_the_edge_of_self_enforcement(agreement, knob, order):
    low = min_trust_at(agreement, order, knob)
    if math.isnan(low):
        assert not any(assess_order(agreement, order, knob.with_changes(trust=p)).self_enforcing
                       for p in (0.0, 0.5, 1.0))
        return
    assert 0.0 <= low <= 1.0
    assert assess_order(agreement, order, knob.with_changes(trust=low)).self_enforcing
    if low > 1e-6:
        below = knob.with_changes(trust=max(0.0, low - 1e-4))
        assert not assess_order(agreement, order, below).self_enforcing
