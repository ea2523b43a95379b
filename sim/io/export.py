"""Writing result frames: CSV or Parquet, chosen by the file's suffix."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from sim.errors import InputError

__all__ = ["FORMATS", "write_frame"]

FORMATS = (".csv", ".parquet")


def write_frame(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write ``frame`` to ``path`` (``.csv`` or ``.parquet``), via a temporary file.

    The file appears whole or not at all: it is written beside its target and renamed.
    """
    target = Path(path)
    if target.suffix not in FORMATS:
        raise InputError(f"{target}: unknown export format; allowed suffixes: {', '.join(FORMATS)}")
    if not target.parent.exists():
        raise InputError(f"{target}: folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.partial")
    if target.suffix == ".csv":
        frame.to_csv(partial, index=False)
    else:
        frame.to_parquet(partial, index=False)
    partial.replace(target)
    return target
