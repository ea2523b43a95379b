"""A student's seat in a repeated match: replay, prefix stability, the classic comparison."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sim.errors import InputError
from sim.repeated.classics import CLASSIC_NAMES
from sim.repeated.params import RepeatedParams
from sim.seat import classic_totals, played_total, seat_index, seat_match, seat_probe

GAME = {"game": "classic", "name": "prisoners_dilemma", "T": 5, "R": 3, "P": 1, "S": 0}


def params(opponent="generous_tit_for_tat", rounds=12, noise=0.1, misperception=0.1, seed=4,
           **extra):
    return RepeatedParams.model_validate({
        "game": GAME, "row_strategy": {"name": opponent}, "column_strategy": {"name": opponent},
        "rounds": rounds, "noise": noise, "misperception": misperception, "seed": seed,
        "replicates": 500, **extra})


def shown(result, played):
    """Everything the page reveals about the first ``played`` rounds."""
    return (result.intended[:, 0, :played].tolist(), result.actual[:, 0, :played].tolist(),
            result.observed[:, 0, :played].tolist(), result.payoff[:, 0, :played].tolist(),
            result.trust[:, 0, :played].tolist())


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="CD", min_size=12, max_size=12), st.sampled_from(["US", "KP"]),
       st.sampled_from(["generous_tit_for_tat", "random", "trust_threshold", "detective"]))
def test_appending_a_move_never_changes_an_earlier_round(moves, seat, opponent):
    p = params(opponent)
    full = seat_match(p, seat, moves)
    for played in range(len(moves) + 1):
        assert shown(seat_match(p, seat, moves[:played]), played) == shown(full, played)


def test_the_students_moves_are_the_seats_intentions():
    result = seat_match(params(), "KP", "DDC")
    assert "".join("D" if m else "C" for m in result.intended[1, 0, :3]) == "DDC"
    # past the moves made, the script is padded with cooperation
    assert not result.intended[1, 0, 3:].any()
    assert result.replicates == 1 and result.rounds == 12


def test_same_seed_and_moves_replay_identically_and_another_seed_differs():
    first = seat_match(params(seed=9), "US", "CDCCDCCCDC")
    again = seat_match(params(seed=9), "US", "CDCCDCCCDC")
    other = seat_match(params(seed=10), "US", "CDCCDCCCDC")
    assert shown(first, 10) == shown(again, 10)
    assert shown(first, 10) != shown(other, 10)


def test_moves_that_copy_a_classic_score_what_the_classic_scores():
    # against Always Cheat without noise, tit for tat plays C then D for ever
    p = params("defector", rounds=8, noise=0.0, misperception=0.0)
    totals = classic_totals(p, "US")
    assert set(totals) == set(CLASSIC_NAMES)
    assert totals["tit_for_tat"] == 0 + 7 * 1
    assert totals["defector"] == 8 * 1 and totals["cooperator"] == 0
    student = seat_match(p, "US", "CDDDDDDD")
    assert played_total(student, 0, 8) == totals["tit_for_tat"]


def test_the_dprk_seat_is_the_column_player():
    p = params("cooperator", rounds=4, noise=0.0, misperception=0.0)
    assert seat_index(p, "KP") == 1 and seat_index(p, "US") == 0
    result = seat_match(p, "KP", "DDDD")
    assert played_total(result, 1, 4) == 4 * 5 and played_total(result, 0, 4) == 0
    assert classic_totals(p, "KP", ["defector"]) == {"defector": 20.0}


def test_bad_seats_and_moves_are_refused():
    with pytest.raises(InputError, match="unknown seat 'CN'"):
        seat_match(params(), "CN", "C")
    with pytest.raises(InputError, match="at most 12"):
        seat_match(params(), "US", "C" * 13)
    with pytest.raises(InputError, match="C or D"):
        seat_match(params(), "US", "CX")


def test_seat_probe_replays_the_students_script():
    p = params("tit_for_tat", rounds=10, noise=0.0, misperception=0.0)
    probe = seat_probe(p, "US", "CCCCCCCCCC", replicates=6)
    assert probe.base == 1.0 and probe.replicates == 6
    defecting = seat_probe(p, "US", "DDDDDDDDDD", replicates=6)
    assert defecting.base == 0.0
    assert np.isfinite([e.change for e in defecting.effects]).all()
