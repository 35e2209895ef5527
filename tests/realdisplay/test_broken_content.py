"""On a real X display: a kiosk whose home.md is broken still fills the screen with a Home,
and a patient's tap (real X input) opens a page whose link went to a broken page, its words
still there. What is on screen is read back from the X server and judged by its colours, not
by what the kiosk says it shows.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.content.loader import load_pack
from kiosk.core.theme import STANDARD
from tests.conftest import GOOD_PAGES, PackWriter
from tests.realdisplay.screen import tap_control
from tests.realdisplay.xserver import RGB, Shot, running

WIDTH, HEIGHT = 1280, 800


def rgb(colour: str) -> RGB:
    value = int(colour.lstrip("#"), 16)
    return value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF


def share(shot: Shot, colour: str, box: tuple[int, int, int, int]) -> float:
    """The share of a box's pixels (on a grid) that are this theme colour, give or take a little."""
    want = rgb(colour)
    left, top, right, bottom = box
    points = [(x, y) for x in range(left, right, 4) for y in range(top, bottom, 4)]
    close = sum(max(abs(p - q) for p, q in zip(shot.pixel(x, y), want, strict=True)) <= 24 for x, y in points)
    return close / len(points)


def lightness(shot: Shot) -> float:
    """The mean HSL lightness (0 to 255) of the screen, on a grid."""
    points = [shot.pixel(x, y) for x in range(0, WIDTH, 16) for y in range(0, HEIGHT, 16)]
    return sum((max(p) + min(p)) / 2 for p in points) / len(points)


def strip_across(shot: Shot) -> bool:
    """The amber safety strip: a band of its colour from one edge of the screen to the other."""
    return any(
        all(share(shot, STANDARD.safety_soft, (x, y, x + 8, y + 8)) > 0.5
            for x in (4, WIDTH // 2, WIDTH - 12))
        for y in range(HEIGHT // 2, HEIGHT - 8, 4)
    )


def home_is_up(shot: Shot) -> bool:
    """Home in the standard theme: light, its big title in the theme's teal (a page's title
    is in ink). Both show the safety strip, one tap from every screen."""
    return lightness(shot) > 150 and share(shot, STANDARD.primary, (0, 0, WIDTH, 120)) > 0.02


def page_is_up(shot: Shot) -> bool:
    """A page: the safety strip across the screen and no teal Home title at the top."""
    return strip_across(shot) and share(shot, STANDARD.primary, (0, 0, WIDTH, 120)) < 0.02


def test_a_broken_home_on_a_real_screen_still_shows_a_home_and_a_tap_opens_a_page(
    make_pack: PackWriter, assets: Path, tmp_path: Path
) -> None:
    root = make_pack({
        "home.md": GOOD_PAGES["home.md"].replace("title: Microneedling", 'title: <img src="/etc/x.png">'),
        "walkthrough.md": GOOD_PAGES["walkthrough.md"].replace("order: 3", "order: third"),
    })
    pack = load_pack(root / "en", "en", assets).pack
    assert {"what", "hurt", "safety"} <= set(pack.page_ids)
    settings = {"content_dir": str(root), "speech_engine": "none", "attract_after_s": 0, "hide_cursor": False}
    with running(WIDTH, HEIGHT, tmp_path / "kiosk", settings) as kiosk:
        home = kiosk.settled("Home")
        home.save_png(tmp_path / "home.png")
        assert home_is_up(home), f"the screen does not show a Home (see {tmp_path / 'home.png'})"
        tiles = [c["page_id"] for c in kiosk.controls() if c["object"].endswith("Tile")]
        assert tiles == ["what", "hurt", "safety"], "Home offers the pages that load"

        tap_control(kiosk, "what")
        kiosk.wait(lambda s: s["page"] == "what", "the tap opens the page")
        page = kiosk.settled("the page")
        page.save_png(tmp_path / "what.png")
        assert page_is_up(page), f"the tap did not open a page (see {tmp_path / 'what.png'})"
        assert lightness(page) > 150
        code = kiosk.stop()
    log = kiosk.log_text()
    assert code == 0, log
    assert "home.md:4: the title holds an HTML tag" in log
    assert "what.md:9: link to page 'walkthrough', but that page has problems of its own" in log
    assert "Traceback" not in log
