"""Results: arrays by default, the tidy frame only when asked."""

from __future__ import annotations

import numpy as np

from sim.repeated import FRAME_COLUMNS, MatchSettings, Payoffs, play_match


def result(**kw):
    settings = MatchSettings(**{"rounds": 8, "replicates": 5, **kw})
    return play_match("tit_for_tat", "suspicious_tit_for_tat", Payoffs.dilemma(), settings,
                      np.random.default_rng(0))


def test_frame_columns_and_order():
    frame = result().to_frame()
    assert tuple(frame.columns) == FRAME_COLUMNS
    assert len(frame) == 5 * 8 * 2
    first = frame.iloc[:4]
    assert first.player.tolist() == ["US", "KP", "US", "KP"]
    assert first["round"].tolist() == [1, 1, 2, 2]
    assert first.actual.astype(str).tolist() == ["C", "D", "D", "C"]
    assert first.observed.astype(str).tolist() == ["D", "C", "C", "D"]
    assert first.strategy.tolist()[:2] == ["tit_for_tat", "suspicious_tit_for_tat"]
    assert first.payoff.tolist() == [0, 5, 5, 0]


def test_frame_for_the_first_replicates_only_and_without_unplayed_rounds():
    res = result(replicates=50, continuation=0.8, rounds=30)
    frame = res.to_frame(replicates=3)
    assert set(frame.replicate) <= {0, 1, 2}
    assert len(frame) == 2 * int(res.lengths[:3].sum())
    assert frame.groupby("replicate")["round"].max().tolist() == res.lengths[:3].tolist()


def test_trust_in_the_frame_matches_the_arrays():
    res = result(noise=0.1)
    frame = res.to_frame()
    us = frame[frame.player == "US"]
    np.testing.assert_allclose(us.trust.to_numpy(), res.trust[0].ravel())


def test_moves_string_respects_length():
    res = result(rounds=6, replicates=1)
    assert res.moves_string(0) == ("CDCDCD", "DCDCDC")
