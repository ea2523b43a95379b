"""Margins wide enough for a chart's legend and y-axis labels, reserved before it is drawn.

Plotly draws a figure, measures what sticks out of the plot area — the legend on the right,
the y-axis tick labels and title on the left — and, when the margins it was given are too
narrow, draws the whole figure a second time with wider ones (its *automargin*). In the
browser that second pass is a third or more of a chart's drawing time, paid again on every
slider step. :func:`reserve_margins` estimates those widths on the server from the figure's
own text and font sizes and asks for margins that are already wide enough, so the first
pass is the last.

The estimate errs wide: widths come from generous per-character advances (a Latin letter
0.56–0.9 em, a CJK character 1 em), so a chart may get a few pixels of extra white space.
When it errs narrow anyway (an unusual font, a legend placed elsewhere), Plotly's automargin
still widens the margins: a wrong estimate costs one extra drawing pass, never a clipped
label. Only the left and right margins are estimated (y axes on the left; a vertical
legend or colour bar on the right); a horizontal legend or a right-hand axis is left to
Plotly.
"""

from __future__ import annotations

import contextlib
import math
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import numpy as np
import plotly.graph_objects as go

__all__ = ["colorbar_width", "legend_width", "reserve_margins", "text_width", "wrap_text",
           "y_axis_width"]

#: Advances in em. Sans-serif fonts differ; these are at the wide end of common ones
#: (DejaVu Sans, Helvetica, Source Sans, Noto Sans), so an estimate rarely falls short.
_NARROW = frozenset("fijlrtI.,:;'|!()[]{} -/·")
_WIDE = frozenset("mwMW@%—")
#: Punctuation that must not begin a line, and brackets that must not end one.
_NO_LINE_START = frozenset("）)]】》」』，。、：；！？,.:;!?%")
_NO_LINE_END = frozenset("（([【《「『")
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)

#: Plotly's defaults where the figure and its template are silent.
PLOTLY_FONT_SIZE = 12
#: A legend at x = 1.02 sits 2 % of the plot's width to the right of it; this is 2 % of a
#: wide plot, so the legend fits whatever width the page gives the chart.
LEGEND_OFFSET = 28
#: The legend's symbol column (``itemwidth`` 30) plus the gaps around the text.
LEGEND_ITEM = 48
#: Tick length, the gap to the tick labels, and the title's standoff.
AXIS_PADDING = 24
#: Types drawn with a colour bar rather than a legend entry unless asked otherwise.
_COLORBAR_TYPES = frozenset({"heatmap", "contour", "histogram2d", "histogram2dcontour",
                             "surface", "choropleth", "densitymapbox", "densitymap"})


def text_width(text: str, size: float) -> float:
    """An upper estimate of ``text``'s width in pixels at font size ``size``.

    HTML tags are ignored; with ``<br>`` line breaks the widest line counts.
    """
    lines = _BREAK.split(str(text))
    return max((_line_width(_TAG.sub("", line), size) for line in lines), default=0.0)


def wrap_text(text: str, size: float, max_width: float) -> str:
    """``text`` broken with ``<br>`` into lines of at most ``max_width`` pixels (estimated).

    Latin text breaks at spaces; CJK text, which has none, between any two characters. A
    single word wider than ``max_width`` keeps its own line.
    """
    lines: list[str] = []
    line = ""
    tokens = re.findall(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|\S+|\s+", str(text))
    for token in tokens:
        candidate = line + token
        if (line.strip() and not token.isspace() and token not in _NO_LINE_START
                and text_width(candidate.strip(), size) > max_width):
            carried = line[-1] if line[-1] in _NO_LINE_END else ""
            lines.append(line[:len(line) - len(carried)].strip())
            line = carried + token
        else:
            line = candidate
    if line.strip():
        lines.append(line.strip())
    return "<br>".join(lines)


def _line_width(line: str, size: float) -> float:
    em = 0.0
    for char in line:
        if unicodedata.east_asian_width(char) in ("W", "F"):
            em += 1.0
        elif char in _NARROW:
            em += 0.34
        elif char in _WIDE:
            em += 0.92
        elif char.isupper():
            em += 0.72
        else:
            em += 0.6
    return em * size


def _line_count(text: str) -> int:
    return len(_BREAK.split(str(text))) if text else 0


def _font_size(*candidates: Any) -> float:
    """The first font size set among ``candidates`` (plotly font objects or ``None``)."""
    for font in candidates:
        size = getattr(font, "size", None) if font is not None else None
        if size:
            return float(size)
    return float(PLOTLY_FONT_SIZE)


def _template_layout(fig: go.Figure) -> Any:
    template = fig.layout.template
    return template.layout if template is not None else None


def _base_font(fig: go.Figure) -> float:
    template = _template_layout(fig)
    return _font_size(fig.layout.font, template.font if template is not None else None)


def _legend_entries(fig: go.Figure) -> list[str]:
    """Names of the traces Plotly lists in the legend (``[]`` when it shows no legend).

    Plotly's rule: the legend is shown when asked for, or when at least one trace has an
    entry and two or more traces count — a trace counts if it has an entry or would have
    one by default (a band hidden from the legend still counts), and a trace asking for its
    entry explicitly counts twice.
    """
    if fig.layout.showlegend is False:
        return []
    names = []
    counted = 0
    for number, trace in enumerate(fig.data):
        if getattr(trace, "visible", True) is False:
            continue
        by_default = trace.type not in _COLORBAR_TYPES
        counted += 2 if trace.showlegend is True else int(by_default)
        if trace.showlegend is False or (not by_default and trace.showlegend is not True):
            continue
        names.append(trace.name if trace.name is not None else f"trace {number}")
    shown = fig.layout.showlegend is True or (bool(names) and counted > 1)
    return names if shown else []


def legend_width(fig: go.Figure) -> float:
    """Pixels a vertical legend on the right needs (0 when there is none)."""
    names = _legend_entries(fig)
    if not names:
        return 0.0
    legend = fig.layout.legend
    template = _template_layout(fig)
    size = _font_size(legend.font, template.legend.font if template is not None else None,
                      fig.layout.font, template.font if template is not None else None)
    title = legend.title.text or ""
    title_size = _font_size(legend.title.font) if legend.title.font.size else size
    return max(max(text_width(name, size) for name in names) + LEGEND_ITEM,
               text_width(title, title_size) + 24)


def colorbar_width(fig: go.Figure) -> float:
    """Pixels the widest colour bar on the right needs (0 when there is none).

    A colour bar is the bar itself, its tick labels (the range of the trace's ``z``) and its
    title, which Plotly puts above the bar and lets run to the right.
    """
    base = _base_font(fig)
    widest = 0.0
    for trace in fig.data:
        if trace.type not in _COLORBAR_TYPES or trace.showscale is False:
            continue
        bar = trace.colorbar
        if bar.x is not None or bar.orientation == "h":
            continue
        z = np.asarray(trace.z if trace.z is not None else [], dtype=float).ravel()
        limits = [v for v in (trace.zmin, trace.zmax) if v is not None]
        values = np.asarray(limits, dtype=float) if len(limits) == 2 else z[np.isfinite(z)]
        labels = _numeric_labels(values, bar) if values.size else []
        tick_size = _font_size(bar.tickfont) if bar.tickfont.size else base
        ticks = max((text_width(label, tick_size) for label in labels), default=0.0)
        title_size = _font_size(bar.title.font) if bar.title.font.size else base
        title = text_width(bar.title.text or "", title_size)
        widest = max(widest, (bar.thickness or 30) + 2 * AXIS_PADDING + ticks, title + 30)
    return widest


def _legend_on_right(fig: go.Figure) -> bool:
    legend = fig.layout.legend
    if legend.orientation == "h":
        return False
    return legend.x is None or legend.x >= 1.0


def _axis_traces(fig: go.Figure, axis_name: str) -> Iterable[Any]:
    """The traces drawn against the y axis called ``axis_name`` (``yaxis``, ``yaxis2``…)."""
    ref = "y" + axis_name.removeprefix("yaxis")
    for trace in fig.data:
        if "yaxis" in trace and (trace.yaxis or "y") == ref:
            yield trace


def _format_number(value: float, decimals: int, tickformat: str | None) -> str:
    if tickformat:
        try:
            return format(value, tickformat.replace("~", ""))
        except (ValueError, TypeError):
            pass
    text = f"{value:,.{decimals}f}"
    return text.replace("-", "\u2212")


def _numeric_labels(values: np.ndarray, axis: Any) -> list[str]:
    """The widest tick labels a numeric axis (or colour bar) over ``values`` is likely to show."""
    fixed = getattr(axis, "range", None)  # a colour bar has no range
    if fixed is not None and None not in fixed:
        low, high = (float(v) for v in fixed)
    elif values.size:
        low, high = float(np.nanmin(values)), float(np.nanmax(values))
    else:
        return []
    if not (math.isfinite(low) and math.isfinite(high)):
        return []
    span = abs(high - low) or abs(high) or 1.0
    raw = span / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    if axis.dtick is not None:
        with contextlib.suppress(TypeError, ValueError):
            decimals = max(0, -math.floor(math.log10(float(axis.dtick)) + 1e-9))
    ends = (math.floor(low / step) * step, math.ceil(high / step) * step)
    prefix, suffix = axis.tickprefix or "", axis.ticksuffix or ""
    return [f"{prefix}{_format_number(v, decimals, axis.tickformat)}{suffix}" for v in ends]


def _y_values(trace: Any) -> tuple[list[str], list[float]]:
    """The trace's values along its y axis, split into text and numbers.

    A two-level (multicategory) axis draws its levels side by side: its labels are given
    as one string per position, the levels joined by a wide gap.
    """
    if trace.type == "histogram":
        if trace.y is None and trace.x is not None:
            return [], [0.0, float(len(trace.x))]
        if trace.x is None and trace.y is not None:
            return [str(v) for v in trace.y if isinstance(v, str)], []
    values = trace.y if getattr(trace, "y", None) is not None else ()
    if isinstance(values, np.ndarray) and values.dtype.kind in "iuf" and values.ndim == 1:
        values = values[np.isfinite(values)]  # only the extremes matter for the labels
        values = [values.min(), values.max()] if values.size else []
    if len(values) and all(isinstance(level, (list, tuple, np.ndarray)) for level in values):
        widest = [max((str(v) for v in level), key=len, default="") for level in values]
        return ["\u2003\u2003".join(widest)], []
    text = [v for v in values if isinstance(v, str)]
    numbers = [float(v) for v in values if isinstance(v, (int, float, np.number))
               and not isinstance(v, bool)]
    if trace.type == "bar" and numbers:
        numbers.append(0.0)
    error = getattr(trace, "error_y", None)
    if error is not None and error.array is not None and numbers:
        spread = max((abs(float(e)) for e in error.array if e is not None), default=0.0)
        numbers += [max(numbers) + spread, min(numbers) - spread]
    return text, numbers


def y_axis_width(fig: go.Figure) -> float:
    """Pixels the widest left-hand y axis needs for its tick labels and title."""
    base = _base_font(fig)
    widest = 0.0
    set_axes = [key for key in fig.layout.to_plotly_json() if re.fullmatch(r"yaxis\d*", key)]
    for name in set_axes or ["yaxis"]:
        axis = fig.layout[name]
        if axis.visible is False or axis.side == "right" or axis.overlaying:
            continue
        tick_size = _font_size(axis.tickfont) if axis.tickfont.size else base
        labels: list[str] = list(axis.ticktext or [])
        if not labels and axis.showticklabels is not False:
            texts: list[str] = []
            numbers: list[float] = []
            for trace in _axis_traces(fig, name):
                more_text, more_numbers = _y_values(trace)
                texts += more_text
                numbers += more_numbers
            labels = texts if texts or axis.type == "category" else _numeric_labels(
                np.asarray(numbers, dtype=float), axis)
        ticks = max((text_width(label, tick_size) for label in labels), default=0.0)
        title = axis.title.text or ""
        title_size = _font_size(axis.title.font) if axis.title.font.size else base
        widest = max(widest, ticks + AXIS_PADDING + 1.3 * title_size * _line_count(title))
    return widest


def reserve_margins(fig: go.Figure) -> go.Figure:
    """``fig`` with its left and right margins widened to what its text needs (in place).

    Margins already wider are kept; the top and bottom are left alone.
    """
    template = _template_layout(fig)
    current = fig.layout.margin
    fallback = template.margin if template is not None else None
    left = current.l if current.l is not None else getattr(fallback, "l", None)
    right = current.r if current.r is not None else getattr(fallback, "r", None)
    needed_left = math.ceil(y_axis_width(fig))
    legend = legend_width(fig) if _legend_on_right(fig) else 0.0
    needed_right = math.ceil(max(legend, colorbar_width(fig)) + LEGEND_OFFSET)
    fig.update_layout(margin={"l": max(left or 0, needed_left, 10),
                              "r": max(right or 0, needed_right, 10)})
    return fig
