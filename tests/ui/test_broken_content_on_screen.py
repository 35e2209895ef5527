"""On a real X display: a kiosk whose home.md is broken still fills the screen with a Home,
and a patient's tap (real X input, through xdotool) opens a page whose link went to a broken
page, its words still there. What is on screen is read back from the X server.

Runs only where Xvfb, xdotool and ImageMagick's ``import`` are installed (.ci/run installs
them); display numbers :50 to :59.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.config import Config
from kiosk.content.loader import load_pack
from kiosk.ui.window import KioskWindow
from tests.conftest import GOOD_PAGES, PackWriter

WIDTH, HEIGHT = 1280, 800
TOOLS = ("Xvfb", "xdotool", "import")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS), reason="needs Xvfb, xdotool and ImageMagick"
)


@pytest.fixture
def display() -> Iterator[str]:
    for number in range(50, 60):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        name = f":{number}"
        for _ in range(100):
            if server.poll() is not None:
                break
            if subprocess.run(["xdotool", "getdisplaygeometry"], env={**os.environ, "DISPLAY": name},
                              capture_output=True).returncode == 0:
                break
            time.sleep(0.05)
        if server.poll() is None:
            try:
                yield name
            finally:
                server.terminate()
                server.wait(10)
            return
    pytest.skip("no free X display from :50 to :59")


def screen(display: str, out: Path) -> QImage:
    subprocess.run(["import", "-window", "root", "-display", display, str(out)], check=True, timeout=30)
    image = QImage(str(out))
    assert not image.isNull()
    return image


def difference(first: QImage, second: QImage) -> float:
    """Mean difference of lightness (0 to 255) over a grid of points."""
    points = [(x, y) for x in range(4, WIDTH, 16) for y in range(4, HEIGHT, 16)]
    return sum(abs(first.pixelColor(x, y).lightness() - second.pixelColor(x, y).lightness())
               for x, y in points) / len(points)


def wait_for(display: str, out: Path, reference: QImage, seconds: float = 20) -> QImage:
    """The screen, once it looks like the reference (or the last one seen when it never does)."""
    deadline = time.monotonic() + seconds
    shot = screen(display, out)
    while difference(shot, reference) > 6 and time.monotonic() < deadline:
        time.sleep(0.2)
        shot = screen(display, out)
    return shot


def test_a_broken_home_on_a_real_screen_still_shows_a_home_and_a_tap_opens_a_page(
    qtbot: QtBot, make_pack: PackWriter, assets: Path, tmp_path: Path, display: str
) -> None:
    root = make_pack({
        "home.md": GOOD_PAGES["home.md"].replace("title: Microneedling", 'title: <img src="/etc/x.png">'),
        "walkthrough.md": GOOD_PAGES["walkthrough.md"].replace("order: 3", "order: third"),
    })
    config = tmp_path / "kiosk.toml"
    config.write_text('speech_engine = "none"\nattract_after_s = 0\nhide_cursor = false\n')
    pack = load_pack(root / "en", "en", assets).pack
    assert {"what", "hurt", "safety"} <= set(pack.page_ids)

    # What the kiosk should look like, drawn offscreen at the same size.
    window = KioskWindow(pack, Config(speech_engine="none"))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window._restyle_timer.isActive())
    window.restyle()
    window.slide.enabled = False
    home = window.grab().toImage()
    tile = window.home.tiles["what"]
    target = tile.mapTo(window, QPoint(tile.width() // 2, tile.height() // 2))
    window.open_page("what")
    what = window.grab().toImage()

    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--content", str(root), "--config", str(config)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        shot = wait_for(display, tmp_path / "home.png", home)
        assert kiosk.poll() is None, kiosk.communicate()[1]
        assert difference(shot, home) <= 6, "the screen does not show the built-in Home"
        assert sum(shot.pixelColor(x, y).lightness() for x in range(0, WIDTH, 40)
                   for y in range(0, HEIGHT, 40)) / (32 * 20) > 150, "the screen is dark"

        subprocess.run(["xdotool", "mousemove", str(target.x()), str(target.y()), "click", "1"],
                       env=env, check=True, timeout=10)
        shot = wait_for(display, tmp_path / "what.png", what)
        assert difference(shot, what) <= 6, "the tap did not open the page"
    finally:
        kiosk.send_signal(signal.SIGTERM)
        _, err = kiosk.communicate(timeout=30)
    assert kiosk.returncode == 0, err
    assert "home.md:4: the title holds an HTML tag" in err
    assert "what.md:9: link to page 'walkthrough', but that page has problems of its own" in err
    assert "Traceback" not in err
