"""The staff PIN pad: big keys, dots for the digits, a lockout, and a time-out."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.core.pin import MAX_LENGTH, PinLock
from kiosk.ui.layers.overlay import Overlay
from kiosk.ui.platform.timers import named_timer

PAD_TIMEOUT_MS = 30_000
PLACEHOLDERS = 4
"""Empty circles shown before any digit, so staff see where the PIN goes."""


def pin_dots(entered: int) -> str:
    """A filled dot per digit typed, then empty ones up to four: "●●○○"."""
    return " ".join("●" * entered + "○" * max(0, PLACEHOLDERS - entered))


class PinPad(Overlay):
    """Emits ``unlocked`` for the right PIN, ``closed`` on Cancel or time-out."""

    unlocked = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget, lock: PinLock, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.setObjectName("PinPad")
        self.lock = lock
        self.clock = clock
        self.entered = ""
        self.title = QLabel(self.card)
        self.title.setObjectName("OverlayTitle")
        self.dots = QLabel(self.card)
        self.dots.setObjectName("PinDots")
        self.message = QLabel(self.card)
        self.message.setObjectName("OverlayText")
        for label in (self.title, self.dots, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, key in enumerate("123456789C0K"):
            button = QPushButton(self.card)
            button.setObjectName("PinOk" if key == "K" else "PinKey")
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        self.cancel = QPushButton(self.card)
        self.cancel.clicked.connect(self.close_pad)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addStretch(1)
        self.card_layout.addWidget(self.title)
        self.card_layout.addWidget(self.dots)
        self.card_layout.addWidget(self.message)
        self.card_layout.addLayout(grid)
        self.card_layout.addLayout(row)
        self.timeout = named_timer(self, "pin-timeout", PAD_TIMEOUT_MS, self.close_pad, single_shot=True)
        self.lock_tick = named_timer(self, "pin-lock-tick", 1000, self._refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff only: enter the PIN"))
        for key, button in self.keys.items():
            text = {"C": self.tr("Clear"), "K": self.tr("OK")}.get(key, key)
            button.setText(text)
            button.setAccessibleName(text)
        self.cancel.setText(self.tr("Cancel"))
        self._refresh()

    def open(self) -> None:
        self.entered = ""
        self.message.setText("")
        self._refresh()
        super().open()
        self.timeout.start()

    def dismiss(self) -> None:
        """Close without a word (the idle reset): no digits, no timers left running."""
        self.timeout.stop()
        self.lock_tick.stop()
        self.entered = ""
        self.hide()

    def close_pad(self) -> None:
        self.timeout.stop()
        self.lock_tick.stop()
        self.entered = ""
        self.hide()
        self.closed.emit()

    def press(self, key: str) -> None:
        self.timeout.start()
        if key == "C":
            self.entered = ""
        elif key == "K":
            self._submit()
            return
        elif len(self.entered) < MAX_LENGTH:
            self.entered += key
        self._refresh()

    def _submit(self) -> None:
        now = self.clock()
        if self.lock.locked_for(now) > 0:
            self.entered = ""
            self._refresh()
            return
        if self.lock.attempt(self.entered, now):
            self.entered = ""
            self.timeout.stop()
            self.hide()
            self.unlocked.emit()
            return
        self.entered = ""
        self.message.setText(self.tr("That PIN is not right."))
        self._refresh()

    def _refresh(self) -> None:
        self.dots.setText(pin_dots(len(self.entered)))
        locked = self.lock.locked_for(self.clock())
        for button in self.keys.values():
            button.setEnabled(locked <= 0)
        if locked > 0:
            self.message.setText(
                self.tr("Too many wrong tries. Try again in {0} seconds.").format(round(locked))
            )
            self.lock_tick.start()
        elif self.lock_tick.isActive():
            self.lock_tick.stop()
            self.message.setText("")
