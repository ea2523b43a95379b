"""The six parties as Mesa agents, each deciding from an :class:`Observation`.

Each quarter has two phases. In :meth:`Party.step` (the action phase) every party states
its interest in talks and, if an agreement binds it, its hazard of reneging; the DPRK also
sets its testing rate. In :meth:`Party.respond` (after the DPRK's tests are known) parties
say how hard they push for sanctions and, for the veto holders, whether they let a UNSC
resolution pass. Agents return propensities (probabilities and rates); the model draws the
outcomes with its own generator, so a decision rule is a pure function of what the party
sees and is easy to test.

Decision rules (``P`` = posture pressure, ``O`` = posture openness, ``τ`` = own trust in the
counterpart — the DPRK for everyone else, the US for the DPRK):

* **talks interest** ``O * (0.5 + 0.5 τ)``; for the DPRK also times
  ``1 - walkout * sanctioned_last`` (it left the Six-Party Talks after the April 2009
  presidential statement); China convenes with ``O * (0.3 + 0.7 * tension)``;
* **accepting a deal** ``logistic(sharpness * (score - acceptance))`` with
  ``score = (1 - gap) (0.5 + 0.5 O) (0.25 + 0.75 τ) + urgency * tension``, where ``gap``
  is the salience-weighted distance of the deal (:mod:`sim.sixparty.proposals`) from the
  party's ideal positions: low trust makes even a good deal unacceptable (C1), while a
  crisis pushes both sides to settle (the June 1994 war scare before the Agreed
  Framework);
* **reneging** (partners): ``renege * P * (1 - τ)`` per quarter (the 2005 Banco Delta
  Asia measures; the 2002 halt of fuel oil); the DPRK:
  ``1 - exp(-dprk_renege * rate * (1 - τ))`` with ``rate`` its testing rate (the 2009 and
  2012 launches that ended the Six-Party process and the Leap Day deal);
* **sanctions** after a quarter of severity ``s`` (1 for a nuclear test, ``missile_severity``
  for a quarter with two or more missile tests): a UNSC push of ``min(1, (0.5 + P) s)``
  (every nuclear test since 2006 drew a resolution); a unilateral round with probability
  ``unilateral_rate * P * s``; a veto holder lets a resolution pass with
  ``acquiescence * (1 - alliance_protection [if allied to the DPRK]) * (0.6 + 0.4 s)``.

The DPRK's testing rule is in :class:`DPRK` (a self-exciting Poisson process; see
:class:`sim.sixparty.mechanisms.ProvocationParams`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import mesa

from sim.sixparty.observation import Observation
from sim.sixparty.postures import DPRK_POSTURES, STATE_POSTURES
from sim.sixparty.prepared import PartySetup, Rules

if TYPE_CHECKING:
    from sim.sixparty.model import SixPartyModel

__all__ = ["DPRK", "KP", "US", "China", "Party", "logistic", "make_party"]

US, KP, KR, CN, JP, RU = range(6)


def logistic(x: float) -> float:
    """The logistic function, safe for large arguments."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


class Party(mesa.Agent):
    """A state at the talks: the US, South Korea, Japan, China or Russia."""

    model: SixPartyModel

    def __init__(self, model: SixPartyModel, setup: PartySetup, rules: Rules) -> None:
        super().__init__(model)
        self.code, self.index, self.counterpart = setup.code, setup.index, setup.counterpart
        self.positions, self.salience, self.weight = setup.positions, setup.salience, setup.weight
        self.trade_share, self.enforcement = setup.trade_share, setup.enforcement
        self.acquiescence, self.ally = setup.acquiescence, setup.ally
        self._salience_total, self._shield, self._rules = setup.salience_total, setup.shield, rules
        self.pressure = self.openness = 0.0
        self.posture = ""
        self.adopt(setup.posture)
        self.talks_interest = self.renege = self.push = self.unilateral = 0.0
        self.acquiesce = 1.0

    def adopt(self, posture: str) -> None:
        """Take up a named posture (an administration change)."""
        self.posture = posture
        self.pressure, self.openness, _ = STATE_POSTURES[posture]

    def step(self) -> None:
        """Action phase: interest in talks and, under an agreement, the hazard of reneging."""
        obs = self.model.observation
        trust = obs.trust_matrix[self.index][self.counterpart]
        self.talks_interest = self.openness * (0.5 + 0.5 * trust)
        self.renege = (self._rules.renege * self.pressure * (1.0 - trust)
                       if obs.agreement_kind else 0.0)

    def respond(self) -> None:
        """Response phase: sanctions pushes and, for veto holders, acquiescence."""
        obs = self.model.observation
        if obs.nuclear_now:  # how grave this quarter's tests are: 1 for a nuclear test
            severity = 1.0
        else:
            missiles = obs.missiles_now
            severity = self._rules.missile_severity * (0.5 * missiles if missiles < 2 else 1.0)
        push = (0.5 + self.pressure) * severity
        self.push = push if push < 1.0 else 1.0
        self.unilateral = self._rules.unilateral_rate * self.pressure * severity
        self.acquiesce = self.acquiescence * (1.0 - self._shield) * (0.6 + 0.4 * severity)

    def gap(self, proposal: tuple[float, ...]) -> float:
        """Salience-weighted distance of a deal from this party's ideal positions, 0–1."""
        total = self._salience_total
        if total <= 0.0:
            return 0.0
        distance = 0.0
        for s, d, x in zip(self.salience, proposal, self.positions, strict=True):
            distance += s * abs(d - x)
        return distance / (100.0 * total)

    def accept(self, fmt: int) -> float:
        """Probability of accepting the deal on the table in talks of format ``fmt``."""
        obs, rules = self.model.observation, self._rules
        trust = obs.trust(self.index, self.counterpart)
        value = (1.0 - self.gap(obs.proposal(fmt))) * (0.5 + 0.5 * self.openness)
        score = value * (0.25 + 0.75 * trust) + rules.urgency * obs.tension
        return logistic(rules.sharpness * (score - rules.acceptance))


class China(Party):
    """China: a veto holder that also convenes the Six-Party Talks (claim C5)."""

    def __init__(self, model: SixPartyModel, setup: PartySetup, rules: Rules) -> None:
        super().__init__(model, setup, rules)
        self.convene = 0.0

    def step(self) -> None:
        """Action phase, plus the chance of convening a six-party round."""
        Party.step(self)
        self.convene = self.openness * (0.3 + 0.7 * self.model.observation.tension)


class DPRK(Party):
    """The DPRK: tests, talks, deals and reneging, driven by the strengths of the scenario."""

    def __init__(self, model: SixPartyModel, setup: PartySetup, rules: Rules) -> None:
        self.drive = self.nuclear = 0.0
        super().__init__(model, setup, rules)
        self.rate = self.nuclear_p = self.cheat = 0.0

    def adopt(self, posture: str) -> None:
        """Take up a DPRK line (byungjin, economic construction, ...)."""
        self.posture = posture
        self.drive, self.nuclear, self.openness, _ = DPRK_POSTURES[posture]
        self.pressure = 0.0

    def step(self) -> None:
        """Action phase: testing rate, nuclear-test chance, talks interest, reneging, cheating."""
        obs = self.model.observation
        trust = obs.trust_matrix[KP][US]
        self.rate = rate = self.testing_rate(obs)
        self.nuclear_p = self.nuclear_chance(obs, rate)
        interest = self.openness * (0.5 + 0.5 * trust)
        self.talks_interest = interest * (1.0 - self._rules.walkout * obs.sanctioned_last)
        if obs.agreement_kind:
            self.renege = 1.0 - math.exp(-self._rules.dprk_renege * rate * (1.0 - trust))
            self.cheat = self._rules.cheat * (1.0 - trust)
        else:
            self.renege = self.cheat = 0.0

    def respond(self) -> None:
        """The DPRK does not sanction anyone."""

    def inducement(self, obs: Observation) -> float:
        """What engagement offers now: aid, last quarter's talks, a deal in force (0–1)."""
        talks = self._rules.talks_value if obs.talks_last else 0.0
        deal = 0.5 if obs.agreement_kind else 0.0
        total = obs.aid + talks + deal
        return total if total < 1.0 else 1.0

    def testing_rate(self, obs: Observation) -> float:
        """Expected missile-test events this quarter (see ProvocationParams)."""
        (base_rate, pressure, threat, hardship, inducement, election, capability, excitation,
         max_rate) = self._rules.rate_terms
        exponent = (self.drive + pressure * obs.effective_sanctions + threat * obs.exercise
                    + hardship * (1.0 - obs.economy) - inducement * self.inducement(obs)
                    + election * obs.election + capability * obs.capability)
        rate = (base_rate * math.exp(exponent if exponent < 10.0 else 10.0)
                + excitation * obs.recent_tests)
        return rate if rate < max_rate else max_rate

    def nuclear_chance(self, obs: Observation, rate: float) -> float:
        """Chance of a nuclear test this quarter, zero below the device threshold."""
        if obs.capability < self._rules.device:
            return 0.0
        return 1.0 - math.exp(-self._rules.nuclear_ratio * self.nuclear * rate)


def make_party(model: SixPartyModel, setup: PartySetup, rules: Rules) -> Party:
    """Build the agent of a party with its class (DPRK, China or a plain Party)."""
    cls = DPRK if setup.code == "KP" else China if setup.code == "CN" else Party
    return cls(model, setup, rules)
