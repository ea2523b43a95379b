"""The sequencing debrief on hand-worked agreements whose thresholds are known.

The demo deal: the DPRK freezes (cost 6 to it, worth 8 to the US), the US gives relief (cost
5, worth 10 to the DPRK), nothing reversible, patience 1. A first mover paying c for a
reward v needs trust c/v (Kydd): denuclearisation first needs 6/10, security first 5/8.
In k synchronised phases the first phase binds: the DPRK needs 6/(4k + 6), the US
5/(3k + 5) (``sim.sequencing.enforcement``, the slicing law with discount 1).
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from dashboard.debrief import render, render_one
from sim.debrief import Finding
from sim.debrief_sequencing import (
    CODES,
    GRID_STEP,
    debrief,
    enforcement_needed,
    phases_needed,
    trust_needed,
    verification_needed,
)
from sim.errors import InputError
from sim.io import bundled_scenarios
from sim.sequencing import ORDERS, Agreement, Settings, Step, analyse, assess_order, pick_agreement

CJK = re.compile(r"[\u4e00-\u9fff]")
DEAL = Agreement("demo", (Step("freeze", "KP", 6, 8, 1.0, 0.0),
                          Step("relief", "US", 5, 10, 1.0, 0.0)))


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


def one(findings: list[Finding], code: str) -> Finding:
    (found,) = [f for f in findings if f.code == code]
    return found


def run(settings: Settings, deal: Agreement = DEAL, montecarlo: bool = True):
    return analyse(deal, settings, seed=3, montecarlo=montecarlo)


def test_action_for_action_needs_the_least_trust():
    analysis = run(Settings(discount=1.0, trust=0.5))
    easiest = one(debrief(analysis, "denuclearisation_first"), "seq_easiest").values
    assert easiest["order"] == "action_for_action"
    assert easiest["min_trust"] == pytest.approx(max(6 / 22, 5 / 17))
    assert (easiest["holding"], easiest["orders"]) == (1, 5)


def test_with_one_phase_denuclearisation_first_is_easiest():
    analysis = run(Settings(discount=1.0, trust=0.3, phases=1), montecarlo=False)
    easiest = one(debrief(analysis, "security_first"), "seq_easiest").values
    assert easiest["order"] == "denuclearisation_first"
    assert easiest["min_trust"] == pytest.approx(0.6) and easiest["holding"] == 0


def test_a_first_mover_without_enough_trust_walks_and_the_trust_fix_is_kydds():
    findings = debrief(run(Settings(discount=1.0, trust=0.5)), "denuclearisation_first")
    assert one(findings, "seq_fails_walk").values == {
        "order": "denuclearisation_first", "phases": 4, "trust": 0.5, "stage": 1, "side": "KP"}
    assert one(findings, "seq_fix_trust").values["needed"] == pytest.approx(0.6)
    assert "seq_never" not in codes(findings)
    security = debrief(run(Settings(discount=1.0, trust=0.5)), "security_first")
    # 5/8 = 0.625 lies between grid points: the first that holds is 0.63
    assert one(security, "seq_fix_trust").values["needed"] == pytest.approx(0.63)
    assert one(security, "seq_fails_walk").values["side"] == "US"


def test_weak_enforcement_lets_the_last_mover_walk_and_the_fix_is_exact():
    # Security first: the DPRK receives relief (10) first, then owes the freeze (6). Walking
    # keeps (1 − ψ)·10, honouring gives 10 − 6 = 4: it honours iff ψ ≥ 0.6, whatever the trust.
    analysis = run(Settings(discount=1.0, trust=0.9, enforcement=0.5, hostile_share=0.0))
    findings = debrief(analysis, "security_first")
    assert one(findings, "seq_fails_walk").values["stage"] == 2
    assert one(findings, "seq_fails_walk").values["side"] == "KP"
    assert "seq_never" in codes(findings) and "seq_fix_trust" not in codes(findings)
    assert one(findings, "seq_fix_enforcement").values == {
        "order": "security_first", "phases": 4, "enforcement": 0.5, "needed": 0.6}
    # Denuclearisation first: the US keeps (1 − ψ)·8 against 8 − 5 = 3: ψ ≥ 0.625 -> 0.63
    denuclearisation = debrief(analysis, "denuclearisation_first")
    assert one(denuclearisation, "seq_fix_enforcement").values["needed"] == pytest.approx(0.63)


def test_weak_verification_invites_cheating_and_the_fix_covers_every_step():
    # The freeze is caught half the time: at full trust the DPRK saves 6 by faking it and
    # loses 4 if caught, so it needs q ≥ 6/10. A uniform level also applies to the relief,
    # where the US saves 5 and risks 3: q ≥ 5/8. The grid's first level above both is 0.63.
    deal = Agreement("demo", (Step("freeze", "KP", 6, 8, 0.5, 0.0),
                              Step("relief", "US", 5, 10, 1.0, 0.0)))
    findings = debrief(run(Settings(discount=1.0, trust=1.0), deal), "denuclearisation_first")
    assert one(findings, "seq_fails_cheat").values["side"] == "KP"
    assert one(findings, "seq_fix_verification").values["needed"] == pytest.approx(0.63)
    assert "seq_fix_trust" not in codes(findings)  # already at full trust


def test_slicing_into_phases_is_the_fix_for_action_for_action():
    # 5/(3k + 5) ≤ 0.3 and 6/(4k + 6) ≤ 0.3 first hold at k = 4
    findings = debrief(run(Settings(discount=1.0, trust=0.3, phases=1)), "action_for_action")
    assert one(findings, "seq_fix_phases").values == {
        "order": "action_for_action", "phases": 1, "needed": 4}
    assert "seq_fix_phases" not in codes(debrief(run(Settings(discount=1.0, trust=0.3, phases=1)),
                                                 "security_first"))


def test_a_deal_worth_less_than_it_costs_has_no_fix():
    deal = Agreement("loss", (Step("freeze", "KP", 10, 5, 1.0, 0.0),
                              Step("relief", "US", 10, 5, 1.0, 0.0)))
    findings = debrief(run(Settings(trust=0.9), deal), "package_deal")
    assert codes(findings)[:4] == ["seq_no_order", "seq_fails_walk", "seq_never", "seq_no_fix"]


def test_a_holding_order_gets_no_fixes_and_completes_without_hostile_types():
    findings = debrief(run(Settings(discount=1.0, trust=0.9, hostile_share=0.0)),
                       "action_for_action")
    assert codes(findings) == ["seq_easiest", "seq_holds", "seq_mc"]
    assert one(findings, "seq_mc").values["completed"] == 1.0


def test_the_monte_carlo_names_who_broke_it_and_when():
    analysis = run(Settings(discount=1.0, trust=0.9, enforcement=0.5, hostile_share=0.0))
    findings = debrief(analysis, "security_first")
    assert one(findings, "seq_mc").values["completed"] == 0.0
    assert one(findings, "seq_mc_breakers").values == {
        "us": 0.0, "kp": 1.0, "both": 0.0, "false_alarm": 0.0, "stage": 2, "stage_share": 1.0}


def test_an_unknown_order_is_refused():
    with pytest.raises(InputError, match="order in focus"):
        debrief(run(Settings(), montecarlo=False), "first_come")


# -- the fixes named really work, and are the smallest on the grid -------------------------


def holds(deal: Agreement, order: str, settings: Settings) -> bool:
    return assess_order(deal, order, settings).self_enforcing


SETTINGS = [Settings(), Settings(trust=0.3, enforcement=0.6, discount=0.8),
            Settings(trust=0.7, verification=0.4, phases=2)]


@pytest.mark.parametrize("settings", SETTINGS)
def test_every_fix_on_the_bundled_agreements_works_and_is_minimal(settings):
    checked = 0
    for _, scenario in bundled_scenarios():
        if scenario.kind != "sequencing":
            continue
        for agreement in scenario.parameters.agreements:
            deal = pick_agreement(scenario.parameters, agreement.id)
            for order in ORDERS:
                if holds(deal, order, settings):
                    continue
                result = assess_order(deal, order, settings)
                trust = trust_needed(result, settings.trust)
                if trust is not None:
                    assert holds(deal, order, replace(settings, trust=trust))
                q = verification_needed(deal, order, settings)
                if q is not None:
                    assert holds(deal, order, replace(settings, verification=q))
                    if q >= GRID_STEP:
                        lower = round(q - GRID_STEP, 2)
                        assert not holds(deal, order, replace(settings, verification=lower))
                psi = enforcement_needed(deal, order, settings)
                if psi is not None:
                    assert holds(deal, order, replace(settings, enforcement=psi))
                    if psi >= GRID_STEP:
                        lower = round(psi - GRID_STEP, 2)
                        assert not holds(deal, order, replace(settings, enforcement=lower))
                if order == "action_for_action" and (k := phases_needed(deal, settings)):
                    assert holds(deal, order, replace(settings, phases=k))
                checked += 1
    assert checked > 10


# -- every code is declared and renders ----------------------------------------------------


def test_every_finding_has_the_declared_values():
    analyses = [run(Settings(discount=1.0, trust=p, enforcement=e, phases=k))
                for p, e, k in ((0.5, 1.0, 4), (0.9, 0.5, 4), (0.3, 1.0, 1))]
    for analysis in analyses:
        for order in ORDERS:
            for finding in debrief(analysis, order):
                assert set(finding.values) == set(CODES[finding.code]), finding.code


def sample(code: str) -> Finding:
    special = {"order": "action_for_action", "phases": 3, "side": "KP", "stage": 2,
               "runs": 1000, "holding": 1, "orders": 5, "needed": 0.6}
    return Finding(code, "info", {name: special.get(name, 0.25) for name in CODES[code]})


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_renders_in_both_languages(code, lang):
    text = render_one(sample(code), lang)
    assert "{" not in text and "}" not in text, text
    assert bool(CJK.search(text)) == (lang == "zh"), text


def test_sentences_name_the_order_with_its_phases():
    lines = render(debrief(run(Settings(discount=1.0, trust=0.3, phases=1)), "action_for_action"),
                   "en")
    assert "In the order Action for action (1 phases) the agreement does not hold" in lines[1]
    assert "action for action in 4 phases instead of 1" in " ".join(lines)
    zh = render(debrief(run(Settings(discount=1.0, trust=0.3, phases=1)), "action_for_action"),
                "zh")
    assert "行动对行动（1个阶段）" in zh[1] and "美国" in zh[1]
