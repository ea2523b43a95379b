"""Staged agreements: who moves first, verification, and self-enforcement.

The documents' third claim (DIGEST C3): the US and the DPRK disagree on the *order* of
denuclearisation — dismantlement first, or a security guarantee first — and on what
"phased, synchronised steps" means; agreements were signed and then broke down in
implementation (C6). This package makes the dispute computable.

* :mod:`~sim.sequencing.library` — named steps with documented default magnitudes;
* :mod:`~sim.sequencing.agreement` — agreements as steps (mover, cost, value,
  verification, reversibility);
* :mod:`~sim.sequencing.orders` — denuclearisation first, security first, action for action
  in ``k`` phases, package deal, and the order written into the agreement;
* :mod:`~sim.sequencing.enforcement` — the model: when each step is worth performing, and the
  minimum trust per order (the model and its sources are written out there);
* :mod:`~sim.sequencing.montecarlo` — implementation with uncertain types and noisy
  verification;
* :mod:`~sim.sequencing.maps` — feasibility over trust × phases and verification × patience;
* :mod:`~sim.sequencing.analysis` and :mod:`~sim.sequencing.frames` — one call and its tables.

Example::

    >>> from sim.sequencing import Agreement, Settings, Step, analyse
    >>> deal = Agreement("demo", (Step("freeze", "KP", 6, 8, 1.0, 0.0),
    ...                           Step("relief", "US", 5, 10, 1.0, 0.0)))
    >>> result = analyse(deal, Settings(discount=1.0), montecarlo=False)
    >>> round(result.results["denuclearisation_first"].min_trust, 3)
    0.6
"""

from sim.sequencing.agreement import Agreement, Step, agreement_from_rows, resolve_agreement
from sim.sequencing.analysis import (
    Analysis,
    MonteCarloSummary,
    OrderResult,
    Settings,
    analyse,
    assess_order,
    pick_agreement,
)
from sim.sequencing.library import LIBRARY, StepTemplate
from sim.sequencing.maps import min_trust_at, trust_phase_map, verification_patience_map
from sim.sequencing.orders import ORDERS, Schedule, build_schedule
from sim.sequencing.params import SequencingParams

__all__ = [
    "LIBRARY",
    "ORDERS",
    "Agreement",
    "Analysis",
    "MonteCarloSummary",
    "OrderResult",
    "Schedule",
    "SequencingParams",
    "Settings",
    "Step",
    "StepTemplate",
    "agreement_from_rows",
    "analyse",
    "assess_order",
    "build_schedule",
    "min_trust_at",
    "pick_agreement",
    "resolve_agreement",
    "trust_phase_map",
    "verification_patience_map",
]
