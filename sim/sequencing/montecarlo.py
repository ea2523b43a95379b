"""Monte Carlo of implementation: parties of uncertain type, noisy verification.

Each run draws a type for each side: *hostile* with probability ``h`` (by default
``1 − trust``, so beliefs are right on average), otherwise *trustworthy*. Then the stages
are played in order, vectorised over runs:

1. A **hostile** side (Kydd 2005's untrustworthy type) reneges from its first move on. Where
   its steps at a stage are all perfectly verifiable it walks away openly, as the analysis'
   belief assumes; otherwise it claims them without performing them and goes on collecting
   until it is caught — so weak verification costs more in practice than the analysis,
   which assumes a betrayal shows when it happens, would suggest.
2. A **trustworthy** side follows the plan the analysis gives it at the chosen trust
   (:func:`plan`): it honours a stage that is worth performing; where walking away beats
   honouring it walks away, or cheats on all its steps there if that is worth more in
   expectation; where only some of its steps fail the no-cheating condition it cheats on
   those and honours the rest.
3. **Verification**: each step (or slice of one) claimed but not performed is found out
   with its probability ``q``; a step honestly performed raises a **false alarm** with
   probability ``ε`` over its whole implementation (``1 − (1 − ε)^f`` for a slice ``f``)
   — a satellite launch read as a missile test — which others treat as caught cheating.
4. A walk-away, a detected cheat or a false alarm ends the agreement: reversible shares are
   undone both ways and each breaker forfeits the share ``ψ`` of the irreversible value it
   received (:mod:`sim.sequencing.enforcement`). Undetected cheating lets the run go on;
   the receiver simply never gets that step.

With no hostile types and no false alarms (``h = ε = 0``), runs follow the analytic verdict
exactly: a self-enforcing order completes every time, and one that is not breaks down (or is
cheated on) first at the stage the analysis names.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from sim.sequencing.enforcement import Constraints

__all__ = ["OUTCOMES", "Plan", "Runs", "draw_types", "plan", "simulate"]

HONOUR, WALK, CHEAT = 1, 2, 3
#: Outcome labels, in the order charts stack them.
OUTCOMES: tuple[str, ...] = (
    "completed", "US_walked", "US_caught", "KP_walked", "KP_caught",
    "false_alarm", "both_broke",
)


@dataclass(frozen=True)
class Plan:
    """What a trustworthy side does at each stage: 0 no move, 1 honour, 2 walk, 3 cheat."""

    action: NDArray[np.int64]  # (n, 2)
    cheat_steps: NDArray[np.bool_]  # (n, S): steps cheated on where action is CHEAT


@dataclass(frozen=True)
class Runs:
    """One row per run: how it ended, when, and both sides' payoffs (present values)."""

    outcome: NDArray[np.int64]  # index into OUTCOMES
    break_stage: NDArray[np.int64]  # 0-based stage of the breakdown, -1 if completed
    first_violation: NDArray[np.int64]  # first stage anyone walked or cheated, -1 if none
    stages_completed: NDArray[np.int64]
    undetected_cheating: NDArray[np.bool_]
    payoff: NDArray[np.float64]  # (runs, 2): US, KP


def plan(cons: Constraints, trust: float, verification: NDArray[np.float64]) -> Plan:
    """The trustworthy side's move at each stage, from the analysis at trust ``trust``."""
    tol = cons.tolerance
    walk_ok = cons.walk_alpha + cons.walk_beta * trust >= -tol
    cheat_bad = cons.cheat_active & (cons.cheat_alpha + cons.cheat_beta * trust < -tol)
    own = cons.step_side[None, :] == np.arange(2)[:, None]  # (2, S)
    any_bad = np.any(cheat_bad[:, None, :] & own[None], axis=-1)  # (n, 2)
    prefer_cheat = _cheating_beats_walking(cons, trust, verification, own)
    action = np.where(walk_ok, np.where(any_bad, CHEAT, HONOUR),
                      np.where(prefer_cheat, CHEAT, WALK))
    action = np.where(cons.walk_active, action, 0).astype(np.int64)
    all_own = cons.cheat_active & ~walk_ok[:, cons.step_side]
    return Plan(action=action, cheat_steps=np.where(all_own, True, cheat_bad))


def _cheating_beats_walking(cons: Constraints, p: float, q: NDArray[np.float64],
                            own: NDArray[np.bool_]) -> NDArray[np.bool_]:
    """Where a side would not honour, whether claiming all its steps beats walking away."""
    honour = p * cons.complete[None, :] + (1 - p) * cons.betrayed
    walk = p * cons.walk_if_honest + (1 - p) * cons.walk_if_hostile
    saving = np.where(cons.cheat_active, cons.saving_fixed + p * cons.saving_trust, 0.0)
    gain = np.einsum("ts,is->ti", saving, own.astype(float))
    missed = np.where(cons.cheat_active, np.log1p(-np.minimum(q, 1 - 1e-15)), 0.0)
    caught = 1 - np.exp(np.einsum("ts,is->ti", missed, own.astype(float)))
    cheat = (1 - caught) * (honour + gain) + caught * walk
    return np.asarray(cheat > walk + cons.tolerance)


def draw_types(rng: np.random.Generator, runs: int, hostile_share: float) -> NDArray[np.bool_]:
    """Which side is hostile in each run: (runs, 2) booleans, US then KP."""
    return np.asarray(rng.random((runs, 2)) < hostile_share)


@dataclass(frozen=True)
class _StageResult:
    """What one stage did to every run."""

    ended: NDArray[np.bool_]
    breakers: NDArray[np.bool_]  # (runs, 2)
    label: NDArray[np.int64]
    hidden: NDArray[np.bool_]
    violated: NDArray[np.bool_]


@dataclass
class _Ledger:
    """Present value paid and received so far, split into irreversible and reversible."""

    paid_irr: NDArray[np.float64]
    paid_rev: NDArray[np.float64]
    got_irr: NDArray[np.float64]
    got_rev: NDArray[np.float64]

    @classmethod
    def empty(cls, runs: int) -> _Ledger:
        return cls(*(np.zeros((runs, 2)) for _ in range(4)))


def simulate(cons: Constraints, step_plan: Plan, fractions: NDArray[np.float64],
             weights: NDArray[np.float64], steps: dict[str, NDArray[np.float64]],
             hostile: NDArray[np.bool_], rng: np.random.Generator,
             false_alarm: float = 0.0, enforcement: float = 1.0) -> Runs:
    """Play every run of one order.

    ``steps`` holds the arrays cost, value, reversibility, verification and side (each of
    shape (S,)); ``weights`` is the discount weight of each stage.
    """
    runs = hostile.shape[0]
    side = steps["side"].astype(np.int64)
    hostile_move = _hostile_moves(fractions, steps)
    alive = np.ones(runs, dtype=bool)
    ledger = _Ledger.empty(runs)
    outcome = np.zeros(runs, dtype=np.int64)
    broke_at = np.full(runs, -1, dtype=np.int64)
    hidden = np.zeros(runs, dtype=bool)
    first_bad = np.full(runs, -1, dtype=np.int64)
    for t in range(fractions.shape[0]):
        acts = np.where(hostile, hostile_move[t][None, :], step_plan.action[t][None, :])
        acts = np.where(cons.walk_active[t][None, :], acts, 0)
        active = np.flatnonzero(fractions[t] > 0)  # only this stage's steps are drawn for
        mask = step_plan.cheat_steps[t, active][None, :] | hostile[:, side[active]]
        verdict = _stage(acts, mask, fractions[t, active], weights[t],
                         {key: v[active] for key, v in steps.items()}, ledger, alive, rng,
                         false_alarm)
        hidden |= verdict.hidden
        first_bad[(first_bad < 0) & verdict.violated] = t
        ended = alive & verdict.ended
        outcome[ended] = verdict.label[ended]
        broke_at[ended] = t
        _settle(ledger, ended, verdict.breakers, enforcement)
        alive &= ~ended
    _settle_completed(ledger, alive)
    done = np.where(broke_at < 0, fractions.shape[0], broke_at)
    return Runs(outcome=outcome, break_stage=broke_at, first_violation=first_bad,
                stages_completed=done,
                undetected_cheating=hidden, payoff=ledger.got_irr - ledger.paid_irr)


def _hostile_moves(fractions: NDArray[np.float64],
                   steps: dict[str, NDArray[np.float64]]) -> NDArray[np.int64]:
    """A hostile side's move per stage: walk where all its steps there are fully verified."""
    own = steps["side"][None, :] == np.arange(2)[:, None]  # (2, S)
    hidden = (fractions > 0)[:, None, :] & own[None] & (steps["verification"] < 1.0)
    return np.where(hidden.any(axis=-1), CHEAT, WALK).astype(np.int64)


def _stage(acts: NDArray[np.int64], cheat_mask: NDArray[np.bool_], share: NDArray[np.float64],
           weight: float, steps: dict[str, NDArray[np.float64]], ledger: _Ledger,
           alive: NDArray[np.bool_], rng: np.random.Generator,
           false_alarm: float) -> _StageResult:
    """One stage for every run: deliveries, detections, false alarms, who broke it."""
    runs = acts.shape[0]
    side = steps["side"].astype(np.int64)
    act = acts[:, side]  # (runs, steps of this stage)
    claimed = alive[:, None] & (act != WALK) & (act != 0)
    cheated = claimed & (act == CHEAT) & cheat_mask
    done = claimed & ~cheated
    draws = rng.random((2, runs, share.shape[0]))
    caught = cheated & (draws[0] < steps["verification"][None, :])
    alarm = done & (draws[1] < (1.0 - (1.0 - false_alarm) ** share)[None, :])
    _deliver(ledger, done, share * weight, steps)
    walked = alive[:, None] & (acts == WALK)
    caught2 = np.stack([caught[:, side == i].any(axis=1) for i in range(2)], axis=1)
    alarm2 = np.stack([alarm[:, side == i].any(axis=1) for i in range(2)], axis=1)
    breakers = walked | caught2 | alarm2
    label = _label(walked, caught2, breakers)
    return _StageResult(ended=breakers.any(axis=1), breakers=breakers, label=label,
                        hidden=(cheated & ~caught).any(axis=1),
                        violated=walked.any(axis=1) | cheated.any(axis=1))


def _label(walked: NDArray[np.bool_], caught: NDArray[np.bool_],
           breakers: NDArray[np.bool_]) -> NDArray[np.int64]:
    """Outcome index of runs that break at this stage."""
    names = OUTCOMES
    single = np.where(walked, [names.index("US_walked"), names.index("KP_walked")],
                      np.where(caught, [names.index("US_caught"), names.index("KP_caught")],
                               names.index("false_alarm")))
    who = np.argmax(breakers, axis=1)
    label = single[np.arange(single.shape[0]), who]
    return np.where(breakers.all(axis=1), names.index("both_broke"), label).astype(np.int64)


def _deliver(ledger: _Ledger, done: NDArray[np.bool_], share: NDArray[np.float64],
             steps: dict[str, NDArray[np.float64]]) -> None:
    """Book the steps actually performed (``share`` already carries the discount weight)."""
    rev = steps["reversibility"]
    mine = np.stack([steps["side"] == i for i in range(2)], axis=1)  # (S, 2)
    pay, get = (share * steps["cost"])[:, None], (share * steps["value"])[:, None]
    weights = np.concatenate([pay * (1 - rev)[:, None] * mine, pay * rev[:, None] * mine,
                              get * (1 - rev)[:, None] * ~mine, get * rev[:, None] * ~mine],
                             axis=1)  # (S, 8): one product books all four accounts
    booked = done.astype(float) @ weights
    ledger.paid_irr += booked[:, 0:2]
    ledger.paid_rev += booked[:, 2:4]
    ledger.got_irr += booked[:, 4:6]
    ledger.got_rev += booked[:, 6:8]


def _settle(ledger: _Ledger, ended: NDArray[np.bool_], breakers: NDArray[np.bool_],
            enforcement: float) -> None:
    """Collapse: reversible shares undone; breakers forfeit ``enforcement`` of the rest."""
    keep = np.where(breakers, 1.0 - enforcement, 1.0)
    ledger.got_irr[ended] *= keep[ended]
    ledger.got_rev[ended] = 0.0
    ledger.paid_rev[ended] = 0.0


def _settle_completed(ledger: _Ledger, alive: NDArray[np.bool_]) -> None:
    """Completion: reversible shares stay, so count them as irreversible from now on."""
    ledger.got_irr[alive] += ledger.got_rev[alive]
    ledger.paid_irr[alive] += ledger.paid_rev[alive]
