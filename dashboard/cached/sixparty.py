"""Cached calls into :mod:`sim.sixparty` for the Six parties and History pages.

Each function takes hashable data — parameters as JSON, run count, seed — and returns
small frames and arrays derived from one ensemble, so a widget change that leaves the
parameters as they were is a cache hit.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from sim.data import timeline
from sim.debrief_history import debrief as history_debrief
from sim.debrief_sixparty import debrief as sixparty_debrief
from sim.debrief_sixparty import dominant_outcome
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.frames import bands, mean_counts, outcome_frame, outcome_shares, party_summary
from sim.sixparty.history import fit_report
from sim.sixparty.params import PARTY_CODES, SixPartyParams
from sim.sixparty.recorder import column

#: World series the Six parties page offers, in its order.
WORLD_CHOICES = ("tension", "capability", "economy", "effective_sanctions", "unsc_sanctions",
                 "testing_rate", "trust_us_kp", "trust_kp_us")
#: Party series the page offers.
PARTY_CHOICES = ("trust_given", "trust_received", "talks_interest", "pressure", "enforcement")


@st.cache_data(show_spinner=False, max_entries=32)
def ensemble_view(params_json: str, runs: int, seed: int) -> dict[str, Any]:
    """Outcome shares, counts, bands, mean trust, the talks timeline, every run's outcome and
    the debrief's findings (without the lever probe) of one ensemble."""
    params = SixPartyParams.model_validate_json(params_json)
    ens = run_ensemble(params, runs, seed)
    world_bands = {name: bands(ens, name) for name in WORLD_CHOICES}
    party_bands = {name: {code: bands(ens, name, party=code) for code in PARTY_CODES}
                   for name in PARTY_CHOICES}
    talks = ens.world[:, :, column("talks")]
    agreement = ens.world[:, :, column("agreement")]
    timeline_frame = pd.DataFrame({
        "quarter": ens.labels,
        "six_party": (talks == 2).mean(axis=0),
        "bilateral": (talks == 1).mean(axis=0),
        "freeze": (agreement == 1).mean(axis=0),
        "comprehensive": (agreement == 2).mean(axis=0),
        "made": ens.world[:, :, column("agreements_made")].mean(axis=0),
        "broken": ens.world[:, :, column("agreements_broken")].mean(axis=0),
    })
    return {
        "labels": list(ens.labels),
        "shares": outcome_shares(ens),
        "counts": mean_counts(ens),
        "parties": party_summary(ens),
        "world_bands": world_bands,
        "party_bands": party_bands,
        "trust": ens.trust.mean(axis=0),
        "timeline": timeline_frame,
        "runs": outcome_frame(ens),
        "dominant": dominant_outcome(ens),
        "findings": sixparty_debrief(ens),
    }


@st.cache_data(show_spinner=False, max_entries=16)
def history_view(params_json: str, runs: int, seed: int) -> dict[str, Any]:
    """The fit report of an ensemble against the record, and the debrief's findings."""
    params = SixPartyParams.model_validate_json(params_json)
    report = fit_report(run_ensemble(params, runs, seed))
    return {"rows": report.rows, "yearly": report.yearly, "timing": report.timing,
            "calibration_end": report.calibration_end,
            "findings": history_debrief(report.yearly, report.calibration_end)}


@st.cache_data(show_spinner=False)
def events() -> pd.DataFrame:
    """The bundled timeline of dated events."""
    return timeline()

