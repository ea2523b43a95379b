"""Home: what Peninsula is, and the bundled scenario library."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.cached.scenarios import scenario_library
from dashboard.i18n import current_lang, t

lang = current_lang()
st.title(t("app.title"))
st.subheader(t("app.tagline"))
st.markdown(t("home.intro"))

st.header(t("home.models"))
st.markdown(t("home.models_list"))

st.header(t("home.library"))
library = scenario_library()
rows = [
    {
        t("common.id"): s.id,
        t("common.title"): s.title.get(lang),
        t("common.kind"): t(f"kind.{s.kind}"),
        t("common.era"): s.era,
    }
    for s in library.values()
]
st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="home_library")

chosen = st.selectbox(
    t("home.pick"), options=list(library), key="home_pick",
    format_func=lambda key: library[key].title.get(lang),
)
if chosen:
    scenario = library[chosen]
    st.markdown(f"**{scenario.title.get(lang)}** · {scenario.era}")
    st.markdown(scenario.description.get(lang))
    with st.expander(t("common.teaching_notes")):
        st.markdown(scenario.teaching_notes.get(lang))
    with st.expander(t("common.questions")):
        for number, question in enumerate(scenario.questions, start=1):
            st.markdown(f"{number}. {question.get(lang)}")
    with st.expander(t("common.references")):
        for ref in scenario.references:
            extra = f" ({ref.date})" if ref.date else ""
            st.markdown(f"- *{ref.kind}*: {ref.title}{extra}" + (f" — {ref.detail}" if ref.detail else ""))
