"""The historical record shipped with Peninsula: a dated timeline and yearly counts.

Two tables and their notes (``README.md`` beside this file, with every source and caveat):

* :func:`timeline` — 157 dated events 1985–2024 (``date``, ``event_type``, ``actors``,
  ``title``, ``description``, ``source``); ten rows whose day is unconfirmed end their
  ``source`` with "?"; missile tests here are highlights only;
* :func:`yearly_counts` — one row per year 1984–2024: missile-test events and missiles
  from the CNS North Korea Missile Test Database (2023–24 from a CNS-derived copy; 2024 a
  lower bound), nuclear tests, and the CSIS Beyond Parallel provocation counts.

Files are read with :mod:`importlib.resources`, so they work from a wheel as well as a
source checkout. Each call returns a fresh frame (callers may change it freely).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import pandas as pd

__all__ = ["EVENT_TYPES", "readme", "timeline", "yearly_counts"]

EVENT_TYPES: tuple[str, ...] = (
    "agreement", "talks", "summit", "nuclear_test", "missile_test", "sanction_unsc",
    "sanction_unilateral", "withdrawal", "inspection", "exercise", "provocation",
    "policy_shift",
)


@lru_cache(maxsize=1)
def _timeline() -> pd.DataFrame:
    with resources.files(__name__).joinpath("dprk_timeline.csv").open("r", encoding="utf-8") as f:
        frame = pd.read_csv(f, dtype=str, keep_default_na=False)
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d")
    frame["year"] = frame["date"].dt.year
    frame["quarter"] = frame["date"].dt.quarter
    frame["source_unconfirmed"] = frame["source"].str.rstrip().str.endswith("?")
    return frame


@lru_cache(maxsize=1)
def _yearly() -> pd.DataFrame:
    with resources.files(__name__).joinpath("dprk_yearly_counts.csv").open("r", encoding="utf-8") as f:
        return pd.read_csv(f)


def timeline() -> pd.DataFrame:
    """The dated events, with ``year``, ``quarter`` and ``source_unconfirmed`` added."""
    return _timeline().copy()


def yearly_counts() -> pd.DataFrame:
    """The yearly counts of missile tests, nuclear tests and provocations, 1984–2024."""
    return _yearly().copy()


def readme() -> str:
    """The data notes: sources, caveats and what empirical work says."""
    return resources.files(__name__).joinpath("README.md").read_text(encoding="utf-8")
