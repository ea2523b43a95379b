"""One look for every chart: colours per party (colour-blind-safe), fonts, layout.

Colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays
distinguishable under the common colour-vision deficiencies; each party keeps its colour in
every chart.
"""

from __future__ import annotations

import re
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

OKABE_ITO = {
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "bluish_green": "#009E73",
    "orange": "#E69F00",
    "reddish_purple": "#CC79A7",
    "sky_blue": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
    "grey": "#999999",
}

PARTY_COLORS: dict[str, str] = {
    "US": OKABE_ITO["blue"],
    "KP": OKABE_ITO["vermillion"],
    "KR": OKABE_ITO["sky_blue"],
    "CN": OKABE_ITO["orange"],
    "JP": OKABE_ITO["reddish_purple"],
    "RU": OKABE_ITO["bluish_green"],
}

#: Colours for outcomes that are not parties (cooperate / defect, good / bad).
COOPERATE_COLOR = OKABE_ITO["bluish_green"]
DEFECT_COLOR = OKABE_ITO["vermillion"]
NEUTRAL_COLOR = OKABE_ITO["grey"]

FONT_FAMILY = "Inter, 'Noto Sans CJK SC', 'Noto Sans SC', 'Microsoft YaHei', sans-serif"
BASE_FONT_SIZE = 15
TITLE_FONT_SIZE = 19
_AXIS = re.compile(r"[xy]axis\d*")


def _register_template() -> str:
    """Peninsula's template (plotly_white with our fonts), made the default once.

    Validating a template on every figure cost more than building the figure; a default
    template is attached once per process and shared.
    """
    template = go.layout.Template(pio.templates["plotly_white"])
    template.layout.font = {"family": FONT_FAMILY, "size": BASE_FONT_SIZE}
    template.layout.title = {"font": {"size": TITLE_FONT_SIZE}, "x": 0.0, "xanchor": "left"}
    template.layout.legend = {"font": {"size": BASE_FONT_SIZE - 1}}
    template.layout.hoverlabel = {"font": {"size": BASE_FONT_SIZE - 1}}
    template.layout.margin = {"l": 70, "r": 30, "t": 70, "b": 60}
    pio.templates["peninsula"] = template
    pio.templates.default = "peninsula"
    return "peninsula"


TEMPLATE = _register_template()


def party_color(party: str) -> str:
    """The party's colour, grey for anything that is not a party code."""
    return PARTY_COLORS.get(party, NEUTRAL_COLOR)


def rgba(hex_color: str, alpha: float) -> str:
    """``#RRGGBB`` as a CSS ``rgba()`` colour with opacity ``alpha`` (for bands and fills)."""
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def styled(fig: go.Figure, title: str, x_title: str | None = None,
           y_title: str | None = None, legend_title: str | None = None,
           height: int = 440) -> go.Figure:
    """Apply Peninsula's layout: a title, axis titles, a readable legend, a light theme."""
    # One update with nested dicts: plotly's "title_text" shorthand and update_xaxes cost
    # more than the rest (figures are rebuilt on every slider step).
    layout: dict[str, Any] = {"title": {"text": title}, "height": height,
                              "legend": {"title": {"text": legend_title or ""}}}
    axes = [name for name in fig.layout.to_plotly_json() if _AXIS.fullmatch(name)]
    for letter, text in (("x", x_title), ("y", y_title)):
        if text is not None:  # every axis of that letter, as update_xaxes would
            for name in {f"{letter}axis", *(a for a in axes if a.startswith(letter))}:
                layout[name] = {"title": {"text": text}}
    fig.update_layout(layout)
    return fig
