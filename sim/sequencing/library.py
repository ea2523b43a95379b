"""The library of named steps, with documented default magnitudes.

Every number is on one 0–100 scale of value shared by both sides (as in the US–DPRK stage
game): ``cost`` is what performing the step costs its mover, ``value`` what it is worth to
the receiver, ``verification`` the probability that a party claiming to perform it while not
doing so is found out, and ``reversibility`` the share of the step that is undone if the
agreement collapses later (a frozen reactor restarts, sanctions snap back; a dismantled
reactor or burnt fuel oil stays gone).

These defaults are **judgements, not measurements**: orders of magnitude chosen so the steps
rank the way the record and the literature rank them, to be varied in class. The reasoning
for each is in its ``note`` and ``basis`` (events of the bundled timeline, 1994–2019).

DPRK steps (mover ``KP``, receiver US and partners): freeze, moratorium, declaration,
disablement, dismantlement, ship out material. US-and-partner steps (mover ``US``):
humanitarian aid, energy aid, light-water reactors, sanctions relief, delisting, suspended
exercises, liaison office, end-of-war declaration, security guarantee, normalisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["LIBRARY", "StepTemplate", "library_steps"]


@dataclass(frozen=True)
class StepTemplate:
    """Default magnitudes of a named step and why they are what they are."""

    name: str
    mover: Literal["US", "KP"]
    cost: float
    value: float
    verification: float
    reversibility: float
    note: str
    basis: str


_STEPS: tuple[StepTemplate, ...] = (
    StepTemplate(
        "freeze", "KP", 10, 15, 0.85, 0.8,
        "Halt and seal the Yongbyon reactor and reprocessing plant under IAEA monitoring. "
        "Seals and cameras watch the declared site well, not undeclared ones; restarting "
        "takes months, so most of it can be undone.",
        "1994-10-21 Agreed Framework freeze; 2002-12-27 seals removed; 2003-02-26 and "
        "2015-09-15 reactor restarts; 2007-07-14 shutdown verified by the IAEA.",
    ),
    StepTemplate(
        "moratorium", "KP", 8, 12, 0.95, 1.0,
        "No nuclear tests or long-range launches. Tests are seen at once (seismic, "
        "radar); a moratorium ends the day a launch happens.",
        "1999-09-12 Berlin missile moratorium; 2012-02-29 Leap Day moratorium and the "
        "2012-04-13 launch; 2018-04-20 halt of nuclear and ICBM tests.",
    ),
    StepTemplate(
        "declaration", "KP", 10, 10, 0.4, 0.2,
        "A complete declaration of programmes, facilities and material. Completeness is "
        "hard to check (enrichment was the dispute); information once given stays given.",
        "2008-06-26 declaration handed to China; 2008-12-08 talks end without a "
        "verification protocol (sampling refused).",
    ),
    StepTemplate(
        "disablement", "KP", 15, 18, 0.85, 0.4,
        "Make the core facilities unusable for a year or more (remove parts, blow up the "
        "cooling tower). Visible, and undone only slowly.",
        "2007-10-03 second-phase actions; 2008-06-27 cooling tower demolished; restart in "
        "2009 after the talks ended.",
    ),
    StepTemplate(
        "dismantlement", "KP", 30, 30, 0.8, 0.05,
        "Permanently dismantle facilities. Hard to reverse; the declared sites can be "
        "inspected, undeclared ones cannot.",
        "1994 Agreed Framework (dismantle graphite reactors when the LWRs were done); "
        "2019-02-28 Hanoi offer to dismantle Yongbyon.",
    ),
    StepTemplate(
        "ship_out", "KP", 40, 40, 0.7, 0.0,
        "Ship fissile material or weapons out of the country. Irreversible for what is "
        "shipped; what is kept back is the verification problem.",
        "The US 'big deal' at Hanoi (2019-02-28) asked for weapons and material first.",
    ),
    StepTemplate(
        "humanitarian_aid", "US", 3, 5, 0.95, 0.0,
        "Food and nutritional aid. Cheap for the donors, consumed on delivery; future "
        "tranches can be stopped, delivered ones cannot be recalled.",
        "2012-02-29 Leap Day: 240,000 t of nutritional aid.",
    ),
    StepTemplate(
        "energy_aid", "US", 8, 10, 0.95, 0.0,
        "Heavy fuel oil or its equivalent. Shipments are public; burnt oil is gone.",
        "1994 Agreed Framework: 500,000 t/yr; 2002-11-14 shipments suspended; 2007-02-13 "
        "50,000 t plus up to 950,000 t for declaration and disablement.",
    ),
    StepTemplate(
        "light_water_reactors", "US", 30, 25, 0.9, 0.0,
        "Build two light-water reactors (KEDO). Costly, slow, and worth nothing to the "
        "receiver until finished; delays were the DPRK's complaint.",
        "1995-03-09 KEDO established; the reactors were never finished.",
    ),
    StepTemplate(
        "sanctions_relief", "US", 15, 30, 0.95, 0.7,
        "Lift sanctions (unilateral ones, or some UN resolutions). Public, and mostly "
        "reversible: sanctions snap back.",
        "1999-09-17 Clinton eases sanctions; 2019-02-28 Hanoi: relief from five UN "
        "resolutions asked for Yongbyon.",
    ),
    StepTemplate(
        "delisting", "US", 5, 8, 1.0, 0.5,
        "Remove the DPRK from the state-sponsors-of-terrorism list. Public; can be undone "
        "at a political price.",
        "2008-10-11 delisting; 2017-11-20 relisting.",
    ),
    StepTemplate(
        "suspend_exercises", "US", 5, 8, 1.0, 1.0,
        "Suspend large US–ROK exercises. Public, and resumed at will.",
        "2018-06-18 Ulchi Freedom Guardian suspended; 2019-03-02 Key Resolve and Foal "
        "Eagle ended.",
    ),
    StepTemplate(
        "liaison_office", "US", 3, 5, 1.0, 0.8,
        "Open liaison offices in each other's capitals. Cheap; can be closed.",
        "Agreed in the 1994 Agreed Framework; discussed again at Hanoi in 2019.",
    ),
    StepTemplate(
        "end_of_war_declaration", "US", 5, 12, 1.0, 0.3,
        "A political declaration ending the Korean War. Cheap in money, costly to walk "
        "back once made.",
        "2018-04-27 Panmunjom Declaration; 2018-06-12 Singapore statement on a peace "
        "regime.",
    ),
    StepTemplate(
        "security_guarantee", "US", 10, 35, 0.9, 0.5,
        "A formal assurance of non-aggression, the DPRK's first demand. Worth much to the "
        "receiver; a later administration can revoke it.",
        "Essays: the DPRK wants a non-aggression treaty before giving up its programme; "
        "2000-10-09 joint communiqué of no hostile intent.",
    ),
    StepTemplate(
        "normalisation", "US", 15, 30, 1.0, 0.4,
        "Diplomatic relations and an end of 'hostile policy'. Public; partly reversible.",
        "2005-09-19 Joint Statement (steps to normalise relations); 2018-06-12 Singapore "
        "'new relations'.",
    ),
)

#: Every named step, by name, in the order above (DPRK steps first).
LIBRARY: dict[str, StepTemplate] = {step.name: step for step in _STEPS}


def library_steps(mover: str | None = None) -> list[StepTemplate]:
    """The library's steps, optionally only those of one mover (``"US"`` or ``"KP"``)."""
    return [step for step in _STEPS if mover is None or step.mover == mover]
