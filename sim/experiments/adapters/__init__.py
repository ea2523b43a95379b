"""Adapters that make each model kind a :class:`~sim.experiments.runners.Runner`."""
