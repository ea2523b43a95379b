"""The analytic thresholds a class discusses for a 2×2 game, per player.

Each threshold is computed from one player's T, R, P, S (see :mod:`sim.games.classify`),
with the actions read as cooperative by the classification. A threshold that does not
apply is returned with ``value=None`` and a one-line reason, never dropped silently.

- **Grim trigger** (Friedman 1971; Axelrod 1984 ch. 3): cooperate until the other defects,
  then defect for ever. Cooperation R/(1−δ) beats a one-time defection T + δP/(1−δ) iff
  δ ≥ δ* = (T − R)/(T − P). Needs T > R (a temptation; otherwise no threat is needed) and
  R > P (a punishment worse than cooperation).
- **Tit-for-tat** (Axelrod 1984, ch. 3; Axelrod & Hamilton 1981): TFT is a best reply to
  itself iff neither always defecting nor alternating defection and cooperation pays more:
  δ ≥ max{(T − R)/(T − P), (T − R)/(R − S)}. Needs T > R, R > P and R > S; a value of 1
  or more means no discount factor below 1 suffices.
- **Generous tit-for-tat** (Molander 1985; Nowak & Sigmund 1992): after a defection,
  cooperate anyway with probability g. Among players who value the future fully, g can be
  at most g* = min{1 − (T − R)/(R − S), (R − P)/(T − P)} for GTFT to stay an equilibrium
  with the most forgiveness; it exists when that minimum is positive.
- **Chicken's mixed equilibrium** (Rapoport & Chammah 1966; Schelling 1960): when both
  players prefer to stand firm against a yielder and to yield against a stand-firm player
  (T > R and S > P), each stands firm with the probability that keeps the *other*
  indifferent, q = (T − R)/((T − R) + (S − P)) computed from the other's payoffs; the crash
  probability is the product of the two.
- **Kydd's trust threshold** (Kydd 2005, *Trust and Mistrust in International Relations*,
  ch. 2): a trustworthy type, whose temptation Tᵢ is below R, cooperates iff its belief π
  that the other is trustworthy satisfies π ≥ π* = (P − S)/((R − Tᵢ) + (P − S)), from
  πR + (1 − π)S ≥ πTᵢ + (1 − π)P. Tᵢ is the player's own T when T < R, or a value given
  for the trustworthy type of a player whose own game is a dilemma.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sim.games.classify import classify, ordinal_payoffs

if TYPE_CHECKING:
    from sim.games.game import StageGame

__all__ = [
    "Threshold",
    "chicken_stand_firm",
    "generous_tft_forgiveness",
    "grim_trigger_delta",
    "kydd_trust_threshold",
    "thresholds",
    "tit_for_tat_delta",
]


@dataclass(frozen=True)
class Threshold:
    """One threshold for one player (``player`` None for a game-wide value).

    ``reason`` is ``"ok"`` when ``value`` applies, else a short code (``no_temptation``,
    ``no_punishment``, ``unreachable``, ``no_sucker_loss``, ``no_forgiveness``, ``not_chicken``,
    ``not_trustworthy``, ``not_2x2``) that ``meaning`` explains in one line.
    """

    key: str
    player: str | None
    value: float | None
    reason: str
    meaning: str


def grim_trigger_delta(T: float, R: float, P: float) -> tuple[float | None, str]:
    """δ* = (T − R)/(T − P), with the reason code."""
    if T <= R:
        return None, "no_temptation"
    if R <= P:
        return None, "no_punishment"
    return (T - R) / (T - P), "ok"


def tit_for_tat_delta(T: float, R: float, P: float, S: float) -> tuple[float | None, str]:
    """δ* = max{(T − R)/(T − P), (T − R)/(R − S)}, with the reason code."""
    grim, reason = grim_trigger_delta(T, R, P)
    if grim is None:
        return None, reason
    if R <= S:
        return None, "no_sucker_loss"
    value = max(grim, (T - R) / (R - S))
    return value, "ok" if value < 1 else "unreachable"


def generous_tft_forgiveness(T: float, R: float, P: float, S: float) -> tuple[float | None, str]:
    """g* = min{1 − (T − R)/(R − S), (R − P)/(T − P)}, with the reason code."""
    if T <= R:
        return None, "no_temptation"
    if R <= P:
        return None, "no_punishment"
    if R <= S:
        return None, "no_sucker_loss"
    value = min(1 - (T - R) / (R - S), (R - P) / (T - P))
    return (value, "ok") if value > 0 else (None, "no_forgiveness")


def chicken_stand_firm(T: float, R: float, P: float, S: float) -> tuple[float | None, str]:
    """Probability of standing firm that makes a player with these payoffs indifferent."""
    if not (T > R and S > P):
        return None, "not_chicken"
    return (T - R) / ((T - R) + (S - P)), "ok"


def kydd_trust_threshold(R: float, P: float, S: float, T_i: float) -> tuple[float | None, str]:
    """π* = (P − S)/((R − Tᵢ) + (P − S)) for a trustworthy type with Tᵢ < R."""
    if T_i >= R:
        return None, "not_trustworthy"
    if P <= S:
        return 0.0, "ok"  # cooperating is never worse: any belief will do
    return (P - S) / ((R - T_i) + (P - S)), "ok"


def thresholds(game: StageGame, trustworthy_temptation: float | None = None
               ) -> tuple[Threshold, ...]:
    """Every threshold of a 2×2 game, per player; one explained entry for other games."""
    if not game.is_2x2:
        return (Threshold("all", None, None, "not_2x2", _MEANINGS["not_2x2"]),)
    kind = classify(game)
    cooperative = (game.row_actions.index(kind.cooperative_actions[0]),  # type: ignore[index]
                   game.column_actions.index(kind.cooperative_actions[1]))  # type: ignore[index]
    values = [ordinal_payoffs(game, p, cooperative) for p in (0, 1)]
    found: list[Threshold] = []
    for p, v in enumerate(values):
        name = game.players[p]
        found.append(_make("grim_trigger", name, grim_trigger_delta(v["T"], v["R"], v["P"])))
        found.append(_make("tit_for_tat", name, tit_for_tat_delta(**v)))
        found.append(_make("generous_tft", name, generous_tft_forgiveness(**v)))
        t_i = v["T"] if trustworthy_temptation is None else trustworthy_temptation
        found.append(_make("kydd_trust", name, kydd_trust_threshold(v["R"], v["P"], v["S"], t_i)))
    found.extend(_chicken(game, values))
    return tuple(found)


def _chicken(game: StageGame, values: list[dict[str, float]]) -> list[Threshold]:
    """Each player's stand-firm probability (from the other's indifference) and the crash."""
    firm = [chicken_stand_firm(**values[1 - p]) for p in (0, 1)]
    both_chicken = all(chicken_stand_firm(**v)[0] is not None for v in values)
    out = [_make("chicken_stand_firm", game.players[p], firm[p] if both_chicken
                 else (None, "not_chicken")) for p in (0, 1)]
    row_firm, column_firm = firm[0][0], firm[1][0]
    crash: tuple[float | None, str] = (None, "not_chicken")
    if both_chicken and row_firm is not None and column_firm is not None:
        crash = (row_firm * column_firm, "ok")
    out.append(_make("chicken_crash", None, crash))
    return out


def _make(key: str, player: str | None, result: tuple[float | None, str]) -> Threshold:
    value, reason = result
    text = _MEANINGS[key if reason == "ok" else reason]
    meaning = text.format(value=value if value is not None else float("nan"),
                          player=player or "each side")
    return Threshold(key, player, value, reason, meaning)


_MEANINGS = {
    "grim_trigger": "with grim trigger, cooperation survives if {player} values the future at "
                    "δ ≥ {value:.3g}",
    "tit_for_tat": "tit-for-tat is a best reply to itself for {player} if δ ≥ {value:.3g}",
    "generous_tft": "generous tit-for-tat stays stable for {player} when it forgives a "
                    "defection with probability up to {value:.3g}",
    "kydd_trust": "{player}, if a trustworthy type, cooperates only when it believes with "
                  "probability ≥ {value:.3g} that the other side is trustworthy",
    "chicken_stand_firm": "in the mixed equilibrium {player} stands firm with probability "
                          "{value:.3g}",
    "chicken_crash": "in the mixed equilibrium both stand firm — the crash — with probability "
                     "{value:.3g}",
    "no_temptation": "does not apply: {player} gains nothing by defecting on a cooperator "
                     "(T ≤ R), so cooperation needs no threat",
    "no_punishment": "does not apply: for {player} mutual defection is no worse than mutual "
                     "cooperation (P ≥ R), so no threat of punishment can hold cooperation",
    "no_sucker_loss": "does not apply: {player} loses nothing by being exploited (S ≥ R)",
    "unreachable": "no discount factor below 1 is enough for {player}: cooperation cannot be "
                   "held this way",
    "no_forgiveness": "no level of forgiveness keeps generous tit-for-tat stable for {player}: "
                      "the temptation outweighs the loss from being exploited (T − R ≥ R − S)",
    "not_chicken": "does not apply: the game is not chicken-like for both players (each must "
                   "prefer to stand firm against a yielder and to yield against a stand-firm "
                   "player)",
    "not_trustworthy": "does not apply: {player}'s temptation is not below its reward (T ≥ R); "
                       "give the temptation of a trustworthy type (below R) to compute it",
    "not_2x2": "thresholds are defined for 2×2 games (a cooperative and a defecting action "
               "for each player)",
}
