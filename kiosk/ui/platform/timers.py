"""Timers as named objects with a parent (as qutebrowser keeps them), so tests can find
and wait on them and nothing fires after its owner is gone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, SignalInstance


def named_timer(
    parent: QObject, name: str, interval_ms: int, on_timeout: Callable[[], object] | SignalInstance,
    *, single_shot: bool = False,
) -> QTimer:
    timer = QTimer(parent)
    timer.setObjectName(name)
    timer.setSingleShot(single_shot)
    timer.setInterval(interval_ms)
    timer.timeout.connect(on_timeout)
    return timer
