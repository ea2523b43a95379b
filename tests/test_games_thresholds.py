"""Thresholds: hand cases from the literature, the conditions they need, and laws."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sim.games import StageGame, classic_game
from sim.games.thresholds import (
    chicken_stand_firm,
    generous_tft_forgiveness,
    grim_trigger_delta,
    kydd_trust_threshold,
    thresholds,
    tit_for_tat_delta,
)


def by_key(found):
    return {(t.key, t.player): t for t in found}


def test_axelrod_payoffs():
    # T, R, P, S = 5, 3, 1, 0: grim (5-3)/(5-1) = 1/2; TFT max(1/2, 2/3) = 2/3;
    # GTFT min(1 - 2/3, 2/4) = 1/3 (Nowak & Sigmund 1992)
    assert grim_trigger_delta(5, 3, 1) == (0.5, "ok")
    assert tit_for_tat_delta(5, 3, 1, 0) == (pytest.approx(2 / 3), "ok")
    assert generous_tft_forgiveness(5, 3, 1, 0) == (pytest.approx(1 / 3), "ok")


def test_conditions_that_make_thresholds_inapplicable():
    assert grim_trigger_delta(3, 4, 1) == (None, "no_temptation")
    assert grim_trigger_delta(5, 2, 3) == (None, "no_punishment")
    assert tit_for_tat_delta(4, 3, 1, 3) == (None, "no_sucker_loss")
    value, reason = tit_for_tat_delta(4, 3, 1, 2)  # chicken: (T-R)/(R-S) = 1
    assert (value, reason) == (1.0, "unreachable")
    assert generous_tft_forgiveness(10, 3, 1, 0) == (None, "no_forgiveness")


def test_chicken_stand_firm_and_crash():
    # symmetric chicken 4, 3, 1, 2: q = (4-3)/((4-3)+(2-1)) = 1/2, crash 1/4
    assert chicken_stand_firm(4, 3, 1, 2) == (0.5, "ok")
    found = by_key(thresholds(classic_game("chicken", 4, 3, 1, 2)))
    assert found[("chicken_crash", None)].value == pytest.approx(0.25)
    assert chicken_stand_firm(5, 3, 1, 0)[1] == "not_chicken"


def test_asymmetric_chicken_uses_the_other_players_payoffs():
    # row: T4 R3 S2 P0; column: T5 R3 S2 P1. Row stands firm with the probability that
    # makes the column indifferent: (5-3)/((5-3)+(2-1)) = 2/3; column: (4-3)/((4-3)+(2-0)) = 1/3
    game = StageGame.from_arrays([[3, 2], [4, 0]], [[3, 5], [2, 1]], players=("US", "KP"))
    found = by_key(thresholds(game))
    assert found[("chicken_stand_firm", "US")].value == pytest.approx(2 / 3)
    assert found[("chicken_stand_firm", "KP")].value == pytest.approx(1 / 3)
    assert found[("chicken_crash", None)].value == pytest.approx(2 / 9)
    mixed = next(e for e in game.equilibria().equilibria if not e.is_pure)
    assert mixed.row_strategy[1] == pytest.approx(2 / 3)
    assert mixed.column_strategy[1] == pytest.approx(1 / 3)


def test_kydd_trust_threshold():
    # stag hunt R4 T3 P2 S1: (2-1)/((4-3)+(2-1)) = 1/2
    assert kydd_trust_threshold(R=4, P=2, S=1, T_i=3) == (0.5, "ok")
    assert kydd_trust_threshold(R=4, P=2, S=1, T_i=5) == (None, "not_trustworthy")
    found = by_key(thresholds(classic_game("stag_hunt", 3, 4, 2, 1)))
    assert found[("kydd_trust", "US")].value == pytest.approx(0.5)
    pd = classic_game("prisoners_dilemma", 5, 3, 1, 0)
    assert by_key(thresholds(pd))[("kydd_trust", "KP")].reason == "not_trustworthy"
    given_type = by_key(thresholds(pd, trustworthy_temptation=2))
    assert given_type[("kydd_trust", "KP")].value == pytest.approx(1 / 2)  # (1-0)/((3-2)+1)


def test_meanings_are_one_line_and_name_the_player():
    for t in thresholds(classic_game("prisoners_dilemma", 5, 3, 1, 0)):
        assert "\n" not in t.meaning and "{" not in t.meaning
        if t.player and t.reason != "not_chicken":
            assert t.player in t.meaning
    grim = by_key(thresholds(classic_game("prisoners_dilemma", 5, 3, 1, 0)))[("grim_trigger", "US")]
    assert "δ ≥ 0.5" in grim.meaning


def test_not_a_2x2_game():
    (only,) = thresholds(StageGame.from_arrays(np.zeros((3, 3)), np.zeros((3, 3))))
    assert only.reason == "not_2x2" and only.value is None


distinct_payoffs = st.lists(st.integers(-1000, 1000), min_size=4, max_size=4, unique=True)


@given(distinct_payoffs, st.floats(0.0, 1.0, exclude_max=True))
def test_grim_trigger_threshold_is_where_cooperation_starts_to_pay(values, delta):
    T, R, P, _S = sorted(values, reverse=True)  # a prisoner's dilemma order
    threshold, reason = grim_trigger_delta(T, R, P)
    assert reason == "ok" and 0 < threshold < 1
    cooperate = R / (1 - delta)
    defect = T + delta * P / (1 - delta)
    if delta > threshold + 1e-9:
        assert cooperate >= defect - 1e-6 * (abs(cooperate) + abs(defect))
    elif delta < threshold - 1e-9:
        assert cooperate <= defect + 1e-6 * (abs(cooperate) + abs(defect))


@given(distinct_payoffs)
def test_thresholds_stay_in_the_unit_interval_when_they_apply(values):
    T, R, S, P = sorted(values, reverse=True)  # a chicken order
    value, reason = chicken_stand_firm(T, R, P, S)
    assert reason == "ok" and 0 < value < 1
    kydd, _ = kydd_trust_threshold(R=T, P=S, S=P, T_i=R)  # a trustworthy type: T_i < R
    assert kydd is not None and 0 <= kydd <= 1
