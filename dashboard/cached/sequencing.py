"""Cached calls into :mod:`sim.sequencing` for the "Who moves first" page.

Every call takes the validated agreement and settings (frozen dataclasses, hashed by value)
and returns small frames, arrays or debrief findings; the analysis behind the frames and the
debrief is computed once (:func:`analysis_result`). The maps do not depend on the chosen
trust or the number of runs, so those are normalised away and moving the trust slider
reuses the cached maps.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import streamlit as st

from sim.debrief import Finding
from sim.debrief_sequencing import debrief
from sim.sequencing import Agreement, Analysis, Settings, analyse
from sim.sequencing.frames import moves_frame, orders_frame, outcomes_frame, stages_frame
from sim.sequencing.maps import trust_phase_map, verification_patience_map


@st.cache_data(show_spinner=False, max_entries=16)
def analysis_result(agreement: Agreement, settings: Settings, seed: int) -> Analysis:
    """Every order's verdict and Monte Carlo (the one call both views below read)."""
    return analyse(agreement, settings, seed=seed)


@st.cache_data(show_spinner=False, max_entries=64)
def analysis_view(agreement: Agreement, settings: Settings, seed: int) -> dict[str, Any]:
    """Every order's verdict and Monte Carlo, as the tidy frames the figures read."""
    result = analysis_result(agreement, settings, seed)
    return {"orders": orders_frame(result), "moves": moves_frame(result),
            "stages": stages_frame(result), "outcomes": outcomes_frame(result)}


@st.cache_data(show_spinner=False, max_entries=64)
def sequencing_debrief(agreement: Agreement, settings: Settings, seed: int,
                       order: str) -> list[Finding]:
    """The debrief of the analysis with ``order`` in focus (:mod:`sim.debrief_sequencing`)."""
    return debrief(analysis_result(agreement, settings, seed), order)


def maps_view(agreement: Agreement, settings: Settings, order: str) -> dict[str, Any]:
    """The two feasibility maps (trust and runs do not change them)."""
    return _maps(agreement, replace(settings, trust=0.5, runs=1), order)


@st.cache_data(show_spinner=False, max_entries=32)
def _maps(agreement: Agreement, settings: Settings, order: str) -> dict[str, Any]:
    tp = trust_phase_map(agreement, settings)
    vp = verification_patience_map(agreement, order, settings)
    return {"phases": tp.phases, "trust": tp.trust, "holds": tp.self_enforcing,
            "phase_min_trust": tp.min_trust, "verification": vp.verification,
            "discount": vp.discount, "min_trust": vp.min_trust}
