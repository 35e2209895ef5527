"""The staff's way in and out: corner hold, then the PIN pad, then the staff screen.

Over the patient screens, which stay as they are; the idle reset waits meanwhile. With
no PIN configured the corner hold exits at once (logged), as a front-desk demo needs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from kiosk.ui.input.idle_watcher import IdleWatcher
from kiosk.ui.input.staff_gesture import CornerHold
from kiosk.ui.layers.attract import AttractLoop
from kiosk.ui.layers.pin_pad import PinPad
from kiosk.ui.layers.still_reading import StillReadingOverlay
from kiosk.ui.platform.speech import ReadAloud
from kiosk.ui.views.staff_screen import StaffScreen

log = logging.getLogger(__name__)


class StaffDoor(QObject):
    """Opens the PIN pad on the corner hold and the staff screen on the right PIN; the
    screen's Exit calls ``leave``. The layers it closes on the way are given to it."""

    def __init__(self, *, corner: CornerHold, pin_pad: PinPad, staff: StaffScreen, pin_set: bool,
                 attract: AttractLoop, still_reading: StillReadingOverlay, idle: IdleWatcher,
                 speech: ReadAloud, language: Callable[[], str], focus: Callable[[], QWidget | None],
                 leave: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pin_pad, self.staff, self.pin_set = pin_pad, staff, pin_set
        self.attract, self.still_reading, self.idle, self.speech = attract, still_reading, idle, speech
        self.language, self.focus, self.leave = language, focus, leave
        corner.held.connect(self.open)
        pin_pad.unlocked.connect(self.open_staff_screen)
        staff.closed.connect(idle.start)
        staff.closed.connect(speech.stop)
        staff.exitRequested.connect(lambda: self.leave())
        staff.readAloudRequested.connect(self.test_read_aloud)

    def open(self) -> None:
        if self.staff.isVisible():
            return
        self.staff.return_focus = self.focus()  # the PIN pad's keys take it next
        if not self.pin_set:
            log.warning("staff exit without a PIN (none is configured)")
            self.leave()
            return
        self.attract.stop()
        self.still_reading.hide()
        self.pin_pad.open()

    def open_staff_screen(self) -> None:
        self.idle.pause()
        self.speech.stop()
        self.attract.stop()
        self.still_reading.hide()
        self.staff.open()

    def test_read_aloud(self) -> None:
        if not self.speech.available:
            no_voice = QCoreApplication.translate("KioskWindow", "No voice: {0}")
            self.staff.say(no_voice.format(self.speech.reason))
            return
        kept = self.speech.text  # the patient's Repeat still repeats their page
        self.speech.stop()
        self.speech.say(QCoreApplication.translate("KioskWindow", "This is a test of read aloud."),
                        self.language())
        self.speech.text = kept
        self.staff.say(QCoreApplication.translate("KioskWindow", "Reading a test sentence aloud."))
