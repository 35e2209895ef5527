"""The usage counts' flush runs in a worker thread, never on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from kiosk.core.stats import FLUSH_SECONDS, UsageCounts
from kiosk.core.usage_summary import report
from kiosk.ui.platform.stats_flush import flush_off_the_gui_thread
from tests.conftest import FakeClock


def test_the_flush_timer_writes_the_counts_from_a_worker(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    path = tmp_path / "usage.sqlite3"
    counts = UsageCounts(path, clock.wall)
    threads: list[int] = []
    real_flush = counts.flush

    def flush() -> None:
        threads.append(threading.get_ident())
        real_flush()

    counts.flush = flush  # type: ignore[method-assign]
    owner, pool = QObject(), QThreadPool()
    timer = flush_off_the_gui_thread(owner, counts, pool)
    assert timer.isActive() and timer.interval() == FLUSH_SECONDS * 1000
    counts.page_view("home", "en")
    timer.timeout.emit()
    assert pool.waitForDone(10_000)
    assert threads and threads[0] != threading.get_ident()
    assert [(r.key, r.count) for r in report(path)] == [("en/home", 1)]
    counts.close()
