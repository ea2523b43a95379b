"""Pure figure factories for the play-a-seat page: the comparison, the moves, the trust.

Each takes plain data (the tidy frame of :meth:`sim.repeated.MatchResult.to_frame` for the
rounds played, totals by strategy) and the language, and returns a ``go.Figure``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.repeated import party_label, strategy_label
from dashboard.figures.style import (
    COOPERATE_COLOR,
    DEFECT_COLOR,
    NEUTRAL_COLOR,
    party_color,
    styled,
)
from dashboard.i18n import tr

__all__ = ["comparison_figure", "seat_moves_figure", "seat_trust_figure"]


def comparison_figure(totals: Mapping[str, float], student: float, seat: str,
                      lang: str) -> go.Figure:
    """The student's total beside each classic strategy's, best first; the student highlighted."""
    you = tr("play_seat.fig.compare.you", lang)
    rows = sorted([(you, student), *((strategy_label(n, lang), v) for n, v in totals.items())],
                  key=lambda row: -row[1])
    fig = go.Figure()
    for name, color, keep in ((you, party_color(seat), True),
                              (tr("play_seat.fig.compare.classic", lang), NEUTRAL_COLOR, False)):
        chosen = [(label, value) for label, value in rows if (label == you) == keep]
        fig.add_trace(go.Bar(
            x=[label for label, _ in chosen], y=[value for _, value in chosen], name=name,
            marker={"color": color, "line": {"color": "black", "width": 2 if keep else 0}},
            text=[f"{value:g}" for _, value in chosen], textposition="outside",
        ))
    fig.update_xaxes(categoryorder="array", categoryarray=[label for label, _ in rows])
    return styled(fig, tr("play_seat.fig.compare.title", lang),
                  tr("play_seat.fig.compare.x", lang), tr("play_seat.fig.compare.y", lang),
                  tr("play_seat.fig.compare.legend", lang), height=460)


def seat_moves_figure(frame: pd.DataFrame, players: Sequence[str], lang: str) -> go.Figure:
    """What each side actually played, round by round, with noise flips and misreadings marked."""
    names = {p: party_label(p, lang) for p in players}
    fig = go.Figure()
    for letter, key, color in (("C", "play_seat.fig.cooperate", COOPERATE_COLOR),
                               ("D", "play_seat.fig.defect", DEFECT_COLOR)):
        rows = frame[frame["actual"].astype(str) == letter]
        fig.add_trace(go.Scatter(x=rows["round"], y=rows["player"].map(names), mode="markers",
                                 name=tr(key, lang),
                                 marker={"symbol": "square", "size": 16, "color": color}))
    flips = frame[frame["intended"].astype(str) != frame["actual"].astype(str)]
    fig.add_trace(go.Scatter(x=flips["round"], y=flips["player"].map(names), mode="markers",
                             name=tr("play_seat.fig.noise", lang),
                             marker={"symbol": "circle-open", "size": 24, "color": "black",
                                     "line": {"width": 2}}))
    misread = _misread(frame, players)
    fig.add_trace(go.Scatter(x=misread["round"], y=misread["player"].map(names), mode="markers",
                             name=tr("play_seat.fig.misread", lang),
                             marker={"symbol": "x-thin-open", "size": 14, "color": "black",
                                     "line": {"width": 2}}))
    fig.update_yaxes(categoryorder="array", categoryarray=[names[p] for p in reversed(players)],
                     range=[-0.6, 1.6])
    fig.update_xaxes(dtick=1)
    return styled(fig, tr("play_seat.fig.moves.title", lang), tr("play_seat.fig.round", lang),
                  tr("play_seat.fig.moves.y", lang), tr("play_seat.fig.moves.legend", lang),
                  height=300)


def _misread(frame: pd.DataFrame, players: Sequence[str]) -> pd.DataFrame:
    """Rows of the mover in rounds where the other side saw its move wrongly."""
    wide = frame.pivot(index="round", columns="player", values=["actual", "observed"])
    parts = []
    for mover, watcher in ((players[0], players[1]), (players[1], players[0])):
        wrong = wide[("observed", watcher)].astype(str) != wide[("actual", mover)].astype(str)
        parts.append(pd.DataFrame({"round": wide.index[wrong.to_numpy()], "player": mover}))
    return pd.concat(parts, ignore_index=True)


def seat_trust_figure(frame: pd.DataFrame, players: Sequence[str], prior: Sequence[float],
                      lang: str) -> go.Figure:
    """Each side's belief that the other is trustworthy, from the prior (round 0) on."""
    fig = go.Figure()
    for side, party in enumerate(players):
        rows = frame[frame["player"] == party]
        fig.add_trace(go.Scatter(
            x=[0, *rows["round"]], y=[prior[side], *rows["trust"]], mode="lines+markers",
            name=tr("play_seat.fig.trust_of", lang, party=party_label(party, lang),
                    other=party_label(players[1 - side], lang)),
            line={"color": party_color(party), "width": 3}))
    fig.add_hline(y=0.5, line={"dash": "dash", "color": NEUTRAL_COLOR},
                  annotation_text=tr("play_seat.fig.trust_line", lang))
    fig.update_yaxes(range=[-0.02, 1.02])
    fig.update_xaxes(dtick=1)
    return styled(fig, tr("play_seat.fig.trust.title", lang), tr("play_seat.fig.round", lang),
                  tr("play_seat.fig.trust.y", lang), tr("play_seat.fig.trust.legend", lang),
                  height=380)
