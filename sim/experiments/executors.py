"""Where an experiment's work runs: serially, in local processes, or on a Dask cluster.

Every executor maps one picklable function over *batches* of tasks and returns the results
in task order, whatever order they finished in. Seeds travel inside the tasks — they are
derived from the experiment, never from the worker — so every executor gives identical
numbers. Tasks are grouped into a few batches per worker so per-task overhead (pickling,
scheduling) stays small next to the work.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Literal, Protocol, TypeVar

from sim.errors import InputError

__all__ = [
    "EXECUTOR_NAMES",
    "DaskExecutor",
    "Executor",
    "ProcessExecutor",
    "SerialExecutor",
    "make_executor",
]

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[int, int], None]
ExecutorName = Literal["serial", "processes", "dask"]
EXECUTOR_NAMES: tuple[str, ...] = ("serial", "processes", "dask")


class Executor(Protocol):
    """Runs ``fn`` on every task, batched, and returns results in task order."""

    name: str

    def map(self, fn: Callable[[T], R], tasks: Sequence[T],
            progress: Progress | None = None) -> list[R]:
        """``[fn(task) for task in tasks]``, possibly in parallel."""
        ...


def _run_batch(fn: Callable[[T], R], batch: Sequence[T]) -> list[R]:
    return [fn(task) for task in batch]


def _batches(tasks: Sequence[T], workers: int, per_worker: int = 4) -> list[list[T]]:
    count = max(1, min(len(tasks), workers * per_worker))
    size = -(-len(tasks) // count)
    return [list(tasks[i : i + size]) for i in range(0, len(tasks), size)]


class SerialExecutor:
    """Everything in this process, one task after another."""

    name = "serial"

    def map(self, fn: Callable[[T], R], tasks: Sequence[T],
            progress: Progress | None = None) -> list[R]:
        """Run the tasks in order."""
        results = []
        for done, task in enumerate(tasks, start=1):
            results.append(fn(task))
            if progress:
                progress(done, len(tasks))
        return results


class ProcessExecutor:
    """Local worker processes (``spawn`` start method, portable and fork-safe)."""

    name = "processes"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1

    def map(self, fn: Callable[[T], R], tasks: Sequence[T],
            progress: Progress | None = None) -> list[R]:
        """Run batches of tasks in a process pool; Ctrl-C cancels what has not started."""
        batches = _batches(tasks, self.workers)
        results: list[list[R] | None] = [None] * len(batches)
        pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"))
        try:
            pending: dict[Future[list[R]], int] = {
                pool.submit(_run_batch, fn, batch): i for i, batch in enumerate(batches)
            }
            done_tasks = 0
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    index = pending.pop(future)
                    results[index] = future.result()
                    done_tasks += len(batches[index])
                    if progress:
                        progress(done_tasks, len(tasks))
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return [item for batch in results for item in (batch or [])]


class DaskExecutor:
    """A Dask distributed cluster, given its scheduler address (or a ``Client``)."""

    name = "dask"

    def __init__(self, address: str | Any, timeout: float = 10.0) -> None:
        from dask.distributed import Client

        self._own = isinstance(address, str)
        self.client: Any
        try:
            self.client = Client(address, timeout=f"{timeout}s") if self._own else address
        except OSError as exc:
            raise InputError(f"cannot reach the Dask scheduler at {address!r}: {exc}") from None
        self.workers = max(1, sum(self.client.nthreads().values()))

    def map(self, fn: Callable[[T], R], tasks: Sequence[T],
            progress: Progress | None = None) -> list[R]:
        """Submit one future per batch and gather them in order."""
        from dask.distributed import as_completed

        batches = _batches(tasks, self.workers)
        futures = [self.client.submit(_run_batch, fn, b, pure=False) for b in batches]
        done_tasks = 0
        try:
            for future in as_completed(futures):
                done_tasks += len(batches[futures.index(future)])
                if progress:
                    progress(done_tasks, len(tasks))
            gathered: list[list[R]] = self.client.gather(futures)
        except BaseException:
            self.client.cancel(futures)
            raise
        return [item for batch in gathered for item in batch]

    def close(self) -> None:
        """Close the client if this executor opened it."""
        if self._own:
            self.client.close()


def make_executor(name: str, scheduler: str | None = None,
                  workers: int | None = None) -> SerialExecutor | ProcessExecutor | DaskExecutor:
    """An executor by name: ``serial``, ``processes`` (default) or ``dask`` (needs an address)."""
    if name == "serial":
        return SerialExecutor()
    if name == "processes":
        return ProcessExecutor(workers)
    if name == "dask":
        if not scheduler:
            raise InputError("the dask executor needs --scheduler ADDRESS (e.g. tcp://host:8786)")
        return DaskExecutor(scheduler)
    raise InputError(f"unknown executor {name!r}; allowed: {', '.join(EXECUTOR_NAMES)}")
