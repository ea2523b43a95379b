"""The six-party debrief: each rule on hand-made ensembles whose answer is known."""

from __future__ import annotations

import re

import numpy as np
import pytest

from dashboard.debrief import render, render_one
from sim.debrief import Finding
from sim.debrief_sixparty import (
    CODES,
    LEVER_STEPS,
    LeverEffect,
    LeverProbe,
    cycle_episodes,
    cycle_findings,
    debrief,
    dominant_outcome,
    first_below,
    lever_probe,
    moved_lever,
    outcome_findings,
    probe_findings,
    talks_findings,
    trust_findings,
)
from sim.errors import InputError
from sim.experiments.stats import wilson
from sim.io import find_scenario, load_scenario
from sim.sixparty.ensemble import Ensemble, run_ensemble
from sim.sixparty.outcomes import OUTCOMES, Outcome
from sim.sixparty.params import SixPartyParams
from sim.sixparty.quarters import quarter_index, quarter_label
from sim.sixparty.recorder import PARTY_SERIES, WORLD_SERIES

CJK = re.compile(r"[\u4e00-\u9fff]")


def scenario_params(name: str) -> SixPartyParams:
    params: SixPartyParams = load_scenario(find_scenario(name)).parameters
    return params


@pytest.fixture(scope="module")
def history() -> SixPartyParams:
    return scenario_params("history_1993_2024")


def with_trust(params: SixPartyParams, us_kp: float, kp_us: float) -> SixPartyParams:
    data = params.model_dump(mode="python")
    data["parties"]["US"]["trust"]["KP"] = us_kp
    data["parties"]["KP"]["trust"]["US"] = kp_us
    return SixPartyParams.model_validate(data)


def outcome(name: str = "stalemate", **counts: int) -> Outcome:
    fields = {"nuclear_tests": 0, "missile_tests": 0, "unsc_resolutions": 0,
              "unilateral_rounds": 0, "sanctions_rounds": 0, "talks_rounds": 0,
              "six_party_rounds": 0, "agreements_made": 0, "agreements_broken": 0,
              "broken_by_dprk": 0, "broken_by_partners": 0, **counts}
    return Outcome(outcome=name, **fields, final_tension=0.3, final_capability=0.2,
                   final_economy=1.0, final_trust_us_kp=0.2, final_trust_kp_us=0.2)


def ensemble(params: SixPartyParams, world: dict[str, np.ndarray] | None = None,
             outcomes: list[Outcome] | None = None, runs: int = 3,
             quarters: int = 8) -> Ensemble:
    """An ensemble built by hand: zero series unless given, quarters from 2000Q1."""
    series = np.zeros((runs, quarters, len(WORLD_SERIES)))
    series[:, :, WORLD_SERIES.index("trust_us_kp")] = params.parties["US"].trust["KP"]
    series[:, :, WORLD_SERIES.index("trust_kp_us")] = params.parties["KP"].trust["US"]
    for name, values in (world or {}).items():
        series[:, :, WORLD_SERIES.index(name)] = values
    start = quarter_index("2000Q1")
    return Ensemble(
        params=params, seed=0,
        labels=tuple(quarter_label(start + k) for k in range(quarters)),
        years=tuple((start + k) // 4 for k in range(quarters)), world=series,
        parties=np.zeros((runs, quarters, 6, len(PARTY_SERIES))),
        trust=np.zeros((runs, quarters, 6, 6)),
        outcomes=tuple(outcomes or [outcome() for _ in range(runs)]))


def values_match_codes(findings: list[Finding]) -> None:
    for finding in findings:
        assert set(finding.values) == set(CODES[finding.code]), finding.code


# -- 1. outcomes ------------------------------------------------------------------------


def test_a_class_far_ahead_clearly_dominates(history):
    names = ["escalation_crisis"] * 18 + ["freeze_deal"] * 2
    ens = ensemble(history, outcomes=[outcome(n) for n in names], runs=20)
    [finding] = outcome_findings(ens)
    assert finding.code == "sixparty_outcome_dominant"
    v = finding.values
    assert (v["outcome"], v["count"], v["runs"], v["runner_up"]) == (
        "escalation_crisis", 18, 20, "freeze_deal")
    assert (v["share"], v["low"], v["high"]) == wilson(18, 20)
    assert v["share_freeze_deal"] == 0.1 and v["share_stalemate"] == 0.0
    assert sum(v[f"share_{n}"] for n in OUTCOMES) == pytest.approx(1.0)


def test_overlapping_intervals_only_lead_and_ties_go_to_the_first_class(history):
    ens = ensemble(history, outcomes=[outcome(n) for n in ["stalemate"] * 6 + ["freeze_deal"] * 4],
                   runs=10)
    [finding] = outcome_findings(ens)
    assert finding.code == "sixparty_outcome_leading"
    assert (finding.values["outcome"], finding.values["runner_up"]) == ("stalemate", "freeze_deal")
    tie = ensemble(history, outcomes=[outcome(n) for n in ["stalemate", "freeze_deal"] * 3], runs=6)
    assert dominant_outcome(tie) == "freeze_deal"  # before stalemate in OUTCOMES
    [finding] = outcome_findings(tie)
    assert finding.code == "sixparty_outcome_leading" and finding.values["runner_up"] == "stalemate"


# -- 2. trust -------------------------------------------------------------------------


def test_first_below_finds_the_first_quarter_or_none():
    series = np.array([[0.5, 0.4, 0.1, 0.05, 0.3],
                       [0.5, 0.5, 0.5, 0.5, 0.5],
                       [0.1, 0.5, 0.1, 0.5, 0.1]])
    assert list(first_below(series, 0.2)) == [2, -1, 0]


def test_trust_breaks_at_the_first_fall_below_half_and_names_what_happened(history):
    params = with_trust(history, 0.4, 0.2)  # lines: 0.2 for the US, 0.1 for the DPRK
    us = np.full((3, 8), 0.4)
    us[0, 3:] = 0.15  # run 0 breaks in quarter 3 (a missile test that quarter)
    us[1, 5:] = 0.19  # run 1 breaks in quarter 5 (sanctions and a breach that quarter)
    us[2, :] = 0.21  # run 2 stays just above the line
    missiles = np.zeros((3, 8))
    missiles[0, 3] = 2
    missiles[1, 2] = 1  # a test before the break is not counted
    unsc = np.zeros((3, 8))
    unsc[1, 5] = 1
    broken = np.zeros((3, 8))
    broken[1, 5] = 1
    kp = np.full((3, 8), 0.2)
    kp[:, 4] = 0.12  # dips but stays above 0.1
    ens = ensemble(params, {"trust_us_kp": us, "trust_kp_us": kp, "missile_tests": missiles,
                            "unsc_resolutions": unsc, "agreements_broken": broken})
    findings = trust_findings(ens)
    values_match_codes(findings)
    us_finding, kp_finding = findings
    assert us_finding.code == "sixparty_trust_broke"
    v = us_finding.values
    assert (v["side"], v["other"], v["broke"], v["runs"]) == ("US", "KP", 2, 3)
    assert v["quarter"] == "2000Q4"  # lower median of quarters 3 and 5
    assert (v["tested"], v["sanctioned"], v["breach"]) == (0.5, 0.5, 0.5)
    assert v["line"] == pytest.approx(0.2)
    assert kp_finding.code == "sixparty_trust_held"
    assert kp_finding.values["lowest"] == pytest.approx(0.12)
    assert kp_finding.values["final"] == pytest.approx(0.2)


def test_a_different_share_moves_the_line(history):
    params = with_trust(history, 0.4, 0.4)
    us = np.full((1, 4), 0.4)
    us[0, 2] = 0.25
    ens = ensemble(params, {"trust_us_kp": us}, runs=1, quarters=4)
    assert trust_findings(ens, 0.5)[0].code == "sixparty_trust_held"
    assert trust_findings(ens, 0.75)[0].code == "sixparty_trust_broke"
    with pytest.raises(InputError, match="above 0 and below 1"):
        trust_findings(ens, 1.5)


# -- 3. sanction–test cycles ------------------------------------------------------------


def flags(quarters: int, *hits: int) -> np.ndarray:
    out = np.zeros(quarters, dtype=bool)
    out[list(hits)] = True
    return out


def test_cycle_episodes_need_three_links_each_within_a_year():
    assert cycle_episodes(flags(12, 0, 3, 7), flags(12, 0, 3, 7)) == [(0, 7, 3)]
    assert cycle_episodes(flags(12, 0, 5, 6), flags(12, 0, 5, 6)) == []  # a gap of 5 breaks it
    both = flags(20, 0, 1, 2, 10, 11, 12, 13)
    assert cycle_episodes(both, both) == [(0, 2, 3), (10, 13, 4)]
    # a test nobody sanctioned is no link
    assert cycle_episodes(flags(8, 0, 1, 2), flags(8, 0, 2)) == []
    assert cycle_episodes(flags(8, 0, 1, 2), flags(8, 0, 1, 2), min_links=4) == []


def test_cycle_findings_count_runs_and_episodes(history):
    tests = np.zeros((4, 16))
    tests[0, [1, 2, 3]] = 1
    tests[1, [5, 6, 7, 12, 13, 14]] = 1
    tests[2, [0, 8]] = 1  # sanctioned twice, too far apart
    ens = ensemble(history, {"missile_tests": tests, "unilateral_rounds": tests}, runs=4,
                   quarters=16)
    [finding] = cycle_findings(ens)
    values_match_codes([finding])
    v = finding.values
    assert (v["with_cycle"], v["runs"]) == (2, 4)
    assert (v["share"], v["low"], v["high"]) == wilson(2, 4)
    assert v["episodes"] == 3 / 4 and v["links"] == 3.0
    assert v["quarter"] == "2000Q2"  # lower median of first starts 1 and 5
    calm = ensemble(history, {"nuclear_tests": tests, "unsc_resolutions": np.zeros((4, 16))},
                    runs=4, quarters=16)
    [none] = cycle_findings(calm)
    assert none.code == "sixparty_no_cycles" and none.values["sanctioned_tests"] == 0.0


# -- 4. talks and agreements ------------------------------------------------------------


def test_talks_and_agreements_are_means_over_runs(history):
    outcomes = [outcome(talks_rounds=4, six_party_rounds=1, agreements_made=2, broken_by_dprk=1),
                outcome(talks_rounds=2, agreements_made=0),
                outcome(talks_rounds=0, agreements_made=1, broken_by_partners=1)]
    findings = talks_findings(ensemble(history, outcomes=outcomes, quarters=8))
    values_match_codes(findings)
    talks, deals = findings
    assert talks.values["talks"] == 2.0 and talks.values["talks_share"] == 0.25
    assert talks.values["six_party"] == pytest.approx(1 / 3)
    assert deals.code == "sixparty_agreements"
    assert deals.values["made"] == 1.0 and deals.values["with_agreement"] == 2
    assert deals.values["broken_dprk"] == pytest.approx(1 / 3)
    assert deals.values["broken_partners"] == pytest.approx(1 / 3)
    none = talks_findings(ensemble(history, outcomes=[outcome(talks_rounds=1)] * 3))
    assert none[1].code == "sixparty_no_agreements" and none[1].values["runs"] == 3


# -- 5. the lever probe -------------------------------------------------------------------


def test_enforcement_moves_with_its_whole_schedule(history):
    start, value, moved = moved_lever(history, "cn_enforcement", 0.2)
    assert (start, value) == (0.3, 0.5)
    before = [e.enforcement for e in history.schedule
              if e.kind == "policy" and e.party == "CN" and e.enforcement is not None]
    after = [e.enforcement for e in moved.schedule
             if e.kind == "policy" and e.party == "CN" and e.enforcement is not None]
    assert after == [pytest.approx(min(1.0, b + 0.2)) for b in before]
    assert 0.85 in before and 1.0 in after  # clipped at the top
    assert moved.parties["RU"] == history.parties["RU"]


def test_a_lever_near_its_top_moves_down_and_trust_moves_both_ways(history):
    params = with_trust(history, 0.9, 0.8)
    start, value, moved = moved_lever(params, "us_kp_trust", 0.2)
    assert (start, value) == (pytest.approx(0.85), pytest.approx(0.65))
    assert moved.parties["US"].trust["KP"] == pytest.approx(0.7)
    assert moved.parties["KP"].trust["US"] == pytest.approx(0.6)
    start, value, moved = moved_lever(history, "self_excitation", 0.1)
    assert value == pytest.approx(start + 0.1)
    assert moved.provocation.self_excitation == pytest.approx(value)
    with pytest.raises(InputError, match="allowed: cn_enforcement"):
        moved_lever(history, "exercises", 0.1)


def test_the_probe_uses_common_random_numbers_and_ranks_by_change():
    params = scenario_params("maximum_pressure_2017")  # four quarters: cheap
    still = lever_probe(params, 3, "escalation_crisis", runs=12, steps={"self_excitation": 0.0})
    assert still.effects[0].change == 0.0 and still.effects[0].tests_change == 0.0
    [finding] = probe_findings(still)
    assert finding.code == "sixparty_levers_no_effect"

    probe = lever_probe(params, 3, "escalation_crisis", runs=12)
    base = run_ensemble(params, 12, 3)
    assert probe.base == sum(o.outcome == "escalation_crisis" for o in base.outcomes) / 12
    assert {e.parameter for e in probe.effects} == set(LEVER_STEPS)
    keys = [(abs(e.change), abs(e.tests_change)) for e in probe.effects]
    assert keys == sorted(keys, reverse=True)
    for effect in probe.effects:
        _, _, moved = moved_lever(params, effect.parameter, LEVER_STEPS[effect.parameter])
        again = run_ensemble(moved, 12, 3)
        share = sum(o.outcome == "escalation_crisis" for o in again.outcomes) / 12
        assert effect.change == pytest.approx(share - probe.base)
    with pytest.raises(InputError, match="unknown outcome class"):
        lever_probe(params, 3, "victory")


def test_probe_findings_put_the_largest_change_first():
    probe = LeverProbe(outcome="stalemate", base=0.5, base_tests=10.0, runs=40, effects=(
        LeverEffect("us_kp_trust", 0.15, 0.35, 0.3, -0.2, 8.0, -2.0),
        LeverEffect("cn_enforcement", 0.3, 0.5, 0.55, 0.05, 11.0, 1.0)))
    findings = probe_findings(probe)
    values_match_codes(findings)
    assert [f.code for f in findings] == ["sixparty_lever_top", "sixparty_lever_effect"]
    assert findings[0].values["parameter"] == "us_kp_trust"
    assert findings[0].values["change"] == -0.2


# -- the whole debrief and its sentences --------------------------------------------------


@pytest.fixture(scope="module")
def real_findings(history) -> list[Finding]:
    ens = run_ensemble(history, 12, 0)
    probe = lever_probe(scenario_params("maximum_pressure_2017"), 0, dominant_outcome(ens), runs=8)
    return debrief(ens, probe)


def test_a_real_ensemble_gives_every_part_with_its_declared_values(real_findings):
    values_match_codes(real_findings)
    codes = [f.code for f in real_findings]
    assert codes[0].startswith("sixparty_outcome_")
    assert sum(c.startswith("sixparty_trust_") for c in codes) == 2
    assert any(c.endswith("cycles") for c in codes) and "sixparty_talks" in codes
    assert any(c.startswith("sixparty_lever") for c in codes)


def samples() -> list[Finding]:
    findings = []
    for code, names in CODES.items():
        values: dict[str, float | int | str] = {}
        for name in names:
            values[name] = {"side": "US", "other": "KP", "outcome": "stalemate",
                            "runner_up": "freeze_deal", "quarter": "2006Q4",
                            "parameter": "cn_enforcement"}.get(name, 0.25)
        findings.append(Finding(code, "info", values))
    findings += [Finding("sixparty_lever_effect", "info", {
        "parameter": p, "start": 0.1, "value": 0.2, "change": 0.05, "tests_change": 1.0})
        for p in LEVER_STEPS]
    findings += [Finding("sixparty_outcome_leading", "info", {**findings[1].values, "outcome": o})
                 for o in OUTCOMES]
    return findings


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_code_renders_in_both_languages(lang, real_findings):
    for text in [*render(samples(), lang), *render(real_findings, lang)]:
        assert "{" not in text and "}" not in text, text
        assert bool(CJK.search(text)) == (lang == "zh"), text


def test_sentences_carry_translated_names_and_numbers():
    broke = Finding("sixparty_trust_broke", "warning", {
        "side": "KP", "other": "US", "start": 0.15, "line": 0.075, "broke": 16, "runs": 30,
        "quarter": "2016Q3", "tested": 1.0, "sanctioned": 0.75, "breach": 0.0625})
    text = render_one(broke, "en")
    assert text.startswith("DPRK lost trust in United States")
    assert "16 of 30 runs" in text and "2016Q3" in text and "75%" in text
    assert "朝鲜对美国失去了信任" in render_one(broke, "zh")
    top = Finding("sixparty_lever_top", "notice", {
        "parameter": "us_kp_trust", "start": 0.15, "value": 0.35, "change": -0.15,
        "tests_change": -76.8, "outcome": "escalation_crisis", "base": 0.875,
        "base_tests": 225.0, "runs": 40})
    text = render_one(top, "en")
    assert "initial US–DPRK trust" in text and "an escalation crisis" in text
    assert "-15.0 percentage points" in text and "-76.8" in text
    assert "升级危机" in render_one(top, "zh")
