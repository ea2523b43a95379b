"""Named policy postures of the six parties (claim C8 of the source essays).

A posture is how a government leans while it holds office; the exogenous schedule of a
scenario switches postures when administrations change. Two tables, because the DPRK's
choices differ in kind from everyone else's:

:data:`STATE_POSTURES` (United States, South Korea, Japan, China, Russia)
    ``pressure`` (0–1): how readily the party pushes sanctions after a provocation and
    how likely it is to renege on an agreement by adding pressure (the Banco Delta Asia
    measures of September 2005); ``openness`` (0–1): how readily it joins talks and accepts
    a deal.
:data:`DPRK_POSTURES`
    ``drive``: shift of the log-rate of missile testing (0 = the base rate);
    ``nuclear`` (0–1): how freely nuclear tests follow a high drive (0 = a declared
    moratorium); ``openness`` (0–1): readiness to talk and to deal.

Numbers are ordinal judgements made for teaching, not estimates; every one is a default
that a scenario can override through its schedule. Sources: the essays' account of US
administrations (C8: engagement under Clinton, "axis of evil" pressure under Bush,
"strategic patience" under Obama, maximum pressure then summits under Trump, the
"calibrated, practical approach" under Biden); the bundled timeline's policy shifts
(1994 Agreed Framework, 2002 "axis of evil", 2013 byungjin line, April 2018 plenum on
"all-out economic construction", 2019–2024 nuclear consolidation and the 2023–24 "two
hostile states" line); China's and Russia's stated preference for a negotiated settlement
(C5).
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["DPRK_POSTURES", "STATE_POSTURES", "DprkPosture", "StatePosture"]


class StatePosture(NamedTuple):
    """Leaning of a non-DPRK government: pressure and openness, each 0–1."""

    pressure: float
    openness: float
    source: str


class DprkPosture(NamedTuple):
    """Leaning of the DPRK leadership: testing drive, nuclear freedom, openness."""

    drive: float
    nuclear: float
    openness: float
    source: str


STATE_POSTURES: dict[str, StatePosture] = {
    "engagement": StatePosture(
        0.15, 0.9, "Clinton after the 1994 Agreed Framework (Perry process); Kim Dae-jung's "
        "and Roh Moo-hyun's Sunshine Policy; Moon Jae-in"),
    "conditional_engagement": StatePosture(
        0.45, 0.65, "Clinton in 1993-94; Bush's second term with the Six-Party Talks "
        "(Christopher Hill); Kim Young-sam"),
    "hardline": StatePosture(
        0.7, 0.3, "Bush 2001-04 ('axis of evil'); Lee Myung-bak; Park Geun-hye; Abe; Yoon Suk-yeol"),
    "strategic_patience": StatePosture(
        0.6, 0.15, "Obama 2009-16: no talks until the DPRK shows sincerity, sanctions meanwhile"),
    "maximum_pressure": StatePosture(
        0.95, 0.1, "Trump 2017: 'maximum pressure and engagement', fire and fury"),
    "summit_diplomacy": StatePosture(
        0.35, 1.0, "Trump 2018-19: Singapore, Hanoi and Panmunjom summits, sanctions kept"),
    "calibrated_practical": StatePosture(
        0.5, 0.5, "Biden 2021: 'calibrated, practical approach', talks without preconditions"),
    "mediator": StatePosture(
        0.1, 0.85, "China and Russia: peaceful, negotiated settlement, DPRK back at the table"),
    "strategic_partner": StatePosture(
        0.0, 0.3, "Russia 2023-24: Putin-Kim summits and the 2024 mutual-assistance treaty"),
}

DPRK_POSTURES: dict[str, DprkPosture] = {
    "brinkmanship": DprkPosture(
        0.0, 0.0, 0.75, "Kim Il Sung 1993-94: NPT withdrawal notice as a bargaining chip"),
    "military_first": DprkPosture(
        0.3, 1.0, 0.5, "Kim Jong Il's songun line, 1995-2011: deterrent built, talks kept open"),
    "byungjin": DprkPosture(
        1.3, 1.0, 0.2, "March 2013 plenum: simultaneous nuclear and economic development"),
    "economic_construction": DprkPosture(
        -1.5, 0.0, 0.95, "April 2018 plenum: 'all-out economic construction', test moratorium"),
    "nuclear_consolidation": DprkPosture(
        1.6, 0.1, 0.05, "Dec 2019 'frontal breakthrough', 2022 nuclear forces law, 2023-24 "
        "'two hostile states'"),
}
