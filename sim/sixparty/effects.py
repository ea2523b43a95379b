"""What each completed stage of an agreement does to the world.

DPRK steps: *freeze* stops the programme's growth while the deal holds (the model checks
that every quarter); *disable and declare* removes half of ``programme.dismantle`` of the
capability (Yongbyon's disablement, 2007–08); *dismantle* removes ``programme.dismantle``
of it. Partners' steps: *energy aid* adds ``agreements.aid`` to the aid flow (KEDO's heavy
fuel oil; the 2007 fuel-oil shipments); *sanctions relief* lifts ``sanctions.relief`` of
both sanctions tracks (the 2008 Trading with the Enemy Act lifting and delisting);
*security guarantee* halves tension (a peace declaration, normalisation).

Trust follows observed compliance (:mod:`sim.sixparty.trust`): a *verified* DPRK step
raises every other party's trust in the DPRK by ``compliance_gain * (1 - trust)``; a
partners' step (always public) raises the DPRK's trust in each partner the same way. A
DPRK step taken while it cheats covertly removes nothing and is never verified.
"""

from __future__ import annotations

from collections.abc import Sequence

from sim.sixparty.observation import World
from sim.sixparty.params import SixPartyParams
from sim.sixparty.trust import raise_towards_one

__all__ = ["StageEffects"]

_OTHERS = (0, 2, 3, 4, 5)
_KP = 1


class StageEffects:
    """Applies the steps of a completed stage to the world."""

    def __init__(self, params: SixPartyParams) -> None:
        self.gain = params.agreements.compliance_gain
        self.aid = params.agreements.aid
        self.relief = params.sanctions.relief
        self.dismantle = params.programme.dismantle

    def apply(self, world: World, steps: tuple[str, str], verified: bool, honest: bool,
              partners: Sequence[int]) -> None:
        """Apply the DPRK's and the partners' steps of one stage."""
        kp_step, partner_step = steps
        if verified:
            raise_towards_one(world.trust_matrix, [(i, _KP) for i in _OTHERS], self.gain)
        raise_towards_one(world.trust_matrix, [(_KP, j) for j in partners], self.gain)
        if honest:
            self._dprk_step(world, kp_step)
        self._partner_step(world, partner_step)

    def _dprk_step(self, world: World, step: str) -> None:
        if step == "disable_and_declare":
            world.capability *= 1.0 - 0.5 * self.dismantle
        elif step == "dismantle":
            world.capability *= 1.0 - self.dismantle

    def _partner_step(self, world: World, step: str) -> None:
        if step == "energy_aid":
            world.aid += self.aid
        elif step == "sanctions_relief":
            world.unsc *= 1.0 - self.relief
            world.unilateral *= 1.0 - self.relief
        elif step == "security_guarantee":
            world.tension *= 0.5
