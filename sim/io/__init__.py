"""Everything in ``sim`` that touches files: scenario files, exports and the run store.

The rest of ``sim`` is pure; this package (with ``sim.cli``) is its boundary.
"""

from sim.io.scenarios import (
    MAX_SCENARIO_BYTES,
    SCENARIO_DIR,
    bundled_scenarios,
    describe_validation_error,
    dump_scenario,
    find_scenario,
    load_scenario,
    parse_scenario_bytes,
    parse_scenario_text,
)

__all__ = [
    "MAX_SCENARIO_BYTES",
    "SCENARIO_DIR",
    "bundled_scenarios",
    "describe_validation_error",
    "dump_scenario",
    "find_scenario",
    "load_scenario",
    "parse_scenario_bytes",
    "parse_scenario_text",
]
