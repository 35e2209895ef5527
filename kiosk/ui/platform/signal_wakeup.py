"""Unix signals (SIGTERM from systemd, Ctrl+C in a terminal) while Qt waits.

Python runs a signal handler only between two steps of Python code, and Qt's event loop is
C++ that may wait for minutes. Rather than wake Python on a timer twice a second, the
signal's C-level handler writes a byte to a pipe (``signal.set_wakeup_fd``) that Qt watches:
the kiosk wakes only when a signal comes, and Python runs the handler as it enters the
slot that empties the pipe (qutebrowser does the same).
"""

from __future__ import annotations

import contextlib
import os
import signal

from PySide6.QtCore import QObject, QSocketNotifier


class SignalWakeup(QObject):
    """While it lives, a signal wakes Qt's event loop and its Python handler runs at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader, self.writer = os.pipe()
        for end in (self.reader, self.writer):
            os.set_blocking(end, False)
        self.previous = signal.set_wakeup_fd(self.writer)
        self.notifier = QSocketNotifier(self.reader, QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self.drain)

    def drain(self) -> None:
        """Empty the pipe; the pending handler runs as Python runs this."""
        with contextlib.suppress(OSError):
            while os.read(self.reader, 64):
                pass

    def close(self) -> None:
        if self.reader < 0:
            return
        self.notifier.setEnabled(False)
        signal.set_wakeup_fd(self.previous)
        for end in (self.reader, self.writer):
            with contextlib.suppress(OSError):
                os.close(end)
        self.reader = self.writer = -1
