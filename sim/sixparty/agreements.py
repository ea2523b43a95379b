"""Agreements as staged exchanges: made, implemented stage by stage, verified, or broken.

An agreement pairs, stage by stage, a DPRK step with a step by its partners (claim C6):

* a **freeze deal** has one stage — *freeze* against *energy aid* — repeated for as long as
  it holds (the 1994 Agreed Framework: freeze at Yongbyon for heavy fuel oil; the 2012
  Leap Day moratorium for nutritional aid);
* a **comprehensive deal** has three — *freeze* against *energy aid*, *disable and
  declare* against *sanctions relief*, *dismantle* against *security guarantee and
  normalisation* (the 2005 "9.19" Joint Statement and the 2007 "2.13" and "10.3"
  phases).

Each stage takes ``stage_quarters``; when it falls due, both sides have performed unless
one reneged on the way. The partners' step is public; the DPRK's is verified with
probability ``verification``, and only a verified step raises the others' trust
(trust is updated on *observed* compliance). The DPRK may also cheat covertly (the
enrichment dispute of 2002): hidden cheating keeps its programme growing and is found with
probability ``verification * DETECTION`` each quarter, which breaks the agreement.

This is deliberately small: one agreement at a time, no renegotiation. The richer
sequencing model (orders of steps, self-enforcement) is ``sim.sequencing``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["COMPREHENSIVE", "DETECTION", "FREEZE", "KIND_NAMES", "STAGES", "Agreement"]

FREEZE, COMPREHENSIVE = 1, 2
KIND_NAMES: dict[int, str] = {0: "none", FREEZE: "freeze", COMPREHENSIVE: "comprehensive"}

#: (DPRK step, partners' step) of each stage, by kind.
STAGES: dict[int, tuple[tuple[str, str], ...]] = {
    FREEZE: (("freeze", "energy_aid"),),
    COMPREHENSIVE: (
        ("freeze", "energy_aid"),
        ("disable_and_declare", "sanctions_relief"),
        ("dismantle", "security_guarantee"),
    ),
}

#: Share of the verification probability that finds hidden cheating in one quarter.
DETECTION = 0.3


@dataclass(slots=True)
class Agreement:
    """An agreement in force: its kind, format, progress and any hidden cheating."""

    kind: int
    made: int
    six_party: bool
    stages_done: int = 0
    clock: int = 0
    covert: bool = False

    @property
    def completed(self) -> bool:
        """True once a comprehensive deal has run through all its stages."""
        return self.kind == COMPREHENSIVE and self.stages_done >= len(STAGES[COMPREHENSIVE])

    @property
    def freezes(self) -> bool:
        """True while the DPRK's programme is frozen (no covert cheating)."""
        return not self.covert

    def current_steps(self) -> tuple[str, str]:
        """The (DPRK, partners) steps of the stage now under way."""
        stages = STAGES[self.kind]
        return stages[min(self.stages_done, len(stages) - 1)]

    def tick(self, stage_quarters: int) -> bool:
        """Advance one quarter; True if a stage falls due this quarter."""
        if self.completed:
            return False
        self.clock += 1
        if self.clock < stage_quarters:
            return False
        self.clock = 0
        return True

    def finish_stage(self) -> tuple[str, str]:
        """Record the stage under way as done and return its steps."""
        steps = self.current_steps()
        self.stages_done += 1
        return steps
