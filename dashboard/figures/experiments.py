"""Figures and tables of experiments: distributions, bands, differences, sensitivity.

Pure factories: frames and arrays in, ``plotly.graph_objects.Figure`` (or a display
``DataFrame``) out, the language passed explicitly and every string through
:func:`dashboard.i18n.tr`. Outcomes are named by their model kind's runner
(:mod:`sim.experiments.adapters`); their labels and units live in the experiments catalog.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from numpy.typing import ArrayLike

from dashboard.figures.margins import wrap_text
from dashboard.figures.style import (
    BASE_FONT_SIZE,
    NEUTRAL_COLOR,
    OKABE_ITO,
    party_color,
    rgba,
    styled,
)
from dashboard.i18n import CATALOG, tr
from sim.experiments.stats import wilson

__all__ = [
    "SOURCE_COLORS",
    "band_figure",
    "class_shares",
    "class_shares_figure",
    "distribution_figure",
    "forest_figure",
    "outcome_label",
    "outcome_unit",
    "sensitivity_figure",
    "summary_table",
    "with_unit",
]

SOURCE_COLORS = [OKABE_ITO[k] for k in ("blue", "vermillion", "bluish_green", "orange",
                                         "reddish_purple", "sky_blue")]
PARTIES = ("US", "KP", "KR", "CN", "JP", "RU")


def outcome_label(kind: str, name: str, lang: str) -> str:
    """An outcome's name in ``lang`` (its column name if the catalog lacks it)."""
    key = f"exp.outcome.{kind}.{name}"
    return tr(key, lang) if key in CATALOG else name


def outcome_unit(kind: str, name: str, lang: str) -> str:
    """The unit an outcome is measured in, in ``lang``."""
    key = f"exp.unit.{kind}.{name}"
    return tr(key, lang) if key in CATALOG else name


#: Widest line (pixels) of a source's name in a legend or on an axis; longer names wrap.
NAME_WIDTH = 260


def _name(source: object) -> str:
    """A source's name, wrapped so that a long scenario title does not crowd out the plot."""
    return wrap_text(str(source), BASE_FONT_SIZE, NAME_WIDTH)


def _color(index: int) -> str:
    return SOURCE_COLORS[index % len(SOURCE_COLORS)]


def class_shares(frame: pd.DataFrame, source: str = "") -> pd.DataFrame:
    """Share of runs in each outcome class (the ``is_*`` columns) with Wilson intervals."""
    rows = []
    for column in [c for c in frame.columns if str(c).startswith("is_")]:
        values = frame[column].astype(float)
        share, low, high = wilson(int(values.sum()), len(values))
        rows.append({"source": source, "outcome": str(column).removeprefix("is_"),
                     "share": share, "low": low, "high": high})
    return pd.DataFrame(rows, columns=["source", "outcome", "share", "low", "high"])


def distribution_figure(samples: Mapping[str, ArrayLike], kind: str, outcome: str,
                        lang: str) -> go.Figure:
    """Histograms (share of runs) of one outcome, one trace per source, overlaid on shared bins."""
    arrays = {name: np.asarray(values, dtype=float) for name, values in samples.items()}
    arrays = {name: data[np.isfinite(data)] for name, data in arrays.items()}
    bins = _bins(np.concatenate([np.zeros(0), *arrays.values()]))
    fig = go.Figure()
    for index, (name, data) in enumerate(arrays.items()):
        fig.add_trace(go.Histogram(
            x=data, histnorm="probability", name=_name(name), xbins=bins, marker_color=_color(index),
            opacity=0.6 if len(arrays) > 1 else 0.85))
    fig.update_layout(barmode="overlay", showlegend=True)
    label = outcome_label(kind, outcome, lang)
    return styled(fig, tr("exp.fig.distribution", lang, outcome=label),
                  with_unit(label, outcome_unit(kind, outcome, lang), lang),
                  tr("exp.fig.share_of_runs", lang),
                  tr("exp.fig.source" if len(arrays) > 1 else "exp.fig.runs", lang))


def _bins(values: np.ndarray, count: int = 30) -> dict[str, float]:
    """Shared histogram bins: one per whole number for small counts, else ``count`` bins."""
    if values.size == 0:
        return {"start": 0.0, "end": 1.0, "size": 1.0}
    low, high = float(values.min()), float(values.max())
    if np.all(values == np.round(values)) and high - low <= 60:
        return {"start": low - 0.5, "end": high + 0.5, "size": 1.0}
    size = (high - low) / count if high > low else 1.0
    return {"start": low, "end": high + size / 2, "size": size}


def with_unit(label: str, unit: str, lang: str) -> str:
    """An axis title: the label with its unit in brackets of the language's kind."""
    return f"{label}（{unit}）" if lang == "zh" else f"{label} ({unit})"


def class_shares_figure(shares: pd.DataFrame, lang: str) -> go.Figure:
    """Share of runs ending in each outcome class with Wilson intervals, per source.

    ``shares`` has columns ``source``, ``outcome`` (class name), ``share``, ``low``, ``high``.
    """
    fig = go.Figure()
    for index, (source, rows) in enumerate(shares.groupby("source", sort=False)):
        fig.add_trace(go.Bar(
            x=[tr(f"exp.class.{c}", lang) for c in rows["outcome"]], y=rows["share"],
            name=_name(source), marker_color=_color(index),
            error_y={"type": "data", "symmetric": False, "array": rows["high"] - rows["share"],
                     "arrayminus": rows["share"] - rows["low"]}))
    fig.update_layout(barmode="group", showlegend=True)
    fig.update_yaxes(range=[0, 1.02])
    return styled(fig, tr("exp.fig.classes", lang), tr("exp.fig.class", lang),
                  tr("exp.fig.share_of_runs", lang), tr("exp.fig.wilson", lang))


def band_figure(bands: pd.DataFrame, series: str, time_axis: str, lang: str) -> go.Figure:
    """Mean line and shaded 95 % band over time, one pair per group.

    ``bands`` has columns ``x`` (round or quarter), ``group`` (a party code, or ``both``),
    ``mean``, ``low`` and ``high``; ``time_axis`` is ``round`` or ``quarter``.
    """
    fig = go.Figure()
    for index, (group, rows) in enumerate(bands.groupby("group", sort=False)):
        code = str(group)
        color = party_color(code) if code in PARTIES else (
            NEUTRAL_COLOR if code == "both" else _color(index))
        name = (tr(f"party.{code}", lang) if code in PARTIES
                else tr("exp.fig.both", lang) if code == "both" else code)
        x = list(rows["x"])
        low = rows["low"].fillna(rows["mean"])
        high = rows["high"].fillna(rows["mean"])
        fig.add_trace(go.Scatter(x=x + x[::-1], y=list(high) + list(low)[::-1], fill="toself",
                                 fillcolor=rgba(color, 0.18), line={"width": 0},
                                 hoverinfo="skip", showlegend=False, legendgroup=code))
        fig.add_trace(go.Scatter(x=x, y=rows["mean"], mode="lines", name=name, legendgroup=code,
                                 line={"color": color, "width": 2.5}))
    label = tr(f"exp.series.{series}", lang)
    legend = "exp.fig.party" if time_axis == "quarter" else "exp.fig.side"
    return styled(fig, tr("exp.fig.band_title", lang, series=label),
                  tr(f"exp.fig.{time_axis}", lang),
                  with_unit(label, tr(f"exp.series_unit.{series}", lang), lang), tr(legend, lang))


def forest_figure(differences: pd.DataFrame, kind: str, outcome: str, lang: str) -> go.Figure:
    """Differences from the first source with 95 % bootstrap intervals, one row per source.

    ``differences`` has columns ``source``, ``difference``, ``ci_low`` and ``ci_high``.
    """
    rows = differences.iloc[::-1]
    fig = go.Figure(go.Scatter(
        x=rows["difference"], y=[_name(source) for source in rows["source"]], mode="markers",
        marker={"color": OKABE_ITO["blue"], "size": 12, "symbol": "square"},
        name=tr("exp.fig.forest_legend", lang),
        error_x={"type": "data", "symmetric": False,
                 "array": rows["ci_high"] - rows["difference"],
                 "arrayminus": rows["difference"] - rows["ci_low"]}))
    fig.add_vline(x=0.0, line={"color": NEUTRAL_COLOR, "dash": "dash"})
    fig.update_layout(showlegend=True)
    fig.update_yaxes(automargin=True, title_standoff=12)
    label = outcome_label(kind, outcome, lang)
    unit = outcome_unit(kind, outcome, lang)
    return styled(fig, tr("exp.fig.forest", lang, outcome=label),
                  tr("exp.fig.difference", lang, unit=unit), tr("exp.fig.source", lang),
                  tr("exp.fig.forest_legend", lang), height=max(300, 120 + 70 * len(rows)))


def sensitivity_figure(indices: pd.DataFrame, method: str, kind: str, outcome: str,
                       lang: str) -> go.Figure:
    """Parameters ranked by ST (Sobol) or μ* (Morris), with 95 % intervals as error bars."""
    sobol = method == "sobol"
    main, conf = ("ST", "ST_conf") if sobol else ("mu_star", "mu_star_conf")
    rows = indices.sort_values(main, ascending=True)
    fig = go.Figure()
    series = [("ST", "ST_conf", OKABE_ITO["blue"]), ("S1", "S1_conf", OKABE_ITO["sky_blue"])] \
        if sobol else [(main, conf, OKABE_ITO["blue"])]
    for column, interval, color in series:
        fig.add_trace(go.Bar(
            x=rows[column], y=rows["parameter"], orientation="h", marker_color=color,
            name=tr(f"exp.fig.{column}", lang),
            error_x={"type": "data", "array": rows[interval].abs()}))
    fig.update_layout(barmode="group", showlegend=True)
    fig.update_yaxes(automargin=True, title_standoff=12)
    label = outcome_label(kind, outcome, lang)
    title = "exp.fig.sobol_title" if sobol else "exp.fig.morris_title"
    x_title = (tr("exp.fig.sobol_x", lang) if sobol
               else tr("exp.fig.morris_x", lang, unit=outcome_unit(kind, outcome, lang)))
    return styled(fig, tr(title, lang, outcome=label), x_title, tr("exp.fig.parameter", lang),
                  tr("exp.fig.index", lang), height=max(340, 160 + 60 * len(rows)))


def summary_table(summary: pd.DataFrame, kind: str, lang: str) -> pd.DataFrame:
    """The ensemble summary for display: outcome, meaning (unit), mean, 95 % CI, min, max."""
    def ci(low: float, high: float) -> str:
        return "–" if pd.isna(low) else f"{low:.4g} – {high:.4g}"

    return pd.DataFrame({
        tr("exp.col.outcome", lang): list(summary["outcome"]),
        tr("exp.col.meaning", lang): [with_unit(outcome_label(kind, o, lang),
                                                outcome_unit(kind, o, lang), lang)
                                      for o in summary["outcome"]],
        tr("exp.col.mean", lang): [float(f"{v:.4g}") for v in summary["mean"]],
        tr("exp.col.ci", lang): [ci(lo, hi) for lo, hi in zip(summary["ci_low"], summary["ci_high"],
                                                              strict=True)],
        tr("exp.col.min", lang): summary["min"].to_numpy(),
        tr("exp.col.max", lang): summary["max"].to_numpy(),
    })
