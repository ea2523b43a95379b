"""Changes a class makes to a six-party scenario, beyond setting one number.

:func:`hold_party_value` sets a party's enforcement, acquiescence or trade share *and*
removes that field from the party's later ``policy`` events, so the value holds for the
whole run (a slider meaning "what if China had enforced sanctions at 0.9 throughout").
:func:`set_mutual_trust` sets two parties' trust in each other at once.
"""

from __future__ import annotations

from typing import Any

from sim.errors import InputError
from sim.sixparty.params import PARTY_CODES, SixPartyParams

__all__ = ["HOLDABLE", "hold_party_value", "set_mutual_trust"]

HOLDABLE = ("enforcement", "acquiescence", "trade_share")


def _check(party: str) -> None:
    if party not in PARTY_CODES:
        raise InputError(f"unknown party code {party!r}; allowed: {', '.join(PARTY_CODES)}")


def hold_party_value(params: SixPartyParams, party: str, field: str,
                     value: float) -> SixPartyParams:
    """``params`` with ``party``'s ``field`` at ``value`` for the whole run."""
    _check(party)
    if field not in HOLDABLE:
        raise InputError(f"cannot hold {field!r}; allowed: {', '.join(HOLDABLE)}")
    data: dict[str, Any] = params.model_dump(mode="python")
    data["parties"][party][field] = value
    schedule = []
    for event in data["schedule"]:
        if event["kind"] == "policy" and event["party"] == party:
            event[field] = None
            if all(event[name] is None for name in HOLDABLE):
                continue
        schedule.append(event)
    data["schedule"] = schedule
    return _validated(data)


def set_mutual_trust(params: SixPartyParams, first: str, second: str,
                     value: float) -> SixPartyParams:
    """``params`` with ``first`` and ``second`` trusting each other at ``value``."""
    _check(first)
    _check(second)
    if first == second:
        raise InputError(f"mutual trust needs two different parties, got {first!r} twice")
    data: dict[str, Any] = params.model_dump(mode="python")
    data["parties"][first]["trust"][second] = value
    data["parties"][second]["trust"][first] = value
    return _validated(data)


def _validated(data: dict[str, Any]) -> SixPartyParams:
    from pydantic import ValidationError

    try:
        return SixPartyParams.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{where}: {first['msg']}") from None
