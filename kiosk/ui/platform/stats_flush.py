"""The usage counts' flush, once a minute in a worker thread, so a slow or full disk
never stalls the screen a patient is touching."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, QTimer

from kiosk.core.stats import FLUSH_SECONDS, UsageCounts
from kiosk.ui.platform.timers import named_timer


def flush_off_the_gui_thread(parent: QObject, counts: UsageCounts, pool: QThreadPool | None = None) -> QTimer:
    """A started timer that hands ``counts.flush`` to ``pool`` (Qt's global pool by default)."""
    workers = pool or QThreadPool.globalInstance()
    timer = named_timer(parent, "stats-flush", FLUSH_SECONDS * 1000, lambda: workers.start(counts.flush))
    timer.start()
    return timer
