"""The deal on the table: a weighted mean of the participants' ideal positions.

Following the expected-utility bargaining models of Bueno de Mesquita (*The War Trap*,
1981; "Political forecasting: an expected utility method", 1994), the outcome of talks on
each issue is the mean of the participants' ideal positions weighted by capability times
salience (the DPRK's weight grows with its nuclear capability times
``agreements.leverage``, claim C4). A bilateral round weighs the US and the DPRK only; a
six-party round weighs all six, so China's, Russia's and South Korea's middle positions
pull the deal toward them. Plain floats: the table is consulted at every round of talks
and must be cheap.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["BILATERAL", "SIX_PARTY", "ProposalTable", "weighted_positions"]

BILATERAL, SIX_PARTY = 1, 2
Vector = tuple[float, ...]


def weighted_positions(positions: Sequence[Vector], salience: Sequence[Vector],
                       weights: Sequence[float]) -> Vector:
    """Per issue, the weight x salience weighted mean of the parties' positions.

    An issue nobody weighs gets the plain mean of the positions.
    """
    deal = []
    for k in range(len(positions[0])):
        total = sum(w * s[k] for w, s in zip(weights, salience, strict=True))
        if total > 0:
            value = sum(w * s[k] * x[k] for w, s, x in zip(weights, salience, positions, strict=True))
            deal.append(value / total)
        else:
            deal.append(sum(x[k] for x in positions) / len(positions))
    return tuple(deal)


class ProposalTable:
    """The deals of a bilateral and a six-party round (parties in code order, DPRK second)."""

    def __init__(self, positions: Sequence[Vector], salience: Sequence[Vector],
                 weights: Sequence[float]) -> None:
        self.positions, self.salience = list(positions), list(salience)
        self.weights = list(weights)
        self._sums = {fmt: self._others(2 if fmt == BILATERAL else len(self.weights))
                      for fmt in (BILATERAL, SIX_PARTY)}

    def _others(self, count: int) -> list[tuple[float, float, float]]:
        """Per issue, the fixed parts of the weighted mean (the DPRK's weight varies).

        Each entry is (weighted sum of positions of all but the DPRK, their summed weights,
        the DPRK's salience).
        """
        sums = []
        for k in range(len(self.positions[0])):
            others = [i for i in range(count) if i != 1]
            value = sum(self.weights[i] * self.salience[i][k] * self.positions[i][k] for i in others)
            total = sum(self.weights[i] * self.salience[i][k] for i in others)
            sums.append((value, total, self.salience[1][k]))
        return sums

    def deal(self, fmt: int, dprk_extra: float) -> Vector:
        """The deal of format ``fmt`` with ``dprk_extra`` added to the DPRK's weight."""
        weight = self.weights[1] + dprk_extra
        position = self.positions[1]
        deal = []
        for k, (value, total, salience) in enumerate(self._sums[fmt]):
            denominator = total + weight * salience
            if denominator > 0:
                deal.append((value + weight * salience * position[k]) / denominator)
            else:
                count = 2 if fmt == BILATERAL else len(self.weights)
                deal.append(sum(p[k] for p in self.positions[:count]) / count)
        return tuple(deal)

    def deals(self, dprk_extra: float) -> dict[int, Vector]:
        """Both deals, with ``dprk_extra`` added to the DPRK's weight."""
        return {fmt: self.deal(fmt, dprk_extra) for fmt in (BILATERAL, SIX_PARTY)}
