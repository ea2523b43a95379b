"""What every run of one scenario shares, derived from its parameters once.

Besides its own state, a run of :class:`~sim.sixparty.model.SixPartyModel` needs much that
depends on the scenario only: the parties' positions, salience and weights, the proposal
table (:mod:`sim.sixparty.proposals`), the starting trust matrix, and the strengths the
quarter loop and the decision rules read. Reading these out of the pydantic parameter
models for every run (their attribute access is slow, and a run reads dozens of them) would
cost a sizeable share of a run, so :func:`prepare` derives them once per parameter set and
every run of an ensemble reuses them as plain floats and tuples. Nothing here is changed by
a run: the model copies what it mutates (the trust matrix, the deals on the table).

:func:`prepare` remembers the last few parameter sets by identity. Parameter sets are
treated as immutable, as everywhere in the project (``SixPartyParams`` is frozen; changes go
through ``with_values``, ``model_copy`` or the overrides, which make new objects), and the
memo holds a reference to each set it remembers, so an identity cannot be reused meanwhile.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sim.sixparty import dynamics as dyn
from sim.sixparty import trust as tr
from sim.sixparty.agreements import DETECTION
from sim.sixparty.effects import StageEffects
from sim.sixparty.params import ISSUES, PARTY_CODES, SixPartyParams
from sim.sixparty.proposals import ProposalTable, Vector

__all__ = ["LoopConstants", "PartySetup", "Prepared", "Rules", "prepare"]

_MEMO_SIZE = 8
_memo: dict[int, Prepared] = {}
_memo_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class PartySetup:
    """One party as the scenario starts it."""

    code: str
    index: int
    counterpart: int
    posture: str
    positions: Vector
    salience: Vector
    salience_total: float
    weight: float
    trade_share: float
    enforcement: float
    acquiescence: float
    ally: str | None
    shield: float


@dataclass(frozen=True, slots=True)
class Rules:
    """The strengths the parties' decision rules read (see :mod:`sim.sixparty.agents`)."""

    renege: float
    acceptance: float
    urgency: float
    sharpness: float
    unilateral_rate: float
    missile_severity: float
    walkout: float
    rate_terms: tuple[float, ...]
    nuclear_ratio: float
    device: float
    talks_value: float
    dprk_renege: float
    cheat: float


@dataclass(frozen=True, slots=True)
class LoopConstants:
    """The strengths the model's quarter reads (see :mod:`sim.sixparty.model`)."""

    horizon: int
    restraint: float
    detect: float
    verification: float
    stage_quarters: int
    convene: float
    bilateral: float
    unsc_step: float
    unilateral_step: float
    test_distrust: float
    distrust: float
    talks_gain: float
    breach_penalty: float
    leverage: float
    comprehensive_trust: float
    outside_enforcement: float
    rates: dyn.StateRates
    revert: bool
    reversion_keep: float
    reversion_pull: tuple[Vector, ...]


@dataclass(frozen=True, slots=True)
class Prepared:
    """Run-invariant inputs of the six-party model for one parameter set."""

    params: SixPartyParams
    parties: tuple[PartySetup, ...]
    rules: Rules
    loop: LoopConstants
    effects: StageEffects
    trust: tuple[Vector, ...]
    table: ProposalTable
    proposals: dict[int, Vector]


def prepare(params: SixPartyParams) -> Prepared:
    """The run-invariant inputs of ``params`` (remembered for the last few sets)."""
    with _memo_lock:
        found = _memo.get(id(params))
    if found is not None and found.params is params:
        return found
    prepared = _build(params)
    with _memo_lock:
        if len(_memo) >= _MEMO_SIZE:
            del _memo[next(iter(_memo))]
        _memo[id(params)] = prepared
    return prepared


def _build(params: SixPartyParams) -> Prepared:
    parties = tuple(_party(params, code) for code in PARTY_CODES)
    trust = tuple(tuple(float(params.parties[code].trust.get(other, 0.0)) for other in PARTY_CODES)
                  for code in PARTY_CODES)
    table = ProposalTable([p.positions for p in parties], [p.salience for p in parties],
                          [p.weight for p in parties])
    return Prepared(
        params=params, parties=parties, rules=_rules(params), loop=_loop(params, trust),
        effects=StageEffects(params), trust=trust, table=table,
        proposals=table.deals(params.agreements.leverage * params.programme.start),
    )


def _party(params: SixPartyParams, code: str) -> PartySetup:
    spec = params.parties[code]
    salience = tuple(float(getattr(spec.salience, k)) for k in ISSUES)
    shield = params.sanctions.alliance_protection if spec.alliance == "KP" else 0.0
    return PartySetup(
        code=code, index=PARTY_CODES.index(code),
        counterpart=PARTY_CODES.index("US" if code == "KP" else "KP"),
        posture=spec.posture, positions=tuple(float(getattr(spec.positions, k)) for k in ISSUES),
        salience=salience, salience_total=sum(salience), weight=spec.capability,
        trade_share=spec.trade_share, enforcement=spec.enforcement,
        acquiescence=spec.acquiescence, ally=spec.alliance, shield=shield,
    )


def _rules(params: SixPartyParams) -> Rules:
    a, s, p = params.agreements, params.sanctions, params.provocation
    return Rules(
        renege=a.renege, acceptance=a.acceptance, urgency=a.urgency, sharpness=a.sharpness,
        unilateral_rate=s.unilateral_rate, missile_severity=s.missile_severity,
        walkout=params.talks.walkout,
        rate_terms=(p.base_rate, p.pressure, p.threat, p.hardship, p.inducement, p.election,
                    p.capability, p.self_excitation, p.max_rate),
        nuclear_ratio=p.nuclear_ratio, device=params.programme.device,
        talks_value=params.talks.inducement, dprk_renege=a.dprk_renege, cheat=a.cheat,
    )


def _loop(params: SixPartyParams, trust: tuple[Vector, ...]) -> LoopConstants:
    a, s, t = params.agreements, params.sanctions, params.talks
    yearly = 1.0 - (1.0 - params.trust.reversion) ** 4  # applied once a year (sim.sixparty.trust)
    return LoopConstants(
        horizon=params.horizon, restraint=params.provocation.restraint,
        detect=a.verification * DETECTION, verification=a.verification,
        stage_quarters=a.stage_quarters, convene=t.convene, bilateral=t.bilateral,
        unsc_step=s.unsc_step, unilateral_step=s.unilateral_step,
        test_distrust=params.trust.test_distrust, distrust=s.distrust, talks_gain=t.trust_gain,
        breach_penalty=a.breach_penalty, leverage=a.leverage,
        comprehensive_trust=a.comprehensive_trust,
        outside_enforcement=s.rest_of_world_enforcement, rates=dyn.state_rates(params),
        revert=yearly > 0.0, reversion_keep=1.0 - yearly,
        reversion_pull=tr.reversion_pull(trust, yearly),
    )
