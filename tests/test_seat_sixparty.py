"""A student in one seat of the six-party model (sim.seat_sixparty)."""

from __future__ import annotations

import numpy as np
import pytest

from sim.debrief_sixparty import BREAK_SHARE, cycle_episodes
from sim.errors import InputError
from sim.io import bundled_scenarios, dump_scenario, parse_scenario_text
from sim.scenario import SixPartyScenario
from sim.seat_sixparty import (
    CODES,
    MIN_QUARTERS,
    POSTURE_CODES,
    SeatGame,
    allowed_postures,
    comparison,
    counterpart,
    cycle_findings,
    debrief,
    decode_postures,
    encode_postures,
    fixed_paths,
    generator,
    own_path,
    own_postures,
    pivot_findings,
    play,
    played_params,
    posture_numbers,
    shortened,
    trust_findings,
)
from sim.sixparty.ensemble import run_ensemble
from sim.sixparty.model import SixPartyModel, run_once
from sim.sixparty.params import PARTY_CODES
from sim.sixparty.postures import DPRK_POSTURES, STATE_POSTURES
from sim.sixparty.recorder import PARTY_SERIES

LIBRARY = {s.id: s for _, s in bundled_scenarios()}


@pytest.fixture(scope="module")
def leaky():
    return LIBRARY["leaky_sanctions"].parameters


@pytest.fixture(scope="module")
def summit():
    return LIBRARY["summit_diplomacy_2018_2019"].parameters


def same(a: SeatGame, b: SeatGame) -> bool:
    return (np.array_equal(a.world, b.world) and np.array_equal(a.parties, b.parties)
            and np.array_equal(a.trust, b.trust) and a.outcome == b.outcome)


def stance(game: SeatGame, party: str, name: str) -> np.ndarray:
    return game.parties[:, PARTY_CODES.index(party), PARTY_SERIES.index(name)]


# -- replay -----------------------------------------------------------------------------


def test_the_same_seed_and_postures_replay_the_same_game(leaky):
    postures = ["hardline"] * 6 + ["engagement"] * 6
    first, second = play(leaky, 4, "US", postures), play(leaky, 4, "US", postures)
    assert same(first, second)
    assert first.frame().equals(second.frame())
    assert not np.array_equal(first.world, play(leaky, 5, "US", postures).world)


def test_appending_a_posture_never_changes_an_earlier_quarter(leaky):
    postures = ["byungjin", "economic_construction", "nuclear_consolidation", "brinkmanship"] * 5
    full = play(leaky, 1, "KP", postures)
    for k in (1, 7, 19):
        part = play(leaky, 1, "KP", postures[:k])
        assert part.played == k and part.outcome is None
        assert np.array_equal(part.world, full.world[:k])
        assert np.array_equal(part.trust, full.trust[:k])
    assert full.finished and full.outcome is not None


def test_the_models_random_numbers_do_not_depend_on_the_choices(leaky):
    """The model pre-draws all its uniforms when built: the same block whatever is chosen."""
    from sim.seat_sixparty import seat_schedule

    blocks = []
    for posture in ("engagement", "maximum_pressure"):
        model = SixPartyModel(leaky, generator(9), seat_schedule(leaky, "US", [posture] * 20))
        before = model.rng.bit_generator.state
        for _ in range(leaky.horizon):
            model.step()
        assert model.rng.bit_generator.state == before  # nothing drawn while playing
        blocks.append(np.asarray(model._uniforms))
    assert np.array_equal(blocks[0], blocks[1])


def test_the_own_path_is_run_once_and_the_first_run_of_the_ensemble(leaky):
    own = own_path(leaky, 11, "CN")
    plain = run_once(leaky, generator(11))
    assert np.array_equal(own.world, plain.world) and own.outcome == plain.outcome
    ens = run_ensemble(leaky, 3, 11)
    assert np.array_equal(own.world, ens.world[0]) and own.outcome == ens.outcomes[0]
    # a plain generator of the seed is another stream: not the convention used
    assert not np.array_equal(own.world, run_once(leaky, np.random.default_rng(11)).world)


@pytest.mark.parametrize("party", PARTY_CODES)
def test_playing_the_scenarios_own_postures_is_the_own_path(leaky, party):
    postures = own_postures(leaky, party)
    assert len(postures) == leaky.horizon
    assert same(play(leaky, 2, party, postures), own_path(leaky, 2, party))


# -- the student's posture takes effect ----------------------------------------------------


def test_a_dprk_moratorium_tests_less_than_byungjin_on_every_seed(leaky):
    for seed in range(5):
        moratorium = play(leaky, seed, "KP", ["economic_construction"] * 20)
        byungjin = play(leaky, seed, "KP", ["byungjin"] * 20)
        assert moratorium.tests() < byungjin.tests()
        assert moratorium.outcome.nuclear_tests <= byungjin.outcome.nuclear_tests


def test_us_maximum_pressure_sanctions_more_and_talks_less_than_engagement(leaky):
    seeds = range(6)
    pressure = [play(leaky, s, "US", ["maximum_pressure"] * 20).outcome for s in seeds]
    engage = [play(leaky, s, "US", ["engagement"] * 20).outcome for s in seeds]
    assert sum(o.sanctions_rounds for o in pressure) > sum(o.sanctions_rounds for o in engage)
    assert sum(o.talks_rounds for o in pressure) < sum(o.talks_rounds for o in engage)


def test_the_students_postures_replace_the_schedule_and_the_others_keep_theirs(leaky):
    game = play(leaky, 0, "US", ["hardline"] * 10 + ["summit_diplomacy"] * 10)
    own = own_path(leaky, 0, "US")
    hardline, summit = STATE_POSTURES["hardline"], STATE_POSTURES["summit_diplomacy"]
    assert np.allclose(stance(game, "US", "pressure"), [hardline.pressure] * 10 + [summit.pressure] * 10)
    assert np.allclose(stance(game, "US", "openness"), [hardline.openness] * 10 + [summit.openness] * 10)
    assert not np.allclose(stance(own, "US", "pressure"), stance(game, "US", "pressure"))
    for other in ("KP", "KR", "CN", "JP", "RU"):  # their administration events still apply
        for name in ("pressure", "openness", "enforcement"):
            assert np.array_equal(stance(game, other, name), stance(own, other, name))
    assert len(set(stance(game, "KR", "openness"))) > 1  # KR's 2017Q2 change happened


def test_the_student_party_keeps_its_scheduled_policy_events(summit):
    """Only postures are the student's: China still relaxes enforcement in 2018Q3."""
    game = play(summit, 0, "CN", ["hardline"] * 8)
    enforcement = stance(game, "CN", "enforcement")
    start = summit.parties["CN"].enforcement
    assert start != 0.55
    assert list(enforcement) == [start, start] + [0.55] * 6
    assert np.allclose(stance(game, "CN", "pressure"), STATE_POSTURES["hardline"].pressure)


def test_the_frame_has_one_row_per_quarter_with_the_posture_and_the_events(leaky):
    postures = ["byungjin", "byungjin", "economic_construction"]
    game = play(leaky, 3, "KP", postures)
    frame = game.frame()
    assert list(frame["quarter"]) == ["2016Q1", "2016Q2", "2016Q3"]
    assert list(frame["posture"]) == postures and list(frame["code"]) == ["bj", "bj", "ec"]
    assert list(frame["drive"]) == [DPRK_POSTURES[p].drive for p in postures]
    assert frame["missile_tests"].sum() + frame["nuclear_tests"].sum() == game.tests()
    assert np.allclose(frame["trust_in_counterpart"], game.trust_between("KP", "US"))
    assert np.allclose(frame["trust_from_counterpart"], game.trust_between("US", "KP"))
    assert list(frame["counterpart"]) == ["US"] * 3
    assert play(leaky, 3, "KP", []).frame().empty


# -- comparison ---------------------------------------------------------------------------


def test_the_comparison_has_your_game_the_own_path_and_every_posture(summit):
    postures = ["economic_construction"] * 4 + ["byungjin"] * 4
    frame = comparison(summit, 6, "KP", postures)
    assert list(frame["path"]) == ["you", "own"] + ["fixed"] * len(DPRK_POSTURES)
    assert list(frame.loc[frame["path"] == "fixed", "posture"]) == list(DPRK_POSTURES)
    you, own = frame.iloc[0], frame.iloc[1]
    game, path = play(summit, 6, "KP", postures), run_once(summit, generator(6))
    assert you["outcome"] == game.outcome.outcome and you["tests"] == game.tests()
    assert own["outcome"] == path.outcome.outcome
    assert own["final_tension"] == pytest.approx(path.outcome.final_tension)
    paths = fixed_paths(summit, 6, "KP")
    for _, row in frame[frame["path"] == "fixed"].iterrows():
        assert row["tests"] == paths[row["posture"]].tests()
    with pytest.raises(InputError, match="finished game"):
        comparison(summit, 6, "KP", postures[:5])


def test_played_params_replay_the_game_as_a_scenario(leaky):
    postures = ["hardline"] * 4 + ["engagement"] * 8 + ["hardline"] * 8
    game = play(leaky, 8, "US", postures)
    params = played_params(leaky, "US", postures, "Chosen in play")
    assert params.parties["US"].posture == "hardline"
    mine = [e for e in params.schedule if e.kind == "administration" and e.party == "US"]
    assert [(e.quarter, e.posture) for e in mine] == [("2017Q1", "engagement"),
                                                      ("2019Q1", "hardline")]
    assert all(e.label == "Chosen in play" for e in mine)
    others = [e for e in params.schedule if not (e.kind == "administration" and e.party == "US")]
    assert len(others) == len([e for e in leaky.schedule
                               if not (e.kind == "administration" and e.party == "US")])
    assert np.array_equal(run_ensemble(params, 1, 8).world[0], game.world)
    scenario = SixPartyScenario.model_validate({**LIBRARY["leaky_sanctions"].model_dump(),
                                                "parameters": params})
    again = parse_scenario_text(dump_scenario(scenario)).parameters
    assert np.array_equal(run_once(again, generator(8)).world, game.world)


def test_a_shortened_scenario_keeps_its_first_quarters():
    history = LIBRARY["history_1993_2024"].parameters
    short = shortened(history, 12)
    assert short.horizon == 12 and short.start == history.start
    assert all(e.quarter < "1996Q1" for e in short.schedule)
    full = run_once(history, generator(3))
    assert np.array_equal(own_path(short, 3, "US").world, full.world[:12])
    assert shortened(history, history.horizon) is history


# -- inputs -------------------------------------------------------------------------------


@pytest.mark.parametrize(("call", "says"), [
    (lambda p: play(p, 0, "XX", []), "unknown party 'XX'; allowed: US, KP, KR, CN, JP, RU"),
    (lambda p: play(p, 0, "US", ["engagement", "byungjin"]), "'byungjin' (quarter 2)"),
    (lambda p: play(p, 0, "KP", ["hardline"]), "allowed: brinkmanship"),
    (lambda p: play(p, 0, "CN", ["mediator"] * 21), "21 postures were chosen but the game has 20"),
    (lambda p: play(p, -1, "CN", ["mediator"]), "seed = -1"),
    (lambda p: shortened(p, 3), "allowed: 4 to 20"),
    (lambda p: shortened(p, 21), "allowed: 4 to 20"),
    (lambda p: played_params(p, "US", []), "at least one quarter"),
    (lambda p: decode_postures("sp,zz", "US", 20), "posture code 'zz'"),
    (lambda p: decode_postures("bj", "US", 20), "not one US can hold; allowed: en, ce"),
    (lambda p: decode_postures("sp," * 21, "US", 20), "at most 20"),
    (lambda p: encode_postures(["calm"]), "unknown posture 'calm'"),
    (lambda p: posture_numbers("RU", "byungjin"), "not one RU can hold"),
])
def test_bad_input_is_one_clear_sentence(leaky, call, says):
    with pytest.raises(InputError) as info:
        call(leaky)
    message = str(info.value)
    assert says in message and "allowed" in message and "\n" not in message


def test_posture_codes_are_unique_cover_both_tables_and_round_trip():
    assert set(POSTURE_CODES) == set(STATE_POSTURES) | set(DPRK_POSTURES)
    assert len(set(POSTURE_CODES.values())) == len(POSTURE_CODES)
    for party in PARTY_CODES:
        postures = list(allowed_postures(party))
        text = encode_postures(postures)
        assert decode_postures(text, party, len(postures)) == postures
        assert decode_postures(text.upper().replace(",", " , "), party, len(postures)) == postures
    assert allowed_postures("KP") == tuple(DPRK_POSTURES)
    assert allowed_postures("JP") == tuple(STATE_POSTURES)
    assert decode_postures("", "US", 4) == []
    assert counterpart("KP") == "US" and counterpart("RU") == "KP"
    assert MIN_QUARTERS == 4


# -- debrief ------------------------------------------------------------------------------


def test_every_finding_has_a_known_code_and_its_values(leaky):
    postures = ["maximum_pressure"] * 10 + ["engagement"] * 10
    findings = debrief(leaky, 3, "US", postures)
    codes = [f.code for f in findings]
    assert codes[:2] == ["sixparty_seat_outcome", "sixparty_seat_compare"]
    for finding in findings:
        assert set(finding.values) == set(CODES[finding.code]), finding.code
    partial = [f.code for f in debrief(leaky, 3, "US", postures[:6])]
    assert "sixparty_seat_outcome" not in partial and "sixparty_seat_compare" not in partial


def test_the_outcome_and_comparison_findings_match_the_game(summit):
    postures = ["military_first"] * 8
    findings = {f.code: f.values for f in debrief(summit, 2, "KP", postures)}
    game, frame = play(summit, 2, "KP", postures), comparison(summit, 2, "KP", postures)
    outcome = findings["sixparty_seat_outcome"]
    assert outcome["outcome"] == game.outcome.outcome
    assert outcome["missile_tests"] == game.outcome.missile_tests
    compare = findings["sixparty_seat_compare"]
    calmer = (frame["final_tension"] < game.final_tension() - 1e-12).sum()
    assert compare["rank"] == calmer + 1 and compare["paths"] == 2 + len(DPRK_POSTURES)
    fixed = frame[frame["path"] == "fixed"]
    assert compare["best_tension"] == pytest.approx(fixed["final_tension"].min())


def test_the_trust_break_is_the_first_quarter_below_half_the_start(leaky):
    game = play(leaky, 0, "KP", ["byungjin"] * 20)
    broke = [f for f in trust_findings(leaky, game) if f.code == "sixparty_seat_trust_broke"]
    assert broke, "byungjin on seed 0 breaks the DPRK's trust in the US"
    values = broke[0].values
    series = game.trust_between(values["side"], values["other"])
    line = BREAK_SHARE * leaky.parties[values["side"]].trust[values["other"]]
    first = int(np.flatnonzero(series < line)[0])
    assert values["quarter"] == game.labels[first] and values["posture"] == "byungjin"
    assert (series[:first] >= line).all()
    held = trust_findings(leaky, play(leaky, 0, "US", ["engagement"] * 20))
    assert {f.code for f in held} == {"sixparty_seat_trust_held"}


def test_the_pivot_is_the_departure_that_moved_tension_most(leaky):
    own = list(own_postures(leaky, "US"))
    assert [f.code for f in pivot_findings(leaky, 1, play(leaky, 1, "US", own))] == [
        "sixparty_seat_own_line"]
    postures = ["maximum_pressure"] * 20
    game = play(leaky, 1, "US", postures)
    (finding,) = pivot_findings(leaky, 1, game)
    departures = [k for k in range(20) if postures[k] != own[k]]
    changes = {}
    for k in departures:
        alternative = list(postures)
        alternative[k] = own[k]
        changes[k] = game.final_tension() - play(leaky, 1, "US", alternative).final_tension()
    assert finding.values["departures"] == len(departures)
    if finding.code == "sixparty_seat_pivot":
        k = game.labels.index(finding.values["quarter"])
        assert abs(changes[k]) == pytest.approx(max(abs(c) for c in changes.values()))
        assert finding.values["change"] == pytest.approx(changes[k])
        assert finding.values["own_posture"] == own[k]
    else:
        assert all(abs(c) < 1e-12 for c in changes.values())


def test_cycles_follow_the_six_party_debriefs_definition(leaky):
    for posture in ("byungjin", "economic_construction"):
        game = play(leaky, 0, "KP", [posture] * 20)
        frame = game.frame()
        tested = (frame["missile_tests"] + frame["nuclear_tests"]).to_numpy() > 0
        sanctioned = (frame["unsc_resolutions"] + frame["unilateral_rounds"]).to_numpy() > 0
        episodes = cycle_episodes(tested, sanctioned)
        (finding,) = cycle_findings(game)
        if episodes:
            assert finding.code == "sixparty_seat_cycles"
            assert finding.values["episodes"] == len(episodes)
            assert finding.values["quarter"] == game.labels[episodes[0][0]]
        else:
            assert finding.code == "sixparty_seat_no_cycles"
            assert finding.values["sanctioned_tests"] == int((tested & sanctioned).sum())
    assert cycle_findings(play(leaky, 0, "KP", ["byungjin"] * 20))[0].code == "sixparty_seat_cycles"


def test_a_debrief_needs_a_quarter(leaky):
    with pytest.raises(InputError, match="at least one quarter played"):
        debrief(leaky, 0, "US", [])
