"""The home page and the app shell under Streamlit's AppTest."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from sim.io import bundled_scenarios

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_home_lists_the_library_and_shows_a_scenario(lang):
    at = AppTest.from_file(str(DASHBOARD / "views" / "home.py"), default_timeout=30)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) >= 2
    picker = at.selectbox(key="home_pick")
    picker.select_index(len(picker.options) - 1).run()
    assert not at.exception
    chosen = dict(bundled_ids())[at.selectbox(key="home_pick").value]
    shown = " ".join(md.value for md in at.markdown)
    assert chosen.title.get(lang) in shown
    assert chosen.description.get(lang) in shown
    assert ("讨论问题" if lang == "zh" else "Discussion questions") in " ".join(
        e.label for e in at.expander)


def bundled_ids():
    return [(s.id, s) for _, s in bundled_scenarios()]


def test_app_shell_runs_and_switches_language():
    at = AppTest.from_file(str(DASHBOARD / "app.py"), default_timeout=30)
    at.run()
    assert not at.exception
    assert at.session_state["lang"] == "en"
    at.radio(key="lang_choice").set_value("zh").run()
    assert not at.exception
    assert at.session_state["lang"] == "zh"
    assert any("情景库" in h.value for h in at.header)
