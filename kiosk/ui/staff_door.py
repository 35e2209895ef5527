"""The staff's way in and out: corner hold, then the PIN pad, then the staff screen.

Over the patient screens, which stay as they are; the idle reset waits meanwhile. With
no PIN configured the corner hold exits at once (logged), as a front-desk demo needs.
The PIN pad and the staff screen are built the first time staff reach for them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize
from PySide6.QtWidgets import QWidget

from kiosk.core.pin import PinLock
from kiosk.core.theme import Metrics, Palette
from kiosk.ui.input.idle_watcher import IdleWatcher
from kiosk.ui.input.staff_gesture import CornerHold
from kiosk.ui.platform.on_demand import OnDemand
from kiosk.ui.platform.speech import ReadAloud
from kiosk.ui.views.style import keyboard_focus_only

if TYPE_CHECKING:
    from kiosk.core.staff_data import StaffSources
    from kiosk.ui.layers.pin_pad import PinPad
    from kiosk.ui.views.staff_screen import StaffScreen

log = logging.getLogger(__name__)


class StaffDoor(QObject):
    """Opens the PIN pad on the corner hold and the staff screen on the right PIN; the
    screen's Exit calls ``leave``. ``quiet`` closes what plays over the patient screens
    (the attract loop, "Still reading?", the voice) on the way in."""

    def __init__(self, window: QWidget, *, corner: CornerHold, pin_hash: str, idle: IdleWatcher,
                 speech: ReadAloud, quiet: Callable[[], None], language: Callable[[], str],
                 leave: Callable[[], None], clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window, self.pin_hash, self.clock = window, pin_hash, clock
        self.idle, self.speech, self.quiet = idle, speech, quiet
        self.language, self.leave = language, leave
        self.sources: StaffSources | None = None
        self.return_focus: QWidget | None = None
        """Where the keyboard focus was at the corner hold, given back when staff leave."""
        self.look: tuple[Palette, Metrics, QSize] | None = None
        self.pin_pad = OnDemand(self._new_pin_pad)
        self.staff = OnDemand(self._new_staff)
        corner.held.connect(self.open)

    def _new_pin_pad(self) -> PinPad:
        from kiosk.ui.layers.pin_pad import PinPad

        pad = PinPad(self.window, PinLock(self.pin_hash), self.clock)
        pad.unlocked.connect(self.open_staff_screen)
        keyboard_focus_only(pad)
        if self.look is not None:
            pad.apply_metrics(self.look[1], self.look[2])
        return pad

    def _new_staff(self) -> StaffScreen:
        from kiosk.core.staff_data import no_sources
        from kiosk.ui.views.staff_screen import StaffScreen

        staff = StaffScreen(self.window, self.sources or no_sources(), self.clock)
        staff.closed.connect(self.idle.start)
        staff.closed.connect(self.speech.stop)
        staff.exitRequested.connect(lambda: self.leave())
        staff.readAloudRequested.connect(self.test_read_aloud)
        keyboard_focus_only(staff)
        if self.look is not None:
            staff.apply_metrics(*self.look)
        return staff

    def set_sources(self, sources: StaffSources) -> None:
        """Where the staff screen reads its counts, content status and new content."""
        self.sources = sources
        staff = self.staff.built
        if staff is not None:
            staff.sources = sources

    def apply_metrics(self, palette: Palette, sizes: Metrics, size: QSize) -> None:
        self.look = (palette, sizes, size)
        self.pin_pad.if_built(lambda pad: pad.apply_metrics(sizes, size))
        self.staff.if_built(lambda staff: staff.apply_metrics(palette, sizes, size))

    def retranslate(self) -> None:
        self.pin_pad.if_built(lambda pad: pad.retranslate())
        self.staff.if_built(lambda staff: staff.retranslate())

    def open_layers(self) -> list[str]:
        return [name for name, layer in (("pin_pad", self.pin_pad.built), ("staff", self.staff.built))
                if layer is not None and layer.isVisible()]

    def open(self) -> None:
        if self.staff.built is not None and self.staff.built.isVisible():
            return
        focus = self.window.focusWidget()  # the PIN pad's keys take it next
        if not self.pin_hash:
            log.warning("staff exit without a PIN (none is configured)")
            self.leave()
            return
        self.return_focus = focus
        self.quiet()
        self.pin_pad().open()

    def open_staff_screen(self) -> None:
        self.idle.pause()
        self.quiet()
        staff = self.staff()
        if self.return_focus is not None:
            staff.return_focus, self.return_focus = self.return_focus, None
        staff.open()

    def test_read_aloud(self) -> None:
        staff = self.staff()
        if not self.speech.can_speak():
            no_voice = QCoreApplication.translate("KioskWindow", "No voice: {0}")
            staff.say(no_voice.format(self.speech.reason))
            return
        kept = self.speech.text  # the patient's Repeat still repeats their page
        self.speech.stop()
        self.speech.say(QCoreApplication.translate("KioskWindow", "This is a test of read aloud."),
                        self.language())
        self.speech.text = kept
        staff.say(QCoreApplication.translate("KioskWindow", "Reading a test sentence aloud."))
