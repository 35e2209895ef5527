"""Sees every touch and key, app-wide, and runs the idle policy once a second."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal

from kiosk.idle import Event, IdlePolicy, IdleSettings
from kiosk.ui.timers import named_timer

log = logging.getLogger(__name__)

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class IdleWatcher(QObject):
    """An application event filter that never swallows input.

    ``clock`` is injectable so tests move time forward instead of waiting.
    """

    warn = Signal(int)
    countdown = Signal(int)
    dismissed = Signal()
    reset = Signal()
    attract = Signal()
    woken = Signal()

    def __init__(
        self,
        settings: IdleSettings,
        pristine: Callable[[], bool],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.pristine = pristine
        self.policy = IdlePolicy(settings, clock())
        self.timer = named_timer(self, "idle-tick", 1000, self.poll)

    def start(self) -> None:
        self.policy.restart(self.clock())
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        try:
            if event.type() in INPUT_EVENTS and (
                event.type() != QEvent.Type.MouseMove or self._dragging(event)
            ):
                self._emit(self.policy.touch(self.clock()))
        except Exception:  # an input filter must never take the kiosk down
            log.exception("idle watcher failed on an input event")
        return False

    @staticmethod
    def _dragging(event: QEvent) -> bool:
        buttons = getattr(event, "buttons", None)
        return bool(buttons and buttons().value)

    def poll(self) -> None:
        self._emit(self.policy.tick(self.clock(), self.pristine()))

    def restart(self) -> None:
        self.policy.restart(self.clock())

    def _emit(self, events: list[Event]) -> None:
        for event in events:
            if event is Event.WARN:
                self.warn.emit(self.policy.remaining)
            elif event is Event.COUNTDOWN:
                self.countdown.emit(self.policy.remaining)
            elif event is Event.DISMISS:
                self.dismissed.emit()
            elif event is Event.RESET:
                self.reset.emit()
            elif event is Event.ATTRACT:
                self.attract.emit()
            elif event is Event.WAKE:
                self.woken.emit()
