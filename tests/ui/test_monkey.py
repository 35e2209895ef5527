"""A seeded random patient: taps, swipes, long presses and escape keys across the live kiosk.

20,000 events in the normal suite; set KIOSK_MONKEY_EVENTS for a longer soak and
KIOSK_SEED to replay a failure (the seed is printed, and shown again with a failure).
"""

from __future__ import annotations

import gc
import os
import random
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.content.model import Pack
from kiosk.core.config import Config
from kiosk.core.pin import hash_pin
from tests.conftest import FakeClock, WindowMaker

EVENTS = int(os.environ.get("KIOSK_MONKEY_EVENTS", "20000"))
KEYS = [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
]


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc for memory")
def test_random_patient_cannot_break_or_leave_the_kiosk(
    qtbot: QtBot, bundled_packs: dict[str, Pack], make_window: WindowMaker, clock: FakeClock,
    rng: random.Random,
) -> None:
    packs = bundled_packs
    config = Config(staff_pin_hash=hash_pin("93175"), idle_timeout_s=30, idle_warning_s=20,
                    attract_after_s=40, speech_engine="mock")
    window = make_window(packs, config, kiosk_mode=True, filters=True, guard=True, fullscreen=True)
    app = QApplication.instance()
    assert app is not None
    window.slide.enabled = False
    known = {"home", *(p.id for pack in packs.values() for p in pack.pages)}

    def act() -> None:
        width, height = window.width(), window.height()
        point = QPoint(rng.randrange(width), rng.randrange(height))
        roll = rng.random()
        if roll < 0.55:
            qtbot.mouseClick(window.childAt(point) or window, Qt.MouseButton.LeftButton,
                             pos=(window.childAt(point) or window).mapFrom(window, point))
        elif roll < 0.75:
            target = window.childAt(point) or window
            start = target.mapFrom(window, point)
            end = start + QPoint(rng.randint(-600, 600), rng.randint(-200, 200))
            qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start)
            qtbot.mouseMove(target, end)
            qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=end)
        elif roll < 0.85:
            target = window.childAt(point) or window
            local = target.mapFrom(window, point)
            qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=local)
            clock.advance(2)
            window.idle.poll()
            qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=local)
        elif roll < 0.95:
            key, mods = rng.choice(KEYS)
            qtbot.keyClick(app.focusWidget() or window, key, mods)
        else:
            clock.advance(rng.choice([1, 5, 25, 45]))
            window.idle.poll()
        # Back in a running kiosk's event loop, widgets dropped with deleteLater() go now.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    def settled_rss() -> int:
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
        gc.collect()
        return rss_kb()

    def visit_everything() -> None:
        """Every page in every language, text size and theme: fills glyph and style caches."""
        for language in packs:
            window.set_language(language)
            for size in ("normal", "large", "largest"):
                for theme in ("standard", "high-contrast"):
                    window.set_text_size(size)
                    window.set_theme(theme)
                    for page in ["home", *(p.id for p in window.pack.pages if p.kind.value != "home")]:
                        window.open_page(page)
                        app.processEvents()
        window.reset_for_next_patient()

    visit_everything()
    for _ in range(2000):
        act()
    baseline = settled_rss()
    for _ in range(EVENTS):
        act()
        assert window.isVisible() and window.isFullScreen(), "the kiosk left fullscreen"
    grown_mb = (settled_rss() - baseline) / 1024
    assert window.current_id in known | {window.pack.quiz.id if window.pack.quiz else ""}
    assert grown_mb <= 5, f"memory grew {grown_mb:.1f} MB after warm-up"
