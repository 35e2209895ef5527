"""Reading the kiosk's screen: is a control drawn where the kiosk says it is, and the moves
(tap a control, go Home) that the real-display tests and the tour share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.realdisplay.xserver import Kiosk, Shot, centre, distance

EDGE = 60
"""How different two neighbouring pixels must be to count as a drawn edge."""


def edge_problems(shot: Shot, control: dict[str, Any]) -> list[str]:
    """Where the screen does not show an edge at the sides of ``control``'s rectangle.

    Every control in the kiosk is a bordered or filled shape, so each side of its
    rectangle (that is not clipped and not the screen's edge) must show a sharp change of
    colour within a few pixels; a control drawn elsewhere, or covered, does not.
    """
    x, y, w, h = control["rect"]
    fx, fy, fw, fh = control.get("full", control["rect"])
    cx, cy = x + w // 2, y + h // 2
    problems = []
    sides = {
        "left": (x == fx and x > 0, [(i, cy) for i in range(x - 4, x + 5)]),
        "right": (x + w == fx + fw and x + w < shot.width, [(i, cy) for i in range(x + w - 5, x + w + 4)]),
        "top": (y == fy and y > 0, [(cx, j) for j in range(y - 4, y + 5)]),
        "bottom": (y + h == fy + fh and y + h < shot.height,
                   [(cx, j) for j in range(y + h - 5, y + h + 4)]),
    }
    for side, (check, points) in sides.items():
        inside = [(i, j) for i, j in points if 0 <= i < shot.width and 0 <= j < shot.height]
        if not check or len(inside) < 2:
            continue
        pixels = [shot.pixel(i, j) for i, j in inside]
        if max(distance(a, b) for a, b in zip(pixels, pixels[1:], strict=False)) < EDGE:
            problems.append(f"no {side} edge drawn near {control['name']!r} at {control['rect']}")
    return problems


def assert_drawn(shot: Shot, control: dict[str, Any]) -> None:
    problems = edge_problems(shot, control)
    assert not problems, "the screen does not show this control where the kiosk puts it: " + "; ".join(
        problems)


def on_screen(shot: Shot, rect: Sequence[int]) -> bool:
    x, y, w, h = rect
    return x >= 0 and y >= 0 and x + w <= shot.width and y + h <= shot.height and w > 0 and h > 0


def tap_control(kiosk: Kiosk, name: str, check: bool = True) -> dict[str, Any]:
    """Tap the control called ``name`` at the middle of what is drawn of it (checked first)."""
    state = kiosk.wait(lambda s: s["settled"], "the screen settles")
    control = kiosk.control(name, state)
    if check:
        assert_drawn(kiosk.x.still(), control)
    kiosk.x.tap(*centre(control["rect"]))
    return control


def unlock(kiosk: Kiosk, pin: str) -> dict[str, Any]:
    """The staff way in: a finger held 3.6 s in the top-left corner (the gesture takes 3 s),
    then the PIN and OK on the pad. Returns the state with the staff screen up."""
    kiosk.x.hold(3, 3, 3.6)
    kiosk.wait(lambda s: "pin_pad" in s["layers"] and s["settled"], "the PIN pad after a 3 s hold")
    for key in [*pin, "OK"]:
        tap_control(kiosk, key)
    return kiosk.wait(lambda s: "staff" in s["layers"] and s["settled"],
                      "the staff screen after the right PIN")


def back_home(kiosk: Kiosk, language: str = "en") -> dict[str, Any]:
    """Close any layer, go Home, and put text size, theme and language back to the defaults."""
    state = kiosk.wait(lambda s: s["settled"], "the screen settles")
    if "staff" in state["layers"]:
        tap_control(kiosk, "Back to patients", check=False)
    elif "pin_pad" in state["layers"]:
        tap_control(kiosk, "Cancel", check=False)
    elif "still_reading" in state["layers"] or "attract" in state["layers"]:
        kiosk.x.tap(kiosk.x.width // 2, 5)
    state = kiosk.wait(lambda s: not s["layers"], "the layers close")
    if state["page"] != "home":
        home = [c for c in state["controls"] if c["object"] != "Tile" and c["name"] in ("Home", "Inicio")]
        kiosk.x.tap(*centre(home[0]["rect"]))
        state = kiosk.wait(lambda s: s["page"] == "home" and s["settled"], "Home")
    if state["language"] != language:
        tap_control(kiosk, "LanguageButton", check=False)
        state = kiosk.wait(lambda s: s["language"] == language and s["settled"], "the language")
    if state["text_size"] != "normal":
        size = next(c for c in state["controls"] if c["object"] == "SizeButton")
        kiosk.x.tap(*centre(size["rect"]))
        state = kiosk.wait(lambda s: s["text_size"] == "normal" and s["settled"], "normal text")
    if state["theme"] != "standard":
        contrast = next(c for c in state["controls"] if c["object"] == "ToolButton" and c["checked"])
        kiosk.x.tap(*centre(contrast["rect"]))
        state = kiosk.wait(lambda s: s["theme"] == "standard" and s["settled"], "standard theme")
    kiosk.x.still()
    return state


def open_quiz(kiosk: Kiosk) -> dict[str, Any]:
    """From Home, through the walkthrough with Next, to "Check what you learned"."""
    tap_control(kiosk, "walkthrough")
    state = kiosk.wait(lambda s: s["page"] != "home" and s["settled"], "the walkthrough")
    for _ in range(20):
        if "Check what you learned" in {c["name"] for c in state["controls"]}:
            break
        page = state["page"]
        tap_control(kiosk, "Next", check=False)
        state = kiosk.wait(lambda s, p=page: s["page"] != p and s["settled"], "the next card")
    last = state["page"]
    tap_control(kiosk, "Check what you learned")
    return kiosk.wait(lambda s: s["page"] != last and s["settled"], "the quiz")
