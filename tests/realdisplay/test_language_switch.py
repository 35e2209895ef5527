"""A language switch and back leaves Home as it was: the tiles are laid out for the screen's
width, not for the narrow width a Home has while it is being built (which put every icon
above its words and pushed tiles below the fold)."""

from __future__ import annotations

from tests.realdisplay.screen import assert_drawn, back_home, tap_control
from tests.realdisplay.xserver import Kiosk

SLACK = 2
"""Pixels a rectangle may move: spare height is shared among rows with rounding."""


def test_home_looks_the_same_after_spanish_and_back(kiosk: Kiosk) -> None:
    state = back_home(kiosk)
    before = kiosk.x.still()
    tiles = {c["page_id"]: c["full"] for c in state["controls"] if c["page_id"]}
    for language in ("es", "en"):
        tap_control(kiosk, "LanguageButton")
        state = kiosk.wait(lambda s, lang=language: s["language"] == lang and s["settled"], language)
    after = kiosk.settled()
    again = {c["page_id"]: c["full"] for c in kiosk.state()["controls"] if c["page_id"]}
    assert sorted(again) == sorted(tiles), f"tiles in view: {sorted(tiles)} before, {sorted(again)} after"
    for page_id, box in tiles.items():
        assert all(abs(a - b) <= SLACK for a, b in zip(box, again[page_id], strict=True)), (
            f"the {page_id} tile was at {box}, after Spanish and back it is at {again[page_id]}")
    samples = list(zip(before.grid(9), after.grid(9), strict=True))
    changed = sum(a != b for a, b in samples)
    assert changed < len(samples) // 20, f"{changed} of {len(samples)} samples of Home look different"


def test_spanish_chosen_on_a_page_shows_that_page_in_spanish(kiosk: Kiosk) -> None:
    """A patient reading a page who taps "Español" stays on it, now in Spanish; Back
    (now "Atrás") still goes where it went before."""
    back_home(kiosk)
    tap_control(kiosk, "questions")
    kiosk.wait(lambda s: s["page"] == "questions" and s["settled"], "the questions page")
    english = kiosk.x.still()
    tap_control(kiosk, "LanguageButton")
    state = kiosk.wait(lambda s: s["language"] == "es" and s["settled"], "Spanish")
    assert state["page"] == "questions", f"Spanish opened {state['page']!r}, not the page being read"
    assert not [c for c in state["controls"] if c["page_id"]], "Home's tiles show"
    spanish = kiosk.x.still()
    for name in ("Atrás", "Inicio"):
        assert_drawn(spanish, kiosk.control(name, state))
    strip_top = kiosk.control("SafetyStrip", state)["rect"][1]
    changed = [english.pixel(x, y) != spanish.pixel(x, y)
               for y in range(0, strip_top, 9) for x in range(0, english.width, 9)]
    assert sum(changed) > len(changed) // 50, "the page's words did not change"
    tap_control(kiosk, "Atrás")
    kiosk.wait(lambda s: s["page"] == "home" and s["language"] == "es" and s["settled"], "Back to Home")
    back_home(kiosk)
