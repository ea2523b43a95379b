"""A figure as the dashboard sends it to the browser: template spelled out, arrays as lists.

Streamlit's chart element is replaced whenever its figure changes (the element's identity
includes the figure), and the new element hands Plotly.js the figure twice: once when it
mounts, and once more, as a fresh copy, when it applies its theme. Plotly.react then
compares the copy with what it drew, and draws the whole chart again if anything looks
new. With the figures plotly.py produces, everything does:

* the layout's **template** is compared by identity, and a copy is never identical;
* **data arrays** sent as plotly.py's base64 typed arrays are decoded into new typed
  arrays, which Plotly.js always treats as changed; plain JSON arrays in a copy are
  also new objects, and count as changed unless ``layout.datarevision`` is set and the same.

So every chart was drawn twice per slider step, and drawing with a template also costs
Plotly.js work for every trace type the template styles. :func:`for_browser` returns a
copy of a figure with none of that: the template's settings written into the layout and
the traces themselves (:func:`bake_template`), data arrays as plain lists, and a
``datarevision`` that is a hash of the data. The browser then draws each chart once, and
faster (``benchmarks/bench_browser.py``, ``python -m benchmarks.compare_browser``).

The chart looks the same: ``tests/test_browser.py`` draws figures both ways with Plotly.js
and compares everything Plotly.js computed for them. Figures the server keeps for reports
and downloads keep their template; only the copy sent to the page is changed.

Template semantics follow Plotly.js: template values are defaults, so anything the figure
sets wins, nested settings merge; the template's ``xaxis``/``yaxis`` style every x and y
axis (``xaxis2`` …) the figure uses; ``annotationdefaults``, ``shapedefaults`` and
``imagedefaults`` style each item of ``annotations``, ``shapes`` and ``images``; traces of a
type cycle through the template's list for that type. Figures with non-cartesian subplots
(geo, polar, ternary, 3-D scenes, maps, colour axes), where the template styles other
containers, or with trace types outside :data:`SUPPORTED_TRACES`, are returned unchanged:
correct, drawn twice as before.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

__all__ = ["SUPPORTED_TRACES", "BrowserFigure", "bake_template", "for_browser", "plain"]

_AXIS = re.compile(r"^([xy])axis(\d*)$")
#: Layout containers whose template styles every item of a list in the layout.
_ITEM_DEFAULTS = {"annotationdefaults": "annotations", "shapedefaults": "shapes",
                  "imagedefaults": "images"}
#: Template layout entries for subplot kinds :func:`for_browser` leaves to Plotly.js.
_OTHER_SUBPLOTS = ("coloraxis", "geo", "map", "mapbox", "polar", "scene", "smith", "ternary")


def plain(value: Any) -> Any:
    """``value`` with numpy arrays, pandas series and numpy scalars as plain Python."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, np.ndarray | pd.Series | pd.Index):
        array = np.asarray(value)
        if array.dtype.kind == "M":  # dates as plotly.py writes them: ISO 8601 strings
            return np.datetime_as_string(array).tolist()
        # numbers, booleans and strings come out of tolist() as Python values already
        return array.tolist() if array.dtype.kind in "biufUS" else plain(array.tolist())
    if isinstance(value, np.generic):
        return value.item()
    return value


def _merged(default: Any, explicit: Any) -> Any:
    """``explicit`` over ``default``: nested dicts merge, anything else explicit wins."""
    if isinstance(default, dict) and isinstance(explicit, dict):
        merged = dict(default)
        for key, value in explicit.items():
            merged[key] = _merged(default[key], value) if key in default else value
        return merged
    return explicit


def _axes_used(data: list[dict[str, Any]], layout: Mapping[str, Any]) -> set[str]:
    """Layout names of the cartesian axes the figure has (``xaxis``, ``yaxis2`` …)."""
    axes = {key for key in layout if _AXIS.match(key)}
    for trace in data:
        if trace.get("type", "scatter") in SUPPORTED_TRACES:  # all of them cartesian
            for letter in "xy":
                ref = trace.get(f"{letter}axis", letter)
                axes.add(f"{letter}axis{ref[1:]}")
    return axes


#: An axis switch whose default Plotly.js turns on when the figure itself sets one of its
#: styles (but not when the template does), and the default it has otherwise: ``None``
#: for "has a grid" (``showgrid``, and ``zeroline`` goes with it).
_SWITCHES = {"showline": (("linecolor", "linewidth"), False),
             "showgrid": (("gridcolor", "gridwidth", "griddash"), None),
             "zeroline": (("zerolinecolor", "zerolinewidth"), None)}
#: Trace types whose category axis (x, or y when horizontal) Plotly.js draws without grid.
_ORIENTED = frozenset({"bar", "histogram"})
#: Trace types :func:`for_browser` prepares: those whose drawing it was checked on. Not
#: contours: Plotly.js fails on a contour it is asked to draw again without recomputing it.
SUPPORTED_TRACES = frozenset({"bar", "heatmap", "histogram", "scatter"})


def _category_axes(data: list[dict[str, Any]]) -> set[str]:
    """Layout names of the axes along which bars or histogram bins stand (drawn gridless)."""
    axes = set()
    for trace in data:
        if trace.get("type") in _ORIENTED:
            horizontal = trace.get("orientation", "h" if "y" in trace and "x" not in trace
                                   and trace.get("type") == "histogram" else "v") == "h"
            ref = trace.get("yaxis", "y") if horizontal else trace.get("xaxis", "x")
            axes.add(f"{ref[0]}axis{ref[1:]}")
    return axes


def _implied_switches(template_axis: Mapping[str, Any], axis: Mapping[str, Any],
                      has_grid: bool) -> dict[str, bool]:
    """The switches Plotly.js would have left at their defaults, made explicit.

    Plotly.js shows an axis line, grid or zero line by default when the figure sets its
    colour or width — but not when only the template does. Once the template's colours are
    written into the figure, that default would flip; these values keep it.
    """
    switches = {}
    for switch, (styles, default) in _SWITCHES.items():
        if switch in axis or any(style in axis for style in styles):
            continue
        if any(style in template_axis for style in styles):
            switches[switch] = has_grid if default is None else default
    return switches


def bake_template(data: list[dict[str, Any]], layout: dict[str, Any],
                  template: Mapping[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Traces and layout with ``template``'s settings written into them (new objects).

    ``data`` are trace dicts (with ``type``); a trace of a :data:`SUPPORTED_TRACES` type
    uses the axes named by its ``xaxis``/``yaxis`` (default ``x``/``y``). ``layout`` must
    not contain a template itself.
    """
    t_layout: dict[str, Any] = dict(template.get("layout", {}))
    t_data: Mapping[str, list[dict[str, Any]]] = template.get("data", {})

    baked_layout = dict(layout)
    gridless = _category_axes(data)
    for name in sorted(_axes_used(data, layout)):
        letter = name[0]
        default = t_layout.get(name, t_layout.get(f"{letter}axis", {}))
        baked_layout[name] = _merged(default, layout.get(name, {}))
        baked_layout[name].update(_implied_switches(default, layout.get(name, {}),
                                                    name not in gridless))
    for defaults, items in _ITEM_DEFAULTS.items():
        if items in layout:
            baked_layout[items] = [_merged(t_layout.get(defaults, {}), item)
                                   for item in layout[items]]
    for key, default in t_layout.items():
        if _AXIS.match(key) or key in _ITEM_DEFAULTS or key.startswith(_OTHER_SUBPLOTS):
            continue
        baked_layout[key] = _merged(default, layout[key]) if key in layout else default

    baked_data = []
    seen: dict[str, int] = {}
    for trace in data:
        kind = trace.get("type", "scatter")
        styles = t_data.get(kind) or []
        if styles:
            style = {key: value for key, value in styles[seen.get(kind, 0) % len(styles)].items()
                     if key != "type"}
            trace = _merged(style, trace)
        seen[kind] = seen.get(kind, 0) + 1
        baked_data.append(trace)
    return baked_data, baked_layout


def _uses_colour_axis(fig: go.Figure) -> bool:
    """Whether a trace takes its colours from a shared colour axis (``coloraxis``)."""
    for trace in fig.data:
        marker = getattr(trace, "marker", None)
        for holder in (trace, marker):
            if holder is not None and "coloraxis" in holder._valid_props and holder["coloraxis"]:
                return True
    return False


class BrowserFigure(go.Figure):
    """A figure given by its JSON form: what :func:`for_browser` hands ``st.plotly_chart``.

    Building a ``go.Figure`` from plain lists would validate every number again (several
    times the cost of the chart's own construction). This one is an empty figure whose
    :meth:`to_dict` — through which plotly.py serialises a figure, and Streamlit with it —
    returns the prepared ``spec``. ``tests/test_figures_browser.py`` checks that the chart
    Streamlit sends is this spec.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__(layout={"template": {}})  # {}: no default template to copy in
        self._browser_spec = spec

    def to_dict(self) -> dict[str, Any]:
        return {"data": [dict(trace) for trace in self._browser_spec["data"]],
                "layout": dict(self._browser_spec["layout"])}


def for_browser(fig: go.Figure) -> go.Figure:
    """The figure Plotly.js can take twice and draw once (see the module docstring).

    Returns ``fig`` itself when it has a trace type outside :data:`SUPPORTED_TRACES` or
    another kind of subplot (a colour axis, geo, polar …).
    """
    if any(trace.type not in SUPPORTED_TRACES for trace in fig.data) or _uses_colour_axis(fig):
        return fig
    layout = plain(fig.layout.to_plotly_json())
    template = layout.pop("template", None) or {}
    if any(key.startswith(_OTHER_SUBPLOTS) for key in layout):
        return fig
    data = [plain(trace.to_plotly_json()) for trace in fig.data]
    data, layout = bake_template(data, layout, template)
    layout["datarevision"] = hashlib.blake2b(
        json.dumps(data, sort_keys=True, default=str).encode(), digest_size=8).hexdigest()
    return BrowserFigure({"data": data, "layout": layout})
