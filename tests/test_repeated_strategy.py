"""The strategy contract, checked for every registered strategy, and the registry."""

from __future__ import annotations

import inspect
import math
import re

import numpy as np
import pytest

from sim.errors import InputError
from sim.repeated import (
    REGISTRY,
    MatchSettings,
    Payoffs,
    Scripted,
    Strategy,
    Traits,
    get_strategy,
    make_strategy,
    play_match,
    strategy_names,
)
from sim.repeated.strategy import History

NAMES = strategy_names()
SCRIPTS = ("CCCCCCCCCC", "DDDDDDDDDD", "CDCDCDCDCD", "CCDDCCDDCC", "DCCCCCCCCD")


def test_registry_holds_the_classics_and_the_postures():
    required = {
        "cooperator", "defector", "tit_for_tat", "suspicious_tit_for_tat",
        "generous_tit_for_tat", "tit_for_two_tats", "grudger", "win_stay_lose_shift",
        "alternator", "random", "detective", "engagement", "strategic_patience",
        "maximum_pressure", "calibrated_practical", "byungjin", "brinkmanship",
        "action_for_action", "security_first", "trust_threshold",
    }
    assert required <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_strategy_is_documented_and_typed(name):
    cls = REGISTRY[name]
    assert cls.name == name and re.fullmatch(r"[a-z][a-z_]+", name)
    assert cls.friendly_name.strip() and cls.source.strip()
    assert cls.__doc__ and len(inspect.cleandoc(cls.__doc__)) > 40
    assert isinstance(cls.traits, Traits)
    assert cls.traits.memory_depth >= 0
    assert cls.side in ("any", "US", "KP")
    for param in cls.parameters:
        assert param.low <= param.high and param.help
        assert param.default is None or param.low <= param.default <= param.high


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("name", NAMES)
def test_every_strategy_keeps_the_contract(name, script):
    """Boolean moves, one per replicate; deterministic strategies never draw."""
    strategy = make_strategy(name)
    payoffs = Payoffs.dilemma()
    size = 7
    strategy.reset(size, payoffs.own(0))
    own = np.zeros((len(script), size), dtype=bool)
    other = np.array([[m == "D"] * size for m in script])
    odds = np.zeros(size)
    rng = np.random.default_rng(3)
    for t in range(len(script)):
        before = rng.bit_generator.state
        moves = strategy.decide(History(t, own, other, odds, slice(None), size), rng)
        assert isinstance(moves, np.ndarray) and moves.dtype == bool and moves.shape == (size,)
        if not strategy.stochastic:
            assert rng.bit_generator.state == before, f"{name} drew a random number"
            assert np.all(moves == moves[0]), "same history, same move"
        own[t] = moves


@pytest.mark.parametrize("name", NAMES)
def test_deterministic_strategies_repeat_themselves(name):
    settings = MatchSettings(rounds=30, replicates=3)
    runs = [play_match(name, "random", Payoffs.dilemma(), settings, np.random.default_rng(s))
            for s in (1, 1)]
    np.testing.assert_array_equal(runs[0].actual, runs[1].actual)


def test_unknown_strategy_lists_the_allowed_names():
    with pytest.raises(InputError, match="unknown strategy 'tit_for_3_tats'; allowed: cooperator"):
        get_strategy("tit_for_3_tats")


def test_parameters_are_checked():
    with pytest.raises(InputError, match="unknown parameter 'k' of strategy 'grudger'; allowed: none"):
        make_strategy("grudger", {"k": 2})
    with pytest.raises(InputError, match="'rounds' of strategy 'strategic_patience' = 0 is out of range"):
        make_strategy("strategic_patience", {"rounds": 0})
    with pytest.raises(InputError, match="must be a whole number"):
        make_strategy("strategic_patience", {"rounds": 2.5})
    with pytest.raises(InputError, match="is not a number"):
        make_strategy("random", {"p": "half"})
    assert make_strategy("random", {"p": 0.25}).params == {"p": 0.25}


def test_stochastic_flag_follows_parameters():
    assert make_strategy("random").stochastic
    assert not make_strategy("random", {"p": 1.0}).stochastic
    assert not make_strategy("maximum_pressure").stochastic
    assert make_strategy("maximum_pressure", {"summit_probability": 0.1}).stochastic
    assert not make_strategy("generous_tit_for_tat", {"generosity": 0.0}).stochastic


def test_memory_depths_are_typed():
    assert get_strategy("grudger").traits.memory_depth == math.inf
    assert get_strategy("tit_for_tat").traits.memory_depth == 1
    assert get_strategy("trust_threshold").traits.uses_trust


def test_history_refuses_trust_to_strategies_that_did_not_declare_it():
    history = History(0, np.zeros((1, 2), bool), np.zeros((1, 2), bool), None, slice(None), 2)
    with pytest.raises(RuntimeError, match="uses_trust"):
        history.trust()


def test_scripted_player_and_bad_scripts():
    result = play_match(Scripted("CDD"), "tit_for_tat", Payoffs.dilemma(),
                        MatchSettings(rounds=5), np.random.default_rng(0))
    assert result.moves_string(0) == ("CDDDD", "CCDDD")
    with pytest.raises(InputError, match="letters C and D"):
        Scripted("CXD")


def test_a_strategy_subclass_needs_a_rule():
    class NoRule(Strategy):
        name = "no_rule"
        friendly_name = "No rule"
        source = "test"
        traits = Traits(memory_depth=0, stochastic=False)

    with pytest.raises(NotImplementedError):
        NoRule().decide(History(0, np.zeros((1, 1), bool), np.zeros((1, 1), bool), None,
                                slice(None), 1), np.random.default_rng(0))
