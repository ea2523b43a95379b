"""How the six parties' trust in each other moves, quarter by quarter.

Trust is a 6×6 matrix of plain floats (row trusts column, diagonal 0, every entry in
[0, 1]); parties are indexed in the order of ``PARTY_CODES``. Claim C1 makes trust the
hinge of the talks; here it is a reputation updated on what each party *observes*
(Kydd, *Trust and Mistrust in International Relations*, 2005, models it as a Bayesian
belief; this model keeps the simpler exponential update of a reputation):

* **tests**: every other party's trust in the DPRK falls by ``test_distrust`` per nuclear
  test and a tenth of that per missile-test event (at most five counted a quarter);
* **sanctions** (C2, strength ``sanctions.distrust``, a parameter a class can set to 0):
  the DPRK's trust in each party that imposes a unilateral round falls by that share; a
  UNSC resolution lowers its trust in the US, South Korea and Japan by the full share and
  in China and Russia, who let it pass, by half;
* **talks**: participants' trust in each other rises by ``talks.trust_gain * (1 - trust)``
  per round (contact and information);
* **compliance and breach**: verified steps raise trust by ``compliance_gain *
  (1 - trust)``; a breach cuts every party's trust in the breaker by ``breach_penalty``;
* **reversion**: every entry drifts back toward its starting value at ``trust.reversion``
  per quarter (memories fade; new officials arrive), applied once a year at the fourth
  quarter with the equivalent yearly share ``1 - (1 - reversion)^4`` to keep the quarter
  loop lean.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["Matrix", "after_breach", "after_sanctions", "after_talks", "after_tests",
           "raise_towards_one", "reversion_pull", "revert", "revert_toward"]

Matrix = list[list[float]]
_KP = 1
_OTHERS = (0, 2, 3, 4, 5)
_VETO = (3, 5)
#: Pairs whose trust rises at a round of talks, by format (1 bilateral, 2 six-party).
_TALKS_PAIRS: dict[int, tuple[tuple[int, int], ...]] = {
    fmt: tuple((i, _KP) for i in side) + tuple((_KP, i) for i in side)
    for fmt, side in ((1, (0,)), (2, _OTHERS))
}


def after_tests(trust: Matrix, nuclear: int, missiles: int, test_distrust: float) -> None:
    """Lower everyone's trust in the DPRK after this quarter's tests."""
    loss = test_distrust * (nuclear + 0.1 * (missiles if missiles < 5 else 5))
    if loss <= 0.0:
        return
    keep = max(0.0, 1.0 - loss)
    for i in _OTHERS:
        trust[i][_KP] *= keep


def after_sanctions(trust: Matrix, unsc: int, unilateral: Iterable[int], distrust: float) -> None:
    """Lower the DPRK's trust in those who sanctioned it this quarter."""
    row = trust[_KP]
    if unsc:
        for i in _OTHERS:
            row[i] *= 1.0 - (0.5 * distrust if i in _VETO else distrust)
    for i in unilateral:
        row[i] *= 1.0 - distrust


def raise_towards_one(trust: Matrix, pairs: Iterable[tuple[int, int]], gain: float) -> None:
    """Raise ``trust[i][j]`` by ``gain * (1 - trust[i][j])`` for each (i, j)."""
    for i, j in pairs:
        row = trust[i]
        row[j] += gain * (1.0 - row[j])


def after_talks(trust: Matrix, fmt: int, gain: float) -> None:
    """Contact: the DPRK and the others at the table trust each other a little more."""
    raise_towards_one(trust, _TALKS_PAIRS[1 if fmt == 1 else 2], gain)


def after_breach(trust: Matrix, breaker: int, penalty: float) -> None:
    """Every party's trust in ``breaker`` falls by ``penalty``."""
    for i in range(6):
        trust[i][breaker] *= 1.0 - penalty


def revert(trust: Matrix, start: Matrix, rate: float) -> None:
    """Move every entry a share ``rate`` of the way back to its starting value."""
    if rate <= 0.0:
        return
    revert_toward(trust, reversion_pull(start, rate), 1.0 - rate)


def reversion_pull(start: Sequence[Sequence[float]], rate: float) -> tuple[tuple[float, ...], ...]:
    """The fixed part ``rate * start`` of a reversion, computed once per scenario."""
    return tuple(tuple(rate * value for value in row) for row in start)


def revert_toward(trust: Matrix, pull: Sequence[Sequence[float]], keep: float) -> None:
    """``trust <- keep * trust + pull`` entry by entry, rows in place (see :func:`revert`)."""
    for row, (p0, p1, p2, p3, p4, p5) in zip(trust, pull, strict=True):
        t0, t1, t2, t3, t4, t5 = row
        row[:] = (keep * t0 + p0, keep * t1 + p1, keep * t2 + p2, keep * t3 + p3,
                  keep * t4 + p4, keep * t5 + p5)
