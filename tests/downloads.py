"""What a page's download buttons serve, read back in AppTest runs.

AppTest gives every run a fresh in-memory media manager and keeps no handle on it; a page
test calls :func:`capture` (with pytest's ``monkeypatch``) before its first run to swap in a
manager that also remembers each button's data, and then :func:`served` to read the data of
the buttons on screen, by widget key. Deferred data (the HTML report) is built on reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import pytest
import streamlit.testing.v1.app_test as app_test
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest


class RecordingManager(MediaFileManager):
    """A media manager that keeps what it was given, by URL or deferred file id."""

    data: ClassVar[dict[str, Any]] = {}

    def add(self, path_or_data: bytes | str, mimetype: str, coordinates: str,
            file_name: str | None = None, is_for_static_download: bool = False) -> str:
        url = super().add(path_or_data, mimetype, coordinates, file_name, is_for_static_download)
        RecordingManager.data[url] = path_or_data
        return url

    def add_deferred(self, data_callable: Callable[[], Any], mimetype: str | None,
                     coordinates: str, file_name: str | None = None, *,
                     element_id: str = "") -> str:
        file_id = super().add_deferred(data_callable, mimetype, coordinates, file_name,
                                       element_id=element_id)
        RecordingManager.data[file_id] = data_callable
        return file_id


def capture(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the AppTest runs of this test record their downloads."""
    RecordingManager.data.clear()
    monkeypatch.setattr(app_test, "MediaFileManager", RecordingManager)


def served(at: AppTest) -> dict[str, str]:
    """Each download button's data as text, by widget key."""
    out = {}
    for button in at.get("download_button"):
        handle = button.proto.url or button.proto.deferred_file_id
        data = RecordingManager.data[handle]
        data = data() if callable(data) else data
        out[str(button.key)] = data.decode("utf-8") if isinstance(data, bytes) else str(data)
    return out
