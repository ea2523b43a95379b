"""Pure figure factories for the play-a-party page: the world, the events, trust, the comparison.

Each takes the frame of quarters played (:meth:`sim.seat_sixparty.SeatGame.frame`) or the
comparison frame (:func:`sim.seat_sixparty.comparison`), the student's party and the
language, and returns a ``go.Figure`` with a title, axis titles with units and a legend.
Parties keep their colours (:func:`~dashboard.figures.style.party_color`); DPRK series are
drawn in the DPRK's colour.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.style import NEUTRAL_COLOR, OKABE_ITO, party_color, styled
from dashboard.i18n import tr

__all__ = ["comparison_figure", "events_figure", "path_label", "trust_figure", "world_figure"]

#: World series of the first chart: (column, colour, dash).
WORLD_LINES = (("tension", OKABE_ITO["black"], "solid"),
               ("capability", party_color("KP"), "solid"),
               ("economy", party_color("KP"), "dot"),
               ("effective_sanctions", OKABE_ITO["grey"], "dash"))


def _x(frame: pd.DataFrame) -> list[str]:
    return [str(q) for q in frame["quarter"]]


def world_figure(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Tension, DPRK capability and economy, and effective sanctions after each quarter."""
    fig = go.Figure()
    for name, color, dash in WORLD_LINES:
        fig.add_trace(go.Scatter(x=_x(frame), y=frame[name], mode="lines+markers",
                                 name=tr(f"play_party.series.{name}", lang),
                                 line={"color": color, "width": 2.5, "dash": dash}))
    fig.update_xaxes(type="category")
    return styled(fig, tr("play_party.fig.world.title", lang), tr("play_party.fig.quarter", lang),
                  tr("play_party.fig.world.y", lang), tr("play_party.fig.world.legend", lang),
                  height=400)


def events_figure(frame: pd.DataFrame, lang: str) -> go.Figure:
    """Per quarter: DPRK tests, sanctions rounds and talks as bars; deals made and broken."""
    x = _x(frame)
    sanctions = frame["unsc_resolutions"] + frame["unilateral_rounds"]
    bars = (("missile_tests", frame["missile_tests"], party_color("KP")),
            ("nuclear_tests", frame["nuclear_tests"], OKABE_ITO["black"]),
            ("sanctions", sanctions, OKABE_ITO["yellow"]),
            ("talks", (frame["talks"] > 0).astype(int), OKABE_ITO["grey"]))
    fig = go.Figure()
    for name, values, color in bars:
        fig.add_trace(go.Bar(x=x, y=values, name=tr(f"play_party.series.{name}", lang),
                             marker_color=color))
    for name, symbol in (("made", "star"), ("broken", "x")):
        rows = frame[frame[f"agreements_{name}"] > 0]
        fig.add_trace(go.Scatter(
            x=[str(q) for q in rows["quarter"]], y=[0.0] * len(rows), mode="markers",
            name=tr(f"play_party.series.{name}", lang),
            marker={"symbol": symbol, "size": 16, "color": OKABE_ITO["bluish_green"]
                    if name == "made" else OKABE_ITO["reddish_purple"],
                    "line": {"width": 1, "color": "black"}}))
    fig.update_layout(barmode="group")
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=x)
    fig.update_yaxes(rangemode="tozero")
    return styled(fig, tr("play_party.fig.events.title", lang), tr("play_party.fig.quarter", lang),
                  tr("play_party.fig.events.y", lang), tr("play_party.fig.events.legend", lang),
                  height=380)


def trust_figure(frame: pd.DataFrame, party: str, lang: str) -> go.Figure:
    """The party's mean trust given and received, and its trust with its counterpart both ways."""
    other = str(frame["counterpart"].iloc[0]) if len(frame) else ("US" if party == "KP" else "KP")
    other_name = tr(f"party.{other}", lang)
    lines = (("trust_given", tr("play_party.fig.trust.given", lang), party_color(party), "solid"),
             ("trust_received", tr("play_party.fig.trust.received", lang), party_color(party),
              "dash"),
             ("trust_in_counterpart", tr("play_party.fig.trust.in", lang, other=other_name),
              party_color(party), "dot"),
             ("trust_from_counterpart", tr("play_party.fig.trust.from", lang, other=other_name),
              party_color(other), "dot"))
    fig = go.Figure()
    for column, name, color, dash in lines:
        fig.add_trace(go.Scatter(x=_x(frame), y=frame[column], mode="lines+markers", name=name,
                                 line={"color": color, "width": 2.5, "dash": dash}))
    fig.update_xaxes(type="category")
    fig.update_yaxes(range=[-0.02, 1.02])
    return styled(fig, tr("play_party.fig.trust.title", lang, party=tr(f"party.{party}", lang)),
                  tr("play_party.fig.quarter", lang), tr("play_party.fig.trust.y", lang),
                  tr("play_party.fig.trust.legend", lang), height=400)


def path_label(path: str, posture: str, lang: str) -> str:
    """A compared path's name: you, the model's own path, or "always <posture>"."""
    if path == "fixed":
        return tr("play_party.path.fixed", lang,
                  posture=tr(f"play_party.posture.{posture}", lang))
    return tr(f"play_party.path.{path}", lang)


def comparison_figure(frame: pd.DataFrame, measure: str, party: str, lang: str) -> go.Figure:
    """``measure`` (``final_tension`` or ``tests``) of every compared path, lowest first.

    The student's bar has the party's colour and a black outline, the model's own path is
    black, the postures held throughout grey; each bar is labelled with its outcome class.
    """
    if measure not in ("final_tension", "tests"):
        raise ValueError(f"unknown measure {measure!r}; allowed: final_tension, tests")
    rows = frame.assign(label=[path_label(p, q, lang) for p, q in
                               zip(frame["path"], frame["posture"], strict=True)])
    rows = rows.sort_values(measure, kind="stable")
    groups = (("you", tr("play_party.path.you", lang), party_color(party), 2),
              ("own", tr("play_party.path.own", lang), OKABE_ITO["black"], 0),
              ("fixed", tr("play_party.fig.compare.fixed", lang), NEUTRAL_COLOR, 0))
    fig = go.Figure()
    for path, name, color, outline in groups:
        chosen = rows[rows["path"] == path]
        values = chosen[measure]
        fig.add_trace(go.Bar(
            x=list(chosen["label"]), y=values, name=name,
            marker={"color": color, "line": {"color": "black", "width": outline}},
            text=[tr(f"sixparty.outcome.{o}", lang) for o in chosen["outcome"]],
            textposition="outside", textangle=0,
            hovertemplate="%{x}: %{y}<extra></extra>"))
    fig.update_xaxes(categoryorder="array", categoryarray=list(rows["label"]))
    top = float(rows[measure].max()) if len(rows) else 0.0
    fig.update_yaxes(range=[0, top * 1.3 if top > 0 else 1.0])  # room for the labels
    if measure == "final_tension":
        title = tr("play_party.fig.compare.tension.title", lang)
        y_title = tr("play_party.fig.compare.tension.y", lang)
    else:
        title = tr("play_party.fig.compare.tests.title", lang)
        y_title = tr("play_party.fig.compare.tests.y", lang)
    return styled(fig, title, tr("play_party.fig.compare.x", lang), y_title,
                  tr("play_party.fig.compare.legend", lang), height=500)
