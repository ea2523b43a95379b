"""Peninsula's dashboard: ``streamlit run dashboard/app.py``.

The entry point only sets the page up, draws the language switch and hands over to
``st.navigation``; each page is a script in ``dashboard/views`` (not ``pages/``, which Streamlit would also
list as legacy pages). Page titles are translated
on every run, while URL paths stay fixed so a shared link works in either language.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.i18n import LANG_KEY, LANG_NAMES, LANGS, t
from dashboard.layout import teacher_toggle

PAGES_DIR = Path(__file__).parent / "views"
LANG_WIDGET = "lang_choice"

#: (section key, [(script, title key, icon, url path)]) in the order the sidebar shows them.
PAGES: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    ("nav.section.start", [("home.py", "nav.home", ":material/home:", "home")]),
    (
        "nav.section.models",
        [
            ("stage_game.py", "nav.stage_game", ":material/grid_on:", "stage-game"),
            ("trust_cycle.py", "nav.trust_cycle", ":material/sync_problem:", "trust-cycle"),
            ("who_moves_first.py", "nav.who_moves_first", ":material/swap_horiz:",
             "who-moves-first"),
            ("six_parties.py", "nav.six_parties", ":material/groups:", "six-parties"),
            ("history.py", "nav.history", ":material/history:", "history"),
        ],
    ),
    ("nav.section.experiments", [
        ("run_scenario.py", "nav.run_scenario", ":material/play_circle:", "run"),
        ("compare.py", "nav.compare", ":material/compare_arrows:", "compare"),
        ("sensitivity.py", "nav.sensitivity", ":material/tune:", "sensitivity"),
    ]),
    ("nav.section.classroom", [("play_seat.py", "nav.play_seat", ":material/sports_esports:",
                                "play"),
                               ("play_sixparty.py", "nav.play_party", ":material/flag:",
                                "play-party")]),
]


def _language_switch() -> None:
    """The sidebar's language radio; the choice lives in ``st.session_state["lang"]``.

    The radio has its own key and copies its value into ``lang`` on change, so that pages
    (and tests) read and set one plain session value, and a ``?lang=zh`` link opens in Chinese.
    """
    if LANG_KEY not in st.session_state:
        requested = st.query_params.get(LANG_KEY, "en")
        st.session_state[LANG_KEY] = requested if requested in LANGS else "en"
    st.session_state[LANG_WIDGET] = st.session_state[LANG_KEY]
    st.sidebar.radio(
        t("sidebar.language"),
        options=list(LANGS),
        format_func=LANG_NAMES.__getitem__,
        key=LANG_WIDGET,
        horizontal=True,
        on_change=_language_changed,
    )


def _language_changed() -> None:
    st.session_state[LANG_KEY] = st.session_state[LANG_WIDGET]


def main() -> None:
    st.set_page_config(page_title="Peninsula", page_icon=":material/public:", layout="wide")
    _language_switch()
    teacher_toggle()
    navigation = {
        t(section): [
            st.Page(PAGES_DIR / script, title=t(title), icon=icon, url_path=url,
                    default=(url == "home"))
            for script, title, icon, url in pages
        ]
        for section, pages in PAGES
    }
    st.navigation(navigation).run()


main()
