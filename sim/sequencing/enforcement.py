"""Self-enforcement of a staged agreement: which steps are worth performing, at what trust.

The model
---------
An agreement is implemented in stages ``t = 0 .. n-1`` at times ``τ_t`` (years; see
:mod:`sim.sequencing.orders`), each a set of simultaneous moves. Step ``s`` has a mover, a
cost ``c_s`` to it, a value ``v_s`` to the receiver, a verification probability ``q_s`` and
a reversibility ``r_s``; ``f_ts`` is the share of it performed at stage ``t``. Payoffs are
present values with patience ``δ`` per year, ``w_t = δ^τ_t``. A step's reversible share is
*undone* if the agreement collapses later, as if never performed: its mover gets ``r c``
back and its receiver loses ``r v``. A party that breaks the agreement — walks away, or is
caught cheating — also forfeits a share ``ψ`` (*enforcement*) of the irreversible value it
has received (the penalties and lost standing that exposure brings: Fearon 1995's "costs of
reneging", the inspection game's sanction).

**Beliefs** (Kydd 2005): each side believes with probability ``p`` (*trust*) that the other
honours all its later steps, and otherwise that the other is a hostile type who reneges at
its next move, keeping what it has. Trust is not revised during implementation — the
documents' distrust outlasted every step taken (claim C1). The Monte Carlo
(:mod:`sim.sequencing.montecarlo`) draws such types.

For the mover ``i`` of stage ``t`` write (totals over the whole agreement, present value):

* ``A`` — everyone honours: ``Σ_l (V_il − C_il) w_l``;
* ``H_t`` — ``i`` honours but the other reneges at its next move ``u ≥ t`` (``u = t`` if
  it moves at ``t`` too): ``i`` keeps the irreversible part of what it received before
  ``u`` and loses the irreversible part of what it paid up to ``u``
  (``H_t = A`` if the other has no move left);
* ``W_t`` — ``i`` walks away at ``t`` (pays nothing more; what the other hands over at
  ``t`` is received and then forfeited like the rest): ``(1 − ψ)`` × irreversible value
  received, minus irreversible cost paid before ``t``. ``W^A_t`` if the other would have
  honoured at ``t``, ``W^H_t`` if not.

Honouring is worth ``Hon = p A + (1 − p) H_t``. Two conditions make stage ``t`` worth
performing for ``i``:

1. **No walking away** (assurance, the exposure of the first mover — the sequential trust
   game): ``Hon ≥ p W^A_t + (1 − p) W^H_t``. For a first mover paying ``c`` for a reward
   ``v`` this is Kydd's threshold ``p ≥ (1 − r) c / (v − r c)``.
2. **No cheating** (inspection game; Avenhaus, von Stengel & Zamir 2002): for each of its
   steps at ``t``, claiming it without doing it saves ``G = (1 − r) f c w_t + p r f c w_t``
   (the reversible part only matters if the deal survives), and is found out with
   probability ``q``, which costs ``F = Hon − W_t`` (the walk-away outcome). Cheating pays
   iff ``q < G / (G + F)``; the step is safe iff ``q F ≥ (1 − q) G``.

Both conditions are linear in ``p``, so the trust levels at which the whole sequence is
self-enforcing form an interval; its lower end is the **minimum trust** (``NaN`` when no
trust suffices). Each side's own requirement is reported too.

Laws (tested with hypothesis in ``tests/test_sequencing_laws.py``):

* *Verification.* Condition 2 loosens as any ``q`` rises and equals condition 1 at
  ``q = 1``, so more verification never raises the minimum trust.
* *Slicing (gradualism).* In ``action_for_action`` every phase carries ``1/k`` of every
  step, so the stakes of each phase shrink as ``1/k`` while the value of what is still to
  come does not; with the phases spread over the same duration the first phase binds, and
  its threshold ``(1 − ρ) C / ((V − C) Σ_l w_l/w_0 + (1 − ρ) C)`` falls with ``k``
  (``ρ`` the cost-weighted reversibility). Schelling (1960, ch. 2) on dividing an
  agreement into steps; Pitchford & Snyder (2004) on gradual investment solving hold-up;
  Powell (2006): commitment problems come from large, rapid shifts.
* *Full trust, full verification, full enforcement.* At ``p = q = ψ = 1`` condition 1 reads
  ``A ≥ −(irreversible cost paid so far)``, true whenever the completed agreement leaves
  the side better off (``A ≥ 0``): every order is self-enforcing. With ``ψ < 1`` a side that
  owes its steps after receiving irreversible ones faces a hold-up even at full trust — the
  commitment problem of Fearon (1995) and the DPRK's case against "denuclearisation first".

Sources: A. Kydd, *Trust and Mistrust in International Relations* (2005); J. Fearon,
"Rationalist Explanations for War" (1995); R. Powell, "War as a Commitment Problem"
(2006); R. Avenhaus, B. von Stengel & S. Zamir, "Inspection Games" (Handbook of Game
Theory 3, 2002); R. Pitchford & C. Snyder, "A Solution to the Hold-up Problem Involving
Gradual Investment" (JET 2004); T. Schelling, *The Strategy of Conflict* (1960).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from sim.sequencing.agreement import Agreement

__all__ = [
    "Constraints",
    "Intervals",
    "constraints",
    "intervals",
    "schedule_constraints",
]

Array = NDArray[np.float64]


@dataclass(frozen=True)
class Constraints:
    """The linear conditions ``alpha + beta * p >= 0`` of every stage, and their payoffs.

    Leading axes ``...`` are whatever the inputs broadcast to; ``n`` is stages, ``2`` the
    sides (0 = US, 1 = KP), ``S`` the steps. ``honour`` etc. are the payoff terms of the
    model (present values) that the Monte Carlo and the tables reuse.
    """

    walk_alpha: Array  # (..., n, 2)
    walk_beta: Array
    walk_active: NDArray[np.bool_]
    cheat_alpha: Array  # (..., n, S)
    cheat_beta: Array
    cheat_active: NDArray[np.bool_]
    step_side: NDArray[np.int64]  # (S,)
    complete: Array  # A, (..., 2)
    betrayed: Array  # H_t, (..., n, 2)
    walk_if_honest: Array  # W^A_t, (..., n, 2)
    walk_if_hostile: Array  # W^H_t, (..., n, 2)
    saving_fixed: Array  # (1 - r) f c w, (..., n, S)
    saving_trust: Array  # r f c w, (..., n, S)
    tolerance: float


@dataclass(frozen=True)
class Intervals:
    """Trust intervals ``[low, high]`` where conditions hold; ``feasible`` False if empty."""

    low: Array
    high: Array
    feasible: NDArray[np.bool_]

    @property
    def min_trust(self) -> Array:
        """The lower end, ``NaN`` where no trust level works."""
        return np.where(self.feasible, self.low, np.nan)

    def holds(self, trust: ArrayLike) -> NDArray[np.bool_]:
        """Whether ``trust`` lies in the interval (with a small tolerance)."""
        p = np.asarray(trust, dtype=float)
        return self.feasible & (p >= self.low - 1e-9) & (p <= self.high + 1e-9)


def schedule_constraints(agreement: Agreement, fractions: ArrayLike, times: ArrayLike,
                         discount: ArrayLike, enforcement: ArrayLike = 1.0,
                         verification: ArrayLike | None = None,
                         valid: ArrayLike | None = None) -> Constraints:
    """:func:`constraints` for an :class:`Agreement` (its own verification unless given)."""
    q = agreement.verification if verification is None else verification
    return constraints(agreement.cost, agreement.value, agreement.reversibility,
                       agreement.mover_index, fractions, times, discount, q,
                       enforcement, valid)


def constraints(cost: ArrayLike, value: ArrayLike, reversibility: ArrayLike,
                mover: ArrayLike, fractions: ArrayLike, times: ArrayLike,
                discount: ArrayLike, verification: ArrayLike, enforcement: ArrayLike = 1.0,
                valid: ArrayLike | None = None) -> Constraints:
    """Build every stage's conditions, vectorised over any leading axes.

    Shapes: ``cost``, ``value``, ``reversibility``, ``mover`` (S,); ``fractions``
    (..., n, S); ``times`` and ``valid`` (..., n); ``discount`` and ``enforcement`` (...);
    ``verification`` (..., S). Steps: (1) per stage and side, cost paid and value received
    (all and irreversible); (2) present values and prefix sums; (3) the other side's next
    move; (4) the payoffs ``A``, ``H``, ``W``; (5) the two linear conditions.
    """
    c, v, r = (np.asarray(x, dtype=float) for x in (cost, value, reversibility))
    side = np.asarray(mover, dtype=np.int64)
    own = (side[None, :] == np.arange(2)[:, None]).astype(float)  # (2, S)
    f = np.asarray(fractions, dtype=float)
    tau = np.asarray(times, dtype=float)
    ok = np.ones(tau.shape, dtype=bool) if valid is None else np.asarray(valid, dtype=bool)
    f = np.where(ok[..., None], f, 0.0)
    delta = np.asarray(discount, dtype=float)[..., None]
    w = np.where(ok, np.power(delta, tau), 0.0)  # (..., n)
    flows = _stage_flows(f, w, c, v, r, own)
    moves = np.einsum("...ts,is->...ti", (f > 0).astype(float), own) > 0
    terms = _payoffs(flows, moves, np.asarray(enforcement, dtype=float))
    return _conditions(terms, f, w, c, r, side, moves, np.asarray(verification, dtype=float),
                       tolerance=1e-9 * (1.0 + float(np.sum(c) + np.sum(v))))


def _stage_flows(f: Array, w: Array, c: Array, v: Array, r: Array,
                 own: Array) -> dict[str, Array]:
    """Present value, per stage and side, of cost paid and value received."""
    other = 1.0 - own
    per_stage = {
        "cost": np.einsum("...ts,is->...ti", f, own * c),
        "cost_irr": np.einsum("...ts,is->...ti", f, own * c * (1 - r)),
        "value": np.einsum("...ts,is->...ti", f, other * v),
        "value_irr": np.einsum("...ts,is->...ti", f, other * v * (1 - r)),
    }
    return {key: x * w[..., None] for key, x in per_stage.items()}


def _payoffs(flows: dict[str, Array], moves: NDArray[np.bool_],
             psi: Array) -> dict[str, Array]:
    """The model's ``A``, ``H_t``, ``W^A_t`` and ``W^H_t`` for each stage and side."""
    complete = np.sum(flows["value"] - flows["cost"], axis=-2)  # (..., 2)
    before_value = np.cumsum(flows["value_irr"], axis=-2) - flows["value_irr"]
    before_cost = np.cumsum(flows["cost_irr"], axis=-2) - flows["cost_irr"]
    upto_cost = before_cost + flows["cost_irr"]
    n = moves.shape[-2]
    nxt = np.broadcast_to(_next_move_of_other(moves), before_value.shape)  # n where none
    gather = np.minimum(nxt, n - 1)
    kept = np.take_along_axis(before_value, gather, axis=-2)
    paid = np.take_along_axis(upto_cost, gather, axis=-2)
    full = np.broadcast_to(complete[..., None, :], kept.shape)
    betrayed = np.where(nxt < n, kept - paid, full)
    keep = (1.0 - psi)[..., None, None]
    walk_hostile = keep * before_value - before_cost
    walk_honest = walk_hostile + keep * flows["value_irr"]
    return {"complete": complete, "betrayed": betrayed, "full": full,
            "walk_hostile": walk_hostile, "walk_honest": walk_honest}


def _next_move_of_other(moves: NDArray[np.bool_]) -> NDArray[np.int64]:
    """For each stage and side, the first stage at or after it where the other side moves."""
    n = moves.shape[-2]
    other = moves[..., ::-1]  # swap the side axis: column i now holds side 1 - i
    stage = np.arange(n).reshape((n, 1))
    index = np.where(other, stage, n)
    return np.minimum.accumulate(index[..., ::-1, :], axis=-2)[..., ::-1, :]


def _conditions(terms: dict[str, Array], f: Array, w: Array, c: Array, r: Array,
                side: NDArray[np.int64], moves: NDArray[np.bool_], q: Array,
                tolerance: float) -> Constraints:
    """Condition 1 per stage and side; condition 2 per stage and step."""
    full, hostile = terms["full"], terms["betrayed"]
    walk_alpha = hostile - terms["walk_hostile"]
    walk_beta = (full - terms["walk_honest"]) - walk_alpha
    base = f * c * w[..., None]  # (..., n, S)
    fixed, trusting = base * (1 - r), base * r
    q = np.asarray(q)[..., None, :] if np.ndim(q) else q
    cheat_alpha = q * walk_alpha[..., side] - (1 - q) * fixed
    cheat_beta = q * walk_beta[..., side] - (1 - q) * trusting
    return Constraints(
        walk_alpha=walk_alpha, walk_beta=walk_beta, walk_active=moves,
        cheat_alpha=cheat_alpha, cheat_beta=cheat_beta, cheat_active=f > 0,
        step_side=side, complete=terms["complete"], betrayed=hostile,
        walk_if_honest=terms["walk_honest"], walk_if_hostile=terms["walk_hostile"],
        saving_fixed=fixed, saving_trust=trusting, tolerance=tolerance,
    )


def _bounds(alpha: Array, beta: Array, active: NDArray[np.bool_],
            tol: float) -> tuple[Array, Array, NDArray[np.bool_]]:
    """Per condition: the lower and upper trust bound it sets, and whether it never holds."""
    rising, falling = active & (beta > tol), active & (beta < -tol)
    flat = active & ~rising & ~falling
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        root = -alpha / beta
    lower = np.where(rising, root, -np.inf)
    upper = np.where(falling, root, np.inf)
    return lower, upper, flat & (alpha < -tol)


def intervals(cons: Constraints, by: str = "stage") -> Intervals:
    """Trust intervals where the conditions hold.

    ``by`` is ``"stage"`` (shape (..., n, 2)), ``"side"`` (..., 2) or ``"all"`` (...).
    """
    wl, wu, wbad = _bounds(cons.walk_alpha, cons.walk_beta, cons.walk_active, cons.tolerance)
    cl, cu, cbad = _bounds(cons.cheat_alpha, cons.cheat_beta, cons.cheat_active,
                           cons.tolerance)
    own = cons.step_side[None, :] == np.arange(2)[:, None]  # (2, S)
    low = np.maximum(wl, np.max(np.where(own, cl[..., None, :], -np.inf), axis=-1))
    high = np.minimum(wu, np.min(np.where(own, cu[..., None, :], np.inf), axis=-1))
    bad = wbad | np.any(own & cbad[..., None, :], axis=-1)
    axes = {"stage": (), "side": (-2,), "all": (-2, -1)}[by]
    if axes:
        low, high, bad = (np.max(low, axis=axes), np.min(high, axis=axes),
                          np.any(bad, axis=axes))
    low, high = np.maximum(low, 0.0), np.minimum(high, 1.0)
    return Intervals(low=low, high=high, feasible=~bad & (low <= high + 1e-12))
