"""Sees every touch and key, app-wide, and runs the idle policy once a second.

The touch that wakes the attract loop, or answers "Still reading?", does only that: the
whole press..release of that touch (and Qt's mouse events made from it) is eaten here,
before Qt picks the widget under the finger, so it presses nothing that lies under the
layer it closed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal

from kiosk.core.idle import Event, IdlePolicy, IdleSettings, Phase
from kiosk.ui.platform.timers import named_timer

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
PRESSES = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.TouchBegin}
)
POINTER = PRESSES | {
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
}
ANSWERS = frozenset({Event.WAKE, Event.DISMISS})
"""What a touch on a layer that covers the kiosk does; that touch goes no further."""


class IdleWatcher(QObject):
    """An application event filter that swallows only the touch (or key) that wakes the
    attract loop or dismisses the idle warning.

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
        self._mouse_down = False
        self._touch_down = False

    def start(self) -> None:
        self.policy.restart(self.clock())
        self.timer.start()

    def pause(self) -> None:
        """No warning, attract loop or reset until ``start`` (while staff are at the kiosk)."""
        self.timer.stop()

    @property
    def eating(self) -> bool:
        """True while the rest of an answering touch (up to its release) is being eaten."""
        return self._mouse_down or self._touch_down

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        try:
            kind = event.type()
            if self.eating and kind in POINTER and self._eat(kind, event):
                return True
            if kind in INPUT_EVENTS and (kind != QEvent.Type.MouseMove or self._dragging(event)):
                answering = self.policy.phase in (Phase.ATTRACT, Phase.WARNING)
                events = self.policy.touch(self.clock())
                self._emit(events)
                if answering and ANSWERS.intersection(events):
                    if kind in PRESSES:
                        self._eat(kind, event)
                    return kind in PRESSES or kind in (QEvent.Type.KeyPress, QEvent.Type.Wheel)
        except Exception:  # an input filter must never take the kiosk down
            log.exception("idle watcher failed on an input event")
            self._mouse_down = self._touch_down = False
        return False

    def _eat(self, kind: QEvent.Type, event: QEvent) -> bool:
        """Track the eaten touch to its end; False when this event starts a new one."""
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            if self._mouse_down:  # its release was lost: this press is a new touch
                self._mouse_down = self._touch_down = False
                return False
            self._mouse_down = True
        elif kind == QEvent.Type.TouchBegin:
            if self._touch_down:
                self._mouse_down = self._touch_down = False
                return False
            self._touch_down = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._mouse_down = self._dragging(event)
        elif kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._touch_down = False
        return True

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
