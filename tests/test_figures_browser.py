"""The figure the dashboard sends to the browser: same chart, drawn once per update.

Unit tests check :func:`dashboard.figures.browser.bake_template` and
:func:`~dashboard.figures.browser.for_browser` on their own and through Streamlit. The
browser tests draw figures both ways with the Plotly.js that plotly.py ships and compare
everything Plotly.js computed for them (``_fullLayout``, ``_fullData``), and check that a
fresh copy of the sent figure is not drawn again — the point of the exercise — while a
copy of the original is.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import plotly
import plotly.graph_objects as go
import plotly.io as pio
import pytest
from plotly.subplots import make_subplots
from streamlit.testing.v1 import AppTest

import dashboard.figures.style  # registers Peninsula's default template
import dashboard.results
from dashboard.figures.browser import (
    SUPPORTED_TRACES,
    BrowserFigure,
    bake_template,
    for_browser,
    plain,
)
from dashboard.figures.margins import reserve_margins
from dashboard.figures.repeated import payoff_heatmap, ranking_figure, shares_figure
from dashboard.figures.style import styled

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "trust_cycle.py"
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


# -- baking a template ------------------------------------------------------------------------


TEMPLATE = {
    "layout": {"font": {"family": "Serif", "size": 15, "color": "#222"},
               "xaxis": {"gridcolor": "#eee", "title": {"standoff": 15}},
               "yaxis": {"gridcolor": "#ddd"},
               "yaxis2": {"gridcolor": "#0f0"},
               "annotationdefaults": {"arrowcolor": "#333", "font": {"size": 11}},
               "geo": {"bgcolor": "white"}},
    "data": {"scatter": [{"type": "scatter", "marker": {"size": 5}},
                         {"type": "scatter", "marker": {"size": 9}}],
             "bar": [{"type": "bar", "marker": {"line": {"width": 0.5}}}]},
}


def test_bake_template_fills_what_the_figure_leaves_unset():
    data = [{"type": "scatter", "x": [1], "marker": {"color": "red"}},
            {"type": "scatter", "x": [2], "xaxis": "x2", "yaxis": "y2"},
            {"type": "scatter", "x": [3], "marker": {"size": 20}},
            {"type": "bar", "x": [4]},
            {"type": "pie", "values": [1, 2]}]
    layout = {"font": {"size": 18}, "xaxis": {"title": {"text": "Round"}},
              "annotations": [{"text": "a"}, {"text": "b", "arrowcolor": "red"}]}
    baked_data, baked = bake_template(data, layout, TEMPLATE)
    # the figure's own values win; nested settings merge
    assert baked["font"] == {"family": "Serif", "size": 18, "color": "#222"}
    # every axis a trace uses is styled, by the template's own entry for it if it has one;
    # a grid shows where it would have without the template's colour written in: not along
    # the bars (x), everywhere else
    assert baked["xaxis"] == {"gridcolor": "#eee", "title": {"standoff": 15, "text": "Round"},
                              "showgrid": False}
    assert baked["xaxis2"] == {"gridcolor": "#eee", "title": {"standoff": 15}, "showgrid": True}
    assert baked["yaxis"] == {"gridcolor": "#ddd", "showgrid": True}
    assert baked["yaxis2"] == {"gridcolor": "#0f0", "showgrid": True}
    assert baked["annotations"] == [
        {"text": "a", "arrowcolor": "#333", "font": {"size": 11}},
        {"text": "b", "arrowcolor": "red", "font": {"size": 11}}]
    assert "annotationdefaults" not in baked and "geo" not in baked
    # traces of a type cycle through the template's styles for it
    assert [t.get("marker") for t in baked_data[:3]] == [
        {"size": 5, "color": "red"}, {"size": 9}, {"size": 20}]
    assert baked_data[3]["marker"] == {"line": {"width": 0.5}}
    assert baked_data[4] == {"type": "pie", "values": [1, 2]}
    # nothing given was changed
    assert layout["font"] == {"size": 18} and data[0]["marker"] == {"color": "red"}


def test_plain_turns_numpy_and_pandas_into_python():
    import pandas as pd

    value = {"a": np.arange(3), "b": [np.float64(0.5), pd.Series([1.5, 2.5])],
             "c": np.array(["x", None], dtype=object), "d": np.int64(4),
             "e": np.array(["2006-10-09"], dtype="datetime64[us]")}
    assert plain(value) == {"a": [0, 1, 2], "b": [0.5, [1.5, 2.5]], "c": ["x", None], "d": 4,
                            "e": ["2006-10-09T00:00:00.000000"]}
    assert type(plain(value)["d"]) is int


def line_figure(offset: float = 0.0) -> go.Figure:
    fig = go.Figure(go.Scatter(x=np.arange(5), y=np.linspace(0, 1, 5) + offset, name="US"))
    return styled(fig, "Trust", "Round", "Trust (probability)", "Side")


def test_for_browser_sends_no_template_plain_lists_and_a_data_revision():
    fig = line_figure()
    spec = for_browser(fig).to_dict()
    assert "template" not in spec["layout"]
    assert spec["data"][0]["x"] == [0, 1, 2, 3, 4]
    assert spec["layout"]["font"]["family"] == fig.layout.template.layout.font.family
    assert spec["layout"]["xaxis"]["title"]["text"] == "Round"
    assert spec["layout"]["xaxis"]["gridcolor"] == fig.layout.template.layout.xaxis.gridcolor
    # the revision follows the data, and only the data
    assert for_browser(line_figure()).to_dict()["layout"]["datarevision"] == \
        spec["layout"]["datarevision"]
    assert for_browser(line_figure(0.1)).to_dict()["layout"]["datarevision"] != \
        spec["layout"]["datarevision"]
    # the server's own figure, kept for reports and downloads, is untouched
    assert "template" in fig.to_dict()["layout"] and fig.layout.datarevision is None


def test_for_browser_leaves_other_subplots_to_plotly():
    polar = go.Figure(go.Scatterpolar(r=[1, 2], theta=[0, 90]))
    assert for_browser(polar) is polar
    colour_axis = go.Figure(go.Heatmap(z=[[1, 2]], coloraxis="coloraxis"))
    assert for_browser(colour_axis) is colour_axis
    # Plotly.js cannot redraw a contour without recomputing it
    contour = go.Figure([go.Scatter(x=[1], y=[1]), go.Contour(z=[[1, 2], [3, 4]])])
    assert "contour" not in SUPPORTED_TRACES and for_browser(contour) is contour
    # without a template there is nothing to bake, but the arrays still become lists
    untemplated = go.Figure(go.Scatter(x=np.arange(2), y=[1, 2]))
    untemplated.layout.template = None
    spec = for_browser(untemplated).to_dict()
    assert spec["data"][0]["x"] == [0, 1] and spec["layout"]["datarevision"]


def test_streamlit_sends_the_prepared_figure():
    """The trust page's charts reach the browser without a template and with plain lists."""
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    at.session_state["lang"] = "en"
    at.run()
    assert not at.exception
    charts = [node for node in _walk(at._tree) if getattr(node, "type", "") == "plotly_chart"]
    assert len(charts) >= 3
    for chart in charts:
        spec = json.loads(chart.proto.spec)
        assert "template" not in spec["layout"]
        assert spec["layout"]["datarevision"]
        assert spec["layout"]["title"]["text"] and spec["layout"]["font"]["family"]
        assert all(isinstance(trace.get("x", []), list) for trace in spec["data"])


def _walk(node):
    children = getattr(node, "children", {})
    for child in (children.values() if isinstance(children, dict) else children):
        yield child
        yield from _walk(child)


def test_browser_figure_serialises_as_its_spec():
    spec = {"data": [{"type": "bar", "x": [1], "y": [2]}], "layout": {"height": 300}}
    figure = BrowserFigure(spec)
    assert figure.to_dict() == spec
    assert json.loads(pio.to_json(figure, validate=False)) == spec


# -- in the browser ---------------------------------------------------------------------------


def figures() -> dict[str, go.Figure]:
    """Figures covering the trace types and layout parts the dashboard uses."""
    rng = np.random.default_rng(1)
    subplots = make_subplots(rows=2, cols=1, shared_xaxes=True, subplot_titles=("Top", "Bottom"))
    subplots.add_trace(go.Scatter(x=np.arange(20), y=rng.random(20), mode="lines",
                                  fill="tozeroy", name="US"), row=1, col=1)
    subplots.add_trace(go.Scatter(x=np.arange(20), y=rng.random(20), mode="markers",
                                  name="DPRK"), row=2, col=1)
    subplots.add_hline(y=0.5, line_dash="dot", row=2, col=1)
    subplots.add_annotation(x=3, y=0.8, text="talks", row=1, col=1)
    styled(subplots, "Two panels", legend_title="Side", height=500)
    bars = go.Figure([go.Bar(x=["A", "B", "C"], y=[3, 1, 2], name="episodes",
                             error_y={"type": "data", "array": [0.2, 0.1, 0.3]}),
                      go.Bar(x=["A", "B", "C"], y=[1, 2, 1], name="tests")])
    styled(bars, "Bars", "Kind", "Count (per year)", "Series")
    histogram = styled(go.Figure(go.Histogram(x=rng.normal(size=200), name="draws")),
                       "Histogram", "Value", "Count", "Series")
    return {
        "subplots": subplots, "bars": bars, "histogram": histogram,
        "heatmap": payoff_heatmap(rng.random((3, 3)), ["tit_for_tat", "grudger", "pavlov"], "en"),
        "ranking": ranking_figure(_ranking(), "zh"),
        "shares": shares_figure(np.arange(5), rng.dirichlet([1, 1], size=5), ["tit_for_tat", "grudger"],
                                "Shares", "Generation", "en"),
    }


def _ranking():
    import pandas as pd

    return pd.DataFrame({"strategy": ["tit_for_tat", "grudger"], "score": [2.5, 2.1],
                         "ci_low": [2.4, 2.0], "ci_high": [2.6, None]})


COMPARE_JS = """
async ([original, sent]) => {
  const clone = value => JSON.parse(JSON.stringify(value));
  // Everything Plotly.js computed, minus its private state and what is meant to differ.
  const skip = new Set(['template', 'datarevision', 'uid', '_input', 'index']);
  const tidy = (value, depth) => {
    if (depth > 12 || typeof value === 'function' || value instanceof Node) return undefined;
    if (Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value, v => tidy(v, depth + 1));
    if (value && typeof value === 'object') {
      const out = {};
      for (const key of Object.keys(value).sort()) {
        if (key.startsWith('_') || skip.has(key)) continue;
        const item = tidy(value[key], depth + 1);
        if (item !== undefined) out[key] = item;
      }
      return out;
    }
    return value;
  };
  const draw = async spec => {
    const div = document.createElement('div');
    div.style.width = '900px';
    document.body.appendChild(div);
    await Plotly.react(div, clone(spec.data), clone(spec.layout), {displaylogo: false});
    return div;
  };
  const redraws = async (div, spec) => {
    let count = 0;
    div.on('plotly_beforeplot', () => { count += 1; });
    await Plotly.react(div, clone(spec.data), clone(spec.layout), {displaylogo: false});
    return count;
  };
  const a = await draw(original), b = await draw(sent);
  const result = {
    layout: [JSON.stringify(tidy(a._fullLayout, 0)), JSON.stringify(tidy(b._fullLayout, 0))],
    data: [JSON.stringify(tidy(a._fullData, 0)), JSON.stringify(tidy(b._fullData, 0))],
    redraws: [await redraws(a, original), await redraws(b, sent)],
  };
  Plotly.purge(a); Plotly.purge(b); a.remove(); b.remove();
  return result;
}
"""


def differences(a: object, b: object, path: str) -> list[str]:
    """Where two JSON values differ, as ``path: a != b`` lines."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [line for key in sorted(set(a) | set(b))
                for line in differences(a.get(key), b.get(key), f"{path}.{key}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [line for i, (x, y) in enumerate(zip(a, b, strict=True))
                for line in differences(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"[:300]]


@pytest.fixture(scope="module")
def plotly_page(browser):
    page = browser.new_page()
    page.set_content("<html><body></body></html>")
    page.add_script_tag(path=str(PLOTLY_JS))
    yield page
    page.close()


def assert_same_chart_drawn_once(page, fig: go.Figure) -> None:
    original = json.loads(pio.to_json(fig, validate=False))
    sent = json.loads(pio.to_json(for_browser(fig), validate=False))
    assert "template" in original["layout"] and "template" not in sent["layout"]
    result = page.evaluate(COMPARE_JS, [original, sent])
    for part in ("layout", "data"):
        drawn, sent_drawn = (json.loads(text) for text in result[part])
        found = differences(drawn, sent_drawn, part)
        assert not found, "\n".join(found)
    # a fresh copy of the original is drawn again from scratch; of the sent figure, not
    assert result["redraws"] == [1, 0]


@pytest.mark.browser
@pytest.mark.parametrize("name", sorted(figures()))
def test_the_sent_figure_draws_the_same_chart_once(plotly_page, name):
    assert_same_chart_drawn_once(plotly_page, reserve_margins(figures()[name]))


def page_figures() -> list[tuple[str, go.Figure]]:
    """Every chart the dashboard's pages draw with their default settings."""
    from dashboard.app import PAGES

    drawn: list[tuple[str, go.Figure]] = []
    original = dashboard.results.for_browser

    def record(fig: go.Figure) -> go.Figure:
        drawn.append((script, fig))
        return original(fig)

    dashboard.results.for_browser = record
    try:
        for _, pages in PAGES:
            for script, *_ in pages:
                at = AppTest.from_file(str(PAGE.parent / script), default_timeout=120)
                at.session_state["lang"] = "en"
                at.run()
                assert not at.exception, script
    finally:
        dashboard.results.for_browser = original
    return [(script, fig) for script, fig in drawn
            if all(trace.type in SUPPORTED_TRACES for trace in fig.data)]


@pytest.mark.browser
def test_every_chart_of_the_pages_draws_the_same_once(plotly_page):
    drawn = page_figures()
    assert len({script for script, _ in drawn}) >= 7 and len(drawn) >= 15
    for script, fig in drawn:
        try:
            assert_same_chart_drawn_once(plotly_page, fig)
        except AssertionError as error:
            raise AssertionError(f"{script}: {fig.layout.title.text}: {error}") from None
