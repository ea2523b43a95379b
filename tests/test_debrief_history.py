"""The history debrief: each rule on hand-made yearly tables whose answer is known."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from dashboard.debrief import render, render_one
from sim.debrief import Finding
from sim.debrief_history import (
    CODES,
    OMISSIONS,
    biggest_miss,
    debrief,
    fit_findings,
    left_out_findings,
    miss_scores,
    relative_error,
)
from sim.errors import InputError
from sim.io import find_scenario, load_scenario
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.history import SERIES, fit_report

CJK = re.compile(r"[\u4e00-\u9fff]")


def table(first: int, last: int, record: dict[str, list[float]] | None = None,
          model: dict[str, list[float]] | None = None, band: float = 1.0) -> pd.DataFrame:
    """A yearly table: the model equals the record unless told, a band of ± ``band``."""
    years = pd.Index(range(first, last + 1), name="year")
    frame = pd.DataFrame(index=years)
    for name in SERIES:
        frame[name] = (record or {}).get(name, [1.0] * len(years))
    for name in SERIES:
        mean = np.asarray((model or {}).get(name, frame[name].to_numpy()), dtype=float)
        frame[f"model_{name}"] = mean
        frame[f"model_{name}_low"] = np.maximum(mean - band, 0.0)
        frame[f"model_{name}_high"] = mean + band
    return frame


def values_match_codes(findings: list[Finding]) -> None:
    for finding in findings:
        assert set(finding.values) == set(CODES[finding.code]), finding.code


def test_relative_error_is_zero_when_equal_and_near_one_for_no_events():
    record = np.array([3.0, 0.0, 4.0])
    assert relative_error(record, record) == 0.0
    assert relative_error(record, np.zeros(3)) == pytest.approx(25 / 26)
    assert relative_error(np.zeros(3), np.ones(3)) == 3.0


def test_best_and_worst_are_judged_on_the_calibration_years_only():
    years = list(range(2015, 2023))  # 2015-2019 in sample, 2020-2022 out
    record = {"missile_tests": [5, 8, 9, 4, 6, 10, 10, 10],
              "agreements": [1, 0, 0, 1, 0, 0, 0, 0]}
    model = {"missile_tests": [5, 8, 9, 4, 6, 90, 90, 90],  # perfect in sample, awful after
             "agreements": [0, 0, 0, 0, 0, 0, 0, 0],
             "nuclear_tests": [1, 1, 1, 1, 1.5, 1, 1, 1]}
    findings = fit_findings(table(years[0], years[-1], record, model), calibration_end=2019)
    values_match_codes(findings)
    best, worst = findings
    assert best.code == "history_fit_best" and worst.code == "history_fit_worst"
    # missile tests and three other series fit perfectly in sample: the first wins the tie
    assert best.values["series"] == "missile_tests" and best.values["error"] == 0.0
    assert worst.values["series"] == "agreements"
    assert worst.values["error"] == pytest.approx(2 / 3)
    assert (worst.values["record"], worst.values["model"]) == (2.0, 0.0)
    assert (best.values["first"], best.values["last"], best.values["period"]) == (
        2015, 2019, "in_sample")


def test_a_window_after_the_calibration_years_is_out_of_sample():
    frame = table(2021, 2024, model={"talks_quarters": [3, 3, 3, 3]})
    best, worst = fit_findings(frame, calibration_end=2019)
    assert best.values["period"] == "out_of_sample" and best.values["first"] == 2021
    assert worst.values["series"] == "talks_quarters"


def test_equal_errors_say_so():
    [finding] = fit_findings(table(2000, 2005), calibration_end=2019)
    assert finding.code == "history_fit_even" and finding.values["error"] == 0.0
    values_match_codes([finding])


def test_the_biggest_miss_is_scaled_by_the_series_size():
    record = {"missile_tests": [10.0, 10.0, 10.0, 10.0], "agreements": [0.0, 1.0, 0.0, 0.0]}
    # a gap of 5 missile tests (scale 11) against a gap of 1 agreement (scale 1.25)
    model = {"missile_tests": [10.0, 10.0, 15.0, 10.0], "agreements": [0.0, 0.0, 0.0, 0.0]}
    frame = table(2018, 2021, record, model, band=0.5)
    scores = miss_scores(frame)
    assert scores.loc[2020, "missile_tests"] == pytest.approx(5 / 11)
    assert scores.loc[2019, "agreements"] == pytest.approx(1 / 1.25)
    [miss] = biggest_miss(frame, calibration_end=2019)
    values_match_codes([miss])
    v = miss.values
    assert (v["series"], v["year"], v["record"], v["model"]) == ("agreements", 2019, 1.0, 0.0)
    assert (v["outside"], v["period"]) == (1, "in_sample")
    assert v["score"] == pytest.approx(0.8)
    inside = table(2018, 2021, record, model, band=2.0)
    assert biggest_miss(inside, calibration_end=2018)[0].values["outside"] == 0
    assert biggest_miss(inside, calibration_end=2018)[0].values["period"] == "out_of_sample"


def test_left_out_episodes_are_reported_only_inside_the_window():
    assert [f.code for f in left_out_findings(table(2003, 2008))] == ["history_left_out_none"]
    model = {"talks_quarters": [1.0, 4.0, 4.0, 1.0], "missile_tests": [1.0, 2.0, 1.0, 1.0]}
    found = left_out_findings(table(2019, 2022, model=model))
    values_match_codes(found)
    [pandemic] = found
    assert pandemic.values["episode"] == "pandemic_closure"
    assert (pandemic.values["first"], pandemic.values["last"]) == (2020, 2022)
    assert pandemic.values["series"] == "talks_quarters"
    assert (pandemic.values["record"], pandemic.values["model"]) == (3.0, 9.0)
    every = left_out_findings(table(1990, 2024))
    assert [f.values["episode"] for f in every] == [o.code for o in OMISSIONS]


def test_a_table_without_the_model_columns_is_refused():
    frame = table(2000, 2002).drop(columns=["model_agreements_high"])
    with pytest.raises(InputError, match="model_agreements_high"):
        debrief(frame)
    with pytest.raises(InputError, match="no years"):
        debrief(table(2000, 2002).iloc[:0])


@pytest.fixture(scope="module")
def real_findings() -> list[Finding]:
    params = load_scenario(find_scenario("history_1993_2024")).parameters
    report = fit_report(run_ensemble(params, 12, 0))
    return debrief(report.yearly, report.calibration_end)


def test_the_historical_run_gives_fit_miss_and_left_out_findings(real_findings):
    values_match_codes(real_findings)
    codes = [f.code for f in real_findings]
    assert codes[:3] == ["history_fit_best", "history_fit_worst", "history_biggest_miss"]
    assert codes.count("history_left_out") == len(OMISSIONS)  # 1993-2024 holds all three
    assert real_findings[0].values["last"] == 2019


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_code_renders_in_both_languages(lang, real_findings):
    samples = [Finding(code, "info", {name: {"series": "agreements", "period": "in_sample",
                                             "episode": "famine", "outside": 1}.get(name, 3)
                                      for name in names}) for code, names in CODES.items()]
    samples += [Finding("history_left_out", "info", {**samples[4].values, "episode": o.code})
                for o in OMISSIONS]
    for text in [*render(samples, lang), *render(real_findings, lang)]:
        assert "{" not in text and "}" not in text, text
        assert bool(CJK.search(text)) == (lang == "zh"), text


def test_sentences_name_the_series_year_and_period():
    miss = Finding("history_biggest_miss", "warning", {
        "series": "missile_tests", "year": 2022, "record": 34.0, "model": 12.5, "low": 4.0,
        "high": 22.0, "outside": 1, "period": "out_of_sample", "score": 3.1})
    text = render_one(miss, "en")
    assert text == ("The biggest miss is missile-test events in 2022 (out of sample): the record "
                    "has 34, the model 12.5 on average (5–95 % band 4.0–22.0; the record lies "
                    "outside the band).")
    assert "导弹试射次数" in render_one(miss, "zh") and "样本外" in render_one(miss, "zh")
