"""Pure figure factories for repeated play: moves, cooperation, trust, cycles, tournaments.

Each factory takes plain data (tidy frames from :mod:`sim.repeated`, arrays, names) and the
language, and returns a ``plotly.graph_objects.Figure``; nothing touches Streamlit.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from numpy.typing import ArrayLike
from plotly.subplots import make_subplots

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
    fig = go.Figure()
    names = {p: party_label(p, lang) for p in players}
    for letter, key, color in (("C", "trust_cycle.fig.cooperate", COOPERATE_COLOR),
                               ("D", "trust_cycle.fig.defect", DEFECT_COLOR)):
        rows = frame[frame["actual"] == letter]
        fig.add_trace(go.Scatter(
            x=rows["round"], y=rows["player"].map(names), mode="markers", name=tr(key, lang),
            marker={"symbol": "square", "size": 13, "color": color},
        ))
    fig.add_trace(go.Scatter(**_misread(frame, players, names), mode="markers",
                             name=tr("trust_cycle.fig.misread", lang),
                             marker={"symbol": "x-thin-open", "size": 12, "color": "black",
                                     "line": {"width": 2}}))
    fig.update_yaxes(categoryorder="array", categoryarray=[names[p] for p in reversed(players)],
                     range=[-0.6, 1.6])
    return styled(fig, tr("trust_cycle.fig.moves.title", lang, replicate=replicate),
                  tr("trust_cycle.fig.moves.x", lang), tr("trust_cycle.fig.moves.y", lang),
                  tr("trust_cycle.fig.moves.legend", lang), height=260)


def _misread(frame: pd.DataFrame, players: Sequence[str],
             names: dict[str, str]) -> dict[str, list[object]]:
    """Rounds where one side's observation differs from the other's actual move."""
    wide = frame.pivot(index="round", columns="player", values=["actual", "observed"])
    x: list[object] = []
    y: list[object] = []
    for mover, watcher in ((players[0], players[1]), (players[1], players[0])):
        wrong = wide[("observed", watcher)].astype(str) != wide[("actual", mover)].astype(str)
        rounds = wide.index[wrong.to_numpy()]
        x += list(rounds)
        y += [names[mover]] * len(rounds)
    return {"x": x, "y": y}


def cooperation_trust_figure(by_round: pd.DataFrame, lang: str) -> go.Figure:
    """Cooperation (top) and trust (bottom) round by round, per side, with 95 % bands.

    One figure with a shared round axis: the two curves are read together (trust falls,
    then cooperation follows), and a slider step redraws one chart instead of two.
    """
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, vertical_spacing=0.1,
                        subplot_titles=(tr("trust_cycle.fig.coop.title", lang),
                                        tr("trust_cycle.fig.trust.title", lang)))
    for party, rows in by_round.groupby("player", sort=False):
        label = party_label(str(party), lang)
        _band(fig, rows, "cooperation", party_color(str(party)), label, lang, row=1)
    first = by_round[by_round["player"] == by_round["player"].iloc[0]]
    fig.add_trace(go.Scatter(x=first["round"], y=first["mutual_cooperation"], mode="lines",
                             name=tr("trust_cycle.fig.mutual", lang),
                             line={"color": NEUTRAL_COLOR, "dash": "dash"}), row=1, col=1)
    for party, rows in by_round.groupby("player", sort=False):
        name = tr("trust_cycle.fig.trust_of", lang, party=party_label(str(party), lang))
        _band(fig, rows, "trust", party_color(str(party)), name, lang, row=2, dash="dot")
    fig.update_yaxes(range=[-0.02, 1.02])
    # Each y title gets one subplot's height (about 230 px): long titles wrap.
    for row, key in ((1, "trust_cycle.fig.coop.y"), (2, "trust_cycle.fig.trust.y")):
        fig.update_yaxes(title_text=wrap_text(tr(key, lang), BASE_FONT_SIZE, 210), row=row, col=1)
    fig.update_xaxes(title_text=tr("trust_cycle.fig.moves.x", lang), row=2, col=1)
    return styled(fig, tr("trust_cycle.fig.coop_trust.title", lang),
                  legend_title=tr("trust_cycle.fig.legend.side", lang), height=640)


def _band(fig: go.Figure, rows: pd.DataFrame, column: str, color: str, name: str,
          lang: str, row: int, dash: str = "solid") -> None:
    """A mean line with its confidence band drawn as a filled polygon, in subplot ``row``."""
    low = rows[f"{column}_low"].fillna(rows[column]).clip(0, 1)
    high = rows[f"{column}_high"].fillna(rows[column]).clip(0, 1)
    rounds = rows["round"].to_numpy()
    fig.add_trace(go.Scatter(
        x=np.concatenate([rounds, rounds[::-1]]), y=np.concatenate([high, low[::-1]]),
        fill="toself", fillcolor=rgba(color, 0.2), line={"width": 0}, hoverinfo="skip",
        name=f"{name} · {tr('trust_cycle.fig.band', lang)}", legendgroup=name,
        showlegend=False,
    ), row=row, col=1)
    fig.add_trace(go.Scatter(x=rounds, y=rows[column], mode="lines", name=name,
                             legendgroup=name, line={"color": color, "width": 2.5, "dash": dash}),
                  row=row, col=1)


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
