"""Peninsula's model core: stage games, repeated play, staged agreements, six parties.

Pure and seeded: nothing here draws on global random state, imports a UI library, or
touches files outside :mod:`sim.io` and :mod:`sim.cli`.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("peninsula")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
