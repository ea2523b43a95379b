"""The teacher view: controls out of the way, charts large enough for a projector.

A sidebar toggle (or ``?teacher=1`` in a link) switches it on. Pages wrap their widgets in
:func:`controls`, which in the teacher view becomes a collapsed expander — the instructor
opens it to move a slider and closes it again — and draw charts through
:func:`dashboard.results.Results.chart`, which in the teacher view enlarges the fonts and
the height of every figure (:func:`projector_sized`) and draws it across the whole page,
one chart per row, instead of side by side in columns. A little CSS also enlarges the page's
text and hides Streamlit's toolbar.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import plotly.graph_objects as go
import streamlit as st

from dashboard.figures.style import BASE_FONT_SIZE, TITLE_FONT_SIZE
from dashboard.i18n import t

__all__ = ["TEACHER_KEY", "controls", "projector_sized", "settings_box", "teacher_toggle",
           "teacher_view"]

TEACHER_KEY = "teacher"
#: How much larger fonts and charts are in the teacher view.
FONT_SCALE = 1.4
HEIGHT_SCALE = 1.3

_CSS = """
<style>
[data-testid="stMainBlockContainer"] { font-size: 1.25rem; max-width: 100%;
                                       padding-top: 2rem; }
[data-testid="stMainBlockContainer"] h1 { font-size: 2.6rem; }
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none; }
</style>
"""


def teacher_view() -> bool:
    """Whether the teacher view is on in this session."""
    return bool(st.session_state.get(TEACHER_KEY, False))


def teacher_toggle() -> None:
    """The sidebar switch (first set from ``?teacher=1``) and, when on, the page CSS."""
    state = st.session_state
    if TEACHER_KEY not in state:
        state[TEACHER_KEY] = st.query_params.get(TEACHER_KEY) == "1"
    # Re-assigning keeps the value when a page without the toggle ran in between.
    state[TEACHER_KEY] = bool(state[TEACHER_KEY])
    st.sidebar.toggle(t("teacher.toggle"), key=TEACHER_KEY, help=t("teacher.help"))
    if teacher_view():
        st.html(_CSS)


@contextmanager
def settings_box(label: str, expanded: bool) -> Iterator[None]:
    """An expander for settings inside :func:`controls` — or none in the teacher view, where
    the controls are already one folded expander (Streamlit cannot nest expanders)."""
    if teacher_view():
        yield
        return
    with st.expander(label, expanded=expanded):
        yield


@contextmanager
def controls() -> Iterator[None]:
    """Where a page draws its widgets: in place, or folded away in the teacher view."""
    if teacher_view():
        with st.expander(t("teacher.controls"), expanded=False, icon=":material/tune:"):
            yield
    else:
        yield


def projector_sized(fig: go.Figure) -> go.Figure:
    """A copy of ``fig`` with fonts and height scaled up for a projector."""
    fig = go.Figure(fig)
    height = fig.layout.height or 440
    fig.update_layout(
        height=int(height * HEIGHT_SCALE),
        font_size=round(BASE_FONT_SIZE * FONT_SCALE),
        title_font_size=round(TITLE_FONT_SIZE * FONT_SCALE),
        legend_font_size=round((BASE_FONT_SIZE - 1) * FONT_SCALE),
    )
    axis_fonts = {"title_font_size": round(BASE_FONT_SIZE * FONT_SCALE),
                  "tickfont_size": round((BASE_FONT_SIZE - 1) * FONT_SCALE)}
    fig.update_xaxes(**axis_fonts)
    fig.update_yaxes(**axis_fonts)
    return fig
