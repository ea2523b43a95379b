"""The six parties on Mesa: agents, model, schedule, outcomes, ensembles, history fit.

The Six-Party Talks (United States, DPRK, South Korea, China, Japan, Russia) as an
agent-based model on Mesa 3 with one agent per party and one step per quarter. Modules:

* :mod:`~sim.sixparty.params`, :mod:`~sim.sixparty.mechanisms`,
  :mod:`~sim.sixparty.postures`, :mod:`~sim.sixparty.quarters`,
  :mod:`~sim.sixparty.overrides` — what a scenario sets;
* :mod:`~sim.sixparty.schedule` — administrations, policies, exercises, elections;
* :mod:`~sim.sixparty.agents`, :mod:`~sim.sixparty.observation` — the parties and what
  they see;
* :mod:`~sim.sixparty.model`, :mod:`~sim.sixparty.dynamics`, :mod:`~sim.sixparty.trust`,
  :mod:`~sim.sixparty.proposals`, :mod:`~sim.sixparty.agreements`,
  :mod:`~sim.sixparty.effects` — the quarter; :mod:`~sim.sixparty.prepared` — what every
  run of a scenario shares, derived once;
* :mod:`~sim.sixparty.recorder`, :mod:`~sim.sixparty.outcomes`,
  :mod:`~sim.sixparty.ensemble`, :mod:`~sim.sixparty.frames` — results;
* :mod:`~sim.sixparty.history`, :mod:`~sim.sixparty.calibrate` — the run set against the
  record of 1993–2024.

Sources are given in each module: the essays' claims C1–C11 (``seeds/DIGEST.md``), the
bundled timeline and yearly counts (:mod:`sim.data`), and the event-data finding that a
recent provocation, not exercises or UN resolutions, predicted the next provocation.

This package imports nothing heavy at import time (Mesa loads with the model), so that
:mod:`sim.scenario` can use :mod:`sim.sixparty.params` cheaply.
"""
