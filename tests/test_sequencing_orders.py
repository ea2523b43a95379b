"""Orders of implementation (sim.sequencing.orders)."""

from __future__ import annotations

import numpy as np
import pytest

from sim.errors import InputError
from sim.sequencing import ORDERS, Agreement, Step, build_schedule
from sim.sequencing.orders import phased_batch, stage_times

DEAL = Agreement("demo", (
    Step("freeze", "KP", 4, 6, 1, 0, phase=1), Step("aid", "US", 3, 5, 1, 0, phase=1),
    Step("dismantle", "KP", 6, 8, 1, 0, phase=3), Step("relief", "US", 5, 9, 1, 0, phase=2),
))


@pytest.mark.parametrize("order", ORDERS)
def test_every_step_is_performed_exactly_once(order):
    schedule = build_schedule(DEAL, order, phases=5, duration=4.0)
    np.testing.assert_allclose(schedule.fractions.sum(axis=0), 1.0)
    assert np.all(schedule.times >= 0) and np.all(schedule.times < 4.0)
    np.testing.assert_allclose(schedule.times, stage_times(schedule.stages, 4.0))


def movers_by_stage(order: str) -> list[set[str]]:
    schedule = build_schedule(DEAL, order)
    return [{DEAL.steps[s].mover for s in np.nonzero(row)[0]} for row in schedule.fractions]


def test_denuclearisation_first_puts_every_dprk_step_before_any_us_step():
    assert movers_by_stage("denuclearisation_first") == [{"KP"}, {"KP"}, {"US"}, {"US"}]


def test_security_first_is_the_reverse():
    assert movers_by_stage("security_first") == [{"US"}, {"US"}, {"KP"}, {"KP"}]


def test_listed_order_is_kept_within_each_side():
    schedule = build_schedule(DEAL, "denuclearisation_first")
    assert [DEAL.steps[int(np.argmax(row))].name for row in schedule.fractions] == [
        "freeze", "dismantle", "aid", "relief"]


def test_action_for_action_slices_every_step_into_k_simultaneous_phases():
    schedule = build_schedule(DEAL, "action_for_action", phases=4, duration=2.0)
    np.testing.assert_allclose(schedule.fractions, 0.25)
    np.testing.assert_allclose(schedule.times, [0.0, 0.5, 1.0, 1.5])


def test_package_deal_is_one_exchange():
    schedule = build_schedule(DEAL, "package_deal", phases=9)
    assert schedule.stages == 1
    np.testing.assert_allclose(schedule.fractions, 1.0)


def test_as_agreed_follows_the_phases_written_in_the_agreement():
    schedule = build_schedule(DEAL, "as_agreed")
    assert schedule.stages == 3
    assert movers_by_stage("as_agreed") == [{"KP", "US"}, {"US"}, {"KP"}]


def test_padded_batch_holds_each_phased_schedule():
    fractions, times, valid = phased_batch(DEAL, 6, 3.0)
    for k in range(1, 7):
        single = build_schedule(DEAL, "action_for_action", phases=k, duration=3.0)
        np.testing.assert_allclose(fractions[k - 1, :k], single.fractions)
        np.testing.assert_allclose(times[k - 1, :k], single.times)
        assert valid[k - 1].sum() == k and not fractions[k - 1, k:].any()


@pytest.mark.parametrize(("order", "phases", "duration", "fragment"), [
    ("sideways", 4, 3.0, "unknown order 'sideways'"),
    ("action_for_action", 0, 3.0, "phases = 0"),
    ("action_for_action", 101, 3.0, "phases = 101"),
    ("action_for_action", 2.5, 3.0, "whole number"),
    ("package_deal", 4, -1.0, "duration = -1.0"),
])
def test_bad_orders_are_one_line_errors(order, phases, duration, fragment):
    with pytest.raises(InputError) as info:
        build_schedule(DEAL, order, phases, duration)
    assert fragment in str(info.value) and "\n" not in str(info.value)
