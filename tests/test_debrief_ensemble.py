"""The experiments' debrief: its rules on constructed frames with known answers, and its words."""

from __future__ import annotations

import math
import re
import string

import numpy as np
import pandas as pd
import pytest

from dashboard.debrief import render, render_one
from dashboard.i18n import CATALOG
from sim.debrief import Finding
from sim.debrief_ensemble import (
    CODES,
    MIN_RUNS,
    SHARE_TOLERANCE,
    cliff_magnitude,
    compare_findings,
    ensemble_findings,
    is_flag,
    runs_needed,
    sensitivity_findings,
)
from sim.errors import InputError
from sim.experiments.compare import compare_frames
from sim.experiments.stats import mean_ci, summarise, wilson

CJK = re.compile(r"[\u4e00-\u9fff]")
CLASSES = ("comprehensive_deal", "freeze_deal", "stalemate", "escalation_crisis",
           "de_facto_nuclear_state")


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def one(findings: list[Finding], code: str) -> dict:
    found = [f.values for f in findings if f.code == code]
    assert len(found) == 1, codes(findings)
    return found[0]


def sixparty(counts: dict[str, int]) -> pd.DataFrame:
    """Runs ending in the given classes, one 0/1 column per class."""
    ends = [name for name, n in counts.items() for _ in range(n)]
    return pd.DataFrame({f"is_{c}": [float(e == c) for e in ends] for c in CLASSES})


def repeated(values, outcome: str = "mutual_cooperation") -> pd.DataFrame:
    return pd.DataFrame({"replicate": range(len(values)), outcome: np.asarray(values, dtype=float)})


# -- ensembles -------------------------------------------------------------------------


def test_a_yes_no_outcome_is_a_share_with_its_wilson_interval_and_the_classes_split():
    frame = sixparty({"stalemate": 13, "freeze_deal": 3, "de_facto_nuclear_state": 3,
                      "escalation_crisis": 1})
    findings = ensemble_findings(frame, "sixparty", "is_de_facto_nuclear_state")
    share = one(findings, "ensemble_share")
    assert (share["hits"], share["n"]) == (3, 20)
    assert (share["share"], share["low"], share["high"]) == pytest.approx(wilson(3, 20))
    split = one(findings, "ensemble_class_split")
    assert split["outcome_class"] == "stalemate" and split["share"] == 0.65
    assert split["seen"] == 4 and split["runs"] == 20
    more = one(findings, "ensemble_more_runs")
    half = (share["high"] - share["low"]) / 2
    assert more["half_width"] == pytest.approx(half) and more["tolerance"] == SHARE_TOLERANCE
    # the suggestion meets the tolerance under the 1/√n law, and one run in ten fewer would not
    assert half * math.sqrt(20 / more["suggested"]) <= SHARE_TOLERANCE
    assert half * math.sqrt(20 / (0.9 * more["suggested"])) > SHARE_TOLERANCE
    assert "ensemble_spread" not in codes(findings)  # a share has no tails to report


def test_one_class_that_holds_most_runs_dominates():
    findings = ensemble_findings(sixparty({"stalemate": 18, "freeze_deal": 2}), "sixparty",
                                 "is_stalemate")
    dominant = one(findings, "ensemble_class_dominant")
    assert dominant["outcome_class"] == "stalemate" and dominant["share"] == 0.9


def test_a_numeric_outcome_has_its_mean_interval_tails_and_a_suggested_run_count():
    values = np.linspace(0.0, 1.0, 101)
    findings = ensemble_findings(repeated(values), "repeated", "mutual_cooperation")
    assert codes(findings) == ["ensemble_mean", "ensemble_spread", "ensemble_more_runs"]
    mean = one(findings, "ensemble_mean")
    assert (mean["mean"], mean["low"], mean["high"]) == pytest.approx(mean_ci(values))
    spread = one(findings, "ensemble_spread")
    assert (spread["p10"], spread["median"], spread["p90"]) == pytest.approx((0.1, 0.5, 0.9))
    more = one(findings, "ensemble_more_runs")
    assert more["tolerance"] == pytest.approx(0.025)  # 5 % of the mean, 0.5
    assert more["suggested"] == runs_needed(101, more["half_width"], 0.025)


def test_many_steady_runs_are_precise_enough():
    rng = np.random.default_rng(0)
    values = 0.5 + 0.01 * rng.standard_normal(400)
    findings = ensemble_findings(repeated(values), "repeated", "mutual_cooperation")
    precise = one(findings, "ensemble_precise")
    assert precise["half_width"] < precise["tolerance"] and precise["runs"] == 400


def test_the_summary_given_and_the_one_computed_agree():
    frame = repeated(np.random.default_rng(1).uniform(size=50))
    summary = summarise(frame.drop(columns="replicate"))
    assert ensemble_findings(frame, "repeated", "mutual_cooperation", summary) == \
        ensemble_findings(frame, "repeated", "mutual_cooperation")


def test_empty_runs_are_counted_and_an_outcome_empty_everywhere_says_so():
    values = [3.0, np.nan, 5.0, 7.0, np.nan]
    findings = ensemble_findings(repeated(values, "first_breakdown"), "repeated", "first_breakdown")
    assert one(findings, "ensemble_mean")["mean"] == 5.0
    assert one(findings, "ensemble_mean")["n"] == 3
    missing = one(findings, "ensemble_missing")
    assert (missing["missing"], missing["runs"]) == (2, 5)
    empty = ensemble_findings(repeated([np.nan] * 4, "first_breakdown"), "repeated",
                              "first_breakdown")
    assert codes(empty) == ["ensemble_undefined"]


def test_deterministic_model_reports_its_value_and_that_runs_add_nothing():
    frame = pd.DataFrame({"equilibria": [3.0] * 5, "finite": [1.0] * 5})
    findings = ensemble_findings(frame, "stage_game")
    assert codes(findings) == ["ensemble_value", "ensemble_deterministic"]
    assert findings[0].values["value"] == 3.0


def test_one_run_of_a_random_model_and_identical_runs():
    once = ensemble_findings(repeated([0.4]), "repeated", "mutual_cooperation")
    assert "ensemble_one_run" in codes(once)
    assert one(once, "ensemble_one_run")["suggested"] == MIN_RUNS
    assert "ensemble_more_runs" not in codes(once) and "ensemble_precise" not in codes(once)
    same = ensemble_findings(repeated([1.0] * 30), "repeated", "mutual_cooperation")
    assert codes(same) == ["ensemble_mean", "ensemble_identical"]
    assert one(same, "ensemble_identical")["value"] == 1.0


def test_flags_are_told_by_their_description_and_values():
    assert is_flag("sequencing", "completed", [0.0, 1.0, 1.0])
    assert not is_flag("repeated", "mutual_cooperation", [1.0, 0.0])  # a share of rounds
    assert not is_flag("sixparty", "nuclear_tests", [0.0, 1.0])


def test_runs_needed_follows_the_square_law_and_rounds_up():
    assert runs_needed(100, 0.1, 0.05) == 400
    assert runs_needed(20, 0.154, 0.05) == 190
    assert runs_needed(300, 1.01, 0.489) == 1300  # 1280 rounded up to two figures
    assert runs_needed(50, 0.05, 0.05) == 51  # at the tolerance: at least one more
    with pytest.raises(InputError, match="tolerance"):
        runs_needed(10, 0.1, 0.0)


def test_bad_outcomes_are_one_line():
    with pytest.raises(InputError, match="unknown outcome 'nope'"):
        ensemble_findings(repeated([0.1, 0.2]), "repeated", "nope")
    with pytest.raises(InputError, match="not in these runs"):
        ensemble_findings(repeated([0.1, 0.2]), "repeated", "cycle_episodes")


# -- comparisons -----------------------------------------------------------------------


def frames_abc(runs: int = 60) -> list[pd.DataFrame]:
    rng = np.random.default_rng(2)
    base = rng.uniform(0.2, 0.4, size=runs)
    return [repeated(base), repeated(base + 0.5), repeated(rng.uniform(0.2, 0.4, size=runs))]


def test_a_clearly_higher_source_and_one_that_does_not_differ():
    findings = compare_findings(frames_abc(), "repeated", "mutual_cooperation")
    assert codes(findings) == ["compare_higher", "compare_same"]
    higher, same = findings[0].values, findings[1].values
    assert (higher["source"], higher["reference"]) == (2, 1)
    assert higher["difference"] == pytest.approx(0.5) and higher["low"] > 0
    assert higher["cliffs_delta"] == 1.0 and higher["magnitude"] == "large"
    assert same["source"] == 3 and same["low"] <= 0 <= same["high"]


def test_lower_sources_shown_numbers_and_given_differences():
    a, b, _ = frames_abc()
    differences = compare_frames(b, a, ["mutual_cooperation"], 0).assign(source=1)
    findings = compare_findings([b, a], "repeated", "mutual_cooperation", differences,
                                numbers=[2, 4])
    assert codes(findings) == ["compare_lower"]
    assert findings[0].values["source"] == 4 and findings[0].values["reference"] == 2
    assert findings[0].values["difference"] == pytest.approx(-0.5)


def test_few_runs_and_deterministic_models_are_flagged():
    few = compare_findings(frames_abc(runs=8), "repeated", "mutual_cooperation")
    assert [f.values["source"] for f in few if f.code == "compare_few_runs"] == [1, 2, 3]
    games = [pd.DataFrame({"equilibria": [n] * 3}) for n in (1.0, 3.0)]
    exact = compare_findings(games, "stage_game", "equilibria")
    assert codes(exact) == ["compare_higher", "compare_deterministic"]
    assert exact[0].values["low"] == exact[0].values["high"] == 2.0


@pytest.mark.parametrize(("delta", "word"), [(0.1, "negligible"), (0.2, "small"),
                                             (-0.4, "medium"), (0.5, "large"), (-1.0, "large")])
def test_cliffs_delta_sizes(delta, word):
    assert cliff_magnitude(delta) == word


# -- sensitivity -----------------------------------------------------------------------


def sobol_table(st, s1, conf=0.02) -> pd.DataFrame:
    return pd.DataFrame({"parameter": ["a", "b", "c"][:len(st)], "S1": s1, "S1_conf": conf,
                         "ST": st, "ST_conf": conf})


def test_sobol_top_interactions_and_negligible():
    findings = sensitivity_findings(sobol_table([0.62, 0.35, 0.01], [0.6, 0.1, 0.0]), "sobol",
                                    "repeated", "mutual_cooperation", 64)
    assert codes(findings) == ["sensitivity_top_sobol", "sensitivity_interactions_sobol",
                               "sensitivity_negligible_sobol"]
    assert findings[0].values["path"] == "a" and findings[0].values["st"] == 0.62
    assert findings[1].values["path"] == "b" and findings[1].values["gap"] == pytest.approx(0.25)
    assert findings[2].values["paths"] == "c" and findings[2].values["count"] == 1


def test_sobol_additive_and_wide_intervals():
    findings = sensitivity_findings(sobol_table([0.7, 0.3], [0.68, 0.27], conf=0.4), "sobol",
                                    "repeated", "mutual_cooperation", 16)
    assert codes(findings) == ["sensitivity_top_sobol", "sensitivity_additive_sobol",
                               "sensitivity_wide"]
    assert findings[2].values["suggested"] == 64


def test_morris_top_interactions_negligible_and_additive():
    table = pd.DataFrame({"parameter": ["a", "b", "c"], "mu": [1.0, 0.1, 0.0],
                          "mu_star": [1.0, 0.3, 0.01], "sigma": [0.2, 0.6, 0.0],
                          "mu_star_conf": [0.1, 0.1, 0.01]})
    findings = sensitivity_findings(table, "morris", "sixparty", "nuclear_tests", 8)
    assert codes(findings) == ["sensitivity_top_morris", "sensitivity_interactions_morris",
                               "sensitivity_negligible_morris"]
    assert findings[1].values["path"] == "b" and findings[1].values["ratio"] == pytest.approx(2.0)
    steady = sensitivity_findings(table.assign(sigma=[0.1, 0.1, 0.0]), "morris", "sixparty",
                                  "nuclear_tests", 8)
    assert "sensitivity_additive_morris" in codes(steady)


def test_an_outcome_that_never_moves_and_bad_tables():
    flat = sobol_table([np.nan, 0.0], [np.nan, 0.0])
    assert codes(sensitivity_findings(flat, "sobol", "repeated", "mutual_cooperation", 8)) == [
        "sensitivity_no_effect"]
    with pytest.raises(InputError, match="lack mu_star"):
        sensitivity_findings(flat, "morris", "repeated", "mutual_cooperation", 8)
    with pytest.raises(InputError, match="unknown sensitivity method"):
        sensitivity_findings(flat, "fast", "repeated", "mutual_cooperation", 8)


def test_salib_indices_of_a_known_function():
    """y = x1 + 4·x2·x3 on [0, 1]³, x4 unused: x2 and x3 interact, x4 has no effect."""
    from SALib.analyze import sobol
    from SALib.sample import sobol as sample

    problem = {"num_vars": 4, "names": ["x1", "x2", "x3", "x4"], "bounds": [[0.0, 1.0]] * 4}
    x = sample.sample(problem, 1024, calc_second_order=False, seed=3)
    y = x[:, 0] + 4 * x[:, 1] * x[:, 2]
    result = sobol.analyze(problem, y, calc_second_order=False, seed=3)
    table = pd.DataFrame({"parameter": problem["names"],
                          **{k: result[k] for k in ("S1", "S1_conf", "ST", "ST_conf")}})
    findings = sensitivity_findings(table, "sobol", "repeated", "mutual_cooperation", 1024)
    assert findings[0].values["path"] in ("x2", "x3")
    assert one(findings, "sensitivity_interactions_sobol")["path"] in ("x2", "x3")
    assert one(findings, "sensitivity_negligible_sobol")["paths"] == "x4"


# -- words -----------------------------------------------------------------------------

SAMPLE_VALUES = {"kind": "repeated", "outcome": "mutual_cooperation",
                 "outcome_class": "stalemate", "magnitude": "medium", "path": "trust.prior",
                 "paths": "noise, discount"}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_code_has_a_template_that_renders(lang):
    for code, names in CODES.items():
        key = f"debrief.{code}"
        assert key in CATALOG, key
        fields = {f for _, f, _, _ in string.Formatter().parse(CATALOG[key][0]) if f}
        assert fields <= {*names, "unit"}, (code, fields - set(names))
        finding = Finding(code, "info", {n: SAMPLE_VALUES.get(n, 0.25) for n in names})
        text = render_one(finding, lang)
        assert "{" not in text and bool(CJK.search(text)) == (lang == "zh"), text


def test_sentences_carry_labels_units_and_words():
    frame = sixparty({"stalemate": 13, "freeze_deal": 7})
    english = render(ensemble_findings(frame, "sixparty", "is_stalemate"), "en")
    assert english[0] == ("Ends in stalemate: in 13 of 20 runs (65.0%; 95 % Wilson interval "
                          f"{wilson(13, 20)[1]:.1%} to {wilson(13, 20)[2]:.1%}).")
    assert "the most common, Stalemate, covers only 65%" in english[1]
    chinese = render(compare_findings(frames_abc(), "repeated", "mutual_cooperation"), "zh")
    assert chinese[0].startswith("双方同时合作的比例：来源 2 高于来源 1") and "差异较大" in chinese[0]
