"""The home page and the app shell under Streamlit's AppTest."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.i18n import tr
from sim.io import bundled_scenarios

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_home_lists_the_library_and_shows_a_scenario(lang):
    at = AppTest.from_file(str(DASHBOARD / "views" / "home.py"), default_timeout=30)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    table = next(md.value for md in at.markdown if md.value.startswith("| "))
    library = bundled_ids()
    assert len(table.splitlines()) == 2 + len(library)
    for scenario_id, _ in library:
        assert scenario_id.replace("_", "\\_") in table
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


def home(query: dict[str, str] | None = None, lang: str = "en") -> AppTest:
    """The home page on its own (no navigation: page links become plain names)."""
    at = AppTest.from_file(str(DASHBOARD / "views" / "home.py"), default_timeout=30)
    at.session_state["lang"] = lang
    for name, value in (query or {}).items():
        at.query_params[name] = value
    at.run()
    assert not at.exception
    return at


def shown_text(at: AppTest) -> str:
    return " ".join([m.value for m in at.markdown] + [i.value for i in at.info])


def test_the_scenario_picked_travels_in_the_link():
    first = home()
    default = first.selectbox(key="home_pick").value
    other = next(key for key, _ in bundled_ids() if key != default)
    first.selectbox(key="home_pick").set_value(other).run()
    assert first.query_params["scenario"] == other
    second = home({name: value for name, value in first.query_params.items()})
    assert second.selectbox(key="home_pick").value == other
    scenario = dict(bundled_ids())[other]
    assert scenario.description.get("en") in shown_text(second)
    assert scenario.description.get("en") not in shown_text(home())


def test_a_bad_scenario_in_the_link_is_named_and_the_page_keeps_working():
    at = home({"scenario": "no_such_scenario"})
    warning = at.warning[0].value
    assert "scenario=no_such_scenario" in warning and "echo_effect" in warning
    assert at.selectbox(key="home_pick").value in dict(bundled_ids())
    assert at.query_params["scenario"] == at.selectbox(key="home_pick").value


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_classroom_block_names_the_pages_the_teacher_view_and_links(lang):
    at = home(lang=lang)
    text = shown_text(at)
    for key in ("nav.stage_game", "nav.trust_cycle", "nav.play_seat", "nav.who_moves_first",
                "nav.six_parties", "nav.run_scenario"):
        assert tr(key, lang) in text  # named, since links need the app's navigation
    assert tr("home.class.title", lang) in [h.value for h in at.header]
    assert tr("teacher.toggle", lang) in text
    assert ("address bar" if lang == "en" else "地址栏") in text


def app() -> AppTest:
    at = AppTest.from_file(str(DASHBOARD / "app.py"), default_timeout=30)
    at.query_params["scenario"] = "trust_building_2018"
    at.run()
    assert not at.exception
    return at


def test_through_the_app_the_steps_link_to_every_registered_page():
    links = [link.proto for link in app().get("page_link")]
    steps = {link.page for link in links if not link.query_string}
    app_source = (DASHBOARD / "app.py").read_text(encoding="utf-8")
    registered = set(re.findall(r'":material/\w+:",\s*"([\w-]+)"\)', app_source))
    assert len(registered) >= 10
    assert steps == registered - {"home"}
    assert all(link.page_script_hash for link in links)


def test_a_scenario_links_to_the_pages_that_open_it():
    links = [link.proto for link in app().get("page_link") if link.query_string]
    assert {(link.page, link.query_string) for link in links} == {
        (page, "scenario=trust_building_2018") for page in ("trust-cycle", "play", "run")}
    # following the link to "Play a seat" opens the game of that scenario
    play = AppTest.from_file(str(DASHBOARD / "views" / "play_seat.py"), default_timeout=30)
    play.query_params["scenario"] = "trust_building_2018"
    play.run()
    assert not play.exception and not play.warning
    assert play.session_state["ps_scenario"] == "trust_building_2018"
    assert play.session_state["ps_opponent"] == "trust_threshold"


def test_the_picker_folds_into_controls_in_the_teacher_view():
    at = AppTest.from_file(str(DASHBOARD / "views" / "home.py"), default_timeout=30)
    at.session_state["teacher"] = True
    at.run()
    assert not at.exception
    assert "Controls" in [e.label for e in at.expander]
