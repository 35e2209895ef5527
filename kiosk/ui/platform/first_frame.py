"""Work that waits until the window has drawn its first frame.

An event filter on the whole application sees every event of every object, so while the
first frame is built and drawn (thousands of events, none of them a key or a touch) each
one would pass through Python: a tenth of the start. The filters that watch for a patient
or staff member (focus rings, the idle clock, the staff corner, the key guard) start once
the window has painted, on the event loop's next turn.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from kiosk.ui.platform.timers import named_timer

FALLBACK_MS = 2000
"""A window shown but never painted (covered to its edges by opaque children on some
platform) still gets its filters this long after it is shown."""


class AfterFirstFrame(QObject):
    """Calls ``then`` once, on the event loop's turn after ``window`` first paints."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.then: Callable[[], object] | None = then
        self.soon = named_timer(self, "after-first-frame", 0, self._run, single_shot=True)
        self.fallback = named_timer(self, "first-frame-fallback", FALLBACK_MS, self._run,
                                    single_shot=True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Paint:
                self.soon.start()
            elif kind == QEvent.Type.Show:
                self.fallback.start()
        return False

    def _run(self) -> None:
        self.window.removeEventFilter(self)
        self.soon.stop()
        self.fallback.stop()
        then, self.then = self.then, None
        if then is not None:
            then()


def watch_app_after_first_frame(window: QWidget, *filters: QObject) -> None:
    """Install ``filters`` on the application once ``window`` has drawn its first frame."""

    def install() -> None:
        app = QCoreApplication.instance()
        if app is not None:
            for watcher in filters:
                app.installEventFilter(watcher)

    AfterFirstFrame(window, install)
