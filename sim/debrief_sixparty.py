"""A rule-based debrief of a six-party ensemble: what the runs did, as codes and numbers.

Model. No language model and no free text: fixed rules read an
:class:`~sim.sixparty.ensemble.Ensemble` (every run's quarterly world series and outcome)
and answer what a class asks after running the Six-Party Talks many times (DESIGN §6; the
documents' claims C1, mutual distrust as the hinge of the talks, C2, the sanction–test
cycle, and C11, deadlock as a normal outcome):

1. **How the runs ended.** The count and share of each outcome class of
   :mod:`sim.sixparty.outcomes`, each with a 95 % Wilson score interval
   (:func:`sim.experiments.stats.wilson`; Wilson 1927). The *dominant* class is the most
   frequent (a tie goes to the first in :data:`~sim.sixparty.outcomes.OUTCOMES` order). It
   *clearly dominates* (``sixparty_outcome_dominant``) when the lower end of its interval
   lies above the upper end of the runner-up's, and only *leads*
   (``sixparty_outcome_leading``) otherwise — more runs could reverse the order.
2. **When US–DPRK trust broke.** For each direction (the US's trust in the DPRK, world
   series ``trust_us_kp``; the DPRK's trust in the US, ``trust_kp_us``), a run's trust
   *broke* in the first quarter whose end-of-quarter value fell below :data:`BREAK_SHARE`
   (one half) of the scenario's starting value. The line is relative because the bundled
   scenarios start US–DPRK trust between 0.15 and 0.35, so a fixed line at 0.5 would never
   be crossed. Reported: in how many runs it broke, the median quarter among those runs
   (the lower median, so that it is a quarter some run actually had), and what happened in
   each run's breaking quarter: the share with a DPRK test (missile or nuclear), with a
   sanctions round (a UNSC resolution or a unilateral round — the US, South Korea and Japan
   push resolutions, any party may sanction alone) and with an agreement broken. Those are
   the model's only ways down for this trust (:mod:`sim.sixparty.trust`: tests and breaches
   lower trust in the DPRK, sanctions and breaches lower the DPRK's trust; the yearly
   drift toward the start cannot take trust below half of it). If no run broke
   (``sixparty_trust_held``): the median over runs of the lowest and of the final value.
3. **Sanction–test cycles** (C2: "sanction → test → re-sanction"). A *sanctioned test* is
   a quarter with a DPRK test and a sanctions round (in the model sanctions answer tests in
   the same quarter). An *episode* is a chain of at least :data:`CYCLE_MIN_LINKS` (3)
   sanctioned tests, each at most :data:`CYCLE_GAP` (4) quarters — a year — after the one
   before: the DPRK tested again within a year of being sanctioned and was sanctioned
   again. Three links, as the repeated game's cycle (:mod:`sim.debrief`). Reported: the
   share of runs with an episode (Wilson interval), episodes per run, the median quarter
   the first episode began and sanctioned tests per episode; else
   (``sixparty_no_cycles``) the mean number of sanctioned tests per run.
4. **Talks and agreements**, from each run's counts: quarters with talks per run (and
   six-party rounds among them) and their share of the horizon; agreements made per run,
   the share of runs with at least one (Wilson interval), and agreements broken per run by
   the DPRK and by its partners; ``sixparty_no_agreements`` when no run made one.
5. **Which lever mattered most**: a local, one-factor-at-a-time probe (Saltelli et al.,
   *Global Sensitivity Analysis: The Primer*, 2008, ch. 1), as :mod:`sim.debrief_probe`
   does for the repeated game. Four levers of the Six parties page are each moved by a
   step (:data:`LEVER_STEPS`), upwards, or downwards when the step would leave the
   parameter's range: China's and Russia's sanctions enforcement (the starting value and
   every scheduled value of that party shifted by the same amount, clipped to [0, 1], so
   the scenario's history of enforcement is kept), US–DPRK trust (both directions shifted
   by the same amount; the reported start is their mean, as on the page's slider) and the
   DPRK's self-excitation (``provocation.self_excitation``, range 0–3). Each variant runs
   :data:`PROBE_RUNS` replicates with the same seed as the baseline — common random
   numbers: each run pre-draws its uniforms from its own child seed, so a difference is the
   lever's doing — and the levers are ranked by the change in the *headline*: the share of
   runs ending in the class that dominates the page's ensemble. Outcome classes saturate
   (in the historical run tension ends at its ceiling in most runs whatever the lever), so
   each effect also carries the change in DPRK test events (missile and nuclear) per run,
   which breaks ties in the ranking and names the lever that moved testing most when none
   moved the headline (``sixparty_levers_no_effect``). The probe is small and local by
   design; a class reads its ranking, not its decimals.

Every finding has a stable ``code`` (:data:`CODES`), a ``severity`` and ``values`` —
numbers and codes (party codes, outcome classes, quarter labels, lever names) only; the
dashboard turns them into sentences in either language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sim.debrief import Finding
from sim.errors import InputError
from sim.experiments.stats import wilson
from sim.sixparty.calibrate import with_values
from sim.sixparty.ensemble import Ensemble, run_ensemble
from sim.sixparty.outcomes import OUTCOMES
from sim.sixparty.params import SixPartyParams
from sim.sixparty.recorder import column

__all__ = [
    "BREAK_SHARE",
    "CODES",
    "CYCLE_GAP",
    "CYCLE_MIN_LINKS",
    "LEVER_STEPS",
    "PROBE_RUNS",
    "LeverEffect",
    "LeverProbe",
    "cycle_episodes",
    "cycle_findings",
    "debrief",
    "dominant_outcome",
    "first_below",
    "lever_probe",
    "moved_lever",
    "outcome_findings",
    "probe_findings",
    "talks_findings",
    "trust_findings",
]

#: Trust "broke" when it fell below this share of its starting value.
BREAK_SHARE = 0.5
#: Longest gap, in quarters, between two sanctioned tests of one cycle episode.
CYCLE_GAP = 4
#: Fewest sanctioned tests that make a cycle episode.
CYCLE_MIN_LINKS = 3
#: The levers probed and the step each is moved by.
LEVER_STEPS: dict[str, float] = {"cn_enforcement": 0.2, "ru_enforcement": 0.2,
                                 "us_kp_trust": 0.2, "self_excitation": 0.1}
#: Runs per probe variant: enough to rank, cheap enough to redraw (as many as the repeated
#: game's probe, :data:`sim.debrief_probe.PROBE_REPLICATES`; about a second for five
#: variants of the 128-quarter historical scenario).
PROBE_RUNS = 24
#: Upper end of each lever's range (the lower end is 0).
_LEVER_HIGH = {"cn_enforcement": 1.0, "ru_enforcement": 1.0, "us_kp_trust": 1.0,
               "self_excitation": 3.0}
#: The two directions of US–DPRK trust: (world series, trusting party, trusted party).
_DIRECTIONS = (("trust_us_kp", "US", "KP"), ("trust_kp_us", "KP", "US"))

_SHARES = tuple(f"share_{name}" for name in OUTCOMES)
_TRUST_BROKE = ("side", "other", "broke", "runs", "quarter", "start", "line", "tested",
                "sanctioned", "breach")

#: Every code a debrief can contain, with the names of its values.
CODES: dict[str, tuple[str, ...]] = {
    "sixparty_outcome_dominant": ("outcome", "count", "runs", "share", "low", "high",
                                  "runner_up", "runner_up_share", *_SHARES),
    "sixparty_outcome_leading": ("outcome", "count", "runs", "share", "low", "high",
                                 "runner_up", "runner_up_share", *_SHARES),
    "sixparty_trust_broke": _TRUST_BROKE,
    "sixparty_trust_held": ("side", "other", "start", "line", "lowest", "final", "runs"),
    "sixparty_cycles": ("with_cycle", "runs", "share", "low", "high", "episodes", "quarter",
                        "links"),
    "sixparty_no_cycles": ("sanctioned_tests", "runs"),
    "sixparty_talks": ("talks", "talks_share", "six_party", "quarters"),
    "sixparty_agreements": ("made", "with_agreement", "runs", "share", "low", "high",
                            "broken_dprk", "broken_partners"),
    "sixparty_no_agreements": ("runs",),
    "sixparty_lever_top": ("parameter", "start", "value", "change", "tests_change", "outcome",
                           "base", "base_tests", "runs"),
    "sixparty_lever_effect": ("parameter", "start", "value", "change", "tests_change"),
    "sixparty_levers_no_effect": ("outcome", "base", "base_tests", "runs", "parameter",
                                  "start", "value", "tests_change"),
}

BoolArray = NDArray[np.bool_]


def debrief(ens: Ensemble, probe: LeverProbe | None = None,
            share: float = BREAK_SHARE) -> list[Finding]:
    """Every finding about ``ens`` (with the probe's, when given)."""
    findings = [*outcome_findings(ens), *trust_findings(ens, share), *cycle_findings(ens),
                *talks_findings(ens)]
    if probe is not None:
        findings += probe_findings(probe)
    return findings


# -- 1. outcomes -------------------------------------------------------------------------


def _counts(ens: Ensemble) -> dict[str, int]:
    names = [o.outcome for o in ens.outcomes]
    return {name: names.count(name) for name in OUTCOMES}


def dominant_outcome(ens: Ensemble) -> str:
    """The most frequent outcome class (a tie goes to the first in ``OUTCOMES`` order)."""
    counts = _counts(ens)
    return max(OUTCOMES, key=lambda name: (counts[name], -OUTCOMES.index(name)))


def outcome_findings(ens: Ensemble) -> list[Finding]:
    """The dominant class, its Wilson interval, the runner-up and every class's share."""
    if ens.runs < 1:
        raise InputError("the ensemble has no runs; a debrief needs at least one")
    counts = _counts(ens)
    top = dominant_outcome(ens)
    others = [name for name in OUTCOMES if name != top]
    second = max(others, key=lambda name: (counts[name], -OUTCOMES.index(name)))
    share, low, high = wilson(counts[top], ens.runs)
    _, _, second_high = wilson(counts[second], ens.runs)
    clear = low > second_high
    values: dict[str, float | int | str] = {
        "outcome": top, "count": counts[top], "runs": ens.runs, "share": share, "low": low,
        "high": high, "runner_up": second, "runner_up_share": counts[second] / ens.runs,
        **{f"share_{name}": counts[name] / ens.runs for name in OUTCOMES}}
    return [Finding("sixparty_outcome_dominant" if clear else "sixparty_outcome_leading",
                    "notice" if top != "comprehensive_deal" else "info", values)]


# -- 2. trust ----------------------------------------------------------------------------


def first_below(series: NDArray[np.float64], line: float) -> NDArray[np.intp]:
    """Per run (row), the first quarter (column) whose value is below ``line``; -1 if none."""
    below = np.asarray(series) < line
    first = below.argmax(axis=1)
    return np.where(below.any(axis=1), first, -1).astype(np.intp)


def _lower_median(values: NDArray[np.intp]) -> int:
    ordered = np.sort(values)
    return int(ordered[(len(ordered) - 1) // 2])


def _tested(ens: Ensemble) -> BoolArray:
    world = ens.world
    tests = world[:, :, column("missile_tests")] + world[:, :, column("nuclear_tests")]
    return np.asarray(tests > 0)


def _sanctioned(ens: Ensemble) -> BoolArray:
    world = ens.world
    rounds = world[:, :, column("unsc_resolutions")] + world[:, :, column("unilateral_rounds")]
    return np.asarray(rounds > 0)


def trust_findings(ens: Ensemble, share: float = BREAK_SHARE) -> list[Finding]:
    """One finding per direction of US–DPRK trust: when it broke and what happened then."""
    if not 0.0 < share < 1.0:
        raise InputError(f"break share {share} is out of range; allowed: above 0 and below 1")
    tested, sanctioned = _tested(ens), _sanctioned(ens)
    broken = np.asarray(ens.world[:, :, column("agreements_broken")] > 0)
    findings = []
    for name, side, other in _DIRECTIONS:
        start = float(ens.params.parties[side].trust[other])
        line = share * start
        series = ens.world[:, :, column(name)]
        first = first_below(series, line)
        hit = np.flatnonzero(first >= 0)
        who: dict[str, float | int | str] = {"side": side, "other": other, "start": start,
                                             "line": line}
        if hit.size == 0:
            findings.append(Finding("sixparty_trust_held", "info", {
                **who, "lowest": float(np.median(series.min(axis=1))),
                "final": float(np.median(series[:, -1])), "runs": ens.runs}))
            continue
        quarters = first[hit]
        findings.append(Finding("sixparty_trust_broke", "warning", {
            **who, "broke": int(hit.size), "runs": ens.runs,
            "quarter": ens.labels[_lower_median(quarters)],
            "tested": float(tested[hit, quarters].mean()),
            "sanctioned": float(sanctioned[hit, quarters].mean()),
            "breach": float(broken[hit, quarters].mean())}))
    return findings


# -- 3. sanction–test cycles ---------------------------------------------------------------


def cycle_episodes(tested: BoolArray, sanctioned: BoolArray, gap: int = CYCLE_GAP,
                   min_links: int = CYCLE_MIN_LINKS) -> list[tuple[int, int, int]]:
    """(first quarter, last quarter, sanctioned tests) of each episode of one run."""
    hits = np.flatnonzero(np.asarray(tested) & np.asarray(sanctioned))
    episodes: list[tuple[int, int, int]] = []
    chain: list[int] = []
    for quarter in (int(q) for q in hits):
        if chain and quarter - chain[-1] <= gap:
            chain.append(quarter)
            continue
        if len(chain) >= min_links:
            episodes.append((chain[0], chain[-1], len(chain)))
        chain = [quarter]
    if len(chain) >= min_links:
        episodes.append((chain[0], chain[-1], len(chain)))
    return episodes


def cycle_findings(ens: Ensemble) -> list[Finding]:
    """How often sanction–test cycles ran, when the first began and how long they were."""
    tested, sanctioned = _tested(ens), _sanctioned(ens)
    per_run = [cycle_episodes(tested[r], sanctioned[r]) for r in range(ens.runs)]
    with_cycle = [episodes for episodes in per_run if episodes]
    if not with_cycle:
        return [Finding("sixparty_no_cycles", "info", {
            "sanctioned_tests": float((tested & sanctioned).sum(axis=1).mean()),
            "runs": ens.runs})]
    share, low, high = wilson(len(with_cycle), ens.runs)
    starts = np.array([episodes[0][0] for episodes in with_cycle], dtype=np.intp)
    links = [links for episodes in with_cycle for _, _, links in episodes]
    return [Finding("sixparty_cycles", "warning", {
        "with_cycle": len(with_cycle), "runs": ens.runs, "share": share, "low": low,
        "high": high, "episodes": sum(len(e) for e in per_run) / ens.runs,
        "quarter": ens.labels[_lower_median(starts)], "links": float(np.mean(links))})]


# -- 4. talks and agreements -------------------------------------------------------------


def talks_findings(ens: Ensemble) -> list[Finding]:
    """Quarters with talks per run, and agreements made and broken per run."""
    quarters = int(ens.world.shape[1])
    outcomes = ens.outcomes

    def mean(name: str) -> float:
        return float(np.mean([getattr(o, name) for o in outcomes]))

    talks = mean("talks_rounds")
    findings = [Finding("sixparty_talks", "info", {
        "talks": talks, "talks_share": talks / quarters, "six_party": mean("six_party_rounds"),
        "quarters": quarters})]
    with_agreement = sum(1 for o in outcomes if o.agreements_made > 0)
    if with_agreement == 0:
        return [*findings, Finding("sixparty_no_agreements", "notice", {"runs": ens.runs})]
    share, low, high = wilson(with_agreement, ens.runs)
    findings.append(Finding("sixparty_agreements", "info", {
        "made": mean("agreements_made"), "with_agreement": with_agreement, "runs": ens.runs,
        "share": share, "low": low, "high": high, "broken_dprk": mean("broken_by_dprk"),
        "broken_partners": mean("broken_by_partners")}))
    return findings


# -- 5. the lever that mattered most ---------------------------------------------------


@dataclass(frozen=True)
class LeverEffect:
    """One lever moved from ``start`` to ``value``: the headline share and tests per run."""

    parameter: str
    start: float
    value: float
    share: float
    change: float
    tests: float
    tests_change: float


@dataclass(frozen=True)
class LeverProbe:
    """The headline class, its baseline share and tests, each lever's effect, largest first."""

    outcome: str
    base: float
    base_tests: float
    runs: int
    effects: tuple[LeverEffect, ...]


def _moved(start: float, step: float, high: float) -> float:
    """``start + step``, or ``start − step`` when that would leave [0, ``high``]."""
    up = start + step
    return round(up if up <= high else max(start - step, 0.0), 12)


def _clip(value: float) -> float:
    return float(min(max(value, 0.0), 1.0))


def moved_lever(params: SixPartyParams, name: str,
                step: float) -> tuple[float, float, SixPartyParams]:
    """(start, new value, parameters with the lever moved) for one lever of the probe."""
    if name not in LEVER_STEPS:
        raise InputError(f"unknown lever {name!r}; allowed: {', '.join(LEVER_STEPS)}")
    high = _LEVER_HIGH[name]
    if name == "self_excitation":
        start = float(params.provocation.self_excitation)
        value = _moved(start, step, high)
        return start, value, with_values(params, {"provocation.self_excitation": value})
    data: dict[str, Any] = params.model_dump(mode="python")
    if name == "us_kp_trust":
        us, kp = params.parties["US"].trust["KP"], params.parties["KP"].trust["US"]
        start = (us + kp) / 2
        value = _moved(start, step, high)
        data["parties"]["US"]["trust"]["KP"] = _clip(us + value - start)
        data["parties"]["KP"]["trust"]["US"] = _clip(kp + value - start)
        return start, value, SixPartyParams.model_validate(data)
    party = "CN" if name == "cn_enforcement" else "RU"
    start = float(params.parties[party].enforcement)
    value = _moved(start, step, high)
    data["parties"][party]["enforcement"] = value
    for event in data["schedule"]:
        if (event["kind"] == "policy" and event["party"] == party
                and event["enforcement"] is not None):
            event["enforcement"] = _clip(event["enforcement"] + value - start)
    return start, value, SixPartyParams.model_validate(data)


def _headline(params: SixPartyParams, outcome: str, runs: int, seed: int) -> tuple[float, float]:
    """(share of runs ending in ``outcome``, mean DPRK test events per run)."""
    ens = run_ensemble(params, runs, seed)
    share = sum(1 for o in ens.outcomes if o.outcome == outcome) / runs
    tests = float(np.mean([o.missile_tests + o.nuclear_tests for o in ens.outcomes]))
    return share, tests


def lever_probe(params: SixPartyParams, seed: int, outcome: str, runs: int = PROBE_RUNS,
                steps: Mapping[str, float] = LEVER_STEPS) -> LeverProbe:
    """Move each lever by its step, rerun with common random numbers, rank by the change."""
    if outcome not in OUTCOMES:
        raise InputError(f"unknown outcome class {outcome!r}; allowed: {', '.join(OUTCOMES)}")
    unknown = set(steps) - set(LEVER_STEPS)
    if unknown or not steps:
        raise InputError(f"probe levers {sorted(unknown) or 'none'} are not allowed; "
                         f"allowed: {', '.join(LEVER_STEPS)}")
    base, base_tests = _headline(params, outcome, runs, seed)
    effects = []
    for name, step in steps.items():
        start, value, moved = moved_lever(params, name, step)
        share, tests = _headline(moved, outcome, runs, seed)
        effects.append(LeverEffect(name, start, value, share, share - base, tests,
                                   tests - base_tests))
    ranked = sorted(effects, key=lambda e: (-abs(e.change), -abs(e.tests_change)))
    return LeverProbe(outcome=outcome, base=base, base_tests=base_tests, runs=runs,
                      effects=tuple(ranked))


def probe_findings(probe: LeverProbe) -> list[Finding]:
    """The probe's ranking: the largest change first, then the others, or "no effect"."""
    top = probe.effects[0]
    if abs(top.change) < 1e-12:
        return [Finding("sixparty_levers_no_effect", "info", {
            "outcome": probe.outcome, "base": probe.base, "base_tests": probe.base_tests,
            "runs": probe.runs, "parameter": top.parameter, "start": top.start,
            "value": top.value, "tests_change": top.tests_change})]
    findings = [Finding("sixparty_lever_top", "notice", {
        "parameter": top.parameter, "start": top.start, "value": top.value,
        "change": top.change, "tests_change": top.tests_change, "outcome": probe.outcome,
        "base": probe.base, "base_tests": probe.base_tests, "runs": probe.runs})]
    findings += [Finding("sixparty_lever_effect", "info", {
        "parameter": e.parameter, "start": e.start, "value": e.value, "change": e.change,
        "tests_change": e.tests_change}) for e in probe.effects[1:]]
    return findings
