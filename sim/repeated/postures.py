"""Named policy postures of the US and the DPRK, written as repeated-game strategies.

In the US–DPRK stage game the cooperative action (``False``) is *engage* for the US and
*restrain* for the DPRK; the defecting one (``True``) is *pressure* and *provoke*. Each
posture below is one rule with its parameters, the policy it stylises, the years, and the
claim of the source essays (``seeds/DIGEST.md``, claims C1, C2, C4, C8) it lets a class
test. They are stylisations for teaching, not forecasts: whether the DPRK "plays tit for
tat", and how strongly pressure provokes, are disputed empirically (see the data README),
so every threshold is a parameter.

US: :class:`Engagement` (Clinton, 1994–2000), :class:`StrategicPatience` (Obama,
2009–2016), :class:`MaximumPressure` (Trump, 2017–2019), :class:`CalibratedPractical`
(Biden, 2021–). DPRK: :class:`Byungjin` (2013–2018), :class:`Brinkmanship` (1993–94,
2017), :class:`ActionForAction` (2005 Joint Statement), :class:`SecurityFirst`. Either
side: :class:`TrustThreshold` (Kydd 2005).
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from sim.repeated.strategy import (
    BoolArray,
    FloatArray,
    History,
    Param,
    Strategy,
    Traits,
    register,
)

IntArray = NDArray[np.int64]

__all__ = [
    "POSTURE_NAMES",
    "ActionForAction",
    "Brinkmanship",
    "Byungjin",
    "CalibratedPractical",
    "Engagement",
    "MaximumPressure",
    "SecurityFirst",
    "StrategicPatience",
    "TrustThreshold",
]


def _streak(streak: IntArray, hit: BoolArray) -> IntArray:
    """Length of the current run of ``hit`` per replicate, updated by one round."""
    return np.where(hit, streak + 1, 0)


@register
class Engagement(Strategy):
    """Engage by default; pressure only after ``tolerance`` provocations in a row.

    Stylises the Clinton administration's engagement: the 1994 Agreed Framework and the
    1999 Perry process kept talking through single incidents (the 1998 Taepodong launch)
    and returned to engagement at the first sign of restraint. Rule: pressure iff the last
    ``tolerance`` observed DPRK moves were all provocations (``tolerance`` = 2 is the
    Copykitten rule). Essay claim C8 (engagement under Clinton).
    """

    name = "engagement"
    friendly_name = "Engagement (Clinton)"
    side = "US"
    source = "1994 Agreed Framework; 1999 Perry Report"
    traits = Traits(memory_depth=math.inf, stochastic=False)
    parameters = (Param("tolerance", 2, 1, 20, "provocations in a row before pressure",
                        integer=True),)

    def reset(self, size: int, own_payoffs: FloatArray) -> None:
        """No provocations seen."""
        self.provocations = np.zeros(size, dtype=np.int64)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """Pressure iff the run of observed provocations reaches the tolerance."""
        if history.t > 0:
            self.provocations = _streak(self.provocations, history.other(1))
        return self.provocations >= self.value("tolerance")


class _UntilOtherCooperates(Strategy):
    """Defect until the other side has cooperated ``rounds`` times in a row.

    A single observed defection starts the count again.
    """

    traits = Traits(memory_depth=math.inf, stochastic=False)
    parameters = (Param("rounds", 3, 1, 50, "rounds of the other's cooperation required",
                        integer=True),)

    def reset(self, size: int, own_payoffs: FloatArray) -> None:
        """No cooperation seen yet."""
        self.calm = np.zeros(size, dtype=np.int64)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """Defect while the run of observed cooperation is shorter than required."""
        if history.t > 0:
            self.calm = _streak(self.calm, ~history.other(1))
        return self.calm < self.value("rounds")


@register
class StrategicPatience(_UntilOtherCooperates):
    """Pressure until the DPRK has restrained for ``rounds`` rounds in a row.

    Stylises the Obama administration's "strategic patience" (2009–2016): sanctions stay
    and no concession is offered until the DPRK shows sustained restraint; one provocation
    resets the clock. The documents: the US "will make no concession before the DPRK
    yields" (doc 1, claim C1), and in 2021 the US said it would no longer rely on
    "strategic patience" (Zhou Chang 2021, claim C8).
    """

    name = "strategic_patience"
    friendly_name = "Strategic patience (Obama)"
    side = "US"
    source = "Obama administration 2009–2016; Zhou Chang, World Affairs 2021(11)"


@register
class MaximumPressure(Strategy):
    """Pressure in every round, with an occasional summit.

    Stylises "maximum pressure" (Trump administration, 2017: UNSC resolutions 2371, 2375
    and 2397 and Executive Order 13810): sanctions stay whatever the DPRK does. With
    probability ``summit_probability`` a round is a summit round in which the US engages
    (Singapore 2018, Hanoi 2019) while the sanctions framework stays. The 2021 essay: the
    administration "still insisted on maximum pressure, and dialogue stalled again"
    (claim C2).
    """

    name = "maximum_pressure"
    friendly_name = "Maximum pressure (Trump)"
    side = "US"
    source = "EO 13810 (2017); UNSC 2397 (2017); Zhou Chang, World Affairs 2021(11)"
    traits = Traits(memory_depth=0, stochastic=True)
    parameters = (Param("summit_probability", 0.0, 0.0, 1.0,
                        "probability that a round is a summit round (engage)"),)

    @property
    def stochastic(self) -> bool:
        """Random only when summits are possible but not certain."""
        return self.params["summit_probability"] not in (0.0, 1.0)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """Pressure, except in summit rounds."""
        p = self.value("summit_probability")
        if p in (0.0, 1.0):
            return history.cooperate() if p == 1.0 else history.defect()
        return rng.random(history.size) >= p


@register
class CalibratedPractical(Strategy):
    """Engage, and answer a pattern of provocations rather than a single one.

    Stylises the Biden administration's "calibrated, practical approach" (policy review
    announced 30 April 2021): open with engagement; pressure in a round iff the DPRK was
    observed provoking in at least ``trigger`` of the last ``window`` rounds. Proportionate
    reciprocity: one misread launch does not start a spiral, a campaign of tests does.
    Essay: Zhou Chang (2021), claim C8.
    """

    name = "calibrated_practical"
    friendly_name = "Calibrated practical (Biden)"
    side = "US"
    source = "White House, 30 April 2021; Zhou Chang, World Affairs 2021(11)"
    traits = Traits(memory_depth=10, stochastic=False)
    parameters = (
        Param("window", 3, 1, 10, "rounds looked back on", integer=True),
        Param("trigger", 2, 1, 10, "provocations within the window that bring pressure",
              integer=True),
    )

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """Pressure iff observed provocations in the window reach the trigger."""
        seen = min(int(self.value("window")), history.t)
        count = np.zeros(history.size, dtype=np.int64)
        for lag in range(1, seen + 1):
            count += history.other(lag)
        return count >= self.value("trigger")


@register
class Byungjin(Strategy):
    """Keep testing on a schedule, and answer pressure with a test.

    Stylises the byungjin line (adopted 31 March 2013, ended 20 April 2018): nuclear
    forces and the economy built in parallel, so tests follow a development schedule —
    every ``period``-th round — whatever the US does, and every observed round of
    pressure is answered by a provocation. The 2021 essay dates the turn from byungjin
    (核经并举) to "all-out economic construction" to 2018 (claim C8).
    """

    name = "byungjin"
    friendly_name = "Byungjin line (DPRK)"
    side = "KP"
    source = "WPK plenum, 31 March 2013; Zhou Chang, World Affairs 2021(11)"
    traits = Traits(memory_depth=1, stochastic=False)
    parameters = (Param("period", 3, 1, 50, "a scheduled test every this many rounds",
                        integer=True),)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """Provoke if pressured last round or if a scheduled test falls due."""
        scheduled = (history.t + 1) % int(self.value("period")) == 0
        if scheduled:
            return history.defect()
        return history.cooperate() if history.t == 0 else history.other(1).copy()


@register
class Brinkmanship(Strategy):
    """Provoke to open, hold out under pressure, and provoke again when calm lasts.

    Stylises DPRK brinkmanship (the 1993 NPT withdrawal notice; the 2017 Guam threat):
    the nuclear card is a lever (doc 1, "核导弹牌", claim C4). Rule: provoke in the first
    round and after every observed round of pressure; restrain while engaged, but after
    ``patience`` rounds of mutual calm provoke again to raise the price.
    """

    name = "brinkmanship"
    friendly_name = "Brinkmanship (DPRK)"
    side = "KP"
    source = "Cha & Kang, Nuclear North Korea (2003); 1993 NPT withdrawal notice"
    traits = Traits(memory_depth=math.inf, stochastic=False)
    parameters = (Param("patience", 4, 1, 50, "rounds of mutual calm before a new provocation",
                        integer=True),)

    def reset(self, size: int, own_payoffs: FloatArray) -> None:
        """No calm yet."""
        self.calm = np.zeros(size, dtype=np.int64)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """Provoke on pressure or when calm has lasted ``patience`` rounds."""
        if history.t == 0:
            return history.defect()
        pressured = history.other(1)
        self.calm = _streak(self.calm, ~pressured & ~history.own(1))
        provoke = pressured | (self.calm >= self.value("patience"))
        self.calm[provoke] = 0
        return provoke


@register
class ActionForAction(Strategy):
    """Restrain only in step with the US: "commitment for commitment, action for action".

    Stylises the principle of the 19 September 2005 Joint Statement (承诺对承诺、行动对
    行动) and the DPRK's reading of "phased, synchronized steps" (claim C3): restrain iff
    the US engaged in each of the last ``steps`` rounds it observed; ``first_move`` 0
    restrains in the first round, 1 provokes. With the defaults it is tit for tat — the
    hypothesis that the DPRK reciprocates, which the data README notes is disputed.
    """

    name = "action_for_action"
    friendly_name = "Action for action (DPRK)"
    side = "KP"
    source = "Joint Statement of the Fourth Round of the Six-Party Talks, 19 September 2005"
    traits = Traits(memory_depth=5, stochastic=False)
    parameters = (
        Param("steps", 1, 1, 5, "rounds of US engagement each restraint requires", integer=True),
        Param("first_move", 0, 0, 1, "0: restrain first; 1: provoke first", integer=True),
    )

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """Provoke iff the US pressured in any of the last ``steps`` observed rounds."""
        if history.t == 0:
            return history.defect() if self.value("first_move") else history.cooperate()
        provoke = np.zeros(history.size, dtype=bool)
        for lag in range(1, min(int(self.value("steps")), history.t) + 1):
            provoke |= history.other(lag)
        return provoke


@register
class SecurityFirst(_UntilOtherCooperates):
    """Provoke until the US has engaged for ``rounds`` rounds in a row.

    Stylises the DPRK's demand that the US first end its "hostile policy" and sign a
    non-aggression treaty before it gives anything up (doc 1: 朝方要优先缔结朝美互不侵犯
    条约…之后再弃核; claim C3). Mirror image of :class:`StrategicPatience`: set the two
    against each other and neither ever moves first (claim C1).
    """

    name = "security_first"
    friendly_name = "Security first (DPRK)"
    side = "KP"
    source = "DPRK position in the Six-Party Talks, 2003–2008 (doc 1)"


@register
class TrustThreshold(Strategy):
    """Cooperate iff the belief that the other side is trustworthy reaches ``threshold``.

    Kydd, *Trust and Mistrust in International Relations* (2005): a security-seeking
    state cooperates when its trust exceeds a threshold set by the payoffs (in an
    assurance game π* = (P−S)/((R−T)+(P−S)); ``sim.games`` computes it). The belief is
    Bayesian and updated on observed moves (:mod:`sim.repeated.trust`), so noise and
    misperception erode it. Essay claim C1: distrust, not interests, blocks the deal.
    """

    name = "trust_threshold"
    friendly_name = "Trust threshold (Kydd)"
    source = "Kydd, Trust and Mistrust in International Relations (2005)"
    traits = Traits(memory_depth=math.inf, stochastic=False, uses_trust=True)
    parameters = (Param("threshold", 0.5, 0.0, 1.0, "belief needed to cooperate"),)

    def decide(self, history: History, rng: np.random.Generator) -> BoolArray:
        """Defect iff trust is below the threshold."""
        return history.trust() < self.value("threshold")


#: The postures in registry order.
POSTURE_NAMES: tuple[str, ...] = (
    "engagement", "strategic_patience", "maximum_pressure", "calibrated_practical",
    "byungjin", "brinkmanship", "action_for_action", "security_first", "trust_threshold",
)
