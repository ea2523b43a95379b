"""The record's yearly series, the fit report and the calibration search."""

from __future__ import annotations

import numpy as np
import pytest

from sim.io import SCENARIO_DIR, load_scenario
from sim.sixparty.calibrate import calibrate, fit_loss, with_values
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.history import SERIES, fit_report, model_yearly, record_yearly

PARAMS = load_scenario(SCENARIO_DIR / "history_1993_2024.yaml").parameters


def test_record_series_by_hand():
    record = record_yearly(1993, 2024)
    assert list(record.columns) == list(SERIES)
    unsc = record.unsc_resolutions
    # 1695 and 1718 in 2006; 1874 in 2009 (not the April presidential statement);
    # 2087 and 2094 in 2013; 2270 and 2321 in 2016; four in 2017; the 2022 veto is not one.
    assert (unsc[2006], unsc[2009], unsc[2013], unsc[2016], unsc[2017]) == (2, 1, 2, 2, 4)
    assert unsc[2022] == 0 and unsc.sum() == 11
    assert record.agreements[1994] == 1 and record.agreements[2007] == 2
    assert record.agreements[2018] == 0 and record.agreements[2024] == 0  # RU-KP treaty
    assert record.talks_quarters[2007] == 3
    assert record.missile_tests[2016] == 16 and record.nuclear_tests[2016] == 2


@pytest.fixture(scope="module")
def ens():
    return run_ensemble(PARAMS, 12, 3)


def test_model_yearly_sums_quarters(ens):
    years, values = model_yearly(ens)
    assert years[0] == 1993 and years[-1] == 2024 and values.shape == (12, 32, len(SERIES))
    total = values[:, :, SERIES.index("missile_tests")].sum(axis=1)
    assert np.array_equal(total, [o.missile_tests for o in ens.outcomes])


def test_fit_report_separates_in_and_out_of_sample(ens):
    report = fit_report(ens)
    rows = report.rows
    assert set(rows.period) == {"in_sample", "out_of_sample"}
    inside = rows[(rows.series == "nuclear_tests") & (rows.period == "in_sample")].iloc[0]
    assert (inside.first_year, inside.last_year, inside.record_total) == (1993, 2019, 6)
    outside = rows[(rows.series == "missile_tests") & (rows.period == "out_of_sample")].iloc[0]
    assert outside.record_total == 4 + 4 + 34 + 19 + 12
    assert set(rows.verdict) <= {"good", "fair", "poor"}
    assert 0 <= inside.coverage <= 1
    assert "in_sample_brier" in report.timing and report.timing["record_first_agreement_year"] == 1993
    data = report.as_dict()
    assert data["calibration_end"] == 2019 and len(data["series"]) == 10


def test_fit_of_the_record_itself_is_perfect():
    """A fake ensemble whose every run is the record scores zero error and full coverage."""
    record = record_yearly(1993, 2019)
    from sim.sixparty import history

    years = np.arange(1993, 2020)
    fake = np.repeat(record.to_numpy()[None, :, :], 3, axis=0)
    stats = history._stats(fake[0, :, 0], fake[:, :, 0])
    assert stats["rmse"] == 0 and stats["coverage"] == 1 and stats["correlation"] == pytest.approx(1)
    assert len(years) == fake.shape[1]


def test_loss_prefers_the_better_candidate():
    short = with_values(PARAMS, {"horizon": 108})
    good = fit_loss(run_ensemble(short, 6, 0))
    silly = fit_loss(run_ensemble(with_values(short, {"provocation.base_rate": 5.0}), 6, 0))
    assert silly > good


def test_calibration_is_seeded_and_stays_in_bounds():
    space = {"provocation.base_rate": (0.01, 0.03)}
    one = calibrate(PARAMS, space, candidates=3, runs=2, seed=5)
    two = calibrate(PARAMS, space, candidates=3, runs=2, seed=5)
    assert one.best == two.best and one.loss == two.loss
    assert 0.01 <= one.best["provocation.base_rate"] <= 0.03
    assert len(one.table) == 3 + 2 and one.table.loss.is_monotonic_increasing
