"""The US–DPRK stage game, built from the narrative parameters of the source essays.

Model. The United States (row) chooses ``engage`` (aid, sanctions relief, talks) or
``pressure`` (sanctions, exercises, isolation); the DPRK (column) chooses ``restrain`` (no
tests, talks) or ``provoke`` (a nuclear or missile test). With the parameters of
:class:`~sim.games.params.UsDprkSpec` — all on one 0–100 scale of value — the base payoffs
are:

=====================  ===================================  ==================================
cell (US, DPRK)        US payoff                            DPRK payoff
=====================  ===================================  ==================================
engage, restrain       v − c                                a
engage, provoke        −k − c − e                           a + g − r
pressure, restrain     v + ℓ − p                            −s
pressure, provoke      −k − p − w_us                        −s + g − r + f − w_kp
=====================  ===================================  ==================================

with v = ``restraint_value``, c = ``aid_cost``, k = ``test_cost``, e = ``engagement_cost``,
p = ``pressure_cost``, ℓ = ``leverage_value``, w_us = ``war_risk_us`` (US side) and
a = ``aid_value``, s = ``sanction_cost``, g = ``test_gain``, r = ``test_risk``,
f = ``defiance_value``, w_kp = ``war_risk_dprk`` (DPRK side). Finally ``enmity`` ε turns
each side's payoff into ``own − ε · other's`` (relative gains).

Where the terms come from (claims of ``seeds/DIGEST.md``):

- **C1** mutual distrust: with no war risk and no defiance, a provocation gains the DPRK
  g − r whatever the US does and pressure gains the US c + ℓ − p against restraint, so
  g > r and c + ℓ > p make both sides' defection dominant — a prisoner's dilemma in which
  both would gain from (engage, restrain) yet neither moves first.
- **C2** the sanction–test cycle: f is the extra value of testing *because* one is
  pressured (defiance, leverage regained); it makes pressure raise the DPRK's incentive to
  provoke rather than lower it. The sanction cost s alone changes no incentive — it is paid
  whatever the DPRK does — which is the essays' point that sanctions did not stop tests.
  Empirical work disputes the link, so f defaults to 0.
- **C4** the nuclear card: g is the security and leverage a test buys a small, poor state;
  a and s are large for it and small for the US — the stakes are asymmetric.
- **C7** exercises and missile defence read as threats, and "the US will not start a war":
  w_us and w_kp are the expected costs of a crisis that can turn to war when pressure meets
  a provocation; when they outweigh the gains of standing firm the game becomes chicken.
- **C10** identity: ε is the weight each side puts on the other's gain as its own loss (a
  relationship of enemies); raising it turns harmony and stag hunts into dilemmas and
  deadlock. The cost of recognising a nuclear DPRK is part of k.

Which settings give which type (:data:`USDPRK_PRESETS`, checked in the tests):

=====================  =====================================================  =================
preset                 what differs                                            type
=====================  =====================================================  =================
``mutual_distrust``    tests pay (g > r), pressure is cheap (c > p)            prisoner's dilemma
``brink_of_war``       the same, plus war risks w_us = w_kp = 60               chicken
``assurance``          tests cost more than they gain, pressure is costly,     stag hunt
                       defiance f = 30
``byungjin``           aid is small, tests pay much more, defiance f = 20      US prisoner's
                                                                               dilemma, DPRK
                                                                               deadlock
``bully``              ``byungjin`` plus a US war risk w_us = 70               bully (US chicken,
                                                                               DPRK deadlock)
``engagement_pays``    ``assurance`` without defiance, engaging a provoker     harmony
                       costs the US little (e = 5)
``enmity``             ``assurance`` with enmity ε = 0.3                       prisoner's dilemma
=====================  =====================================================  =================
"""

from __future__ import annotations

from typing import Any

import numpy as np
from pydantic import ValidationError

from sim.errors import InputError
from sim.games.game import StageGame
from sim.games.params import UsDprkSpec

__all__ = ["USDPRK_ACTIONS", "USDPRK_PRESETS", "usdprk_game", "usdprk_payoffs"]

#: (US actions, DPRK actions); action 0 of each is the cooperative one.
USDPRK_ACTIONS: tuple[tuple[str, str], tuple[str, str]] = (
    ("engage", "pressure"),
    ("restrain", "provoke"),
)

_MUTUAL_DISTRUST: dict[str, float] = {
    "aid_value": 40, "aid_cost": 20, "sanction_cost": 30, "test_gain": 30, "test_risk": 10,
    "defiance_value": 0, "restraint_value": 50, "test_cost": 40, "engagement_cost": 20,
    "pressure_cost": 10, "leverage_value": 0, "war_risk_us": 0, "war_risk_dprk": 0,
    "enmity": 0.0,
}
_ASSURANCE = {**_MUTUAL_DISTRUST, "test_gain": 20, "test_risk": 30, "defiance_value": 30,
              "aid_cost": 10, "pressure_cost": 20, "engagement_cost": 40}
_BYUNGJIN = {**_MUTUAL_DISTRUST, "aid_value": 10, "sanction_cost": 20, "test_gain": 60,
             "defiance_value": 20, "war_risk_dprk": 10, "aid_cost": 30, "leverage_value": 20,
             "test_cost": 60, "engagement_cost": 30, "war_risk_us": 10}

#: Named parameter sets, one per game type the US–DPRK game can take (see the docstring).
USDPRK_PRESETS: dict[str, dict[str, float]] = {
    "mutual_distrust": _MUTUAL_DISTRUST,
    "brink_of_war": {**_MUTUAL_DISTRUST, "war_risk_us": 60, "war_risk_dprk": 60},
    "assurance": _ASSURANCE,
    "byungjin": _BYUNGJIN,
    "bully": {**_BYUNGJIN, "war_risk_us": 70},
    "engagement_pays": {**_ASSURANCE, "defiance_value": 0, "engagement_cost": 5},
    "enmity": {**_ASSURANCE, "enmity": 0.3},
}


def usdprk_payoffs(spec: UsDprkSpec) -> tuple[np.ndarray, np.ndarray]:
    """(US payoffs, DPRK payoffs) as 2×2 arrays, rows = US actions, columns = DPRK actions."""
    us = np.array([
        [spec.restraint_value - spec.aid_cost,
         -spec.test_cost - spec.aid_cost - spec.engagement_cost],
        [spec.restraint_value + spec.leverage_value - spec.pressure_cost,
         -spec.test_cost - spec.pressure_cost - spec.war_risk_us],
    ], dtype=np.float64)
    provoke_gain = spec.test_gain - spec.test_risk
    kp = np.array([
        [spec.aid_value, spec.aid_value + provoke_gain],
        [-spec.sanction_cost,
         -spec.sanction_cost + provoke_gain + spec.defiance_value - spec.war_risk_dprk],
    ], dtype=np.float64)
    weight = spec.enmity
    return us - weight * kp, kp - weight * us


def usdprk_game(spec: UsDprkSpec | dict[str, Any], name: str = "US–DPRK game") -> StageGame:
    """The US–DPRK game of ``spec`` (a spec or a mapping of its fields); US is the row player."""
    if not isinstance(spec, UsDprkSpec):
        try:
            spec = UsDprkSpec.model_validate({"game": "us_dprk", **spec})
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            where = ".".join(str(part) for part in first["loc"])
            raise InputError(f"US–DPRK parameter {where}: {first['msg']} "
                             f"(got {first.get('input')!r})") from None
    us, kp = usdprk_payoffs(spec)
    return StageGame(name, ("US", "KP"), USDPRK_ACTIONS[0], USDPRK_ACTIONS[1], us, kp)
