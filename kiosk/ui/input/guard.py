"""Kiosk mode's guard: the keys and requests that would let a patient leave do nothing."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

log = logging.getLogger(__name__)

_CTRL_KEYS = {Qt.Key.Key_W, Qt.Key.Key_Q}
_ALWAYS = {Qt.Key.Key_Escape, Qt.Key.Key_F11}


def is_escape_key(event: QKeyEvent) -> bool:
    """Escape, F11, Alt+F4, Ctrl+W and Ctrl+Q: the ways out a keyboard offers."""
    key = Qt.Key(event.key())
    mods = event.modifiers()
    if key in _ALWAYS:
        return True
    if key == Qt.Key.Key_F4 and mods & Qt.KeyboardModifier.AltModifier:
        return True
    return key in _CTRL_KEYS and bool(mods & Qt.KeyboardModifier.ControlModifier)


class KeyGuard(QObject):
    """An application-wide event filter that swallows only the escape keys."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        try:
            if (
                event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
                and isinstance(event, QKeyEvent)
                and is_escape_key(event)
            ):
                event.accept()
                return True
        except Exception:  # an input filter must never take the app down
            log.exception("key guard failed; letting the event through")
        return False
