"""Ensembles: seeds, executors and the tidy frames built from them."""

from __future__ import annotations

import numpy as np
import pytest

from sim.errors import InputError
from sim.io import SCENARIO_DIR, load_scenario
from sim.sixparty.calibrate import with_values
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.frames import (
    bands,
    mean_counts,
    outcome_frame,
    outcome_indicators,
    outcome_shares,
    party_frame,
    party_summary,
    wilson_interval,
    world_frame,
)
from sim.sixparty.outcomes import COUNTS, OUTCOMES
from sim.sixparty.recorder import PARTY_SERIES, WORLD_SERIES

PARAMS = with_values(load_scenario(SCENARIO_DIR / "history_1993_2024.yaml").parameters,
                     {"horizon": 24})


@pytest.fixture(scope="module")
def ens():
    return run_ensemble(PARAMS, 7, 42)


def test_serial_and_parallel_give_identical_ensembles(ens):
    parallel = run_ensemble(PARAMS, 7, 42, workers=2)
    assert np.array_equal(ens.world, parallel.world)
    assert np.array_equal(ens.trust, parallel.trust)
    assert ens.outcomes == parallel.outcomes


def test_same_seed_same_ensemble_other_seed_differs(ens):
    assert np.array_equal(run_ensemble(PARAMS, 7, 42).world, ens.world)
    assert not np.array_equal(run_ensemble(PARAMS, 7, 43).world, ens.world)


def test_a_prefix_of_runs_does_not_depend_on_the_run_count(ens):
    fewer = run_ensemble(PARAMS, 3, 42)
    assert np.array_equal(fewer.world, ens.world[:3])


def test_bad_ensemble_sizes():
    with pytest.raises(InputError, match="runs = 0"):
        run_ensemble(PARAMS, 0, 1)
    with pytest.raises(InputError, match="workers"):
        run_ensemble(PARAMS, 2, 1, workers=0)


def test_world_and_party_frames_are_tidy(ens):
    world = world_frame(ens)
    assert len(world) == 7 * 24 * len(WORLD_SERIES)
    assert list(world.columns) == ["run", "step", "quarter", "year", "variable", "value"]
    row = world[(world.run == 2) & (world.step == 5) & (world.variable == "tension")]
    assert row.value.item() == ens.world[2, 5, WORLD_SERIES.index("tension")]
    assert row.quarter.item() == "1994Q2"
    parties = party_frame(ens)
    assert len(parties) == 7 * 24 * 6 * len(PARTY_SERIES)
    pick = parties[(parties.run == 1) & (parties.step == 3) & (parties.party == "CN")
                   & (parties.variable == "talks_interest")]
    assert pick.value.item() == ens.parties[1, 3, 3, PARTY_SERIES.index("talks_interest")]


def test_outcome_frame_and_shares(ens):
    frame = outcome_frame(ens)
    assert len(frame) == 7 and set(COUNTS) <= set(frame.columns)
    shares = outcome_shares(ens)
    assert list(shares.outcome) == list(OUTCOMES)
    assert shares["count"].sum() == 7 and shares.share.sum() == pytest.approx(1.0)
    assert ((shares.low <= shares.share) & (shares.share <= shares.high)).all()
    assert mean_counts(ens)["missile_tests"] == pytest.approx(frame.missile_tests.mean())
    numbers = outcome_indicators(ens)
    assert all(kind == np.float64 for kind in numbers.dtypes) and len(numbers) == 7
    classes = numbers[[f"is_{o}" for o in OUTCOMES]]
    assert (classes.sum(axis=1) == 1).all()
    assert list(classes.sum()) == list(shares["count"])


def test_wilson_interval_known_values():
    low, high = wilson_interval(0, 10)
    assert low == 0.0 and high == pytest.approx(0.2775, abs=1e-4)
    low, high = wilson_interval(5, 10)
    assert (low, high) == pytest.approx((0.2366, 0.7634), abs=1e-4)


def test_bands_and_party_summary(ens):
    band = bands(ens, "tension")
    assert len(band) == 24 and (band["low"] <= band["high"]).all()
    assert band["mean"].iloc[0] == pytest.approx(ens.world[:, 0, 0].mean())
    kp = bands(ens, "trust_given", party="KP")
    assert (kp["low"] >= 0).all()
    summary = party_summary(ens)
    assert list(summary.party) == ["US", "KP", "KR", "CN", "JP", "RU"]
    with pytest.raises(InputError, match="unknown series"):
        bands(ens, "no_such_series")
