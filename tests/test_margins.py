"""Margins reserved for a chart's legend and y axis, and the text measures behind them."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest
from plotly.subplots import make_subplots

import dashboard.figures.style  # noqa: F401  (registers Peninsula's default template)
from dashboard.figures.margins import (
    colorbar_width,
    legend_width,
    reserve_margins,
    text_width,
    wrap_text,
    y_axis_width,
)


def lines(*names: str) -> go.Figure:
    fig = go.Figure()
    for name in names:
        fig.add_trace(go.Scatter(x=[0, 1], y=[0, 1], name=name))
    return fig


def test_text_width_grows_with_text_and_size_and_ignores_tags():
    assert text_width("United States", 15) > text_width("DPRK", 15) > 0
    assert text_width("DPRK", 30) == pytest.approx(2 * text_width("DPRK", 15))
    assert text_width("<b>DPRK</b>", 15) == text_width("DPRK", 15)
    assert text_width("a long first line<br>short", 15) == text_width("a long first line", 15)
    # a CJK character is a full em, wider than a Latin letter
    assert text_width("美国", 15) == pytest.approx(30)
    assert text_width("美国", 15) > text_width("US", 15)
    assert text_width("", 15) == 0


def test_wrap_text_keeps_every_line_within_the_width():
    text = "Belief the other side is trustworthy (probability)"
    wrapped = wrap_text(text, 15, 200)
    assert wrapped.count("<br>") >= 1
    assert wrapped.replace("<br>", " ") == text
    assert all(text_width(line, 15) <= 200 for line in wrapped.split("<br>"))
    chinese = wrap_text("对方可信的信念（概率）与合作的比例", 15, 120)
    assert chinese.replace("<br>", "") == "对方可信的信念（概率）与合作的比例"
    for line in chinese.split("<br>"):
        assert not line.startswith(("）", "，")) and not line.endswith("（")
    assert wrap_text("short", 15, 200) == "short"
    assert wrap_text("unbreakable", 15, 10) == "unbreakable"


def test_legend_width_follows_the_longest_entry():
    short, long = lines("US", "DPRK"), lines("US", "Difference with a 95 % bootstrap interval")
    assert legend_width(long) > legend_width(short) > text_width("DPRK", 14)
    assert reserve_margins(long).layout.margin.r > reserve_margins(short).layout.margin.r


def test_no_legend_no_room_for_one():
    single = lines("only")
    assert legend_width(single) == 0  # Plotly shows no legend for one trace
    hidden = lines("US", "DPRK")
    hidden.update_layout(showlegend=False)
    assert legend_width(hidden) == 0
    # a band hidden from the legend still counts towards showing it for its line
    band = lines("mean")
    band.add_trace(go.Scatter(x=[0, 1, 1, 0], y=[0, 0, 1, 1], fill="toself", showlegend=False))
    assert legend_width(band) > 0
    # one trace that asks for its entry gets a legend
    asked = go.Figure(go.Histogram(x=[1, 2, 2], name="Matches", showlegend=True))
    assert legend_width(asked) > 0
    # a horizontal legend below the plot needs no right margin
    below = lines("US", "a rather long legend entry for the right")
    below.update_layout(legend={"orientation": "h", "y": -0.3})
    assert reserve_margins(below).layout.margin.r == 30  # the template's


def test_y_axis_width_reads_categories_numbers_and_titles():
    categories = go.Figure(go.Scatter(x=[1, 2], y=["United States", "DPRK"]))
    short = go.Figure(go.Scatter(x=[1, 2], y=["US", "KP"]))
    assert y_axis_width(categories) > y_axis_width(short)
    small = go.Figure(go.Scatter(x=[1, 2], y=[0.1, 0.9]))
    large = go.Figure(go.Scatter(x=[1, 2], y=[100_000, 2_500_000]))
    assert y_axis_width(large) > y_axis_width(small)
    titled = go.Figure(go.Scatter(x=[1, 2], y=[0.1, 0.9]))
    titled.update_yaxes(title_text="share")
    two_lines = go.Figure(go.Scatter(x=[1, 2], y=[0.1, 0.9]))
    two_lines.update_yaxes(title_text="share of<br>matches")
    assert y_axis_width(two_lines) > y_axis_width(titled) > y_axis_width(small)
    lanes = go.Figure(go.Scatter(x=[1, 2], y=[["Security first", "Security first"], ["United States", "DPRK"]]))
    assert y_axis_width(lanes) > text_width("Security first", 15) + text_width("United States", 15)


def test_subplots_take_the_widest_left_axis():
    fig = make_subplots(rows=2, cols=1)
    fig.add_trace(go.Scatter(x=[1, 2], y=[0.1, 0.2]), row=1, col=1)
    fig.add_trace(go.Scatter(x=[1, 2], y=["a very long category", "b"]), row=2, col=1)
    lower = go.Figure(go.Scatter(x=[1, 2], y=["a very long category", "b"]))
    assert y_axis_width(fig) == pytest.approx(y_axis_width(lower))


def test_colour_bars_need_room_for_their_title():
    fig = go.Figure(go.Heatmap(z=[[1, 2], [3, 4]], colorbar={"title": {"text": "Total payoff (payoff units)"}}))
    assert colorbar_width(fig) >= text_width("Total payoff (payoff units)", 15)
    assert reserve_margins(fig).layout.margin.r >= colorbar_width(fig)
    fig.update_traces(showscale=False)
    assert colorbar_width(fig) == 0


def test_wider_margins_are_kept_and_reserving_twice_changes_nothing():
    fig = lines("US", "DPRK")
    fig.update_layout(margin={"l": 300, "r": 400})
    reserve_margins(fig)
    assert (fig.layout.margin.l, fig.layout.margin.r) == (300, 400)
    again = lines("United States", "DPRK")
    first = reserve_margins(again).layout.margin.to_plotly_json()
    assert reserve_margins(again).layout.margin.to_plotly_json() == first
    assert first["l"] >= 70 and first["r"] > 30  # never below the template's margins
