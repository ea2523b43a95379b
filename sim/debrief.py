"""A rule-based debrief of one repeated-play run: what happened, as codes and numbers.

Model. No language model and no free text: a fixed set of rules reads one replicate of a
:class:`~sim.repeated.MatchResult` and answers four questions a class asks after a game
(DESIGN §6; the documents' claims C1, mutual distrust, and C2, the sanction–test cycle):

1. **When and why trust broke.** For each side, the first round in which its Kydd belief
   that the other is trustworthy (:mod:`sim.repeated.trust`; Kydd 2005) fell from at least
   :data:`TRUST_LINE` to below it, and what that side saw in that round: a *defection*
   (the other intended and played D), a *noise* flip (the other intended C but played D)
   or a *misperception* (the other played C and was seen playing D).
2. **Which equilibrium play sat near.** The empirical distribution of actual move pairs
   (CC, CD, DC, DD) is compared with the cell distribution of each Nash equilibrium of the
   stage game (:mod:`sim.games`; in a degenerate game its extreme equilibria) by the
   total-variation distance ½ Σ |p − q|; the nearest is reported, and whether play was
   closer still to mutual cooperation, which in a prisoner's dilemma is no equilibrium of
   the stage game: only repetition can sustain it (Axelrod 1984, ch. 1).
3. **Whether a sanction–test cycle started and what started it.** The first episode in
   the sense of :mod:`sim.repeated.metrics` (a chain of at least three one-sided defections
   alternating between the sides; the echo of tit for tat, Axelrod 1984 ch. 2, Molander
   1985) and the event that set it off: a noise flip in its first round, else a
   misperception by the first defector in the round before, else a deliberate move.
4. **Which assumption mattered most**, from the quick probe of :mod:`sim.debrief_probe`.

Every finding has a stable ``code`` (:data:`CODES`), a ``severity`` (``info``,
``notice``, ``warning``) and ``values`` — numbers and codes (party codes, cause codes,
parameter names) only; the dashboard turns them into sentences in either language.
Rounds are counted from 1. Parameters: the result, the replicate and the trust line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from numpy.typing import NDArray

from sim.debrief_probe import Probe
from sim.errors import InputError
from sim.games.game import StageGame
from sim.repeated.result import MatchResult

__all__ = [
    "CODES",
    "TRUST_LINE",
    "Finding",
    "cycle_findings",
    "cycle_spans",
    "debrief",
    "equilibrium_findings",
    "play_distribution",
    "probe_findings",
    "total_variation",
    "trust_findings",
]

#: The belief below which a side is said to have stopped trusting the other.
TRUST_LINE = 0.5
#: Shortest sanction–test cycle episode, in rounds (as in :mod:`sim.repeated.metrics`).
CYCLE_MIN_LENGTH = 3

#: Every code a debrief can contain, with the names of its values.
CODES: dict[str, tuple[str, ...]] = {
    "nothing_broke": (),
    "trust_broke": ("side", "other", "round", "before", "after", "cause"),
    "trust_held": ("side", "other", "lowest", "final"),
    "trust_built": ("side", "other", "prior", "round", "final"),
    "trust_started_low": ("side", "other", "prior", "final"),
    "equilibrium_nearest": ("row", "column", "row_cooperate", "column_cooperate", "pure",
                            "distance", "equilibria", "cc", "cd", "dc", "dd"),
    "cooperation_closer": ("distance_cooperation", "distance_equilibrium"),
    "cooperation_is_equilibrium": ("distance_cooperation",),
    "cycle_started": ("round", "length", "episodes", "cycle_rounds", "cause", "cause_round",
                      "actor"),
    "no_cycle": ("exchanges", "rounds"),
    "assumption_top": ("parameter", "start", "value", "change", "base", "replicates"),
    "assumption_effect": ("parameter", "start", "value", "change"),
    "assumptions_no_effect": ("base", "replicates"),
}

BoolArray = NDArray[np.bool_]
Severity = Literal["info", "notice", "warning"]
Value = float | int | str
TrustCause = Literal["defection", "noise", "misperception", "seen_cooperation"]


@dataclass(frozen=True)
class Finding:
    """One thing the debrief says: a stable code, how much it matters, its numbers."""

    code: str
    severity: Severity
    values: dict[str, Value] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready mapping (for exports and reports)."""
        return {"code": self.code, "severity": self.severity, "values": dict(self.values)}


def debrief(result: MatchResult, replicate: int = 0, probe: Probe | None = None,
            line: float = TRUST_LINE) -> list[Finding]:
    """Every finding about ``replicate`` of ``result`` (with the probe's, when given)."""
    _check_replicate(result, replicate)
    trust = trust_findings(result, replicate, line)
    cycle = cycle_findings(result, replicate)
    findings = [*trust, *equilibrium_findings(result, replicate), *cycle]
    calm = all(f.code in ("trust_held", "trust_built") for f in trust)
    if calm and cycle[0].code == "no_cycle":
        findings.insert(0, Finding("nothing_broke", "info", {}))
    if probe is not None:
        findings += probe_findings(probe)
    return findings


def _check_replicate(result: MatchResult, replicate: int) -> None:
    if not 0 <= replicate < result.replicates:
        raise InputError(f"replicate {replicate} does not exist; allowed: 0 to "
                         f"{result.replicates - 1}")


# -- 1. trust --------------------------------------------------------------------------


def trust_findings(result: MatchResult, replicate: int = 0,
                   line: float = TRUST_LINE) -> list[Finding]:
    """One finding per side: trust broke, held, was built, or started and stayed low."""
    _check_replicate(result, replicate)
    return [_side_trust(result, replicate, side, line) for side in (0, 1)]


def _side_trust(result: MatchResult, replicate: int, side: int, line: float) -> Finding:
    length = int(result.lengths[replicate])
    prior = result.trust_prior[side]
    path = result.trust[side, replicate, :length]
    before = np.concatenate([[prior], path[:-1]])
    fell = np.flatnonzero((before >= line) & (path < line))
    who = {"side": result.players[side], "other": result.players[1 - side]}
    if fell.size:
        t = int(fell[0])
        return Finding("trust_broke", "warning", {
            **who, "round": t + 1, "before": float(before[t]), "after": float(path[t]),
            "cause": _trust_cause(result, replicate, side, t)})
    if prior >= line:
        return Finding("trust_held", "info", {
            **who, "lowest": float(min(prior, path.min())), "final": float(path[-1])})
    rose = np.flatnonzero(path >= line)
    if rose.size:
        return Finding("trust_built", "info", {
            **who, "prior": prior, "round": int(rose[0]) + 1, "final": float(path[-1])})
    return Finding("trust_started_low", "notice", {**who, "prior": prior,
                                                   "final": float(path[-1])})


def _trust_cause(result: MatchResult, replicate: int, side: int, t: int) -> TrustCause:
    """What ``side`` saw of the other in round ``t`` (0-based), and what lay behind it."""
    other = 1 - side
    if not result.observed[side, replicate, t]:
        return "seen_cooperation"
    if not result.actual[other, replicate, t]:
        return "misperception"
    return "defection" if result.intended[other, replicate, t] else "noise"


# -- 2. the equilibrium play sat near --------------------------------------------------


def play_distribution(result: MatchResult, replicate: int = 0) -> NDArray[np.float64]:
    """``[row move, column move]``: the share of played rounds in each cell (0 = C)."""
    length = int(result.lengths[replicate])
    row = result.actual[0, replicate, :length].astype(np.intp)
    column = result.actual[1, replicate, :length].astype(np.intp)
    counts = np.zeros((2, 2))
    np.add.at(counts, (row, column), 1.0)
    shares: NDArray[np.float64] = counts / length
    return shares


def total_variation(p: NDArray[np.float64], q: NDArray[np.float64]) -> float:
    """½ Σ |p − q|: 0 for equal distributions, 1 for disjoint ones."""
    return 0.5 * float(np.abs(np.asarray(p) - np.asarray(q)).sum())


def equilibrium_findings(result: MatchResult, replicate: int = 0) -> list[Finding]:
    """The nearest Nash equilibrium, and how play compares with mutual cooperation."""
    _check_replicate(result, replicate)
    p = result.payoffs
    game = StageGame.from_arrays(p.row, p.column, p.row_actions, p.column_actions,
                                 players=p.players, name=p.name)
    equilibria = game.equilibria().equilibria
    shares = play_distribution(result, replicate)
    cells = [np.outer(e.row_strategy, e.column_strategy) for e in equilibria]
    distances = [total_variation(shares, cell) for cell in cells]
    best = int(np.argmin(distances))
    nearest, distance = equilibria[best], distances[best]
    to_cooperation = 1.0 - float(shares[0, 0])
    cooperation_is_one = any(cell[0, 0] == 1.0 for cell in cells)
    dominated = (p.row[0, 0] > nearest.row_payoff and p.column[0, 0] > nearest.column_payoff)
    severity: Severity = "notice" if dominated and distance < to_cooperation else "info"
    findings = [Finding("equilibrium_nearest", severity, {
        "row": p.players[0], "column": p.players[1],
        "row_cooperate": float(nearest.row_strategy[0]),
        "column_cooperate": float(nearest.column_strategy[0]), "pure": int(nearest.is_pure),
        "distance": distance, "equilibria": len(equilibria),
        **{name: float(shares[i, j]) for name, (i, j) in _CELLS.items()}})]
    if cooperation_is_one:
        findings.append(Finding("cooperation_is_equilibrium", "info",
                                {"distance_cooperation": to_cooperation}))
    elif to_cooperation < distance:
        findings.append(Finding("cooperation_closer", "info", {
            "distance_cooperation": to_cooperation, "distance_equilibrium": distance}))
    return findings


_CELLS = {"cc": (0, 0), "cd": (0, 1), "dc": (1, 0), "dd": (1, 1)}


# -- 3. the sanction–test cycle --------------------------------------------------------


def cycle_spans(row: BoolArray, column: BoolArray,
                min_length: int = CYCLE_MIN_LENGTH) -> list[tuple[int, int]]:
    """(first, last) round, from 0, of each cycle episode in one replicate's actual moves.

    ``row`` and ``column`` are the two sides' defections round by round; the rule is
    :func:`sim.repeated.metrics.cycle_episodes`'s (which counts them for many replicates).
    """
    spans: list[tuple[int, int]] = []
    chain, start = 0, 0
    for t in range(len(row)):
        exchange = bool(row[t] != column[t])
        if exchange and chain > 0 and row[t] != row[t - 1]:
            chain += 1
            continue
        if chain >= min_length:
            spans.append((start, t - 1))
        chain, start = (1, t) if exchange else (0, t)
    if chain >= min_length:
        spans.append((start, len(row) - 1))
    return spans


def cycle_findings(result: MatchResult, replicate: int = 0) -> list[Finding]:
    """Whether a cycle started, when, for how long, and what set it off."""
    _check_replicate(result, replicate)
    length = int(result.lengths[replicate])
    row = result.actual[0, replicate, :length]
    column = result.actual[1, replicate, :length]
    spans = cycle_spans(row, column)
    if not spans:
        return [Finding("no_cycle", "info", {"exchanges": int(np.sum(row ^ column)),
                                             "rounds": length})]
    first, last = spans[0]
    cause, cause_round, actor = _cycle_trigger(result, replicate, first)
    return [Finding("cycle_started", "warning", {
        "round": first + 1, "length": last - first + 1, "episodes": len(spans),
        "cycle_rounds": sum(b - a + 1 for a, b in spans), "cause": cause,
        "cause_round": cause_round + 1, "actor": result.players[actor]})]


def _cycle_trigger(result: MatchResult, replicate: int, start: int) -> tuple[str, int, int]:
    """(cause, round from 0, side) of the event that opened the episode at ``start``."""
    mover = 0 if result.actual[0, replicate, start] else 1
    other = 1 - mover
    if not result.intended[mover, replicate, start]:
        return "noise", start, mover
    if (start > 0 and result.observed[mover, replicate, start - 1]
            and not result.actual[other, replicate, start - 1]):
        return "misperception", start - 1, mover
    return "deliberate", start, mover


# -- 4. the assumption that mattered most ----------------------------------------------


def probe_findings(probe: Probe) -> list[Finding]:
    """The probe's ranking: the largest change first, then the others, or "no effect"."""
    top = probe.effects[0]
    if abs(top.change) < 1e-12:
        return [Finding("assumptions_no_effect", "info",
                        {"base": probe.base, "replicates": probe.replicates})]
    findings = [Finding("assumption_top", "notice", {
        "parameter": top.parameter, "start": top.start, "value": top.value,
        "change": top.change, "base": probe.base, "replicates": probe.replicates})]
    findings += [Finding("assumption_effect", "info", {
        "parameter": e.parameter, "start": e.start, "value": e.value, "change": e.change})
        for e in probe.effects[1:]]
    return findings
