"""A student in one seat of the six-party model: that party's posture, chosen quarter by quarter.

Model. The agent-based model of :mod:`sim.sixparty` (Mesa; one agent per party, one step
per quarter: schedule, action phase, reneging, DPRK tests, sanctions responses, talks,
agreement stages, state and trust updates — :mod:`sim.sixparty.model`) runs as it always
does, with one difference: the student's party holds, in each quarter played, the posture
the student chose for it. The model plays the other five parties by the scenario.

**What the student controls** — only the named policy posture of one party
(:mod:`sim.sixparty.postures`, claim C8 of the source essays):

* the United States, South Korea, China, Japan or Russia choose one of
  :data:`~sim.sixparty.postures.STATE_POSTURES` (``pressure``: how hard it pushes
  sanctions after a test and how readily it reneges by adding pressure; ``openness``: how
  readily it talks and accepts a deal);
* the DPRK chooses one of :data:`~sim.sixparty.postures.DPRK_POSTURES` (``drive``: the
  shift of its log testing rate; ``nuclear``: how freely nuclear tests follow; ``openness``).

Everything else stays the model's: how the party acts on its posture (tests, pushes,
acceptance, reneging), the other parties, trust, sanctions and talks. The scenario's
``administration`` events for the student's party are superseded by the student's choices
(the posture in quarter 0 replaces the scenario's starting posture too); its ``policy``
events (enforcement, acquiescence, trade share), the other parties' events, exercises and
elections keep their schedule. Technically the choices become ``posture`` changes of a
:class:`~sim.sixparty.schedule.CompiledSchedule` (:func:`seat_schedule`), the same way an
administration change enters the model, so no step of the model is altered.

**Seeds and replay.** A game with seed ``s`` runs on the generator of the first child of
``numpy.random.SeedSequence(s)`` — the generator of run 1 of the ensemble that
:func:`~sim.sixparty.ensemble.run_ensemble` (the Six parties page, ``peninsula run``) makes
with seed ``s`` — so the scenario's own path of a game is run 1 of that ensemble
(``tests/test_seat_sixparty.py`` checks it). The model draws every uniform number a run
needs in one block when it is built (``horizon × 19``, one column per kind of random
event, :data:`sim.sixparty.model.SLOTS`) and draws nothing afterwards, so the numbers of
quarter *t* depend on the seed and the horizon only, never on the choices: the same seed
and the same postures replay the same game, appending a posture never changes an earlier
quarter, and two students on the same seed face the same dice (common random numbers), so
a difference between their games is their choices' doing. The game is replayed from the
start for every quarter (a 20-quarter scenario runs in a few milliseconds). A game may be
cut to the first quarters of a long scenario (:func:`shortened`); numpy fills the block
in order, so the shorter block is a prefix of the longer one and the cut game sees the
same dice as the full scenario in the quarters it keeps.

**Comparison and debrief.** At the horizon the game is set beside the scenario's own path
(its schedule for the student's party) and beside each allowed posture held throughout,
all on the same seed (:func:`comparison`). The debrief (:func:`debrief`) gives, as codes
and numbers (:data:`CODES`; words in ``dashboard/i18n/strings_play_sixparty.py``):

1. the outcome class at the horizon (:mod:`sim.sixparty.outcomes`) and the game's counts;
2. where the game ranks among the compared paths by final tension (the mean of the last
   four quarters, which the outcome class reads), with the scenario's own path and the
   calmest posture held throughout;
3. when trust broke between the party and its counterpart at the talks (the DPRK; for
   the DPRK, the United States — the model's own pairing, whose trust drives talks
   interest, acceptance and reneging), each way: the first quarter whose end value fell
   below :data:`~sim.debrief_sixparty.BREAK_SHARE` (half) of the starting value — the
   six-party debrief's rule (:mod:`sim.debrief_sixparty`) applied to one run — with the
   posture held then and that quarter's tests, sanctions rounds and broken agreements;
   else the lowest and final values. (Mean trust given and received, which the page
   charts, moves little for most parties: only trust towards and from the DPRK moves
   much in the model, :mod:`sim.sixparty.trust`.)
4. the quarter whose choice moved final tension most: each quarter in which the student's
   posture differed from the scenario's own is replayed with the scenario's posture in
   that quarter alone (same seed), and the largest change of final tension (ties: of DPRK
   tests) is reported — a one-at-a-time counterfactual, as the lever probes of the other
   debriefs;
5. sanction–test cycles in the game, with the six-party debrief's definition
   (:func:`~sim.debrief_sixparty.cycle_episodes`: at least three sanctioned tests, each
   within a year of the one before).

**Links.** The postures played travel as short codes (:data:`POSTURE_CODES`), e.g.
``sp,sp,mp`` (:func:`encode_postures`, :func:`decode_postures`). :func:`played_params`
writes a game as a scenario: the party's starting posture and administration events
replaced by the postures played (the last one holding to the horizon), so that
``peninsula run`` with ``--runs 1`` and the game's seed replays it.

Sources: the essays' account of administrations and lines (claim C8) for the postures;
the model's own sources for everything else (:mod:`sim.sixparty`); N. Case, *The
Evolution of Trust* (2017), for letting the reader play a seat against the machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray

from sim.debrief import Finding
from sim.debrief_sixparty import BREAK_SHARE, cycle_episodes
from sim.errors import InputError
from sim.sixparty.outcomes import Outcome
from sim.sixparty.params import PARTY_CODES, SixPartyParams
from sim.sixparty.postures import DPRK_POSTURES, STATE_POSTURES
from sim.sixparty.quarters import quarter_index, quarter_label
from sim.sixparty.recorder import PARTY_SERIES, WORLD_SERIES, column
from sim.sixparty.schedule import Change, CompiledSchedule, compile_schedule

__all__ = [
    "CODES", "MIN_QUARTERS", "POSTURE_CODES", "SeatGame", "allowed_postures", "calendar",
    "compare_findings", "comparison", "counterpart", "cycle_findings", "debrief", "decode_postures",
    "encode_postures", "fixed_paths", "generator",
    "outcome_findings", "own_path", "own_postures", "pivot_findings", "play", "played_params",
    "posture_numbers", "seat_schedule", "shortened", "trust_findings",
]

#: The short code of every posture, as a link writes it.
POSTURE_CODES: dict[str, str] = {
    "engagement": "en", "conditional_engagement": "ce", "hardline": "hl",
    "strategic_patience": "sp", "maximum_pressure": "mp", "summit_diplomacy": "sd",
    "calibrated_practical": "cp", "mediator": "md", "strategic_partner": "pa",
    "brinkmanship": "bk", "military_first": "mf", "byungjin": "bj",
    "economic_construction": "ec", "nuclear_consolidation": "nc",
}
_BY_CODE = {code: name for name, code in POSTURE_CODES.items()}
#: Fewest quarters a game may have (the outcome class reads the last four).
MIN_QUARTERS = 4
#: How many quarters final tension averages (as :func:`sim.sixparty.outcomes.classify`).
_FINAL = 4

_QUARTER = ("tension", "capability", "economy", "effective_sanctions", "missile_tests",
            "nuclear_tests", "unsc_resolutions", "unilateral_rounds", "talks", "agreement",
            "agreements_made", "agreements_broken")
#: Per-quarter columns that are whole numbers: counts, the talks format, the agreement kind.
_COUNTED = frozenset(("missile_tests", "nuclear_tests", "unsc_resolutions", "unilateral_rounds",
                      "talks", "agreement", "agreements_made", "agreements_broken"))

#: Every code the debrief can contain, with the names of its values.
CODES: dict[str, tuple[str, ...]] = {
    "sixparty_seat_outcome": ("side", "outcome", "quarters", "missile_tests", "nuclear_tests",
                              "sanctions_rounds", "talks_rounds", "agreements_made",
                              "agreements_broken", "tension"),
    "sixparty_seat_compare": ("side", "tension", "tests", "rank", "paths", "own_tension",
                              "own_tests", "own_outcome", "best", "best_tension", "best_tests",
                              "best_outcome"),
    "sixparty_seat_trust_broke": ("side", "other", "start", "line", "quarter", "posture",
                                  "tests", "sanctions", "broken"),
    "sixparty_seat_trust_held": ("side", "other", "start", "line", "lowest", "quarter", "final"),
    "sixparty_seat_pivot": ("side", "quarter", "posture", "own_posture", "tension",
                            "alternative", "change", "tests_change", "departures"),
    "sixparty_seat_pivot_none": ("side", "departures", "quarters"),
    "sixparty_seat_own_line": ("side", "quarters"),
    "sixparty_seat_cycles": ("episodes", "quarter", "posture", "links", "sanctioned_tests"),
    "sixparty_seat_no_cycles": ("sanctioned_tests", "tests"),
}


# -- inputs ------------------------------------------------------------------------------


def _check_party(party: str) -> int:
    if party not in PARTY_CODES:
        raise InputError(f"unknown party {party!r}; allowed: {', '.join(PARTY_CODES)}")
    return PARTY_CODES.index(party)


def allowed_postures(party: str) -> tuple[str, ...]:
    """The postures ``party`` may hold: the DPRK's own lines, or the states' postures."""
    _check_party(party)
    return tuple(DPRK_POSTURES if party == "KP" else STATE_POSTURES)


def counterpart(party: str) -> str:
    """The party's counterpart at the talks (the model's): the DPRK, or the US for the DPRK."""
    _check_party(party)
    return "US" if party == "KP" else "KP"


def posture_numbers(party: str, posture: str) -> dict[str, float]:
    """What a posture sets: drive, nuclear and openness (DPRK), or pressure and openness."""
    _check_postures(party, [posture])
    if party == "KP":
        d = DPRK_POSTURES[posture]
        return {"drive": d.drive, "nuclear": d.nuclear, "openness": d.openness}
    s = STATE_POSTURES[posture]
    return {"pressure": s.pressure, "openness": s.openness}


def _check_postures(party: str, postures: Sequence[str]) -> tuple[str, ...]:
    allowed = allowed_postures(party)
    for number, posture in enumerate(postures, start=1):
        if posture not in allowed:
            raise InputError(f"posture {posture!r} (quarter {number}) is not one {party} can hold; "
                             f"allowed: {', '.join(allowed)}")
    return tuple(postures)


def _check_seed(seed: int) -> int:
    if not 0 <= seed < 2**63:
        raise InputError(f"seed = {seed} is out of range; allowed: a whole number from 0 to 2**63 - 1")
    return int(seed)


def encode_postures(postures: Sequence[str]) -> str:
    """The postures as a link writes them: short codes joined by commas (``sp,sp,mp``)."""
    unknown = [p for p in postures if p not in POSTURE_CODES]
    if unknown:
        raise InputError(f"unknown posture {unknown[0]!r}; allowed: {', '.join(POSTURE_CODES)}")
    return ",".join(POSTURE_CODES[p] for p in postures)


def decode_postures(text: str, party: str, quarters: int) -> list[str]:
    """The postures a link's ``sp,sp,mp`` stands for, checked for ``party`` and the game length."""
    codes = [code.strip().lower() for code in text.split(",") if code.strip()]
    if len(codes) > quarters:
        raise InputError(f"{len(codes)} postures were given but the game has {quarters} quarters; "
                         f"allowed: at most {quarters}")
    allowed = allowed_postures(party)
    names = []
    for code in codes:
        name = _BY_CODE.get(code)
        if name not in allowed:
            shown = ", ".join(POSTURE_CODES[p] for p in allowed)
            raise InputError(f"posture code {code!r} is not one {party} can hold; allowed: {shown}")
        names.append(name)
    return names


def generator(seed: int) -> np.random.Generator:
    """The generator of a game with ``seed``: that of run 1 of the ensemble with this seed."""
    child = np.random.SeedSequence(_check_seed(seed)).spawn(1)[0]
    return np.random.default_rng(child)


def shortened(params: SixPartyParams, quarters: int) -> SixPartyParams:
    """``params`` with a horizon of ``quarters`` (at most its own); events past the end dropped."""
    if not MIN_QUARTERS <= quarters <= params.horizon:
        raise InputError(f"a game of {quarters} quarters is out of range; allowed: "
                         f"{MIN_QUARTERS} to {params.horizon} (the scenario's horizon)")
    if quarters == params.horizon:
        return params
    end = params.start_index + quarters
    data: dict[str, Any] = params.model_dump(mode="python")
    data["horizon"] = quarters
    data["schedule"] = [e for e in data["schedule"] if quarter_index(e["quarter"]) < end]
    return SixPartyParams.model_validate(data)


# -- the schedule --------------------------------------------------------------------------


def own_postures(params: SixPartyParams, party: str) -> tuple[str, ...]:
    """The posture the scenario gives ``party`` in each quarter of its horizon."""
    index = _check_party(party)
    current = params.parties[party].posture
    out = []
    for step in compile_schedule(params).changes:
        for change in step:
            if change.party == index and change.field == "posture":
                current = str(change.value)
        out.append(current)
    return tuple(out)


def calendar(params: SixPartyParams, party: str) -> tuple[tuple[Change, ...], ...]:
    """Per quarter, the scheduled changes that still apply when ``party`` is played by hand."""
    index = _check_party(party)
    return tuple(tuple(c for c in step if not (c.party == index and c.field == "posture"))
                 for step in compile_schedule(params).changes)


def seat_schedule(params: SixPartyParams, party: str, postures: Sequence[str]) -> CompiledSchedule:
    """The scenario's compiled schedule with ``party``'s postures replaced by ``postures``.

    Quarter 0 always adopts the first choice; a later quarter only when the choice changes.
    Past the last choice, the last posture holds.
    """
    index = _check_party(party)
    chosen = _check_postures(party, postures)
    base = compile_schedule(params)
    changes = []
    previous = None
    for t, step in enumerate(calendar(params, party)):
        if t < len(chosen) and chosen[t] != previous:
            step = (*step, Change(index, "posture", chosen[t]))
            previous = chosen[t]
        changes.append(step)
    return replace(base, changes=tuple(changes))


# -- playing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeatGame:
    """A game so far: the quarters played, their series and, at the horizon, the outcome.

    ``world`` (T, W) holds the world series of :data:`sim.sixparty.recorder.WORLD_SERIES`,
    ``parties`` (T, 6, P) the party series, ``trust`` (T, 6, 6) the trust matrix, for the
    ``T`` quarters played; ``outcome`` is set when ``T`` reaches the horizon.
    """

    party: str
    postures: tuple[str, ...]
    labels: tuple[str, ...]
    horizon: int
    world: NDArray[np.float64]
    parties: NDArray[np.float64]
    trust: NDArray[np.float64]
    outcome: Outcome | None

    @property
    def played(self) -> int:
        """Quarters played."""
        return len(self.labels)

    @property
    def finished(self) -> bool:
        """Whether the game has reached its horizon."""
        return self.played == self.horizon

    def series(self, name: str) -> NDArray[np.float64]:
        """One world series over the quarters played."""
        return self.world[:, column(name)]

    @property
    def counterpart(self) -> str:
        """The party whose trust matters most to this one: the DPRK, or the US for the DPRK."""
        return counterpart(self.party)

    def trust_between(self, side: str, other: str) -> NDArray[np.float64]:
        """``side``'s trust in ``other``, per quarter."""
        return self.trust[:, PARTY_CODES.index(side), PARTY_CODES.index(other)]

    def trust_given(self) -> NDArray[np.float64]:
        """The party's mean trust in the other five, per quarter."""
        return self.parties[:, PARTY_CODES.index(self.party), 0]

    def trust_received(self) -> NDArray[np.float64]:
        """The other five's mean trust in the party, per quarter."""
        return self.parties[:, PARTY_CODES.index(self.party), 1]

    def tests(self) -> int:
        """DPRK test events (missile and nuclear) over the quarters played."""
        return int(self.series("missile_tests").sum() + self.series("nuclear_tests").sum())

    def final_tension(self) -> float:
        """Mean tension of the last four quarters played (what the outcome class reads)."""
        return float(self.series("tension")[-_FINAL:].mean()) if self.played else float("nan")

    def frame(self) -> pd.DataFrame:
        """One row per quarter played: the posture held, what happened, the state after it."""
        index = PARTY_CODES.index(self.party)
        numbers = [posture_numbers(self.party, p) for p in self.postures[:self.played]]
        frame = pd.DataFrame({"quarter": list(self.labels), "party": self.party,
                              "posture": list(self.postures[:self.played]),
                              "code": [POSTURE_CODES[p] for p in self.postures[:self.played]]})
        for name in numbers[0] if numbers else ():
            frame[name] = [n[name] for n in numbers]
        for name in _QUARTER:
            values = self.series(name)
            frame[name] = values.astype(int) if name in _COUNTED else values
        frame["trust_given"] = self.parties[:, index, 0]
        frame["trust_received"] = self.parties[:, index, 1]
        frame["counterpart"] = self.counterpart
        frame["trust_in_counterpart"] = self.trust_between(self.party, self.counterpart)
        frame["trust_from_counterpart"] = self.trust_between(self.counterpart, self.party)
        return frame


def _run(params: SixPartyParams, seed: int, schedule: CompiledSchedule, party: str,
         postures: tuple[str, ...], quarters: int) -> SeatGame:
    from sim.sixparty.model import SixPartyModel  # Mesa loads with the model

    model = SixPartyModel(params, generator(seed), schedule)
    for _ in range(quarters):
        model.step()
    if quarters:
        world, parties, trust = (a.copy() for a in model.recorder.arrays())
    else:  # nothing played yet: empty series of the right shapes
        world = np.empty((0, len(WORLD_SERIES)))
        parties, trust = np.empty((0, 6, len(PARTY_SERIES))), np.empty((0, 6, 6))
    outcome = model.outcome(world) if quarters == params.horizon else None
    return SeatGame(party=party, postures=postures, labels=schedule.labels[:quarters],
                    horizon=params.horizon, world=world, parties=parties, trust=trust,
                    outcome=outcome)


def play(params: SixPartyParams, seed: int, party: str, postures: Sequence[str]) -> SeatGame:
    """The game after ``len(postures)`` quarters, ``party`` holding the posture chosen for each."""
    chosen = _check_postures(party, postures)
    if len(chosen) > params.horizon:
        raise InputError(f"{len(chosen)} postures were chosen but the game has {params.horizon} "
                         f"quarters; allowed: at most {params.horizon}")
    return _run(params, _check_seed(seed), seat_schedule(params, party, chosen), party, chosen,
                len(chosen))


def own_path(params: SixPartyParams, seed: int, party: str) -> SeatGame:
    """The whole horizon with the scenario's own schedule (the model's own path)."""
    _check_party(party)
    return _run(params, _check_seed(seed), compile_schedule(params), party,
                own_postures(params, party), params.horizon)


def fixed_paths(params: SixPartyParams, seed: int, party: str) -> dict[str, SeatGame]:
    """Each allowed posture held by ``party`` for the whole horizon, same seed."""
    return {p: play(params, seed, party, [p] * params.horizon) for p in allowed_postures(party)}


def _summary(game: SeatGame) -> dict[str, Any]:
    outcome = game.outcome
    if outcome is None:
        raise InputError(f"the game has {game.played} of {game.horizon} quarters; "
                         "a comparison needs a finished game")
    return {
        "outcome": outcome.outcome, "final_tension": game.final_tension(), "tests": game.tests(),
        "missile_tests": outcome.missile_tests, "nuclear_tests": outcome.nuclear_tests,
        "sanctions_rounds": outcome.sanctions_rounds, "talks_rounds": outcome.talks_rounds,
        "agreements_made": outcome.agreements_made, "agreements_broken": outcome.agreements_broken,
        "final_capability": outcome.final_capability,
        "trust_given": float(game.trust_given()[-1]),
        "trust_received": float(game.trust_received()[-1]),
    }


def comparison(params: SixPartyParams, seed: int, party: str,
               postures: Sequence[str]) -> pd.DataFrame:
    """The finished game beside the scenario's own path and each posture held throughout.

    One row per path: ``path`` is ``you``, ``own`` or ``fixed`` (``posture`` names the
    posture held), with the outcome class, final tension and the game's counts.
    """
    game = play(params, seed, party, postures)
    rows = [{"path": "you", "posture": "", **_summary(game)},
            {"path": "own", "posture": "", **_summary(own_path(params, seed, party))}]
    rows += [{"path": "fixed", "posture": name, **_summary(path)}
             for name, path in fixed_paths(params, seed, party).items()]
    return pd.DataFrame(rows)


def played_params(params: SixPartyParams, party: str, postures: Sequence[str],
                  label: str = "") -> SixPartyParams:
    """``params`` with ``party``'s posture and administration events replaced by ``postures``.

    The first posture becomes the party's starting posture; each later change becomes an
    ``administration`` event labelled ``label`` in its quarter; the last posture holds to
    the horizon. Running the result with the game's seed replays the game.
    """
    chosen = _check_postures(party, postures)
    if not chosen:
        raise InputError("no posture was chosen yet; allowed: a game of at least one quarter played")
    if len(chosen) > params.horizon:
        raise InputError(f"{len(chosen)} postures were chosen but the game has {params.horizon} "
                         f"quarters; allowed: at most {params.horizon}")
    data: dict[str, Any] = params.model_dump(mode="python")
    data["parties"][party]["posture"] = chosen[0]
    events = [e for e in data["schedule"]
              if not (e["kind"] == "administration" and e["party"] == party)]
    start = params.start_index
    for t in range(1, len(chosen)):
        if chosen[t] != chosen[t - 1]:
            events.append({"kind": "administration", "quarter": quarter_label(start + t),
                           "party": party, "posture": chosen[t], "label": label[:80]})
    data["schedule"] = sorted(events, key=lambda e: quarter_index(e["quarter"]))
    return SixPartyParams.model_validate(data)


# -- debrief -------------------------------------------------------------------------------


def _events(game: SeatGame) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    tested = (game.series("missile_tests") + game.series("nuclear_tests")) > 0
    sanctioned = (game.series("unsc_resolutions") + game.series("unilateral_rounds")) > 0
    return np.asarray(tested), np.asarray(sanctioned)


def trust_findings(params: SixPartyParams, game: SeatGame,
                   share: float = BREAK_SHARE) -> list[Finding]:
    """Trust between the party and its counterpart, both ways: when it broke, or its low."""
    if not 0.0 < share < 1.0:
        raise InputError(f"break share {share} is out of range; allowed: above 0 and below 1")
    findings = []
    other = game.counterpart
    for side, towards in ((game.party, other), (other, game.party)):
        series = game.trust[:, PARTY_CODES.index(side), PARTY_CODES.index(towards)]
        start = float(params.parties[side].trust[towards])
        line = share * start
        who: dict[str, float | int | str] = {"side": side, "other": towards, "start": start,
                                             "line": line}
        below = np.flatnonzero(series < line)
        if below.size == 0:
            low = int(np.argmin(series))
            findings.append(Finding("sixparty_seat_trust_held", "info", {
                **who, "lowest": float(series[low]), "quarter": game.labels[low],
                "final": float(series[-1])}))
            continue
        k = int(below[0])
        findings.append(Finding("sixparty_seat_trust_broke", "warning", {
            **who, "quarter": game.labels[k], "posture": game.postures[k],
            "tests": int(game.series("missile_tests")[k] + game.series("nuclear_tests")[k]),
            "sanctions": int(game.series("unsc_resolutions")[k]
                             + game.series("unilateral_rounds")[k]),
            "broken": int(game.series("agreements_broken")[k])}))
    return findings


def pivot_findings(params: SixPartyParams, seed: int, game: SeatGame) -> list[Finding]:
    """The quarter whose choice, against the scenario's own posture then, moved tension most."""
    own = own_postures(params, game.party)
    departures = [k for k in range(game.played) if game.postures[k] != own[k]]
    if not departures:
        return [Finding("sixparty_seat_own_line", "info",
                        {"side": game.party, "quarters": game.played})]
    tried = []  # (quarter, change of final tension, change of tests, tension then)
    for k in departures:
        alternative = list(game.postures[:game.played])
        alternative[k] = own[k]
        other = play(params, seed, game.party, alternative)
        tried.append((k, game.final_tension() - other.final_tension(), game.tests() - other.tests(),
                      other.final_tension()))
    k, change, tests_change, alternative_tension = max(
        tried, key=lambda row: (abs(row[1]), abs(row[2]), -row[0]))
    if abs(change) < 1e-12 and tests_change == 0:
        return [Finding("sixparty_seat_pivot_none", "info", {
            "side": game.party, "departures": len(departures), "quarters": game.played})]
    return [Finding("sixparty_seat_pivot", "notice", {
        "side": game.party, "quarter": game.labels[k], "posture": game.postures[k],
        "own_posture": own[k], "tension": game.final_tension(),
        "alternative": alternative_tension, "change": change, "tests_change": tests_change,
        "departures": len(departures)})]


def cycle_findings(game: SeatGame) -> list[Finding]:
    """Sanction–test cycle episodes in the game (the six-party debrief's definition)."""
    tested, sanctioned = _events(game)
    episodes = cycle_episodes(tested, sanctioned)
    both = int((tested & sanctioned).sum())
    if not episodes:
        return [Finding("sixparty_seat_no_cycles", "info",
                        {"sanctioned_tests": both, "tests": int(tested.sum())})]
    first = episodes[0][0]
    return [Finding("sixparty_seat_cycles", "warning", {
        "episodes": len(episodes), "quarter": game.labels[first],
        "posture": game.postures[first], "links": int(sum(n for _, _, n in episodes)),
        "sanctioned_tests": both})]


def outcome_findings(game: SeatGame) -> list[Finding]:
    """The class at the horizon and the game's counts (nothing before the horizon)."""
    o = game.outcome
    if o is None:
        return []
    return [Finding("sixparty_seat_outcome", "notice" if o.outcome != "comprehensive_deal"
                    else "info", {
        "side": game.party, "outcome": o.outcome, "quarters": game.played,
        "missile_tests": o.missile_tests, "nuclear_tests": o.nuclear_tests,
        "sanctions_rounds": o.sanctions_rounds, "talks_rounds": o.talks_rounds,
        "agreements_made": o.agreements_made, "agreements_broken": o.agreements_broken,
        "tension": game.final_tension()})]


def compare_findings(frame: pd.DataFrame, party: str) -> list[Finding]:
    """Where the game ranks by final tension among the compared paths (1 = calmest)."""
    you = frame[frame["path"] == "you"].iloc[0]
    own = frame[frame["path"] == "own"].iloc[0]
    fixed = frame[frame["path"] == "fixed"]
    best = fixed.iloc[int(np.argmin(fixed["final_tension"].to_numpy()))]
    rank = int((frame["final_tension"] < you["final_tension"] - 1e-12).sum()) + 1
    return [Finding("sixparty_seat_compare", "info", {
        "side": party, "tension": float(you["final_tension"]), "tests": int(you["tests"]),
        "rank": rank, "paths": len(frame), "own_tension": float(own["final_tension"]),
        "own_tests": int(own["tests"]), "own_outcome": str(own["outcome"]),
        "best": str(best["posture"]), "best_tension": float(best["final_tension"]),
        "best_tests": int(best["tests"]), "best_outcome": str(best["outcome"])})]


def debrief(params: SixPartyParams, seed: int, party: str,
            postures: Sequence[str]) -> list[Finding]:
    """Every finding about the game so far (outcome and comparison once it is finished)."""
    game = play(params, seed, party, postures)
    if game.played == 0:
        raise InputError("no quarter was played yet; allowed: a debrief of at least one quarter played")
    findings = outcome_findings(game)
    if game.finished:
        findings += compare_findings(comparison(params, seed, party, postures), party)
    return [*findings, *trust_findings(params, game), *pivot_findings(params, seed, game),
            *cycle_findings(game)]
