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

from collections.abc import Iterable

__all__ = ["Matrix", "after_breach", "after_sanctions", "after_talks", "after_tests",
           "raise_towards_one", "revert"]

Matrix = list[list[float]]
_KP = 1
_OTHERS = (0, 2, 3, 4, 5)
_VETO = (3, 5)


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
        trust[i][j] += gain * (1.0 - trust[i][j])


def after_talks(trust: Matrix, fmt: int, gain: float) -> None:
    """Contact: the DPRK and the others at the table trust each other a little more."""
    side = (0,) if fmt == 1 else _OTHERS
    raise_towards_one(trust, [(i, _KP) for i in side] + [(_KP, i) for i in side], gain)


def after_breach(trust: Matrix, breaker: int, penalty: float) -> None:
    """Every party's trust in ``breaker`` falls by ``penalty``."""
    for i in range(6):
        trust[i][breaker] *= 1.0 - penalty


def revert(trust: Matrix, start: Matrix, rate: float) -> None:
    """Move every entry a share ``rate`` of the way back to its starting value."""
    if rate <= 0.0:
        return
    keep = 1.0 - rate
    for i in range(6):
        row, origin = trust[i], start[i]
        for j in range(6):
            row[j] = keep * row[j] + rate * origin[j]
