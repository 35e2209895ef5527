"""A signal that comes while Qt waits runs its Python handler at once
(kiosk/ui/platform/signal_wakeup.py): the kiosk stops on SIGTERM without a timer waking it."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEventLoop, QTimer

from kiosk.ui.platform.signal_wakeup import SignalWakeup

GUARD_MS = 10_000
"""Only if the handler never ran: the loop's way out, so a broken wakeup fails, not hangs."""


@pytest.fixture
def usr1() -> Iterator[list[str]]:
    ran: list[str] = []
    previous = signal.signal(signal.SIGUSR1, lambda *_: ran.append("handler"))
    yield ran
    signal.signal(signal.SIGUSR1, previous)


def signal_from_another_thread() -> threading.Thread:
    def send() -> None:
        time.sleep(0.2)  # the event loop is waiting by then
        os.kill(os.getpid(), signal.SIGUSR1)

    sender = threading.Thread(target=send)
    sender.start()
    return sender


def test_a_signal_ends_the_wait_through_its_python_handler(qtbot: object, usr1: list[str]) -> None:
    wakeup = SignalWakeup()
    loop = QEventLoop()
    waiting: list[bool] = []  # whether the loop was still waiting when the handler ran

    def handler(*_: object) -> None:
        usr1.append("handler")
        waiting.append(loop.isRunning())
        loop.quit()

    signal.signal(signal.SIGUSR1, handler)
    QTimer.singleShot(GUARD_MS, loop.quit)  # C++ only: no Python runs when it fires
    sender = signal_from_another_thread()
    loop.exec()
    sender.join()
    wakeup.close()
    assert waiting == [True], "the handler waited until the event loop gave up"


def test_closed_it_gives_the_wakeup_back(qtbot: object) -> None:
    before = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(before)
    wakeup = SignalWakeup()
    assert signal.set_wakeup_fd(wakeup.writer) == wakeup.writer
    wakeup.close()
    assert signal.set_wakeup_fd(before) == before
    wakeup.close()  # twice is harmless
