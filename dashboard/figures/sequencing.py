"""Pure figure factories for staged agreements: trust needed, sequences, maps, outcomes.

Each factory takes plain data (the tidy frames of :mod:`sim.sequencing.frames`, arrays of
:mod:`sim.sequencing.maps`) and the language, and returns a ``plotly.graph_objects.Figure``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from numpy.typing import ArrayLike

from dashboard.figures.style import (
    COOPERATE_COLOR,
    DEFECT_COLOR,
    NEUTRAL_COLOR,
    OKABE_ITO,
    party_color,
    styled,
)
from dashboard.i18n import tr
from sim.sequencing.montecarlo import OUTCOMES

__all__ = [
    "min_trust_figure",
    "order_label",
    "outcomes_figure",
    "sequence_figure",
    "side_label",
    "step_label",
    "trust_phase_figure",
    "verification_patience_figure",
]

WELL_VERIFIED = 0.8
SIDES = ("US", "KP")


def order_label(order: str, lang: str, phases: int = 4) -> str:
    """An order's name in ``lang`` (action for action shows its number of phases)."""
    return tr(f"wmf.order.{order}", lang, **({"k": phases} if order == "action_for_action"
                                              else {}))


def side_label(side: str, lang: str) -> str:
    """A side's name in ``lang``."""
    return tr(f"party.{side}", lang)


def step_label(name: str, lang: str, own: Mapping[str, str] | None = None) -> str:
    """A step's name: its own label if given, the library's translation, else the name."""
    if own and name in own:
        return own[name]
    try:
        return tr(f"wmf.step.{name}", lang)
    except KeyError:
        return name


def min_trust_figure(orders: pd.DataFrame, trust: float, phases: int, lang: str) -> go.Figure:
    """Grouped bars: the trust each order needs overall and for each side; 'never' hatched."""
    labels = [order_label(o, lang, phases) for o in orders["order"]]
    fig = go.Figure()
    for column, name, color in (
        ("min_trust", tr("wmf.fig.min_trust.all", lang), OKABE_ITO["black"]),
        ("min_trust_US", tr("wmf.fig.min_trust.side", lang, side=side_label("US", lang)),
         party_color("US")),
        ("min_trust_KP", tr("wmf.fig.min_trust.side", lang, side=side_label("KP", lang)),
         party_color("KP")),
    ):
        values = orders[column].to_numpy(dtype=float)
        never = np.isnan(values)
        fig.add_trace(go.Bar(
            x=labels, y=np.where(never, 1.0, values), name=name, marker_color=color,
            marker_pattern_shape=["x" if n else "" for n in never],
            text=["" if n else f"{v:.2f}" for n, v in zip(never, values, strict=True)],
            textposition="outside", cliponaxis=False, textfont={"size": 11},
        ))
    fig.add_trace(go.Bar(x=[None], y=[None], name=tr("wmf.fig.min_trust.never", lang),
                         marker={"color": "white", "pattern": {"shape": "x"},
                                 "line": {"color": NEUTRAL_COLOR, "width": 1}}))
    fig.add_hline(y=trust, line_dash="dash", line_color=NEUTRAL_COLOR,
                  annotation_text=tr("wmf.fig.min_trust.now", lang, p=f"{trust:.2f}"),
                  annotation_position="top left")
    fig.update_layout(barmode="group")
    fig.update_yaxes(range=[0, 1.12])
    return styled(fig, tr("wmf.fig.min_trust.title", lang), tr("wmf.fig.min_trust.x", lang),
                  tr("wmf.fig.min_trust.y", lang), tr("wmf.fig.min_trust.legend", lang))


def _blocks(moves: pd.DataFrame, labels: Mapping[str, str] | None, lang: str) -> pd.DataFrame:
    """One row per order, stage and side: what is handed over and how well it is verified."""
    frame = moves.assign(
        part=[step_label(s, lang, labels) + (f" ×{f:.2g}" if f < 1 else "")
              for s, f in zip(moves["step"], moves["share"], strict=True)],
        fails=moves["action"] != "honour",
    )
    return frame.groupby(["order", "stage", "side"], sort=False).agg(
        time=("time_years", "first"), cost=("cost", "sum"),
        verification=("verification", "min"), fails=("fails", "any"),
        steps=("part", "<br>".join),
    ).reset_index()


def sequence_figure(moves: pd.DataFrame, orders: Sequence[str], phases: int, lang: str,
                    labels: Mapping[str, str] | None = None) -> go.Figure:
    """Lanes per order and side: who hands over what, when; open markers are hard to verify.

    Marker area grows with the cost of what is handed over; a red cross marks a stage that
    is not worth performing for its mover at the chosen trust.
    """
    blocks = _blocks(moves, labels, lang)
    names = {o: order_label(o, lang, phases) for o in orders}
    scale = 26.0 / np.sqrt(max(float(blocks["cost"].max()), 1e-9))
    fig = go.Figure()
    for side in SIDES:
        for verified in (True, False):
            rows = blocks[(blocks["side"] == side)
                          & ((blocks["verification"] >= WELL_VERIFIED) == verified)]
            key = "wmf.fig.sequence.verified" if verified else "wmf.fig.sequence.unverified"
            fig.add_trace(go.Scatter(
                x=rows["time"], y=_lanes(rows, names, lang), mode="markers",
                name=tr(key, lang, side=side_label(side, lang)), hoverinfo="text",
                hovertext=[tr("wmf.fig.sequence.hover", lang, stage=st, time=x, steps=d)
                           for st, x, d in zip(rows["stage"], rows["time"], rows["steps"],
                                               strict=True)],
                marker={"size": np.maximum(8, scale * np.sqrt(rows["cost"])),
                        "color": party_color(side), "line": {"width": 3},
                        "symbol": "circle" if verified else "circle-open"},
            ))
    failing = blocks[blocks["fails"]]
    fig.add_trace(go.Scatter(
        x=failing["time"], y=_lanes(failing, names, lang), mode="markers", hoverinfo="skip",
        name=tr("wmf.fig.sequence.fails", lang),
        marker={"symbol": "x-thin-open", "size": 22, "color": DEFECT_COLOR, "line": {"width": 3}},
    ))
    lanes = [[names[o] for o in orders for _ in SIDES],
             [side_label(s, lang) for _ in orders for s in SIDES]]
    fig.update_yaxes(type="multicategory", categoryorder="array", categoryarray=lanes,
                     autorange="reversed")
    return styled(fig, tr("wmf.fig.sequence.title", lang), tr("wmf.fig.sequence.x", lang),
                  tr("wmf.fig.sequence.y", lang), tr("wmf.fig.sequence.legend", lang),
                  height=160 + 70 * len(orders))


def _lanes(rows: pd.DataFrame, names: Mapping[str, str], lang: str) -> list[list[str]]:
    """Two-level lane labels (order, side) for a multicategory axis."""
    return [[names[o] for o in rows["order"]], [side_label(s, lang) for s in rows["side"]]]


def trust_phase_figure(phases: ArrayLike, trust: ArrayLike, holds: ArrayLike,
                       min_trust: ArrayLike, now_trust: float, now_phases: int,
                       lang: str) -> go.Figure:
    """Self-enforcing or not over phases × trust, with the minimum-trust line."""
    k, p = np.asarray(phases), np.asarray(trust)
    z = np.asarray(holds, dtype=float).T
    fail_color, hold_color = "#F3E3D6", COOPERATE_COLOR
    fig = go.Figure(go.Heatmap(
        x=k, y=p, z=z, zmin=0, zmax=1, showscale=False, hoverinfo="skip",
        colorscale=[[0, fail_color], [0.5, fail_color], [0.5, hold_color], [1, hold_color]],
    ))
    for name, color in ((tr("wmf.fig.tp.holds", lang), hold_color),
                        (tr("wmf.fig.tp.fails", lang), fail_color)):
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=name,
                                 marker={"symbol": "square", "size": 14, "color": color}))
    fig.add_trace(go.Scatter(x=k, y=np.asarray(min_trust, dtype=float), mode="lines",
                             name=tr("wmf.fig.tp.line", lang),
                             line={"color": OKABE_ITO["black"], "width": 2.5}))
    fig.add_trace(go.Scatter(x=[now_phases], y=[now_trust], mode="markers",
                             name=tr("wmf.fig.tp.now", lang),
                             marker={"size": 14, "color": OKABE_ITO["orange"],
                                     "line": {"width": 2, "color": "black"}}))
    fig.update_yaxes(range=[0, 1])
    return styled(fig, tr("wmf.fig.tp.title", lang), tr("wmf.fig.tp.x", lang),
                  tr("wmf.fig.tp.y", lang), tr("wmf.fig.tp.legend", lang))


def verification_patience_figure(verification: ArrayLike, discount: ArrayLike,
                                 min_trust: ArrayLike, now_trust: float, order: str,
                                 lang: str, now: tuple[float, float] | None = None,
                                 phases: int = 4) -> go.Figure:
    """Minimum trust over verification × patience, with the contour at today's trust."""
    q, d = np.asarray(verification), np.asarray(discount)
    z = np.asarray(min_trust, dtype=float)
    fig = go.Figure(go.Heatmap(
        x=d, y=q, z=z, zmin=0, zmax=1, colorscale="Cividis",
        colorbar={"title": {"text": tr("wmf.fig.vp.colorbar", lang)}},
        hovertemplate="δ %{x:.2f} · q %{y:.2f}: %{z:.2f}<extra></extra>", showscale=True,
    ))
    if np.nanmin(z, initial=np.inf) <= now_trust <= np.nanmax(z, initial=-np.inf):
        fig.add_trace(go.Contour(
            x=d, y=q, z=z, showscale=False, hoverinfo="skip", showlegend=True,
            name=tr("wmf.fig.vp.contour", lang, p=f"{now_trust:.2f}"),
            contours={"start": now_trust, "end": now_trust, "size": 1, "coloring": "none"},
            line={"color": OKABE_ITO["orange"], "width": 3},
        ))
    if now is not None:
        fig.add_trace(go.Scatter(x=[now[1]], y=[now[0]], mode="markers",
                                 name=tr("wmf.fig.vp.now", lang),
                                 marker={"size": 14, "color": OKABE_ITO["orange"],
                                         "line": {"width": 2, "color": "black"}}))
    title = tr("wmf.fig.vp.title", lang, order=order_label(order, lang, phases))
    fig.update_layout(legend={"orientation": "h", "y": -0.22})
    return styled(fig, title, tr("wmf.fig.vp.x", lang), tr("wmf.fig.vp.y", lang),
                  tr("wmf.fig.vp.legend", lang))


_OUTCOME_STYLE = {
    "completed": (COOPERATE_COLOR, ""), "US_walked": (party_color("US"), ""),
    "US_caught": (party_color("US"), "/"), "KP_walked": (party_color("KP"), ""),
    "KP_caught": (party_color("KP"), "/"), "false_alarm": (NEUTRAL_COLOR, ""),
    "both_broke": (OKABE_ITO["black"], ""),
}


def outcomes_figure(outcomes: pd.DataFrame, phases: int, runs: int, lang: str) -> go.Figure:
    """Stacked horizontal bars: how the simulated implementations of each order end."""
    orders = list(dict.fromkeys(outcomes["order"]))
    labels = [order_label(o, lang, phases) for o in orders]
    fig = go.Figure()
    for outcome in OUTCOMES:
        rows = outcomes[outcomes["outcome"] == outcome].set_index("order").reindex(orders)
        color, pattern = _OUTCOME_STYLE[outcome]
        fig.add_trace(go.Bar(
            y=labels, x=100 * rows["share"].fillna(0.0), orientation="h",
            name=tr(f"wmf.outcome.{outcome}", lang), marker_color=color,
            marker_pattern_shape=pattern,
            hovertemplate="%{y}: %{x:.1f} %<extra>" + tr(f"wmf.outcome.{outcome}", lang)
                          + "</extra>",
        ))
    fig.update_layout(barmode="stack", legend={"traceorder": "normal"})
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(range=[0, 100])
    return styled(fig, tr("wmf.fig.outcomes.title", lang, runs=f"{runs:,}"),
                  tr("wmf.fig.outcomes.x", lang), tr("wmf.fig.outcomes.y", lang),
                  tr("wmf.fig.outcomes.legend", lang), height=160 + 55 * len(orders))
