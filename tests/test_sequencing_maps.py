"""Feasibility maps (sim.sequencing.maps): whole arrays equal to the cell-by-cell answer."""

from __future__ import annotations

import math

import numpy as np
import pytest

from sim.errors import InputError
from sim.sequencing import Agreement, Settings, Step, min_trust_at
from sim.sequencing.maps import trust_phase_map, verification_patience_map

DEAL = Agreement("demo", (
    Step("freeze", "KP", 4, 6, 0.8, 0.5), Step("dismantle", "KP", 6, 9, 0.6, 0.0),
    Step("aid", "US", 3, 5, 1.0, 0.0), Step("relief", "US", 5, 9, 0.9, 0.6),
))
KNOBS = Settings(trust=0.5, discount=0.85, duration=4.0, enforcement=0.8)


def same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or abs(a - b) < 1e-10


def test_trust_phase_map_matches_each_phase_count():
    tp = trust_phase_map(DEAL, KNOBS, max_phases=20, trust_points=11)
    assert tp.self_enforcing.shape == (20, 11) and tp.min_trust.shape == (20,)
    for k in (1, 2, 7, 20):
        expected = min_trust_at(DEAL, "action_for_action", KNOBS.with_changes(phases=k))
        assert same(float(tp.min_trust[k - 1]), expected)
    assert same(float(tp.min_trust[0]), min_trust_at(DEAL, "package_deal", KNOBS))


def test_trust_phase_map_marks_trust_above_the_minimum():
    tp = trust_phase_map(DEAL, KNOBS, max_phases=30, trust_points=51)
    for k, low in enumerate(tp.min_trust):
        expected = (tp.trust >= low - 1e-9) if not math.isnan(low) else np.zeros(51, bool)
        np.testing.assert_array_equal(tp.self_enforcing[k], expected)


@pytest.mark.parametrize("order", ["denuclearisation_first", "action_for_action", "as_agreed"])
def test_verification_patience_map_matches_each_cell(order):
    q = np.linspace(0, 1, 7)
    d = np.linspace(0.5, 1, 5)
    vp = verification_patience_map(DEAL, order, KNOBS, q, d)
    assert vp.min_trust.shape == (7, 5)
    for i, qi in enumerate(q):
        for j, dj in enumerate(d):
            cell = min_trust_at(DEAL, order, KNOBS.with_changes(verification=float(qi),
                                                                discount=float(dj)))
            assert same(float(vp.min_trust[i, j]), cell), (qi, dj)


def test_default_maps_are_one_hundred_by_one_hundred():
    vp = verification_patience_map(DEAL, "action_for_action", KNOBS)
    tp = trust_phase_map(DEAL, KNOBS)
    assert vp.min_trust.shape == (100, 100) and tp.self_enforcing.shape == (100, 100)
    # more verification never raises the minimum trust, column by column
    filled = np.where(np.isnan(vp.min_trust), 2.0, vp.min_trust)  # "never" ranks last
    assert np.all(np.diff(filled, axis=0) <= 1e-9)


def test_large_grids_are_computed_in_blocks_with_the_same_result():
    many = verification_patience_map(DEAL, "action_for_action", KNOBS.with_changes(phases=60),
                                     np.linspace(0, 1, 40), np.linspace(0.5, 1, 40))
    assert many.min_trust.shape == (40, 40)
    cell = min_trust_at(DEAL, "action_for_action",
                        KNOBS.with_changes(phases=60, verification=1.0, discount=1.0))
    assert same(float(many.min_trust[-1, -1]), cell)


def test_bad_grids_are_one_line_errors():
    with pytest.raises(InputError, match="verification grid"):
        verification_patience_map(DEAL, "package_deal", KNOBS, np.array([0.5, 1.5]))
    with pytest.raises(InputError, match="grid points"):
        trust_phase_map(DEAL, KNOBS, trust_points=1)
    with pytest.raises(InputError, match="maximum phases"):
        trust_phase_map(DEAL, KNOBS, max_phases=0)
