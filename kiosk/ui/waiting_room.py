"""Between patients: "Still reading?" before the reset, the attract loop on an untouched
Home, and the reset when no one answers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.ui.input.idle_watcher import IdleWatcher
from kiosk.ui.layers.attract import AttractLoop
from kiosk.ui.layers.still_reading import StillReadingOverlay


class WaitingRoom(QObject):
    """Shows what the idle watcher says is due; ``reset`` readies the kiosk for the next patient."""

    def __init__(self, idle: IdleWatcher, still_reading: StillReadingOverlay, attract: AttractLoop,
                 reset: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle, self.still_reading = idle, still_reading
        still_reading.keepReading.connect(self.keep_reading)
        attract.woken.connect(self.idle.restart)
        idle.warn.connect(self.warn)
        idle.countdown.connect(still_reading.set_seconds)
        idle.dismissed.connect(still_reading.hide)
        idle.reset.connect(reset)
        idle.attract.connect(attract.start)
        idle.woken.connect(attract.stop)

    def warn(self, seconds: int) -> None:
        self.still_reading.set_seconds(seconds)
        self.still_reading.open()

    def keep_reading(self) -> None:
        self.still_reading.hide()
        self.idle.restart()
