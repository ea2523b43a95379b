"""Timed runs side by side with peers; ``python -m benchmarks`` runs them all.

Each ``bench_<kind>.py`` module has a ``main()`` that prints a table and writes
``benchmarks/results/<kind>.json``; the README quotes those files. Timings never appear in
the test suite.
"""
