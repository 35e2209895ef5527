"""Real taps, swipes and keys on the real kiosk land where the screen says they will."""

from __future__ import annotations

import time
from pathlib import Path

from tests.realdisplay.screen import assert_drawn, back_home, on_screen, tap_control, unlock
from tests.realdisplay.xserver import Kiosk, centre, running

ESCAPE_KEYS = ("alt+F4", "Escape", "ctrl+w", "ctrl+q", "F11")


def test_the_escape_keys_do_nothing(kiosk: Kiosk) -> None:
    tap_control(kiosk, "walkthrough")
    before = kiosk.wait(lambda s: s["page"] != "home" and s["settled"], "the walkthrough")
    screen = kiosk.x.still()
    for combo in ESCAPE_KEYS:
        kiosk.x.key(combo)
        time.sleep(0.3)
        state = kiosk.wait(lambda s: s["settled"], "the screen settles")
        assert kiosk.alive(), f"{combo} ended the kiosk"
        assert state["fullscreen"] and state["window"] == [0, 0, kiosk.x.width, kiosk.x.height], (
            f"{combo} took the kiosk out of fullscreen: {state['window']}")
        assert state["page"] == before["page"] and not state["layers"], f"{combo} changed the screen"
        assert kiosk.x.still().data == screen.data, f"{combo} changed what the screen shows"


def scroll_home(kiosk: Kiosk) -> None:
    """A finger drags Home up, to reach the tiles below the fold."""
    x = kiosk.x.width // 2
    kiosk.x.swipe((x, kiosk.x.height * 3 // 5), (x, kiosk.x.height // 6), steps=20)
    time.sleep(0.6)


def test_every_home_tile_opens_the_page_drawn_there(kiosk: Kiosk, home_tiles: list[str]) -> None:
    opened: list[str] = []
    for _ in range(len(home_tiles) * 3):
        state = back_home(kiosk)
        shot = kiosk.x.still()
        visible = [c for c in state["controls"] if c["page_id"] in home_tiles and c["page_id"] not in opened
                   and c["rect"][3] >= 48 and on_screen(shot, c["rect"])]
        if not visible:
            break
        tile = visible[0]
        assert_drawn(shot, tile)
        kiosk.x.tap(*centre(tile["rect"]))
        page = kiosk.wait(lambda s: s["page"] != "home" and s["settled"],
                          f"a page after tapping {tile['name']}")
        first = {"walkthrough": None}.get(tile["page_id"], tile["page_id"])
        assert first is None or page["page"] == first, (
            f"tapping the tile drawn as {tile['name']!r} opened {page['page']!r}")
        opened.append(tile["page_id"])
    missing = [t for t in home_tiles if t not in opened]
    if missing:  # below the fold: a finger scrolls Home up, then taps them
        back_home(kiosk)
        scroll_home(kiosk)
        for tile_id in missing:
            state = kiosk.wait(lambda s: s["settled"], "Home settles")
            tile = kiosk.control(tile_id, state)
            assert_drawn(kiosk.x.still(), tile)
            kiosk.x.tap(*centre(tile["rect"]))
            kiosk.wait(lambda s, t=tile_id: s["page"] == t or (t == "walkthrough" and s["page"] != "home"),
                       f"the {tile_id} page")
            opened.append(tile_id)
            back_home(kiosk)
            scroll_home(kiosk)
    assert sorted(opened) == sorted(home_tiles)


def test_the_walkthrough_tile_starts_at_the_first_card(kiosk: Kiosk) -> None:
    tap_control(kiosk, "walkthrough")
    state = kiosk.wait(lambda s: s["page"] != "home" and s["settled"], "the walkthrough")
    assert state["page"] == "safety", "the walkthrough opens with the safety notice"


def test_the_bottom_bar_on_home_does_what_each_control_shows(kiosk: Kiosk) -> None:
    for size in ("Large text", "Largest text", "Normal text"):
        tap_control(kiosk, size)
        expected = size.split()[0].lower()
        state = kiosk.wait(lambda s, e=expected: s["text_size"] == e and s["settled"], size)
        assert kiosk.control(size, state)["checked"], f"{size} does not show as chosen"
    tap_control(kiosk, "High contrast")
    kiosk.wait(lambda s: s["theme"] == "high-contrast" and s["settled"], "high contrast")
    dark = kiosk.x.still()
    assert sum(sum(p) for p in dark.grid(16)) / len(dark.grid(16)) < 3 * 100, "high contrast is dark"
    tap_control(kiosk, "High contrast")
    kiosk.wait(lambda s: s["theme"] == "standard" and s["settled"], "standard colours")
    tap_control(kiosk, "LanguageButton")
    state = kiosk.wait(lambda s: s["language"] == "es" and s["settled"], "Spanish")
    assert kiosk.control("LanguageButton", state)["name"] == "English"
    tap_control(kiosk, "LanguageButton")
    kiosk.wait(lambda s: s["language"] == "en" and s["settled"], "English")
    tap_control(kiosk, "Read aloud")
    kiosk.wait(lambda s: {"Pause", "Repeat"} <= {c["name"] for c in s["controls"]} and s["settled"],
               "reading starts: Read aloud becomes Pause, and Repeat appears")
    tap_control(kiosk, "Pause")
    kiosk.wait(lambda s: "Resume" in {c["name"] for c in s["controls"]}, "Pause becomes Resume")
    tap_control(kiosk, "does-it-hurt")  # a new screen stops the reading
    kiosk.wait(lambda s: s["page"] == "does-it-hurt" and s["settled"], "the page")


def test_back_home_and_the_safety_strip_on_a_page(kiosk: Kiosk) -> None:
    tap_control(kiosk, "does-it-hurt")
    kiosk.wait(lambda s: s["page"] == "does-it-hurt" and s["settled"], "the page")
    tap_control(kiosk, "SafetyStrip")
    kiosk.wait(lambda s: s["page"] == "safety" and s["settled"], "the safety notice, from the strip")
    tap_control(kiosk, "Back")
    kiosk.wait(lambda s: s["page"] == "does-it-hurt" and s["settled"], "Back to the page")
    tap_control(kiosk, "Home")
    kiosk.wait(lambda s: s["page"] == "home" and s["settled"], "Home")


def test_next_and_a_swipe_move_through_the_walkthrough(kiosk: Kiosk) -> None:
    tap_control(kiosk, "walkthrough")
    first = kiosk.wait(lambda s: s["page"] != "home" and s["settled"], "the walkthrough")["page"]
    tap_control(kiosk, "Next")
    second = kiosk.wait(lambda s: s["page"] != first and s["settled"], "Next")["page"]
    width, height = kiosk.x.width, kiosk.x.height
    middle = height * 2 // 5
    kiosk.x.swipe((width * 4 // 5, middle), (width // 5, middle))
    third = kiosk.wait(lambda s: s["page"] not in (first, second) and s["settled"],
                       "a swipe to the left to move on a step")["page"]
    kiosk.x.swipe((width // 5, middle), (width * 4 // 5, middle))
    kiosk.wait(lambda s: s["page"] == second and s["settled"], "a swipe to the right to go back")
    assert third not in (first, second)


def test_holding_the_staff_corner_opens_the_pin_pad(kiosk: Kiosk) -> None:
    before = kiosk.x.still()
    kiosk.x.hold(3, 3, 1.0)
    time.sleep(0.5)
    assert "pin_pad" not in kiosk.state()["layers"], "a short touch in the corner opens nothing"
    kiosk.x.hold(3, 3, 3.6)
    state = kiosk.wait(lambda s: "pin_pad" in s["layers"] and s["settled"], "the PIN pad")
    pad = kiosk.x.still()
    assert pad.data != before.data, "the PIN pad is drawn"
    for key in ("1", "2", "3", "OK", "Cancel"):
        control = kiosk.control(key, state)
        assert on_screen(pad, control["rect"]), f"the PIN pad's {key} key is off the screen"
        assert_drawn(pad, control)
    tap_control(kiosk, "Cancel")
    kiosk.wait(lambda s: not s["layers"] and s["settled"], "the PIN pad closes")
    assert kiosk.alive()


def test_the_last_step_offers_the_quiz_and_finish_goes_home(kiosk: Kiosk) -> None:
    tap_control(kiosk, "walkthrough")
    state = kiosk.wait(lambda s: s["page"] != "home" and s["settled"], "the walkthrough")
    for _ in range(20):
        names = {c["name"] for c in state["controls"]}
        if "Finish" in names:
            break
        page = state["page"]
        tap_control(kiosk, "Next")
        state = kiosk.wait(lambda s, p=page: s["page"] != p and s["settled"], "the next card")
    last = state["page"]
    tap_control(kiosk, "Check what you learned")
    state = kiosk.wait(lambda s: s["page"] != last and s["settled"], "the quiz")
    assert "Check what you learned" not in {c["name"] for c in state["controls"]}, "the quiz is open"
    tap_control(kiosk, "Finish")
    kiosk.wait(lambda s: s["page"] == "home" and s["settled"], "Finish goes Home")


def test_the_right_pin_then_exit_kiosk_ends_with_code_0(tmp_path: Path, staff_pin: tuple[str, str]) -> None:
    pin, hashed = staff_pin
    with running(1366, 768, tmp_path, {"idle_timeout_s": 3600, "attract_after_s": 0,
                                       "staff_pin_hash": hashed}) as kiosk:
        unlock(kiosk, pin)
        tap_control(kiosk, "StaffExit")
        assert kiosk.process is not None
        assert kiosk.process.wait(15) == 0, "a staff exit is a normal exit"
