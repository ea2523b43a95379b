"""One call per agreement (sim.sequencing.analysis) and its tidy tables (sim.sequencing.frames)."""

from __future__ import annotations

import json
import math

import pytest

from sim.errors import InputError
from sim.io import load_scenario
from sim.sequencing import ORDERS, Agreement, Settings, Step, analyse, pick_agreement
from sim.sequencing.frames import (
    moves_frame,
    orders_frame,
    outcomes_frame,
    stages_frame,
    summary,
)

DEAL = Agreement("demo", (Step("freeze", "KP", 4, 6, 0.8, 0.5), Step("aid", "US", 3, 5, 1, 0)))


def test_analyse_covers_the_orders_asked_for():
    result = analyse(DEAL, Settings(runs=100), orders=["package_deal", "security_first"], seed=1)
    assert list(result.results) == ["package_deal", "security_first"]
    assert set(result.montecarlo) == {"package_deal", "security_first"}
    assert analyse(DEAL, Settings(), montecarlo=False).montecarlo == {}


@pytest.mark.parametrize(("kwargs", "fragment"), [
    ({"orders": ["sideways"]}, "unknown order"),
    ({"seed": -3}, "seed = -3"),
])
def test_bad_calls_are_one_line_errors(kwargs, fragment):
    with pytest.raises(InputError, match=fragment):
        analyse(DEAL, Settings(runs=10), **kwargs)


def test_pick_agreement_defaults_to_the_first_and_checks_ids():
    params = load_scenario("scenarios/hanoi_2019.yaml").parameters
    assert pick_agreement(params).id == "big_deal"
    assert pick_agreement(params, "yongbyon_for_relief").id == "yongbyon_for_relief"
    with pytest.raises(InputError, match="allowed: big_deal, yongbyon_for_relief"):
        pick_agreement(params, "grand_bargain")


def test_frames_have_one_row_per_thing():
    result = analyse(DEAL, Settings(trust=0.2, runs=200), seed=0)
    orders = orders_frame(result)
    assert list(orders["order"]) == list(ORDERS)
    assert set(orders.columns) >= {"self_enforcing", "min_trust", "completion_rate"}
    moves = moves_frame(result)
    for order, group in moves.groupby("order"):
        assert group.groupby("step")["share"].sum().round(12).eq(1.0).all(), order
    stages = stages_frame(result)
    assert set(stages["action"]) <= {"honour", "walk", "cheat"}
    assert len(outcomes_frame(result)) == len(ORDERS) * 7


def test_stage_table_marks_the_first_failure():
    result = analyse(DEAL, Settings(trust=0.2, runs=50), seed=0)
    stages = stages_frame(result)
    for order, verdict in result.results.items():
        rows = stages[stages["order"] == order]
        failure = verdict.first_failure
        if failure is None:
            assert rows["worth_performing"].all()
        else:
            hit = rows[(rows["stage"] == failure.stage + 1) & (rows["side"] == failure.side)]
            assert list(hit["action"]) == [failure.reason]


def test_summary_is_plain_json_with_the_requested_keys():
    result = analyse(DEAL, Settings(trust=0.5, runs=100), seed=0)
    data = json.loads(json.dumps(summary(result)))
    for order in ORDERS:
        entry = data[order]
        assert {"self_enforcing", "min_trust", "completion_rate", "mean_steps_completed",
                "broken_by"} <= set(entry)
        assert set(entry["broken_by"]) == {"US", "KP", "both", "false_alarm"}
        low = result.results[order].min_trust
        assert entry["min_trust"] is None if math.isnan(low) else entry["min_trust"] == low


def test_runs_frame_has_one_row_per_run_and_is_seeded():
    import numpy as np

    from sim.sequencing.frames import runs_frame

    params = load_scenario("scenarios/leap_day_2012.yaml").parameters
    first = runs_frame(params, np.random.default_rng(3), 400)
    again = runs_frame(params, np.random.default_rng(3), 400)
    assert len(first) == 400 and first.equals(again)
    assert not first.equals(runs_frame(params, np.random.default_rng(4), 400))
    assert first["completed"].eq(first["outcome"] == "completed").all()
    assert first["break_stage"].isna().eq(first["completed"]).all()
    assert first["self_enforcing"].all()  # action for action in 12 phases at trust 0.4
    quiet = params.model_copy(update={"hostile_share": 0.0, "false_alarm": 0.0})
    assert runs_frame(quiet, np.random.default_rng(0), 50)["completed"].all()
