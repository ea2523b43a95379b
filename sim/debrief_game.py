"""A rule-based debrief of one stage game: what its structure says about the deadlock.

Model. No language model and no free text: fixed rules read the analysis of
:mod:`sim.games` (equilibria, dominance, Pareto efficiency, the ordinal type, the
analytic thresholds) and answer the questions a class asks of a one-shot game, with the
documents' claim C1 — mutual distrust: neither side moves before the other does — in mind.

1. **What kind of game is it?** The ordinal type of :func:`sim.games.classify.classify`
   (Rapoport & Guyer 1966; Snyder & Diesing 1977) and, for each named type, a fixed reading
   of what it means for the deadlock. The type is ``game_type`` when both players' own
   payoffs give the same type, else ``game_type_asymmetric`` with each player's type, and
   ``game_type_not_2x2`` for a larger game; the reading is ``game_c1_<reading>``:

   ==================  ================  ================================================
   type                reading           what it says about mutual distrust (C1)
   ==================  ================  ================================================
   prisoner's dilemma  ``dilemma``       defecting is each side's best reply whatever the
                                         other does, so the deadlock is an equilibrium
                                         both would leave together; more trust alone
                                         cannot break it, only repetition or enforcement
                                         (Axelrod 1984; Jervis 1978)
   stag hunt           ``assurance``     cooperating is an equilibrium too: each
                                         cooperates if it trusts the other enough — the
                                         deadlock is a failure of assurance that trust
                                         can cure (Jervis 1978; Kydd 2005)
   chicken             ``chicken``       each side wants the other to back down; the two
                                         stable outcomes have a winner and a loser, so
                                         the deadlock is a contest of resolve and
                                         commitment, with a risk of collision (Schelling
                                         1960; Snyder & Diesing 1977)
   deadlock            ``deadlock``      both prefer mutual defection to mutual
                                         cooperation: the stalemate comes from what each
                                         side wants, not from distrust (Snyder & Diesing
                                         1977)
   harmony             ``harmony``       cooperating is best whatever the other does: a
                                         deadlock here needs misperception, not interests
   bully               ``bully``         one side (deadlock) defects regardless and the
                                         other (chicken) does best to give in (Snyder &
                                         Diesing 1977)
   called bluff        ``called_bluff``  one side (prisoner's dilemma) defects
                                         regardless, the other (chicken) backs down
                                         (Snyder & Diesing 1977)
   leader, hero        ``coordination``  each wants a different side to lead: a
                                         coordination problem, not one of distrust
                                         (Rapoport 1967)
   ==================  ================  ================================================

   Other types (asymmetric pairs without a name, ties, unnamed orders, games larger than
   2×2) get no reading: the equilibrium and dominance findings speak for them.
2. **Which equilibria exist, and are they Pareto-efficient?** Every Nash equilibrium of
   :func:`sim.games.equilibria.nash_equilibria` (the first :data:`MAX_LISTED`, then a
   count), each compared with every cell of the table: an equilibrium is *inefficient*
   when some cell gives both sides at least its expected payoffs and one of them more
   (:func:`sim.games.analysis.pareto_dominating_cells`; Osborne & Rubinstein 1994 §2.9);
   the cell named is the dominating one with the largest payoff sum.
3. **Does a player have a dominant strategy?** Strictly, else weakly dominant actions of
   :func:`sim.games.analysis.analyse`. When *both* sides have a strictly dominant action
   and the cell they lead to is Pareto-dominated, the game is a **dilemma** in the sense of
   the prisoner's dilemma, whatever its size (code ``game_dilemma``).
4. **Can repetition sustain cooperation?** The grim-trigger threshold of
   :mod:`sim.games.thresholds` (Friedman 1971; Axelrod 1984 ch. 3): each player
   cooperates for ever against the threat of permanent punishment iff its discount factor
   is at least δ* = (T − R)/(T − P); both must be that patient, so the game's threshold is
   the larger of the two. A player with no temptation (T ≤ R) needs no threat; if both have
   none, cooperation needs no patience at all. A player for whom punishment is no worse
   than cooperation (P ≥ R) cannot be held by any threat: no δ suffices.
5. **How much trust does cooperation take?** Kydd's threshold π* = (P − S)/((R − Tᵢ) +
   (P − S)) (Kydd 2005, ch. 2) for each player whose trustworthy type has Tᵢ < R (its own
   T, or the trustworthy temptation given); the larger of the two is reported. A
   threshold of 0 (P ≤ S: cooperating never loses) is not reported.

Every finding has a stable ``code`` (:data:`CODES`, all prefixed ``game_``), a
``severity`` and ``values`` — numbers, party codes, action names and type ids; the
dashboard renders them in either language. A mixed strategy is written as its actions
with their probabilities, e.g. ``"cooperate 0.5, defect 0.5"``.

Sources: R. Axelrod, *The Evolution of Cooperation* (1984); J. Friedman, "A
Non-cooperative Equilibrium for Supergames" (1971); R. Jervis, "Cooperation under the
Security Dilemma" (1978); A. Kydd, *Trust and Mistrust in International Relations*
(2005); M. Osborne & A. Rubinstein, *A Course in Game Theory* (1994); A. Rapoport & M.
Guyer, "A Taxonomy of 2×2 Games" (1966); T. Schelling, *The Strategy of Conflict* (1960);
G. Snyder & P. Diesing, *Conflict Among Nations* (1977).
"""

from __future__ import annotations

from sim.debrief import Finding, Severity
from sim.games.analysis import pareto_dominating_cells
from sim.games.equilibria import Equilibrium
from sim.games.game import StageGame

__all__ = [
    "CODES",
    "MAX_LISTED",
    "READINGS",
    "debrief",
    "dominance_findings",
    "equilibrium_findings",
    "mix_text",
    "patience_findings",
    "trust_findings",
    "type_findings",
]

#: Equilibria described one by one; more are counted.
MAX_LISTED = 4

#: The reading of each named game type for the deadlock (code ``game_c1_<reading>``).
READINGS: dict[str, str] = {
    "prisoners_dilemma": "dilemma",
    "stag_hunt": "assurance",
    "chicken": "chicken",
    "deadlock": "deadlock",
    "harmony": "harmony",
    "bully": "bully",
    "called_bluff": "called_bluff",
    "leader": "coordination",
    "hero": "coordination",
}

_EQ = ("number", "row", "column", "row_play", "column_play", "row_payoff", "column_payoff")
_BETTER = ("better_row_action", "better_column_action", "better_row_payoff",
           "better_column_payoff")

#: Every code a game debrief can contain, with the names of its values.
CODES: dict[str, tuple[str, ...]] = {
    "game_type": ("game_type",),
    "game_type_asymmetric": ("game_type", "row", "row_type", "column", "column_type"),
    "game_type_not_2x2": ("rows", "columns"),
    **{f"game_c1_{reading}": () for reading in dict.fromkeys(READINGS.values())},
    "game_equilibria": ("count", "pure", "mixed"),
    "game_equilibria_continuum": ("count", "sets"),
    "game_eq_efficient": _EQ,
    "game_eq_inefficient": (*_EQ, *_BETTER),
    "game_eq_more": ("shown", "count"),
    "game_dominant_strict": ("side", "action"),
    "game_dominant_weak": ("side", "action"),
    "game_no_dominant": ("side",),
    "game_dilemma": ("row", "column", "row_action", "column_action", "row_payoff",
                     "column_payoff", *_BETTER),
    "game_patience": ("delta", "side"),
    "game_patience_needless": (),
    "game_patience_impossible": ("side",),
    "game_patience_not_2x2": (),
    "game_trust": ("threshold", "side"),
}


def debrief(game: StageGame, trustworthy_temptation: float | None = None) -> list[Finding]:
    """Every finding about ``game``, in the order of the module docstring."""
    return [*type_findings(game), *equilibrium_findings(game), *dominance_findings(game),
            *patience_findings(game), *trust_findings(game, trustworthy_temptation)]


# -- 1. the type -----------------------------------------------------------------------


def type_findings(game: StageGame) -> list[Finding]:
    """The game's ordinal type and, for a named type, what it means for the deadlock."""
    if not game.is_2x2:
        rows, columns = game.shape
        return [Finding("game_type_not_2x2", "info", {"rows": rows, "columns": columns})]
    kind = game.game_type()
    row, column = game.players
    if kind.row_type == kind.column_type:
        findings = [Finding("game_type", "info", {"game_type": kind.id})]
    else:
        findings = [Finding("game_type_asymmetric", "info", {
            "game_type": kind.id, "row": row, "row_type": str(kind.row_type),
            "column": column, "column_type": str(kind.column_type)})]
    reading = READINGS.get(kind.id)
    if reading is not None:
        severity: Severity = "notice" if reading in ("dilemma", "chicken", "deadlock") else "info"
        findings.append(Finding(f"game_c1_{reading}", severity, {}))
    return findings


# -- 2. equilibria and their efficiency ------------------------------------------------


def mix_text(actions: tuple[str, ...], strategy: tuple[float, ...]) -> str:
    """An action for a pure strategy; "a 0.5, b 0.5" (3 significant digits) for a mix."""
    played = [(a, p) for a, p in zip(actions, strategy, strict=True) if p > 0]
    if len(played) == 1:
        return played[0][0]
    return ", ".join(f"{a} {p:.3g}" for a, p in played)


def _better_cell(game: StageGame, row_value: float, column_value: float
                 ) -> tuple[int, int] | None:
    """The Pareto-dominating cell with the largest payoff sum (first in reading order)."""
    cells = pareto_dominating_cells(game.row_payoffs, game.column_payoffs, row_value,
                                    column_value)
    if not cells:
        return None
    return max(cells, key=lambda c: (sum(game.cell(*c)), -c[0], -c[1]))


def _better_values(game: StageGame, cell: tuple[int, int]) -> dict[str, float | int | str]:
    row_payoff, column_payoff = game.cell(*cell)
    return {"better_row_action": game.row_actions[cell[0]],
            "better_column_action": game.column_actions[cell[1]],
            "better_row_payoff": row_payoff, "better_column_payoff": column_payoff}


def _equilibrium_finding(game: StageGame, number: int, e: Equilibrium) -> Finding:
    values: dict[str, float | int | str] = {
        "number": number, "row": game.players[0], "column": game.players[1],
        "row_play": mix_text(game.row_actions, e.row_strategy),
        "column_play": mix_text(game.column_actions, e.column_strategy),
        "row_payoff": e.row_payoff, "column_payoff": e.column_payoff}
    better = _better_cell(game, e.row_payoff, e.column_payoff)
    if better is None:
        return Finding("game_eq_efficient", "info", values)
    return Finding("game_eq_inefficient", "notice", {**values, **_better_values(game, better)})


def equilibrium_findings(game: StageGame) -> list[Finding]:
    """How many equilibria, then each (up to :data:`MAX_LISTED`): efficient or not."""
    found = game.equilibria()
    equilibria = found.equilibria
    pure = sum(e.is_pure for e in equilibria)
    if found.finite:
        head = Finding("game_equilibria", "info", {"count": len(equilibria), "pure": pure,
                                                   "mixed": len(equilibria) - pure})
    else:
        sets = sum(not s.is_point for s in found.subsets)
        head = Finding("game_equilibria_continuum", "notice",
                       {"count": len(equilibria), "sets": sets})
    findings = [head]
    findings += [_equilibrium_finding(game, number, e)
                 for number, e in enumerate(equilibria[:MAX_LISTED], start=1)]
    if len(equilibria) > MAX_LISTED:
        findings.append(Finding("game_eq_more", "info",
                                {"shown": MAX_LISTED, "count": len(equilibria)}))
    return findings


# -- 3. dominance and the dilemma ------------------------------------------------------


def dominance_findings(game: StageGame) -> list[Finding]:
    """Each side's dominant action (strict, else weak, else none), then the dilemma."""
    analysis = game.analysis()
    findings = []
    for p, side in enumerate(game.players):
        strict, weak = analysis.strictly_dominant[p], analysis.weakly_dominant[p]
        if strict is not None:
            findings.append(Finding("game_dominant_strict", "info", {"side": side, "action": strict}))
        elif weak is not None:
            findings.append(Finding("game_dominant_weak", "info", {"side": side, "action": weak}))
        else:
            findings.append(Finding("game_no_dominant", "info", {"side": side}))
    row_action, column_action = analysis.strictly_dominant
    if row_action is not None and column_action is not None:
        cell = (game.row_actions.index(row_action), game.column_actions.index(column_action))
        row_payoff, column_payoff = game.cell(*cell)
        better = _better_cell(game, row_payoff, column_payoff)
        if better is not None:
            findings.append(Finding("game_dilemma", "warning", {
                "row": game.players[0], "column": game.players[1], "row_action": row_action,
                "column_action": column_action, "row_payoff": row_payoff,
                "column_payoff": column_payoff, **_better_values(game, better)}))
    return findings


# -- 4. patience -----------------------------------------------------------------------


def patience_findings(game: StageGame) -> list[Finding]:
    """The grim-trigger discount factor above which repetition sustains cooperation."""
    if not game.is_2x2:
        return [Finding("game_patience_not_2x2", "info", {})]
    grim = {str(t.player): t for t in game.thresholds() if t.key == "grim_trigger"}
    row, column = game.players
    for player in (row, column):
        if grim[player].reason == "no_punishment":
            return [Finding("game_patience_impossible", "warning", {"side": player})]
    deltas = {player: t.value for player, t in grim.items() if t.value is not None}
    if not deltas:
        return [Finding("game_patience_needless", "info", {})]
    side = max(deltas, key=lambda s: (deltas[s], s == row))
    return [Finding("game_patience", "notice", {"delta": deltas[side], "side": side})]


# -- 5. trust --------------------------------------------------------------------------


def trust_findings(game: StageGame, trustworthy_temptation: float | None = None
                   ) -> list[Finding]:
    """Kydd's trust threshold: the larger of the players' (where a trustworthy type exists)."""
    if not game.is_2x2:
        return []
    found = {str(t.player): t.value for t in game.thresholds(trustworthy_temptation)
             if t.key == "kydd_trust" and t.value is not None and t.value > 0}
    if not found:
        return []
    side = max(found, key=lambda s: (found[s], s == game.players[0]))
    return [Finding("game_trust", "info", {"threshold": float(found[side]), "side": side})]
