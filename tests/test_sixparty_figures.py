"""Figure factories of the six-party pages: titles, axes, legends, both languages."""

from __future__ import annotations

import numpy as np
import pytest

from dashboard.cached.sixparty import PARTY_CHOICES, WORLD_CHOICES
from dashboard.figures.sixparty import (
    band_figure,
    events_figure,
    outcome_figure,
    record_figure,
    talks_timeline_figure,
    trust_network_figure,
)
from dashboard.i18n import CATALOG
from sim.data import EVENT_TYPES, timeline
from sim.io import SCENARIO_DIR, load_scenario
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.frames import bands, outcome_shares
from sim.sixparty.history import SERIES, fit_report
from sim.sixparty.outcomes import COUNTS, OUTCOMES

PARAMS = load_scenario(SCENARIO_DIR / "history_1993_2024.yaml").parameters


@pytest.fixture(scope="module")
def ens():
    return run_ensemble(PARAMS, 6, 0)


def check(fig, axes: bool = True) -> None:
    layout = fig.layout
    assert layout.title.text and layout.legend.title.text
    if axes:
        assert layout.xaxis.title.text and layout.yaxis.title.text


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_figure_is_labelled(ens, lang):
    check(outcome_figure(outcome_shares(ens), lang))
    check(trust_network_figure(ens.trust.mean(axis=0)[-1], "2024Q4", lang), axes=False)
    for name in PARTY_CHOICES:
        check(band_figure({c: bands(ens, name, party=c) for c in ("US", "KP")}, name, lang))
    for name in WORLD_CHOICES:
        check(band_figure({name: bands(ens, name)}, name, lang, by_party=False))
    frame = {"quarter": list(ens.labels), **{k: np.zeros(len(ens.labels)) for k in
             ("six_party", "bilateral", "freeze", "comprehensive")}}
    import pandas as pd

    check(talks_timeline_figure(pd.DataFrame(frame), lang))
    check(events_figure(timeline(), EVENT_TYPES, lang))
    report = fit_report(ens)
    for series in SERIES:
        check(record_figure(report.yearly, series, 2019, lang))


def test_every_generated_key_exists():
    keys = ([f"sixparty.outcome.{o}" for o in OUTCOMES]
            + [f"sixparty.countname.{c}" for c in COUNTS]
            + [f"history.event.{e}" for e in EVENT_TYPES]
            + [f"history.{p}.{s}" for s in SERIES for p in ("series", "unit")]
            + [f"sixparty.{p}.{s}" for s in (*PARTY_CHOICES, *WORLD_CHOICES)
               for p in ("series", "unit")])
    assert [k for k in keys if k not in CATALOG] == []


def test_network_edges_follow_the_trust_bands():
    trust = np.full((6, 6), 0.9)
    np.fill_diagonal(trust, 0)
    trust[0, 1] = trust[1, 0] = 0.1
    fig = trust_network_figure(trust, "2000Q1", "en")
    low, medium, high = fig.data[:3]
    assert len([x for x in low.x if x is not None]) == 2  # one US–DPRK edge
    assert len(medium.x) == 0
    assert len([x for x in high.x if x is not None]) == 2 * 14


def test_outcome_bars_carry_their_intervals(ens):
    shares = outcome_shares(ens)
    bar = outcome_figure(shares, "en").data[0]
    assert list(bar.y) == list(shares["share"])
    assert np.allclose(np.array(bar.error_y.array) + bar.y, shares["high"])


def test_record_figure_shades_out_of_sample(ens):
    fig = record_figure(fit_report(ens).yearly, "nuclear_tests", 2019, "en")
    assert fig.layout.shapes and fig.layout.shapes[0].x0 == 2019.5
    assert list(fig.data[0].y)[13] == 1  # 2006: the first nuclear test
