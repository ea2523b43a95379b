"""Home: what Peninsula is, how to use it in class, and the bundled scenario library.

The landing page of a lesson: a suggested path through the pages (links to each), where
the teacher view is, and how links and downloads carry results. The scenario picked in the
library travels in the address (``?scenario=<id>``), so a teacher can send the class
straight to one scenario's description, teaching notes and questions; from there, links
open the pages that model that kind of scenario with ``scenario=<id>`` in their address.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from streamlit.errors import StreamlitPageNotFoundError

from dashboard.cached.scenarios import scenario_library
from dashboard.i18n import current_lang, t
from dashboard.layout import controls
from dashboard.results import markdown_table
from dashboard.share import Field, publish, restore
from sim.scenario import ScenarioBase

PAGE = "home"

#: A suggested path through a course: (what to do, the pages that do it). Page scripts are
#: given relative to ``dashboard/app.py``, which registers them with ``st.navigation``.
CLASS_STEPS: list[tuple[str, list[tuple[str, str]]]] = [
    ("home.class.step.stage_game", [("views/stage_game.py", "nav.stage_game")]),
    ("home.class.step.trust_cycle", [("views/trust_cycle.py", "nav.trust_cycle")]),
    ("home.class.step.play_seat", [("views/play_seat.py", "nav.play_seat")]),
    ("home.class.step.who_moves_first", [("views/who_moves_first.py", "nav.who_moves_first")]),
    ("home.class.step.six_parties", [("views/six_parties.py", "nav.six_parties"),
                                     ("views/history.py", "nav.history"),
                                     ("views/play_sixparty.py", "nav.play_party")]),
    ("home.class.step.experiments", [("views/run_scenario.py", "nav.run_scenario"),
                                     ("views/compare.py", "nav.compare"),
                                     ("views/sensitivity.py", "nav.sensitivity")]),
]

#: The pages that open a scenario of each kind (besides "Run a scenario", which opens any).
KIND_PAGES: dict[str, list[tuple[str, str]]] = {
    "stage_game": [("views/stage_game.py", "nav.stage_game")],
    "repeated": [("views/trust_cycle.py", "nav.trust_cycle"), ("views/play_seat.py", "nav.play_seat")],
    "sequencing": [("views/who_moves_first.py", "nav.who_moves_first")],
    "sixparty": [("views/six_parties.py", "nav.six_parties")],
}
RUN_PAGE = ("views/run_scenario.py", "nav.run_scenario")


def page_link(script: str, label: str, query: dict[str, str] | None = None) -> None:
    """A link to another page of the app; plain text when this page runs on its own.

    Links to pages resolve only through ``dashboard/app.py``'s navigation; run alone (as
    the page tests do), the page names the page instead of linking to it.
    """
    try:
        st.page_link(script, label=label, query_params=query)
    except StreamlitPageNotFoundError:
        st.markdown(f"**{label}**")


def classroom_block() -> None:
    """How to use Peninsula in class: a path through the pages, the teacher view, links."""
    st.header(t("home.class.title"))
    st.markdown(t("home.class.intro"))
    for number, (text, pages) in enumerate(CLASS_STEPS, start=1):
        left, right = st.columns([2, 5], vertical_alignment="center")
        with left:
            for script, title in pages:
                page_link(script, f"{number}. {t(title)}" if len(pages) == 1 else t(title))
        right.markdown(t(text))
    st.info(t("home.class.teacher"), icon=":material/co_present:")
    st.info(t("home.class.links"), icon=":material/link:")
    st.info(t("home.class.downloads"), icon=":material/download:")


def library_table(library: dict[str, ScenarioBase], lang: str) -> pd.DataFrame:
    return pd.DataFrame([
        {
            t("common.id"): s.id,
            t("common.title"): s.title.get(lang),
            t("common.kind"): t(f"kind.{s.kind}"),
            t("common.era"): s.era,
        }
        for s in library.values()
    ])


def show_scenario(scenario: ScenarioBase, lang: str) -> None:
    st.markdown(f"**{scenario.title.get(lang)}** · {scenario.era}")
    st.markdown(scenario.description.get(lang))
    st.caption(t("home.open_in"))
    for script, title in [*KIND_PAGES.get(scenario.kind, []), RUN_PAGE]:
        page_link(script, t(title), {"scenario": scenario.id})
    with st.expander(t("common.teaching_notes")):
        st.markdown(scenario.teaching_notes.get(lang))
    with st.expander(t("common.questions")):
        for number, question in enumerate(scenario.questions, start=1):
            st.markdown(f"{number}. {question.get(lang)}")
    with st.expander(t("common.references")):
        for ref in scenario.references:
            extra = f" ({ref.date})" if ref.date else ""
            st.markdown(f"- *{ref.kind}*: {ref.title}{extra}" + (f" — {ref.detail}" if ref.detail else ""))


lang = current_lang()
library = scenario_library()
fields = [Field("home_pick", "choice", options=lambda: list(library), name="scenario")]
restore(PAGE, fields)
st.title(t("app.title"))
st.subheader(t("app.tagline"))
st.markdown(t("home.intro"))

classroom_block()

st.header(t("home.models"))
st.markdown(t("home.models_list"))

st.header(t("home.library"))
# Plain Markdown: 22 rows of text need no sorting or scrolling, and any table element would
# load a large script on a first visit (see markdown_table).
st.markdown(markdown_table(library_table(library, lang)))
with controls():
    chosen = st.selectbox(
        t("home.pick"), options=list(library), key="home_pick",
        format_func=lambda key: library[key].title.get(lang),
    )
publish(PAGE, fields)
if chosen:
    show_scenario(library[chosen], lang)
