"""The "Who moves first" page under Streamlit's AppTest."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "who_moves_first.py"


def page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=90)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception
    return at


def table(at: AppTest):
    """The comparison table (the other dataframe on the page is the step editor)."""
    return next(d.value for d in at.dataframe if d.value.columns[0] in ("Order", "次序"))


def titles(at: AppTest) -> list[str]:
    return [json.loads(c.proto.spec)["layout"]["title"]["text"] for c in at.get("plotly_chart")]


def test_page_draws_every_chart_and_reacts_to_trust():
    at = page()
    assert titles(at) == ["Minimum trust each order needs", "Who moves when, and what is verified",
                          "Self-enforcing? Trust × number of phases", "Minimum trust — As agreed",
                          "How implementation ends (1,000 runs per order)"]
    column = "Self-enforcing"
    assert table(at)[column].tolist()[-1] == "yes"  # the Agreed Framework as written, trust 0.55
    at.slider(key="wmf_trust").set_value(0.3).run()
    assert not at.exception
    assert table(at)[column].tolist()[-1] == "no"


def test_presets_switch_and_load_their_settings():
    at = page()
    at.selectbox(key="wmf_preset").set_value("hanoi_2019").run()
    assert not at.exception
    assert at.session_state["wmf_trust"] == 0.3 and at.session_state["wmf_phases"] == 3
    assert at.session_state["wmf_agreement"] == "big_deal"
    at.radio(key="wmf_agreement").set_value("yongbyon_for_relief").run()
    assert not at.exception
    assert "Dismantle the Yongbyon complex" in json.dumps(
        json.loads(at.get("plotly_chart")[1].proto.spec)["data"], ensure_ascii=False)
    at.selectbox(key="wmf_preset").set_value("custom").run()
    assert not at.exception and len(at.get("plotly_chart")) == 5


def test_uniform_verification_moves_the_marker_and_the_map_order_changes():
    at = page()
    at.checkbox(key="wmf_uniform").check().run()
    at.slider(key="wmf_verification").set_value(0.6).run()
    at.selectbox(key="wmf_map_order").set_value("package_deal").run()
    assert not at.exception
    assert "Minimum trust — Package deal" in titles(at)


def test_page_in_chinese():
    at = page("zh")
    assert "各次序所需的最低信任" in titles(at)
    assert table(at).columns[0] == "次序"


def test_edited_steps_are_checked_and_the_page_keeps_running():
    at = page()
    editor = "wmf_steps_agreed_framework_1994_agreed_framework"
    at.session_state[editor] = {"edited_rows": {0: {"value": -5}}, "added_rows": [],
                                "deleted_rows": []}
    at.run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        "Input problem: step 1 (freeze) value = -5.0 is out of range; allowed: 0.0 to 1000.0"]
    assert not at.get("plotly_chart")
    at.session_state[editor] = {"edited_rows": {}, "deleted_rows": [],
                                "added_rows": [{"name": "suspend_exercises", "phase": 1}]}
    at.run()
    assert not at.exception and not at.error
    assert "Suspend exercises" in json.dumps(json.loads(at.get("plotly_chart")[1].proto.spec),
                                             ensure_ascii=False)
