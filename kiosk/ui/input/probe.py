"""A test probe, off by default: with KIOSK_PROBE=<file> set, the kiosk appends one JSON line
to that file whenever what it shows changes (page, layers, settings, and where each visible
button is on the screen). The real-display tests (tests/realdisplay) read it to know what a
tap did; they check every position it gives against a screenshot before they tap there.

Nothing a patient does is written, only ids, names of controls and rectangles.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPropertyAnimation
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.ui.platform.timers import named_timer

log = logging.getLogger(__name__)

ENV = "KIOSK_PROBE"
EVERY_MS = 50


def install_probe(window: QWidget) -> QObject | None:
    """Start the probe when KIOSK_PROBE names a file; else do nothing."""
    target = os.environ.get(ENV, "")
    if not target:
        return None
    log.warning("test probe on: writing what the kiosk shows to %s", target)
    return Probe(window, Path(target))


def _rect(widget: QWidget) -> list[int]:
    """The part of ``widget`` that is not clipped away, in screen pixels."""
    box = widget.visibleRegion().boundingRect()
    top_left = widget.mapToGlobal(box.topLeft())
    return [top_left.x(), top_left.y(), box.width(), box.height()]


def _full(widget: QWidget) -> list[int]:
    """The whole of ``widget``, clipped or not, in screen pixels."""
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


class Probe(QObject):
    def __init__(self, window: QWidget, target: Path) -> None:
        super().__init__(window)
        self.window = window
        self.target = target
        self.last = ""
        named_timer(self, "probe", EVERY_MS, self.write).start()

    def state(self) -> dict[str, Any]:
        window: Any = self.window
        controls = []
        for button in window.findChildren(QAbstractButton):
            if not button.isVisible() or button.visibleRegion().isEmpty():
                continue
            controls.append({
                "name": button.accessibleName() or button.text(),
                "text": button.text(),
                "object": button.objectName(),
                "page_id": getattr(button, "page_id", ""),
                "checked": button.isChecked(),
                "enabled": button.isEnabled(),
                "rect": _rect(button),
                "full": _full(button),
            })
        layers = window.open_layers()  # (window: a KioskWindow, typed Any here)
        animating = window.slide.animation.state() == QPropertyAnimation.State.Running
        return {
            "page": window.current_id,
            "language": window.session.language,
            "text_size": window.session.text_size,
            "theme": window.session.palette.name,
            "layers": layers,
            "settled": not animating and not window.waiting_room.fading(),
            "window": [window.x(), window.y(), window.width(), window.height()],
            "fullscreen": window.isFullScreen(),
            "controls": controls,
        }

    def write(self) -> None:
        try:
            line = json.dumps(self.state(), sort_keys=True)
            if line != self.last:
                self.last = line
                with self.target.open("a", encoding="utf-8") as out:
                    out.write(line + "\n")
        except Exception:  # a probe must never take the kiosk down
            log.exception("test probe failed")
