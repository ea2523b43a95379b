"""The six-party model on Mesa 3: one agent per party, one step per quarter.

State (DESIGN §4): DPRK capability (step-wise with tests) and economy (hit by effective
sanctions), tension, UNSC and unilateral sanctions intensity, talks (none, bilateral,
six-party), the agreement in force (:mod:`sim.sixparty.agreements`) and the 6×6 trust
matrix (:mod:`sim.sixparty.trust`). A quarter runs:

1. the exogenous schedule (:mod:`sim.sixparty.schedule`): postures, enforcement, trade,
   exercises, elections;
2. the action phase — every agent's ``step`` (:mod:`sim.sixparty.agents`), in the order of
   ``PARTY_CODES``, which is also the order of the model's Mesa ``AgentSet``;
3. reneging and covert cheating under an agreement; an observed breach ends it;
4. DPRK tests: Poisson missile events and a nuclear-test chance, mostly suppressed while
   an agreement holds and the DPRK honours it;
5. the response phase (only in a quarter with tests) — every agent's ``respond``; a UNSC
   resolution passes only if the push succeeds **and** China and Russia acquiesce;
   unilateral rounds need nobody; a partner that broke an agreement this quarter counts
   as a unilateral round (the 2002 halt of fuel oil, the 2005 Banco Delta Asia measures);
6. talks: China convenes a six-party round, or the US and the DPRK meet bilaterally; at a
   round with no agreement in force, the US, the DPRK (and China, as host of a six-party
   round) may accept the deal on the table (:mod:`sim.sixparty.proposals`);
7. an agreement's stage may fall due (:mod:`sim.sixparty.effects`);
8. the state equations (:mod:`sim.sixparty.dynamics`) and trust updates.

Randomness: ``rng`` (a ``numpy.random.Generator``) is handed to ``mesa.Model(rng=...)``;
the model pre-draws one block of uniform numbers from ``self.rng`` and every random event
reads its own column (:data:`SLOTS`), so runs are reproducible and steps stay lean (plain
floats, no numpy in the quarter loop). Series are collected by
:class:`~sim.sixparty.recorder.Recorder`; ``collect=True`` also fills a Mesa
``DataCollector`` for inspecting a single run.

Speed: what depends only on the scenario is derived once per parameter set
(:mod:`sim.sixparty.prepared`), never read from the pydantic models in the loop; agents
are called directly, not through ``AgentSet.do`` (same order, no weak-reference
bookkeeping); the model and its agents keep at most 30 instance attributes, which CPython
stores in its fast inline layout.
"""

from __future__ import annotations

from array import array
from typing import cast

import mesa
import numpy as np

from sim.sixparty import dynamics as dyn
from sim.sixparty import trust as tr
from sim.sixparty.agents import CN, DPRK, JP, KP, KR, RU, US, China, Party, make_party
from sim.sixparty.agreements import COMPREHENSIVE, FREEZE, Agreement
from sim.sixparty.observation import Observation, World
from sim.sixparty.outcomes import Outcome, classify
from sim.sixparty.params import SixPartyParams
from sim.sixparty.prepared import Prepared, prepare
from sim.sixparty.recorder import Recorder, RunRecord
from sim.sixparty.schedule import CompiledSchedule, compile_schedule

__all__ = ["SLOTS", "SixPartyModel", "run_once"]

#: Columns of the pre-drawn uniform block, one per kind of random event.
SLOTS = ("missiles", "nuclear", "kp_renege", "partner_renege", "cheat", "detect", "propose",
         "veto_cn", "veto_ru", "talks", "accept_us", "accept_kp", "accept_cn", "verify",
         "uni_us", "uni_kr", "uni_jp", "uni_cn", "uni_ru")
(_MISSILES, _NUCLEAR, _KP_RENEGE, _PARTNER_RENEGE, _CHEAT, _DETECT, _PROPOSE, _VETO_CN,
 _VETO_RU, _TALKS, _ACCEPT_US, _ACCEPT_KP, _ACCEPT_CN, _VERIFY) = range(14)
_UNILATERAL = ((US, 14), (KR, 15), (JP, 16), (CN, 17), (RU, 18))
_WIDTH = len(SLOTS)


class SixPartyModel(mesa.Model):
    """The Six-Party Talks as an agent-based model (see the module docstring)."""

    def __init__(self, params: SixPartyParams, rng: np.random.Generator,
                 schedule: CompiledSchedule | None = None, collect: bool = False) -> None:
        super().__init__(rng=rng)
        prepared = prepare(params)
        self.params = params
        self.schedule_inputs = schedule or compile_schedule(params)
        self.parties: list[Party] = [make_party(self, setup, prepared.rules)
                                     for setup in prepared.parties]
        self.dprk = cast(DPRK, self.parties[KP])
        self.china = cast(China, self.parties[CN])
        self._table = prepared.table
        self.world = self._initial_world(prepared)
        self.observation: Observation = self.world
        self.agreement: Agreement | None = None
        self.effects = prepared.effects
        self.recorder = Recorder(params.horizon)
        self.recorder.note_stance(0, self.parties)
        self._uniforms = array("d", self.rng.random(params.horizon * len(SLOTS)).tobytes())
        self._k = prepared.loop
        self._leak = self._leak_enforcement()
        self._t = 0
        self._rate = 0.0
        self._withdrawn: tuple[int, ...] = ()
        self.datacollector = _datacollector() if collect else None

    def _initial_world(self, prepared: Prepared) -> World:
        p = self.params.initial
        world = World(trust_matrix=[list(row) for row in prepared.trust], tension=p.tension,
                      capability=self.params.programme.start, economy=p.economy,
                      unsc=p.unsc_sanctions, unilateral=p.unilateral_sanctions)
        world.proposals = dict(prepared.proposals)
        return world

    def _leak_enforcement(self) -> float:
        shares = sum(party.trade_share for party in self.parties)
        inside = sum(party.trade_share * party.enforcement for party in self.parties)
        outside = max(0.0, 1.0 - shares) * self._k.outside_enforcement
        return inside + outside

    def step(self) -> None:
        """One quarter (see the module docstring for the order of events)."""
        t, w, parties, inputs = self._t, self.world, self.parties, self.schedule_inputs
        u = self._uniforms[t * _WIDTH:t * _WIDTH + _WIDTH]
        if inputs.changes[t]:
            self._apply_schedule(t)
        w.exercise, w.election = inputs.exercise[t], inputs.election[t]
        w.missiles_now = w.nuclear_now = 0
        for party in parties:
            party.step()
        kp_broke = self._reneging(u) if self.agreement is not None else False
        self._provocations(u, kp_broke)
        if w.missiles_now or w.nuclear_now:
            for party in parties:
                party.respond()
            unsc, unilateral = self._sanctions(u)
        else:
            unsc, unilateral, self._withdrawn = 0, self._withdrawn, ()
        talks = self._talks(u)
        if self.agreement is not None:
            self._implementation(u)
        self._update_state(unsc, unilateral, talks)
        self.recorder.record(w, parties, self._rate, unsc, len(unilateral), talks)
        if self.datacollector is not None:
            self.datacollector.collect(self)
        self._t = t = t + 1
        if t >= self._k.horizon:
            self.running = False

    def _apply_schedule(self, t: int) -> None:
        """Postures, enforcement, acquiescence and trade shares that change in quarter ``t``."""
        trade = False
        for change in self.schedule_inputs.changes[t]:
            party = self.parties[change.party]
            if change.field == "posture":
                party.adopt(str(change.value))
            else:
                setattr(party, change.field, float(change.value))
                trade = True
        if trade:
            self._leak = self._leak_enforcement()
        self.recorder.note_stance(t, self.parties)

    def _reneging(self, u: array[float]) -> bool:
        """Breaches and covert cheating under the agreement; True if the DPRK broke it."""
        deal = self.agreement
        if deal is None or deal.completed:
            return False
        if u[_KP_RENEGE] < self.dprk.renege:
            self._breach(KP)
            return True
        partners = self._partners(deal)
        keep = 1.0
        for i in partners:
            keep *= 1.0 - self.parties[i].renege
        if u[_PARTNER_RENEGE] < 1.0 - keep:
            self._breach(max(partners, key=lambda i: self.parties[i].renege))
            return False
        if deal.covert and u[_DETECT] < self._k.detect:
            self._breach(KP)
            return True
        if not deal.covert and u[_CHEAT] < self.dprk.cheat:
            deal.covert = True
        return False

    @staticmethod
    def _partners(deal: Agreement) -> tuple[int, ...]:
        return (US, KR, JP) if deal.six_party else (US,)

    def _breach(self, party: int) -> None:
        """An observed breach by ``party`` ends the agreement and cuts trust in it."""
        self.agreement = None
        tr.after_breach(self.world.trust_matrix, party, self._k.breach_penalty)
        self.recorder.note_breach(party == KP)
        if party != KP:
            self._withdrawn = (*self._withdrawn, party)

    def _provocations(self, u: array[float], kp_broke: bool) -> None:
        w, dprk, deal = self.world, self.dprk, self.agreement
        rate, nuclear_p = dprk.rate, dprk.nuclear_p
        if deal is not None and not kp_broke and not deal.covert:
            rate *= 1.0 - self._k.restraint
            nuclear_p = 0.0
        w.missiles_now = dyn.poisson_inverse(rate, u[_MISSILES])
        w.nuclear_now = 1 if u[_NUCLEAR] < nuclear_p else 0
        self._rate = rate

    def _sanctions(self, u: array[float]) -> tuple[int, tuple[int, ...]]:
        parties = self.parties
        push = max(parties[US].push, parties[KR].push, parties[JP].push)  # the proposers
        passed = (u[_PROPOSE] < push and u[_VETO_CN] < parties[CN].acquiesce
                  and u[_VETO_RU] < parties[RU].acquiesce)
        unilateral, self._withdrawn = self._withdrawn, ()  # a partner's breach is a round
        if self.agreement is None:
            for i, slot in _UNILATERAL:
                if u[slot] < parties[i].unilateral and i not in unilateral:
                    unilateral = (*unilateral, i)
        return int(passed), unilateral

    def _talks(self, u: array[float]) -> int:
        us, kp = self.parties[US].talks_interest, self.dprk.talks_interest
        joint = (kp * us) ** 0.5
        six = self._k.convene * self.china.convene * joint
        two = self._k.bilateral * joint * (1.0 - six)
        draw = u[_TALKS]
        fmt = 2 if draw < six else 1 if draw < six + two else 0
        if fmt and self.agreement is None:
            self._negotiate(u, fmt)
        return fmt

    def _negotiate(self, u: array[float], fmt: int) -> None:
        leverage = self._k.leverage * self.world.capability
        self.world.proposals[fmt] = self._table.deal(fmt, leverage)
        yes = (u[_ACCEPT_US] < self.parties[US].accept(fmt)
               and u[_ACCEPT_KP] < self.dprk.accept(fmt)
               and (fmt == 1 or u[_ACCEPT_CN] < self.china.accept(fmt)))
        if not yes:
            return
        trust = self.world.trust_matrix
        mutual = min(trust[US][KP], trust[KP][US])
        kind = COMPREHENSIVE if mutual >= self._k.comprehensive_trust else FREEZE
        self.agreement = Agreement(kind=kind, made=self._t, six_party=fmt == 2)
        self.recorder.note_agreement()

    def _implementation(self, u: array[float]) -> None:
        deal = self.agreement
        if deal is None or not deal.tick(self._k.stage_quarters):
            return
        steps = deal.finish_stage()
        verified = u[_VERIFY] < self._k.verification and not deal.covert
        self.effects.apply(self.world, steps, verified, not deal.covert, self._partners(deal))

    def _update_state(self, unsc: int, unilateral: tuple[int, ...], talks: int) -> None:
        w, deal = self.world, self.agreement
        n, m = w.nuclear_now, w.missiles_now
        allied = 0.0
        if unsc:
            w.unsc += self._k.unsc_step * (1.0 - w.unsc)
        if unilateral:
            w.unilateral += self._k.unilateral_step * len(unilateral) * (1.0 - w.unilateral)
            for i in unilateral:
                allied += self.parties[i].trade_share
        in_force = deal is not None
        dyn.advance(w, self._k.rates, self._leak, allied, unsc + len(unilateral), talks,
                    in_force, deal is not None and not deal.covert)
        trust = w.trust_matrix
        if n or m:
            tr.after_tests(trust, n, m, self._k.test_distrust)
        if unsc or unilateral:
            tr.after_sanctions(trust, unsc, unilateral, self._k.distrust)
        if talks:
            tr.after_talks(trust, talks, self._k.talks_gain)
        if self._t % 4 == 3 and self._k.revert:
            tr.revert_toward(trust, self._k.reversion_pull, self._k.reversion_keep)
        if deal is not None:
            w.agreement_kind, w.agreement_stages_done = deal.kind, deal.stages_done
        else:
            w.agreement_kind = w.agreement_stages_done = 0

    def outcome(self, world_series: np.ndarray) -> Outcome:
        """The class of this run at its horizon, with its counts."""
        return classify(self.recorder, world_series, self.world, self.agreement, self.params)

    def run(self) -> RunRecord:
        """Run to the horizon and return the recorded series and the outcome.

        The record's arrays share the recorder's buffer; the recorder then lets go of it and
        the model of its spent random draws, so a finished model (cyclic, like every Mesa
        model, and so freed only by the garbage collector) does not keep them alive.
        """
        while self.running:
            self.step()
        world, parties, trust = self.recorder.arrays()
        record = RunRecord(world=world, parties=parties, trust=trust, outcome=self.outcome(world))
        self.recorder.release()
        self._uniforms = array("d")
        return record


def _datacollector() -> mesa.DataCollector:
    return mesa.DataCollector(
        model_reporters={
            "tension": lambda m: m.world.tension,
            "capability": lambda m: m.world.capability,
            "economy": lambda m: m.world.economy,
            "effective_sanctions": lambda m: m.world.effective_sanctions,
        },
        agent_reporters={"talks_interest": "talks_interest", "posture": "posture"},
    )


def run_once(params: SixPartyParams, rng: np.random.Generator,
             schedule: CompiledSchedule | None = None) -> RunRecord:
    """One run of the model from a generator; the ensemble's unit of work."""
    return SixPartyModel(params, rng, schedule).run()
