"""How a run ends: one of five classes at the horizon, with its counts.

The classes are checked in this order (claim C11: deadlock and a de facto nuclear DPRK are
normal outcomes, not failures of the model):

1. **comprehensive deal** — a comprehensive agreement is in force and at least one of its
   stages has been carried out (it has moved past words);
2. **freeze deal** — any other agreement is in force (a freeze, or a comprehensive deal
   not yet past its first stage);
3. **escalation crisis** — no deal, and mean tension over the last four quarters is at
   least ``tension.crisis``;
4. **de facto nuclear state** — no deal, no crisis, and DPRK capability has reached
   ``programme.nuclear_state``;
5. **stalemate** — anything else: no deal, no crisis, a programme still short of a
   deployed deterrent.

Every class is reachable; ``tests/test_sixparty_outcomes.py`` runs each of these
settings on the historical parties with the schedule emptied and a 40-quarter horizon:

* comprehensive deal — US ``engagement``, DPRK ``economic_construction``, US–DPRK trust
  0.9 both ways;
* freeze deal — the same with ``agreements.comprehensive_trust: 1``;
* stalemate — US ``maximum_pressure``, DPRK ``nuclear_consolidation``,
  ``provocation.base_rate: 0``, ``provocation.self_excitation: 0``,
  ``initial.exercises: 0``, ``programme.growth: 0``;
* de facto nuclear state — the same with ``programme.growth: 0.05``;
* escalation crisis — US ``maximum_pressure``, DPRK ``byungjin``, ``programme.start: 0.5``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from sim.sixparty.agreements import COMPREHENSIVE, Agreement
from sim.sixparty.recorder import column

if TYPE_CHECKING:
    from sim.sixparty.observation import World
    from sim.sixparty.params import SixPartyParams
    from sim.sixparty.recorder import Recorder

__all__ = ["COUNTS", "OUTCOMES", "Outcome", "classify"]

OUTCOMES: tuple[str, ...] = (
    "comprehensive_deal", "freeze_deal", "stalemate", "escalation_crisis",
    "de_facto_nuclear_state",
)

#: Count fields of :class:`Outcome`, in the order reports show them.
COUNTS: tuple[str, ...] = (
    "nuclear_tests", "missile_tests", "unsc_resolutions", "unilateral_rounds",
    "sanctions_rounds", "talks_rounds", "six_party_rounds", "agreements_made",
    "agreements_broken", "broken_by_dprk", "broken_by_partners",
)


@dataclass(frozen=True)
class Outcome:
    """The class of a run at its horizon, its counts and its final state."""

    outcome: str
    nuclear_tests: int
    missile_tests: int
    unsc_resolutions: int
    unilateral_rounds: int
    sanctions_rounds: int
    talks_rounds: int
    six_party_rounds: int
    agreements_made: int
    agreements_broken: int
    broken_by_dprk: int
    broken_by_partners: int
    final_tension: float
    final_capability: float
    final_economy: float
    final_trust_us_kp: float
    final_trust_kp_us: float

    def as_dict(self) -> dict[str, Any]:
        """The outcome as a plain mapping (one row of the outcomes frame)."""
        return asdict(self)


def outcome_class(deal: Agreement | None, tension: float, capability: float,
                  crisis: float, nuclear_state: float) -> str:
    """The class of a run's end state (see the module docstring for the order)."""
    if deal is not None:
        if deal.kind == COMPREHENSIVE and deal.stages_done >= 1:
            return "comprehensive_deal"
        return "freeze_deal"
    if tension >= crisis:
        return "escalation_crisis"
    if capability >= nuclear_state:
        return "de_facto_nuclear_state"
    return "stalemate"


def classify(recorder: Recorder, series: NDArray[np.float64], world: World,
             deal: Agreement | None, params: SixPartyParams) -> Outcome:
    """The outcome of a finished run from its counts, world series and final state."""
    tension = float(series[-4:, column("tension")].mean())
    name = outcome_class(deal, tension, world.capability, params.tension.crisis,
                         params.programme.nuclear_state)
    broken = recorder.broken_by_dprk + recorder.broken_by_partners
    return Outcome(
        outcome=name,
        nuclear_tests=int(series[:, column("nuclear_tests")].sum()),
        missile_tests=int(series[:, column("missile_tests")].sum()),
        unsc_resolutions=recorder.unsc,
        unilateral_rounds=recorder.unilateral,
        sanctions_rounds=recorder.unsc + recorder.unilateral,
        talks_rounds=recorder.talks,
        six_party_rounds=recorder.six_party,
        agreements_made=recorder.made,
        agreements_broken=broken,
        broken_by_dprk=recorder.broken_by_dprk,
        broken_by_partners=recorder.broken_by_partners,
        final_tension=tension,
        final_capability=float(world.capability),
        final_economy=float(world.economy),
        final_trust_us_kp=float(world.trust_matrix[0][1]),
        final_trust_kp_us=float(world.trust_matrix[1][0]),
    )
