"""Figures of the six-party model and of the run set against the record.

Pure factories: frames and arrays in, ``plotly.graph_objects.Figure`` out, the language
passed explicitly and every string through :func:`dashboard.i18n.tr`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.style import NEUTRAL_COLOR, OKABE_ITO, party_color, rgba, styled
from dashboard.i18n import tr

PARTIES = ("US", "KP", "KR", "CN", "JP", "RU")
TRUST_BANDS = ((0.0, 0.33, OKABE_ITO["vermillion"], "low"),
               (0.33, 0.66, OKABE_ITO["orange"], "medium"),
               (0.66, 1.01, OKABE_ITO["bluish_green"], "high"))
EVENT_COLORS = {
    "agreement": OKABE_ITO["bluish_green"], "talks": OKABE_ITO["sky_blue"],
    "summit": OKABE_ITO["blue"], "nuclear_test": OKABE_ITO["black"],
    "missile_test": OKABE_ITO["vermillion"], "sanction_unsc": OKABE_ITO["orange"],
    "sanction_unilateral": OKABE_ITO["yellow"], "withdrawal": OKABE_ITO["reddish_purple"],
}


def party_name(code: str, lang: str) -> str:
    """The party's name in ``lang``."""
    return tr(f"party.{code}", lang)


def trust_network_figure(trust: np.ndarray, quarter: str, lang: str) -> go.Figure:
    """The six parties on a circle; each pair's edge shows their mutual trust at ``quarter``."""
    angle = [math.pi / 2 - 2 * math.pi * k / 6 for k in range(6)]
    xy = [(math.cos(a), math.sin(a)) for a in angle]
    fig = go.Figure()
    for low, high, color, band in TRUST_BANDS:
        xs: list[float | None] = []
        ys: list[float | None] = []
        for i in range(6):
            for j in range(i + 1, 6):
                mutual = (trust[i, j] + trust[j, i]) / 2
                if low <= mutual < high:
                    xs += [xy[i][0], xy[j][0], None]
                    ys += [xy[i][1], xy[j][1], None]
        fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines", line={"color": color, "width": 4},
                                 name=tr(f"sixparty.trust_band.{band}", lang), hoverinfo="skip"))
    hover = [
        "<br>".join(f"{party_name(PARTIES[i], lang)} → {party_name(PARTIES[j], lang)}: "
                    f"{trust[i, j]:.2f}" for j in range(6) if j != i)
        for i in range(6)
    ]
    fig.add_trace(go.Scatter(
        x=[p[0] for p in xy], y=[p[1] for p in xy], mode="markers+text",
        marker={"size": 42, "color": [party_color(c) for c in PARTIES]},
        text=[party_name(c, lang) for c in PARTIES], textposition="top center",
        hovertext=hover, hoverinfo="text", name=tr("sixparty.fig.parties", lang)))
    fig.update_xaxes(visible=False, range=[-1.5, 1.5])
    fig.update_yaxes(visible=False, range=[-1.4, 1.5], scaleanchor="x")
    return styled(fig, tr("sixparty.fig.network", lang, quarter=quarter),
                  legend_title=tr("sixparty.fig.mutual_trust", lang), height=480)


def band_figure(bands: Mapping[str, pd.DataFrame], series: str, lang: str,
                by_party: bool = True) -> go.Figure:
    """Mean (line) and 10–90 % band (shaded) over runs of one series, per party or alone."""
    fig = go.Figure()
    for key, frame in bands.items():
        color = party_color(key) if by_party else OKABE_ITO["blue"]
        name = party_name(key, lang) if by_party else tr(f"sixparty.series.{series}", lang)
        x = list(frame["quarter"])
        fig.add_trace(go.Scatter(x=x + x[::-1], y=list(frame["high"]) + list(frame["low"])[::-1],
                                 fill="toself", fillcolor=rgba(color, 0.15), line={"width": 0},
                                 hoverinfo="skip", showlegend=False, legendgroup=key))
        fig.add_trace(go.Scatter(x=x, y=frame["mean"], mode="lines", name=name,
                                 line={"color": color, "width": 2.5}, legendgroup=key))
    title = tr("sixparty.fig.series", lang, series=tr(f"sixparty.series.{series}", lang))
    legend = tr("sixparty.fig.party" if by_party else "sixparty.fig.mean_band", lang)
    return styled(fig, title, tr("sixparty.fig.quarter", lang),
                  tr(f"sixparty.unit.{series}", lang), legend)


def outcome_figure(shares: pd.DataFrame, lang: str) -> go.Figure:
    """Share of runs ending in each outcome class, with 95 % Wilson intervals."""
    names = [tr(f"sixparty.outcome.{o}", lang) for o in shares["outcome"]]
    fig = go.Figure(go.Bar(
        x=names, y=shares["share"], marker_color=OKABE_ITO["blue"],
        name=tr("sixparty.fig.share", lang),
        error_y={"type": "data", "symmetric": False,
                 "array": shares["high"] - shares["share"],
                 "arrayminus": shares["share"] - shares["low"]}))
    fig.update_yaxes(range=[0, 1])
    return styled(fig, tr("sixparty.fig.outcomes", lang), tr("sixparty.fig.outcome", lang),
                  tr("sixparty.fig.share_of_runs", lang), tr("sixparty.fig.interval", lang))


def talks_timeline_figure(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Per quarter: share of runs holding talks (by format) and with a deal in force."""
    fig = go.Figure()
    for column, color in (("six_party", OKABE_ITO["orange"]), ("bilateral", OKABE_ITO["sky_blue"])):
        fig.add_trace(go.Bar(x=frame["quarter"], y=frame[column], marker_color=color,
                             name=tr(f"sixparty.talks.{column}", lang)))
    for column, color in (("freeze", OKABE_ITO["bluish_green"]),
                          ("comprehensive", OKABE_ITO["reddish_purple"])):
        fig.add_trace(go.Scatter(x=frame["quarter"], y=frame[column], mode="lines",
                                 line={"color": color, "width": 2.5},
                                 name=tr(f"sixparty.deal.{column}", lang)))
    fig.update_layout(barmode="stack")
    fig.update_yaxes(range=[0, 1])
    return styled(fig, tr("sixparty.fig.talks", lang), tr("sixparty.fig.quarter", lang),
                  tr("sixparty.fig.share_of_runs", lang), tr("sixparty.fig.legend_talks", lang))


def events_figure(events: pd.DataFrame, types: Sequence[str], lang: str) -> go.Figure:
    """The record's dated events on the time axis, one row per event type."""
    fig = go.Figure()
    for kind in types:
        rows = events[events["event_type"] == kind]
        if rows.empty:
            continue
        label = tr(f"history.event.{kind}", lang)
        fig.add_trace(go.Scatter(
            x=rows["date"], y=[label] * len(rows), mode="markers", name=label,
            marker={"size": 11, "color": EVENT_COLORS.get(kind, NEUTRAL_COLOR),
                    "line": {"width": 1, "color": "white"}},
            hovertext=[f"{d:%Y-%m-%d}: {t}" for d, t in zip(rows["date"], rows["title"],
                                                             strict=True)],
            hoverinfo="text"))
    return styled(fig, tr("history.fig.events", lang), tr("history.fig.date", lang),
                  tr("history.fig.event_type", lang), tr("history.fig.event_type", lang),
                  height=420)


def record_figure(yearly: pd.DataFrame, series: str, calibration_end: int,
                  lang: str) -> go.Figure:
    """The record's yearly counts (bars) with the ensemble mean and its 5–95 % band."""
    years = list(yearly.index)
    low, high = yearly[f"model_{series}_low"], yearly[f"model_{series}_high"]
    fig = go.Figure()
    fig.add_trace(go.Bar(x=years, y=yearly[series], name=tr("history.fig.record", lang),
                         marker_color=NEUTRAL_COLOR))
    fig.add_trace(go.Scatter(x=years + years[::-1], y=list(high) + list(low)[::-1],
                             fill="toself", fillcolor=rgba(OKABE_ITO["blue"], 0.18),
                             line={"width": 0}, name=tr("history.fig.band", lang),
                             hoverinfo="skip"))
    fig.add_trace(go.Scatter(x=years, y=yearly[f"model_{series}"], mode="lines+markers",
                             name=tr("history.fig.model", lang),
                             line={"color": OKABE_ITO["blue"], "width": 2.5}))
    if years and years[-1] > calibration_end:
        fig.add_vrect(x0=calibration_end + 0.5, x1=years[-1] + 0.5, line_width=0,
                      fillcolor=rgba(OKABE_ITO["orange"], 0.12),
                      annotation_text=tr("history.fig.out_of_sample", lang),
                      annotation_position="top left")
    title = tr("history.fig.counts", lang, series=tr(f"history.series.{series}", lang))
    return styled(fig, title, tr("history.fig.year", lang),
                  tr(f"history.unit.{series}", lang), tr("history.fig.legend", lang))
