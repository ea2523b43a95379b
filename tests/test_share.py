"""Links that carry a page's settings: encoding, checking, and a round trip through a page."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard.share import Field, decode, encode

PAGE = Path(__file__).resolve().parent.parent / "dashboard" / "views" / "trust_cycle.py"


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_floats_read_back_exactly(value):
    field = Field("x_value", "float", -1e9, 1e9)
    assert decode(field, encode(field, value)) == value


@given(st.integers(min_value=0, max_value=2**31 - 1))
def test_integers_read_back_exactly(value):
    field = Field("x_seed", "int", 0, 2**31 - 1)
    assert decode(field, encode(field, value)) == value


def test_lists_and_booleans_read_back():
    names = Field("x_names", "list", options=["a", "b", "c"])
    assert decode(names, encode(names, ["c", "a"])) == ["c", "a"]
    flag = Field("x_flag", "bool")
    assert decode(flag, encode(flag, True)) is True
    assert decode(flag, encode(flag, False)) is False


@pytest.mark.parametrize(("field", "text", "says"), [
    (Field("x_noise", "float", 0.0, 0.5), "0.9", "from 0 to 0.5"),
    (Field("x_noise", "float", 0.0, 0.5), "nan", "from 0 to 0.5"),
    (Field("x_noise", "float", 0.0, 0.5), "abc", "from 0 to 0.5"),
    (Field("x_rounds", "int", 5, 300), "5.5", "whole number"),
    (Field("x_rounds", "int", 5, 300), "1000", "from 5 to 300"),
    (Field("x_pick", "choice", options=["a", "b"]), "z", "one of a, b"),
    (Field("x_many", "list", options=["a", "b"]), "a,zz", "list of a, b"),
    (Field("x_flag", "bool"), "yes", "0 or 1"),
    (Field("x_name", "text"), "x" * 500, "at most"),
])
def test_values_not_allowed_say_what_is(field, text, says):
    with pytest.raises(ValueError, match=says):
        decode(field, text)


def test_url_name_drops_the_page_prefix():
    assert Field("tc_noise", "float").url_name() == "noise"
    assert Field("rs_p.noise", "float", name="p.noise").url_name() == "p.noise"
    assert not math.isnan(decode(Field("x_v", "float"), "1e300"))


def fresh(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=60)
    at.session_state["lang"] = "en"
    for name, value in (query or {}).items():
        at.query_params[name] = value
    at.run()
    assert not at.exception
    return at


def test_a_link_reproduces_the_numbers_in_a_fresh_session():
    first = fresh()
    first.slider(key="tc_noise").set_value(0.13).run()
    first.slider(key="tc_prior").set_value(0.35).run()
    first.selectbox(key="tc_us").set_value("grudger").run()
    first.number_input(key="tc_seed").set_value(7).run()
    assert not first.exception
    link = {name: value for name, value in first.query_params.items()}
    assert link["noise"] == "0.13" and link["seed"] == "7" and link["us"] == "grudger"
    expected = first.table[0].value

    second = fresh(link)
    assert second.session_state["tc_noise"] == 0.13
    assert second.session_state["tc_us"] == "grudger"
    assert second.table[0].value.equals(expected)
    # and the defaults give other numbers, so the comparison above could fail
    assert not fresh().table[0].value.equals(expected)


def test_a_link_naming_only_a_scenario_loads_that_scenario():
    at = fresh({"scenario": "trust_building_2018"})
    assert at.session_state["tc_kp"] == "trust_threshold"
    assert at.session_state["tc_rounds"] == 24


def test_bad_link_values_are_named_and_the_page_still_works():
    at = fresh({"noise": "7", "us": "nobody", "seed": "12"})
    warning = " ".join(w.value for w in at.warning)
    assert "noise=7" in warning and "from 0 to 0.5" in warning
    assert "us=nobody" in warning and "tit_for_tat" in warning
    assert at.session_state["tc_noise"] == 0.05  # the scenario's own value
    assert at.session_state["tc_seed"] == 12  # a good value beside bad ones is kept
    assert len(at.get("plotly_chart")) == 3


def test_a_later_change_is_not_undone_by_the_link():
    at = fresh({"noise": "0.2"})
    at.slider(key="tc_noise").set_value(0.3).run()
    assert at.session_state["tc_noise"] == 0.3
    assert at.query_params["noise"] == "0.3"
