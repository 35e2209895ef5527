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
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_pack
from kiosk.core.config import Config
from kiosk.core.theme import STANDARD
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


def share(image: QImage, colour: str, box: tuple[int, int, int, int]) -> float:
    """The share of a box's pixels (on a grid) that are this theme colour, give or take a little."""
    want = QColor(colour)
    left, top, right, bottom = box
    points = [(x, y) for x in range(left, right, 4) for y in range(top, bottom, 4)]
    close = 0
    for x, y in points:
        got = image.pixelColor(x, y)
        if max(abs(got.red() - want.red()), abs(got.green() - want.green()),
               abs(got.blue() - want.blue())) <= 24:
            close += 1
    return close / len(points)


def lightness(image: QImage) -> float:
    points = [(x, y) for x in range(0, WIDTH, 16) for y in range(0, HEIGHT, 16)]
    return sum(image.pixelColor(x, y).lightness() for x, y in points) / len(points)


def strip_across(image: QImage) -> bool:
    """The amber safety strip: a band of its colour from one edge of the screen to the other."""
    return any(
        all(share(image, STANDARD.safety_soft, (x, y, x + 8, y + 8)) > 0.5
            for x in (4, WIDTH // 2, WIDTH - 12))
        for y in range(HEIGHT // 2, HEIGHT - 8, 4)
    )


def wait_until(display: str, out: Path, ready: Callable[[QImage], bool], seconds: float = 20) -> QImage:
    """The screen, once ``ready`` says it shows what is wanted (or the last one seen)."""
    deadline = time.monotonic() + seconds
    shot = screen(display, out)
    while not ready(shot) and time.monotonic() < deadline:
        time.sleep(0.2)
        shot = screen(display, out)
    return shot


def home_is_up(image: QImage) -> bool:
    """Home in the standard theme: light, its big title in the theme's teal (a page's title
    is in ink). Both show the safety strip, one tap from every screen."""
    return lightness(image) > 150 and share(image, STANDARD.primary, (0, 0, WIDTH, 120)) > 0.02


def page_is_up(image: QImage) -> bool:
    """A page: the safety strip across the screen and no teal Home title at the top."""
    return strip_across(image) and share(image, STANDARD.primary, (0, 0, WIDTH, 120)) < 0.02


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

    # Where the first tile is, from the same window laid out offscreen at the same size
    # (a tile is hundreds of pixels wide: its middle is inside it on the real screen too).
    window = KioskWindow(pack, Config(speech_engine="none"))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.look.timer.isActive())
    window.restyle()
    assert list(window.pages.home.tiles) == ["what", "hurt", "safety"]
    tile = window.pages.home.tiles["what"]
    target = tile.mapTo(window, QPoint(tile.width() // 2, tile.height() // 2))

    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--content", str(root), "--config", str(config)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        home = wait_until(display, tmp_path / "home.png", home_is_up)
        assert kiosk.poll() is None, kiosk.communicate()[1]
        assert home_is_up(home), "the screen does not show a Home"

        subprocess.run(["xdotool", "mousemove", str(target.x()), str(target.y()), "click", "1"],
                       env=env, check=True, timeout=10)
        page = wait_until(display, tmp_path / "what.png", page_is_up)
        assert page_is_up(page), "the tap did not open a page"
        assert lightness(page) > 150
    finally:
        kiosk.send_signal(signal.SIGTERM)
        _, err = kiosk.communicate(timeout=30)
    assert kiosk.returncode == 0, err
    assert "home.md:4: the title holds an HTML tag" in err
    assert "what.md:9: link to page 'walkthrough', but that page has problems of its own" in err
    assert "Traceback" not in err
