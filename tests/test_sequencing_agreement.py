"""Agreements as steps (sim.sequencing.agreement) and the step library."""

from __future__ import annotations

import math

import pytest

from sim.errors import InputError
from sim.sequencing import LIBRARY, Agreement, agreement_from_rows, resolve_agreement
from sim.sequencing.library import library_steps
from sim.sequencing.params import AgreementSpec


def test_library_covers_both_sides_and_the_named_steps():
    dprk = {s.name for s in library_steps("KP")}
    us = {s.name for s in library_steps("US")}
    assert {"freeze", "declaration", "disablement", "dismantlement", "ship_out"} <= dprk
    assert {"humanitarian_aid", "energy_aid", "sanctions_relief", "liaison_office",
            "end_of_war_declaration", "security_guarantee", "normalisation"} <= us


@pytest.mark.parametrize("name", list(LIBRARY))
def test_library_defaults_are_in_range_and_documented(name):
    step = LIBRARY[name]
    assert 0 <= step.cost <= 1000 and 0 <= step.value <= 1000
    assert 0 <= step.verification <= 1 and 0 <= step.reversibility <= 1
    assert step.note and step.basis


def test_library_ranks_dismantlement_as_less_reversible_than_a_freeze():
    assert LIBRARY["dismantlement"].reversibility < LIBRARY["freeze"].reversibility
    assert LIBRARY["declaration"].verification < LIBRARY["moratorium"].verification


def test_spec_takes_library_defaults_and_overrides():
    spec = AgreementSpec.model_validate({
        "id": "demo", "title": {"en": "Demo", "zh": "示例"},
        "steps": [{"name": "freeze", "cost": 3},
                  {"name": "funds", "mover": "US", "cost": 2, "value": 6}],
    })
    deal = resolve_agreement(spec)
    freeze, funds = deal.steps
    assert (freeze.mover, freeze.cost, freeze.value) == ("KP", 3.0, LIBRARY["freeze"].value)
    assert freeze.verification == LIBRARY["freeze"].verification
    assert (funds.verification, funds.reversibility) == (1.0, 0.0)  # custom-step defaults
    assert deal.totals("US") == (LIBRARY["freeze"].value, 2.0)


def test_rows_from_a_table_become_an_agreement():
    rows = [{"name": "freeze", "mover": None, "cost": None, "value": 20.0,
             "verification": None, "reversibility": None, "phase": None},
            {"name": "aid", "mover": "US", "cost": 3, "value": 5, "verification": 0.9,
             "reversibility": 0, "phase": 2},
            {"name": None, "mover": None, "cost": math.nan}]  # an empty editor row
    deal = agreement_from_rows(rows)
    assert [s.name for s in deal.steps] == ["freeze", "aid"]
    assert deal.steps[0].value == 20.0 and deal.steps[0].cost == LIBRARY["freeze"].cost
    assert deal.steps[1].phase == 2


@pytest.mark.parametrize(("rows", "fragment"), [
    ([], "at least one step"),
    ([{"name": "freeze", "value": -5}], "step 1 (freeze) value = -5.0 is out of range"),
    ([{"name": "freeze", "verification": 1.5}], "verification = 1.5 is out of range"),
    ([{"name": "freeze", "reversibility": -0.1}], "reversibility = -0.1 is out of range"),
    ([{"name": "gift", "mover": "CN", "cost": 1, "value": 1}], "mover 'CN' is not allowed"),
    ([{"name": "gift", "mover": "US", "value": 1}], "cost is missing"),
    ([{"name": "freeze", "mover": "US"}], "performed by KP"),
    ([{"name": "Big Step", "mover": "US", "cost": 1, "value": 1}], "name 'Big Step'"),
    ([{"name": "freeze", "cost": "lots"}], "cost = 'lots' is not a number"),
    ([{"name": "freeze"}, {"name": "freeze"}], "repeated: freeze"),
])
def test_bad_rows_are_one_line_errors(rows, fragment):
    with pytest.raises(InputError) as info:
        agreement_from_rows(rows)
    message = str(info.value)
    assert fragment in message and "\n" not in message


def test_an_agreement_needs_steps_and_overrides_verification():
    with pytest.raises(InputError, match="at least one step"):
        Agreement("empty", ())
    deal = agreement_from_rows([{"name": "freeze"}, {"name": "energy_aid"}])
    assert set(deal.with_verification(0.3).verification) == {0.3}
    with pytest.raises(InputError, match="verification = 2"):
        deal.with_verification(2)
