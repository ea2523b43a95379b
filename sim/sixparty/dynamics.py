"""The state equations of the six-party model, as small pure functions of floats.

* **Effective sanctions** (DESIGN §4): ``min(1, U * L + N * (a + f (1 - a)))`` where ``U``
  is the UNSC intensity and ``L`` the trade-weighted enforcement of all trading partners
  (China's and Russia's shares dominate, so their enforcement decides how much leaks),
  ``N`` the unilateral intensity, ``a`` the trade share of the parties imposing unilateral
  sanctions and ``f`` the reach of financial measures beyond trade.
* **Economy** ``E' = E + recovery (1 - E) - damage S + AID_EFFECT * aid``, within [0, 1.5].
* **Capability** (step-wise): ``C' = C + (growth [unless frozen] + nuclear_step n +
  missile_step m) (1 - C)`` — each test is a step up; the ``(1 - C)`` keeps it below 1.
* **Tension** ``X' = X (1 - decay) + nuclear n + missile m + exercise e + sanctions r -
  talks [round] - agreement [deal in force]``, within [0, 1].
* **Test counts** are Poisson draws by inversion of one uniform number (Devroye 1986,
  §X.3.2), so one pre-drawn uniform per draw keeps runs reproducible and fast.

The strengths these equations use are read from the scenario once (:func:`state_rates`,
kept by :mod:`sim.sixparty.prepared`), not from the parameter models every quarter.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sim.sixparty.observation import World
    from sim.sixparty.params import SixPartyParams

__all__ = [
    "AID_DECAY",
    "AID_EFFECT",
    "StateRates",
    "advance",
    "capability_next",
    "economy_next",
    "effective_sanctions",
    "poisson_inverse",
    "state_rates",
    "tension_next",
]

#: Economic value of one unit of aid flow per quarter.
AID_EFFECT = 0.05
#: Share of the aid flow still arriving a quarter later.
AID_DECAY = 0.75


def effective_sanctions(unsc: float, unilateral: float, leak_enforcement: float,
                        sanctioner_share: float, financial_reach: float) -> float:
    """Sanctions that bite, 0–1: intensity times enforcement, summed over both tracks."""
    reach = sanctioner_share + financial_reach * (1.0 - sanctioner_share)
    value = unsc * leak_enforcement + unilateral * reach
    return 0.0 if value < 0.0 else 1.0 if value > 1.0 else value


def economy_next(economy: float, effective: float, aid: float,
                 recovery: float, damage: float) -> float:
    """Next quarter's DPRK economy (1 = baseline)."""
    value = economy + recovery * (1.0 - economy) - damage * effective + AID_EFFECT * aid
    return 0.0 if value < 0.0 else 1.5 if value > 1.5 else value


def capability_next(capability: float, frozen: bool, growth: float, nuclear: int,
                    missiles: int, nuclear_step: float, missile_step: float) -> float:
    """Next quarter's DPRK capability, rising step-wise with each test."""
    rise = (0.0 if frozen else growth) + nuclear_step * nuclear + missile_step * missiles
    value = capability + rise * (1.0 - capability)
    return 0.0 if value < 0.0 else 1.0 if value > 1.0 else value


def tension_next(tension: float, decay: float, rises: float, falls: float) -> float:
    """Next quarter's tension given the sum of rises and of falls this quarter."""
    value = tension * (1.0 - decay) + rises - falls
    return 0.0 if value < 0.0 else 1.0 if value > 1.0 else value


def poisson_inverse(rate: float, uniform: float, limit: int = 200) -> int:
    """A Poisson(``rate``) count from one uniform number in [0, 1), by inversion."""
    if rate <= 0.0:
        return 0
    probability = math.exp(-rate)
    cumulative, count = probability, 0
    while uniform >= cumulative and count < limit:
        count += 1
        probability *= rate / count
        cumulative += probability
    return count


@dataclass(frozen=True, slots=True)
class StateRates:
    """The strengths of the state equations, read once from the scenario."""

    financial_reach: float
    recovery: float
    damage: float
    growth: float
    nuclear_step: float
    missile_step: float
    tension_nuclear: float
    tension_missile: float
    tension_exercise: float
    tension_sanctions: float
    tension_talks: float
    tension_agreement: float
    decay: float
    memory: float


def state_rates(params: SixPartyParams) -> StateRates:
    """The :class:`StateRates` of a scenario."""
    s, g, x = params.sanctions, params.programme, params.tension
    return StateRates(s.financial_reach, s.recovery, s.damage, g.growth, g.nuclear_step,
                      g.missile_step, x.nuclear, x.missile, x.exercise, x.sanctions, x.talks,
                      x.agreement, x.decay, params.provocation.memory)


def advance(world: World, rates: StateRates, leak: float, sanctioner_share: float,
            rounds: int, talks: int, in_force: bool, frozen: bool) -> None:
    """Apply this quarter's state equations to ``world`` (tests and rounds already known)."""
    r, n, m = rates, world.nuclear_now, world.missiles_now
    effective = effective_sanctions(world.unsc, world.unilateral, leak, sanctioner_share,
                                    r.financial_reach)
    world.effective_sanctions = effective
    world.economy = economy_next(world.economy, effective, world.aid, r.recovery, r.damage)
    world.capability = capability_next(world.capability, frozen, r.growth, n, m,
                                       r.nuclear_step, r.missile_step)
    rises = (r.tension_nuclear * n + r.tension_missile * m + r.tension_exercise * world.exercise
             + r.tension_sanctions * rounds)
    falls = (r.tension_talks if talks else 0.0) + (r.tension_agreement if in_force else 0.0)
    world.tension = tension_next(world.tension, r.decay, rises, falls)
    world.recent_tests = r.memory * world.recent_tests + m + n
    world.aid *= AID_DECAY
    world.sanctioned_last, world.talks_last = (1.0 if rounds else 0.0), talks
