"""The History page under AppTest: events, record against model, fit numbers."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "history.py"


def page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=120)
    at.session_state["lang"] = lang
    at.session_state["hi_runs"] = 20
    at.run()
    assert not at.exception
    return at


def titles(at: AppTest) -> list[str]:
    return [json.loads(c.proto.spec)["layout"]["title"]["text"] for c in at.get("plotly_chart")]


def test_page_shows_events_counts_and_fit():
    at = page()
    assert any("dated events" in x for x in titles(at))
    assert any("Missile-test events" in x for x in titles(at))
    fit = at.dataframe[0].value
    assert len(fit) == 10 and set(fit["Period"]) == {"in sample", "out of sample"}


def test_filters_and_series_change_the_charts():
    at = page()
    at.multiselect(key="hi_types").set_value(["nuclear_test"]).run()
    assert not at.exception
    events = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert len(events["data"]) == 1 and len(events["data"][0]["x"]) == 6
    at.selectbox(key="hi_series").set_value("unsc_resolutions").run()
    assert any("UN sanctions resolutions" in x for x in titles(at))
    at.multiselect(key="hi_types").set_value([]).run()
    assert not at.exception and at.info and len(at.get("plotly_chart")) == 1


def test_chinese_page():
    at = page("zh")
    assert any("有日期的事件" in x for x in titles(at))
    assert "样本外" in set(at.dataframe[0].value["时期"])
