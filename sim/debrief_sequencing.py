"""A rule-based debrief of a "who moves first" analysis: which order holds, and what would.

Model. No language model and no free text: fixed rules read one
:class:`~sim.sequencing.analysis.Analysis` (every order of one agreement under one set of
settings, with its Monte Carlo) and answer four questions about the documents' claim C3
— the dispute over who moves first — and claim C6, agreements signed and then broken in
implementation. One order is *in focus*: the one the page shows on its maps (by default
the scenario's own ``order``).

1. **Which order holds at the least trust?** The order with the lowest minimum trust of
   :mod:`sim.sequencing.enforcement` among those some trust level makes self-enforcing
   (ties go to the first in :data:`~sim.sequencing.orders.ORDERS`), with how many orders
   hold at the trust chosen (code ``seq_easiest``; ``seq_no_order`` when no order holds at
   any trust).
2. **Does the agreement hold in the focus order?** Self-enforcing at the chosen trust,
   verification and enforcement (``seq_holds``), or not: then the first stage where a
   trustworthy side walks away (``seq_fails_walk``) or cheats (``seq_fails_cheat``), and
   ``seq_never`` when no trust level at all would do.
3. **What single change would make it hold?** Each lever is moved alone, everything else
   kept, and the verdict recomputed with the same rule (every stage's conditions at the
   chosen trust, :meth:`~sim.sequencing.enforcement.Intervals.holds`):

   * *trust* — the trust level nearest the chosen one, on a grid of step
     :data:`GRID_STEP`, at which the order is self-enforcing (``seq_fix_trust``); the levels
     that work form an interval (the conditions are linear in trust), so this is the end of
     the interval nearest the chosen trust, rounded into it;
   * *verification* — the smallest level, on a grid of step :data:`GRID_STEP`, that makes
     it hold when every step has that level (``seq_fix_verification``). More verification
     never raises the minimum trust (a law of :mod:`sim.sequencing.enforcement`), so the
     smallest level is well defined;
   * *enforcement* — the smallest share a caught violator forfeits, on the same grid, that
     makes it hold (``seq_fix_enforcement``); forfeiting more only lowers the payoff of
     breaking the deal, so again the smallest level is well defined;
   * *phases* — for ``action_for_action`` only (no other order has phases): the number of
     phases, from 1 to :data:`MAX_PHASES`, nearest to the chosen one (the smaller on a tie)
     at which it holds (``seq_fix_phases``).

   A lever that cannot make it hold anywhere in its range is not reported; ``seq_no_fix``
   says that no single change is enough.
4. **How does implementation end?** The Monte Carlo of :mod:`sim.sequencing.montecarlo`
   for the focus order: the share of runs completed, broken down, and completed while
   someone cheated undetected (``seq_mc``, a notice when half or more broke down); when
   some broke down, who broke it — walked away or was caught cheating, the first open
   defection, which ends the run — in what share of runs, how many ended by false alarm
   or by both at once, and the stage at which breakdowns were most common
   (``seq_mc_breakers``).

Every finding has a stable ``code`` (:data:`CODES`, all prefixed ``seq_``), a
``severity`` and ``values`` — numbers, order codes and party codes only. Stages are
counted from 1. Findings about an order carry ``phases`` so that ``action_for_action`` can
be named with its number of phases.

Sources: the model and its sources are those of :mod:`sim.sequencing.enforcement` (Kydd
2005; Fearon 1995; Powell 2006; Avenhaus, von Stengel & Zamir 2002; Pitchford & Snyder
2004; Schelling 1960) and :mod:`sim.sequencing.montecarlo`.
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from sim.debrief import Finding, Value
from sim.errors import check_choice
from sim.sequencing.agreement import Agreement
from sim.sequencing.analysis import Analysis, OrderResult, Settings
from sim.sequencing.enforcement import intervals, schedule_constraints
from sim.sequencing.orders import MAX_PHASES, build_schedule, phased_batch

__all__ = [
    "CODES",
    "GRID_STEP",
    "MAX_PHASES",
    "debrief",
    "easiest_findings",
    "enforcement_needed",
    "fix_findings",
    "montecarlo_findings",
    "phases_needed",
    "trust_needed",
    "verdict_findings",
    "verification_needed",
]

#: Resolution of the trust, verification and enforcement searches.
GRID_STEP = 0.01
_GRID = np.round(np.linspace(0.0, 1.0, round(1 / GRID_STEP) + 1), 10)

_ORDER = ("order", "phases")

#: Every code a sequencing debrief can contain, with the names of its values.
CODES: dict[str, tuple[str, ...]] = {
    "seq_easiest": (*_ORDER, "min_trust", "trust", "holding", "orders"),
    "seq_no_order": ("orders",),
    "seq_holds": (*_ORDER, "trust", "min_trust"),
    "seq_fails_walk": (*_ORDER, "trust", "stage", "side"),
    "seq_fails_cheat": (*_ORDER, "trust", "stage", "side"),
    "seq_fails": (*_ORDER, "trust"),
    "seq_never": _ORDER,
    "seq_fix_trust": (*_ORDER, "trust", "needed"),
    "seq_fix_verification": (*_ORDER, "needed"),
    "seq_fix_enforcement": (*_ORDER, "enforcement", "needed"),
    "seq_fix_phases": (*_ORDER, "needed"),
    "seq_no_fix": _ORDER,
    "seq_mc": (*_ORDER, "runs", "completed", "broke", "hollow", "hostile"),
    "seq_mc_breakers": ("us", "kp", "both", "false_alarm", "stage", "stage_share"),
}


def debrief(analysis: Analysis, order: str) -> list[Finding]:
    """Every finding about ``analysis`` with ``order`` in focus (see the module docstring)."""
    check_choice("order in focus", order, list(analysis.results))
    findings = [*easiest_findings(analysis), *verdict_findings(analysis, order)]
    if not analysis.results[order].self_enforcing:
        findings += fix_findings(analysis, order)
    return findings + montecarlo_findings(analysis, order)


# -- 1. the order that needs the least trust -------------------------------------------


def easiest_findings(analysis: Analysis) -> list[Finding]:
    """The order with the lowest minimum trust, and how many hold at the chosen trust."""
    results = analysis.results
    feasible = {o: r.min_trust for o, r in results.items() if not math.isnan(r.min_trust)}
    if not feasible:
        return [Finding("seq_no_order", "warning", {"orders": len(results)})]
    best = min(feasible, key=lambda o: feasible[o])  # the first of equals wins
    holding = sum(r.self_enforcing for r in results.values())
    return [Finding("seq_easiest", "info", {
        "order": best, "phases": analysis.settings.phases, "min_trust": feasible[best],
        "trust": analysis.settings.trust, "holding": holding, "orders": len(results)})]


# -- 2. the verdict in the focus order -------------------------------------------------


def verdict_findings(analysis: Analysis, order: str) -> list[Finding]:
    """Whether ``order`` is self-enforcing, and where it first fails if not."""
    result = analysis.results[order]
    settings = analysis.settings
    named: dict[str, Value] = {"order": order, "phases": settings.phases}
    if result.self_enforcing:
        return [Finding("seq_holds", "info", {**named, "trust": settings.trust,
                                              "min_trust": result.min_trust})]
    failure = result.first_failure
    if failure is None:
        findings = [Finding("seq_fails", "warning", {**named, "trust": settings.trust})]
    else:
        code = "seq_fails_walk" if failure.reason == "walk" else "seq_fails_cheat"
        findings = [Finding(code, "warning", {**named, "trust": settings.trust,
                                              "stage": failure.stage + 1,
                                              "side": failure.side})]
    if math.isnan(result.min_trust):
        findings.append(Finding("seq_never", "warning", named))
    return findings


# -- 3. single changes that would make it hold -----------------------------------------


def trust_needed(result: OrderResult, trust: float) -> float | None:
    """The trust level (grid :data:`GRID_STEP`) nearest ``trust`` at which the order holds."""
    holding = _GRID[intervals(result.constraints, "all").holds(_GRID)]
    if not holding.size:
        return None
    return float(min(holding, key=lambda p: (abs(float(p) - trust), float(p))))


def _first(ok: NDArray[np.bool_]) -> float | None:
    hits = np.flatnonzero(ok)
    return float(_GRID[hits[0]]) if hits.size else None


def verification_needed(agreement: Agreement, order: str, settings: Settings) -> float | None:
    """The smallest uniform verification (grid :data:`GRID_STEP`) at which ``order`` holds."""
    schedule = build_schedule(agreement, order, settings.phases, settings.duration)
    levels = np.broadcast_to(_GRID[:, None], (_GRID.size, len(agreement.steps)))
    cons = schedule_constraints(agreement, schedule.fractions, schedule.times,
                                settings.discount, settings.enforcement, verification=levels)
    return _first(intervals(cons, "all").holds(settings.trust))


def enforcement_needed(agreement: Agreement, order: str, settings: Settings) -> float | None:
    """The smallest enforcement (grid :data:`GRID_STEP`) at which ``order`` holds."""
    agreement = agreement.with_verification(settings.verification)
    schedule = build_schedule(agreement, order, settings.phases, settings.duration)
    cons = schedule_constraints(agreement, schedule.fractions, schedule.times,
                                settings.discount, _GRID)
    return _first(intervals(cons, "all").holds(settings.trust))


def phases_needed(agreement: Agreement, settings: Settings) -> int | None:
    """The number of action-for-action phases nearest ``settings.phases`` at which it holds."""
    agreement = agreement.with_verification(settings.verification)
    fractions, times, valid = phased_batch(agreement, MAX_PHASES, settings.duration)
    cons = schedule_constraints(agreement, fractions, times, settings.discount,
                                settings.enforcement, valid=valid)
    holding = np.flatnonzero(intervals(cons, "all").holds(settings.trust)) + 1
    if not holding.size:
        return None
    return int(min(holding, key=lambda k: (abs(int(k) - settings.phases), int(k))))


def fix_findings(analysis: Analysis, order: str) -> list[Finding]:
    """Each single change of trust, verification, enforcement or phases that would do."""
    settings, agreement = analysis.settings, analysis.agreement
    named: dict[str, Value] = {"order": order, "phases": settings.phases}
    findings = []
    trust = trust_needed(analysis.results[order], settings.trust)
    if trust is not None and abs(trust - settings.trust) > 1e-12:
        findings.append(Finding("seq_fix_trust", "notice",
                                {**named, "trust": settings.trust, "needed": trust}))
    verification = verification_needed(agreement, order, settings)
    current = settings.verification
    if verification is not None and (current is None or verification > current):
        findings.append(Finding("seq_fix_verification", "notice",
                                {**named, "needed": verification}))
    enforcement = enforcement_needed(agreement, order, settings)
    if enforcement is not None and enforcement > settings.enforcement:
        findings.append(Finding("seq_fix_enforcement", "notice", {
            **named, "enforcement": settings.enforcement, "needed": enforcement}))
    if order == "action_for_action":
        phases = phases_needed(agreement, settings)
        if phases is not None:
            findings.append(Finding("seq_fix_phases", "notice", {**named, "needed": phases}))
    return findings or [Finding("seq_no_fix", "warning", named)]


# -- 4. the Monte Carlo ----------------------------------------------------------------


def montecarlo_findings(analysis: Analysis, order: str) -> list[Finding]:
    """How the simulated implementations of ``order`` ended, and who broke them."""
    mc = analysis.montecarlo.get(order)
    if mc is None:
        return []
    broke = 1.0 - mc.completion_rate
    findings = [Finding("seq_mc", "info" if broke < 0.5 else "notice", {
        "order": order, "phases": analysis.settings.phases, "runs": mc.runs,
        "completed": mc.completion_rate, "broke": broke, "hollow": mc.hollow_completions,
        "hostile": analysis.settings.hostile})]
    if broke > 0:
        by = mc.broken_by
        stages = np.asarray(mc.break_stages)
        top = int(np.argmax(stages))
        findings.append(Finding("seq_mc_breakers", "info", {
            "us": by["US"], "kp": by["KP"], "both": by["both"],
            "false_alarm": by["false_alarm"], "stage": top + 1,
            "stage_share": float(stages[top])}))
    return findings

