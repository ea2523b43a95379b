"""Strengths of the six-party model's mechanisms, one block per mechanism.

Every link the source essays assert is a number here that a class can set to zero:

* ``provocation.pressure`` — pressure (effective sanctions) raising DPRK testing, the
  "sanction -> test -> re-sanction" cycle of claim C2;
* ``provocation.threat`` — allied exercises triggering tests (C7);
* ``sanctions.distrust`` — sanctions deepening the DPRK's distrust of those who impose
  them (C2);
* ``provocation.self_excitation`` — a recent provocation raising the chance of the next,
  the one regularity event-data studies of 2012–2016 did find (the bundled data README:
  exercises and UN resolutions did not predict provocations, a recent provocation did).

Defaults are teaching values, loosely tuned so that the historical scenario is of the
right order of magnitude; ``sim.sixparty.calibrate`` fits a few of them to 1993–2019.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AgreementParams",
    "InitialState",
    "ProgrammeParams",
    "ProvocationParams",
    "SanctionParams",
    "TalksParams",
    "TensionParams",
    "TrustParams",
]

Unit = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]
Strength = Annotated[float, Field(ge=-5.0, le=5.0, allow_inf_nan=False)]
Rate = Annotated[float, Field(ge=0.0, le=20.0, allow_inf_nan=False)]


class _Block(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProvocationParams(_Block):
    """DPRK missile-test events per quarter: a self-exciting Poisson (Hawkes) process.

    ``rate = base_rate * exp(drive + pressure*S + threat*X + hardship*(1-E)
    - inducement*I + election*V + capability*C) + self_excitation * R`` where S is effective
    sanctions, X the exercise level, E the economy, I inducements, V a new US/ROK government,
    C the programme's capability and R the decaying count of recent tests
    (``R <- memory * R + tests``). Nuclear tests: probability ``1 - exp(-nuclear_ratio *
    nuclear * rate)`` once capability reaches the device threshold.
    """

    base_rate: Rate = Field(default=0.02, description="missile-test events per quarter at zero drive")
    pressure: Strength = Field(default=0.8, description="effect of effective sanctions (C2)")
    threat: Strength = Field(default=0.5, description="effect of allied exercises (C7)")
    hardship: Strength = Field(default=0.0, description="effect of economic hardship")
    inducement: Strength = Field(default=1.0, description="restraint bought by aid, talks, deals")
    election: Strength = Field(default=0.5, description="testing a new US/ROK government")
    capability: Strength = Field(default=4.0, description="testing grows with programme maturity")
    self_excitation: Annotated[float, Field(ge=0.0, le=3.0)] = Field(
        default=0.3, description="extra expected tests per recent test (the Hawkes term)")
    memory: Annotated[float, Field(ge=0.0, le=0.95)] = Field(
        default=0.5, description="quarterly carry-over of the recent-test count")
    nuclear_ratio: Annotated[float, Field(ge=0.0, le=2.0)] = Field(
        default=0.08, description="nuclear-test hazard per unit of testing rate")
    restraint: Unit = Field(default=0.9, description="share of testing an honoured deal suppresses")
    max_rate: Rate = Field(default=15.0, description="cap on expected test events per quarter")


class SanctionParams(_Block):
    """UNSC and unilateral sanctions; effective sanctions = intensity x enforcement."""

    unsc_step: Unit = Field(default=0.15, description="rise of UNSC intensity per resolution")
    unilateral_step: Unit = Field(default=0.1, description="rise of unilateral intensity per round")
    missile_severity: Unit = Field(default=0.3, description="weight of a missile quarter vs a nuclear test")
    unilateral_rate: Unit = Field(default=0.3, description="chance scale of a unilateral round")
    damage: Unit = Field(default=0.06, description="economy lost per quarter at full effective sanctions")
    recovery: Unit = Field(default=0.08, description="quarterly recovery of the economy toward 1")
    rest_of_world_enforcement: Unit = Field(default=0.7, description="enforcement by third countries")
    financial_reach: Unit = Field(default=0.5, description="reach of unilateral financial sanctions")
    distrust: Unit = Field(default=0.15, description="DPRK trust lost in a sanctioner per round (C2)")
    alliance_protection: Unit = Field(default=0.2, description="veto player's shielding of its ally")
    relief: Unit = Field(default=0.5, description="share of sanctions a relief step lifts")


class TalksParams(_Block):
    """Talks: none, bilateral (US–DPRK) or six-party (China convenes)."""

    convene: Unit = Field(default=0.6, description="chance scale of a six-party round China convenes")
    bilateral: Unit = Field(default=0.4, description="chance scale of a bilateral round")
    trust_gain: Unit = Field(default=0.02, description="mutual trust gained per round (contact)")
    inducement: Unit = Field(default=0.3, description="value of a round to the DPRK")
    walkout: Unit = Field(default=0.6, description="DPRK interest lost after a sanctions round")


class AgreementParams(_Block):
    """Agreements as staged exchanges: made, implemented, verified, or broken."""

    acceptance: Unit = Field(default=0.35, description="score a party needs to accept a deal")
    urgency: Unit = Field(default=0.3, description="weight of tension in accepting a deal")
    leverage: Annotated[float, Field(ge=0.0, le=5.0)] = Field(
        default=1.0, description="DPRK bargaining weight per unit of capability (C4)")
    sharpness: Annotated[float, Field(ge=0.5, le=50.0)] = Field(
        default=8.0, description="slope of the acceptance and reneging rules")
    comprehensive_trust: Unit = Field(default=0.6, description="mutual trust a full deal needs")
    stage_quarters: Annotated[int, Field(ge=1, le=20)] = Field(
        default=4, description="quarters each stage takes")
    verification: Unit = Field(default=0.6, description="chance a step or a cheat is verified")
    compliance_gain: Unit = Field(default=0.12, description="trust gained per verified step")
    breach_penalty: Unit = Field(default=0.5, description="share of trust lost on a breach")
    renege: Unit = Field(default=0.15, description="scale of the partners' quarterly reneging hazard")
    dprk_renege: Unit = Field(default=0.3, description="scale of the DPRK's quarterly reneging hazard")
    cheat: Unit = Field(default=0.01, description="quarterly hazard of covert DPRK cheating")
    aid: Unit = Field(default=0.3, description="aid delivered per partner step")


class TrustParams(_Block):
    """How trust moves besides compliance: tests, and a slow return to the start."""

    test_distrust: Unit = Field(default=0.08, description="share of trust in the DPRK lost per nuclear test")
    reversion: Unit = Field(default=0.02, description="quarterly pull back toward initial trust")


class TensionParams(_Block):
    """Tension 0–1: decays, rises with tests, drills and sanctions, falls with talks."""

    decay: Unit = Field(default=0.2, description="quarterly decay")
    nuclear: Unit = Field(default=0.35, description="rise per nuclear test")
    missile: Unit = Field(default=0.04, description="rise per missile-test event")
    exercise: Unit = Field(default=0.05, description="rise at full-scale exercises")
    sanctions: Unit = Field(default=0.05, description="rise per sanctions round")
    talks: Unit = Field(default=0.06, description="fall per talks round")
    agreement: Unit = Field(default=0.1, description="fall per quarter with a deal in force")
    crisis: Unit = Field(default=0.6, description="mean tension of the last year that is a crisis")


class ProgrammeParams(_Block):
    """DPRK nuclear-missile capability 0–1, rising step-wise with tests."""

    start: Unit = Field(default=0.1, description="capability at the start")
    growth: Annotated[float, Field(ge=0.0, le=0.1)] = Field(
        default=0.003, description="quarterly growth while not frozen")
    nuclear_step: Unit = Field(default=0.06, description="step per nuclear test")
    missile_step: Annotated[float, Field(ge=0.0, le=0.1)] = Field(
        default=0.004, description="step per missile-test event")
    device: Unit = Field(default=0.25, description="capability needed for a nuclear test")
    nuclear_state: Unit = Field(default=0.6, description="capability of a de facto nuclear state")
    dismantle: Unit = Field(default=0.7, description="share of capability a dismantling step removes")


class InitialState(_Block):
    """The world at the first quarter."""

    economy: Annotated[float, Field(ge=0.0, le=1.5)] = Field(default=1.0, description="1 = baseline")
    tension: Unit = 0.3
    unsc_sanctions: Unit = 0.0
    unilateral_sanctions: Unit = 0.2
    exercises: Unit = Field(default=1.0, description="exercise scale until a schedule event")
