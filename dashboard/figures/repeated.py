"""Pure figure factories for repeated play: moves, cooperation, trust, cycles, tournaments.

Each factory takes plain data (tidy frames from :mod:`sim.repeated`, arrays, names) and the
language, and returns a ``plotly.graph_objects.Figure``; nothing touches Streamlit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from numpy.typing import ArrayLike

from dashboard.figures.margins import wrap_text
from dashboard.figures.style import (
    BASE_FONT_SIZE,
    COOPERATE_COLOR,
    DEFECT_COLOR,
    NEUTRAL_COLOR,
    OKABE_ITO,
    party_color,
    rgba,
    styled,
)
from dashboard.i18n import tr

__all__ = [
    "cooperation_trust_figure",
    "cycles_figure",
    "moves_figure",
    "party_label",
    "payoff_heatmap",
    "ranking_figure",
    "shares_figure",
    "strategy_label",
]

STRATEGY_PALETTE = [OKABE_ITO[k] for k in ("blue", "vermillion", "bluish_green", "orange",
                                            "reddish_purple", "sky_blue", "yellow", "black",
                                            "grey")]


def party_label(code: str, lang: str) -> str:
    """A party's name in ``lang`` (the code itself for anything that is not a party)."""
    try:
        return tr(f"party.{code}", lang)
    except KeyError:
        return code


def strategy_label(name: str, lang: str) -> str:
    """A strategy's friendly name in ``lang``; entrants with parameters keep them."""
    base, _, rest = name.partition("(")
    try:
        label = tr(f"trust_cycle.strategy.{base}", lang)
    except KeyError:
        return name
    return f"{label} ({rest}" if rest else label


def moves_figure(frame: pd.DataFrame, players: Sequence[str], replicate: int,
                 lang: str) -> go.Figure:
    """One replicate's actual moves round by round, one row per side.

    ``frame`` is the tidy frame of :meth:`sim.repeated.MatchResult.to_frame` for one
    replicate; rounds in which the other side misread a move are marked with a cross.
    """
    names = {p: party_label(p, lang) for p in players}
    side = frame["player"].map(names).to_numpy()
    actual = frame["actual"].to_numpy()
    rounds = frame["round"].to_numpy()
    traces: list[dict[str, Any]] = [  # plain dicts: the figure validates them once
        {"type": "scatter", "x": rounds[actual == letter], "y": side[actual == letter],
         "mode": "markers", "name": tr(key, lang),
         "marker": {"symbol": "square", "size": 13, "color": color}}
        for letter, key, color in (("C", "trust_cycle.fig.cooperate", COOPERATE_COLOR),
                                   ("D", "trust_cycle.fig.defect", DEFECT_COLOR))]
    traces.append({"type": "scatter", **_misread(frame, players, names), "mode": "markers",
                   "name": tr("trust_cycle.fig.misread", lang),
                   "marker": {"symbol": "x-thin-open", "size": 12, "color": "black",
                              "line": {"width": 2}}})
    fig = go.Figure(data=traces, layout={"yaxis": {
        "categoryorder": "array", "categoryarray": [names[p] for p in reversed(players)],
        "range": [-0.6, 1.6]}})
    return styled(fig, tr("trust_cycle.fig.moves.title", lang, replicate=replicate),
                  tr("trust_cycle.fig.moves.x", lang), tr("trust_cycle.fig.moves.y", lang),
                  tr("trust_cycle.fig.moves.legend", lang), height=260)


def _misread(frame: pd.DataFrame, players: Sequence[str],
             names: dict[str, str]) -> dict[str, list[object]]:
    """Rounds where one side's observation differs from the other's actual move."""
    by_player = {p: rows.sort_values("round") for p, rows in frame.groupby("player", sort=False)}
    x: list[object] = []
    y: list[object] = []
    for mover, watcher in ((players[0], players[1]), (players[1], players[0])):
        moved, seen = by_player[mover], by_player[watcher]
        wrong = seen["observed"].astype(str).to_numpy() != moved["actual"].astype(str).to_numpy()
        rounds = moved["round"].to_numpy()[wrong].tolist()
        x += rounds
        y += [names[mover]] * len(rounds)
    return {"x": x, "y": y}


def cooperation_trust_figure(by_round: pd.DataFrame, lang: str) -> go.Figure:
    """Cooperation (top) and trust (bottom) round by round, per side, with 95 % bands.

    One figure with a shared round axis: the two curves are read together (trust falls,
    then cooperation follows), and a slider step redraws one chart instead of two. The two
    panels are laid out directly (what ``make_subplots`` would produce, titles included):
    the figure is rebuilt on every slider step, and this is several times faster.
    """
    sides = list(dict.fromkeys(by_round["player"]))
    traces: list[dict[str, Any]] = []  # plain dicts: the figure validates them once
    for party in sides:
        rows = by_round[by_round["player"] == party]
        traces += _band(rows, "cooperation", party_color(str(party)),
                        party_label(str(party), lang), lang, axes=("x", "y"))
    first = by_round[by_round["player"] == sides[0]]
    traces.append({"type": "scatter", "x": first["round"].to_numpy(),
                   "y": first["mutual_cooperation"].to_numpy(), "mode": "lines",
                   "name": tr("trust_cycle.fig.mutual", lang),
                   "line": {"color": NEUTRAL_COLOR, "dash": "dash"}, "xaxis": "x", "yaxis": "y"})
    for party in sides:
        rows = by_round[by_round["player"] == party]
        name = tr("trust_cycle.fig.trust_of", lang, party=party_label(str(party), lang))
        traces += _band(rows, "trust", party_color(str(party)), name, lang, axes=("x2", "y2"),
                        dash="dot")
    # Each y title gets one panel's height (about 230 px): long titles wrap.
    y_titles = [wrap_text(tr(key, lang), BASE_FONT_SIZE, 210)
                for key in ("trust_cycle.fig.coop.y", "trust_cycle.fig.trust.y")]
    panel_titles = [{"text": tr(key, lang), "font": {"size": 16}, "showarrow": False,
                     "x": 0.5, "xanchor": "center", "xref": "paper", "y": top,
                     "yanchor": "bottom", "yref": "paper"}
                    for key, top in (("trust_cycle.fig.coop.title", 1.0),
                                     ("trust_cycle.fig.trust.title", 0.45))]
    fig = go.Figure(data=traces, layout={
        "xaxis": {"anchor": "y", "domain": [0.0, 1.0], "matches": "x2", "showticklabels": False},
        "yaxis": {"anchor": "x", "domain": [0.55, 1.0], "range": [-0.02, 1.02],
                  "title": {"text": y_titles[0]}},
        "xaxis2": {"anchor": "y2", "domain": [0.0, 1.0],
                   "title": {"text": tr("trust_cycle.fig.moves.x", lang)}},
        "yaxis2": {"anchor": "x2", "domain": [0.0, 0.45], "range": [-0.02, 1.02],
                   "title": {"text": y_titles[1]}},
        "annotations": panel_titles,
    })
    return styled(fig, tr("trust_cycle.fig.coop_trust.title", lang),
                  legend_title=tr("trust_cycle.fig.legend.side", lang), height=640)


def _band(rows: pd.DataFrame, column: str, color: str, name: str, lang: str,
          axes: tuple[str, str], dash: str = "solid") -> list[dict[str, Any]]:
    """A mean line and its confidence band (a filled polygon) on the given axes."""
    mean = rows[column].to_numpy(dtype=float)
    low = np.clip(np.where(np.isnan(low := rows[f"{column}_low"].to_numpy(dtype=float)),
                           mean, low), 0, 1)
    high = np.clip(np.where(np.isnan(high := rows[f"{column}_high"].to_numpy(dtype=float)),
                            mean, high), 0, 1)
    rounds = rows["round"].to_numpy()
    x_axis, y_axis = axes
    return [
        {"type": "scatter", "x": np.concatenate([rounds, rounds[::-1]]),
         "y": np.concatenate([high, low[::-1]]), "fill": "toself", "fillcolor": rgba(color, 0.2),
         "line": {"width": 0}, "hoverinfo": "skip",
         "name": f"{name} · {tr('trust_cycle.fig.band', lang)}", "legendgroup": name,
         "showlegend": False, "xaxis": x_axis, "yaxis": y_axis},
        {"type": "scatter", "x": rounds, "y": mean, "mode": "lines", "name": name,
         "legendgroup": name, "line": {"color": color, "width": 2.5, "dash": dash},
         "xaxis": x_axis, "yaxis": y_axis},
    ]


def cycles_figure(episodes: ArrayLike, lang: str) -> go.Figure:
    """Histogram of sanction–test cycle episodes per replicate."""
    values = np.asarray(episodes, dtype=int)
    counts = np.bincount(values, minlength=1)
    fig = go.Figure(go.Bar(x=np.arange(len(counts)), y=counts, marker_color=DEFECT_COLOR,
                           name=tr("trust_cycle.fig.cycles.trace", lang), showlegend=True))
    fig.update_xaxes(dtick=1)
    return styled(fig, tr("trust_cycle.fig.cycles.title", lang),
                  tr("trust_cycle.fig.cycles.x", lang), tr("trust_cycle.fig.cycles.y", lang),
                  tr("trust_cycle.fig.cycles.legend", lang), height=360)


def ranking_figure(ranking: pd.DataFrame, lang: str) -> go.Figure:
    """Horizontal bars of tournament scores (best on top) with 95 % intervals."""
    rows = ranking.iloc[::-1]
    labels = [strategy_label(s, lang) for s in rows["strategy"]]
    error = {"type": "data", "symmetric": False,
             "array": (rows["ci_high"] - rows["score"]).fillna(0),
             "arrayminus": (rows["score"] - rows["ci_low"]).fillna(0)}
    fig = go.Figure(go.Bar(x=rows["score"], y=labels, orientation="h", error_x=error,
                           marker_color=OKABE_ITO["blue"], showlegend=True,
                           name=tr("trust_cycle.fig.ranking.trace", lang)))
    return styled(fig, tr("trust_cycle.fig.ranking.title", lang),
                  tr("trust_cycle.fig.ranking.x", lang), tr("trust_cycle.fig.ranking.y", lang),
                  tr("trust_cycle.fig.ranking.legend", lang),
                  height=max(320, 60 + 38 * len(labels)))


def payoff_heatmap(matrix: ArrayLike, names: Sequence[str], lang: str) -> go.Figure:
    """The tournament's mean payoff matrix, each cell labelled with its value."""
    values = np.asarray(matrix, dtype=float)
    labels = [strategy_label(n, lang) for n in names]
    fig = go.Figure(go.Heatmap(
        z=values, x=labels, y=labels, text=np.round(values, 2), texttemplate="%{text}",
        colorscale="Cividis", colorbar={"title": {"text": tr("trust_cycle.fig.heatmap.legend",
                                                               lang)}},
        hovertemplate="%{y} · %{x}: %{z:.3f}<extra></extra>",
    ))
    fig.update_yaxes(autorange="reversed")
    return styled(fig, tr("trust_cycle.fig.heatmap.title", lang),
                  tr("trust_cycle.fig.heatmap.x", lang), tr("trust_cycle.fig.heatmap.y", lang),
                  tr("trust_cycle.fig.heatmap.legend", lang),
                  height=max(420, 120 + 45 * len(labels)))


def shares_figure(times: ArrayLike, shares: ArrayLike, names: Sequence[str], title: str,
                  x_title: str, lang: str) -> go.Figure:
    """Population shares over time as stacked areas, one per strategy."""
    values = np.asarray(shares, dtype=float)
    fig = go.Figure()
    for index, name in enumerate(names):
        fig.add_trace(go.Scatter(
            x=np.asarray(times), y=values[:, index], mode="lines", stackgroup="shares",
            name=strategy_label(name, lang),
            line={"color": STRATEGY_PALETTE[index % len(STRATEGY_PALETTE)], "width": 0.5},
        ))
    fig.update_yaxes(range=[0, 1])
    return styled(fig, title, x_title, tr("trust_cycle.fig.shares.y", lang),
                  tr("trust_cycle.fig.shares.legend", lang))
