"""At the largest text the screen is used, not wasted: what a patient with low vision sees.

Each test reads the kiosk's rectangles from the probe, checks them against the screenshot,
and measures what a patient would: whole answers and tiles in view, no empty band where
more could show, a safety line that is not cut off.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.content.loader import load_pack
from kiosk.core.resources import bundled
from kiosk.core.theme import STANDARD
from tests.realdisplay.screen import assert_drawn, back_home, on_screen, open_quiz, tap_control
from tests.realdisplay.xserver import Kiosk, Shot, centre, distance, running

TARGET_AT_1080 = 64
"""The smallest touch target at 1080 pixels, scaled with the screen (KIOSK_STANDARDS.md)."""


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kiosk]:
    """A 1280x800 screen, the smallest landscape the kiosk is made for."""
    steady = {"idle_timeout_s": 3600, "attract_after_s": 0}
    with running(1280, 800, tmp_path_factory.mktemp("laptop"), steady) as kiosk:
        yield kiosk


def largest(kiosk: Kiosk) -> dict[str, Any]:
    back_home(kiosk)
    tap_control(kiosk, "Largest text")
    return kiosk.wait(lambda s: s["text_size"] == "largest" and s["settled"], "the largest text")


def whole(control: dict[str, Any]) -> bool:
    """Drawn from edge to edge: nothing of it is scrolled or clipped away."""
    return bool(control["rect"] == control["full"] and control["rect"][3] > 0)


def test_quiz_answers_use_the_room_and_all_can_be_reached(kiosk: Kiosk) -> None:
    check_quiz_answers(kiosk)


def check_quiz_answers(kiosk: Kiosk) -> None:
    """Before an answer is chosen no hidden button keeps room under the answers: the space
    between "More below" and the safety strip is never as tall as an answer that could
    show there; and every answer can be scrolled to and tapped."""
    largest(kiosk)
    state = open_quiz(kiosk)
    shot = kiosk.x.still()
    answers = [c for c in state["controls"] if c["object"] == "QuizChoice"]
    strip = kiosk.control("SafetyStrip", state)
    assert_drawn(shot, strip)
    names = {c["name"] for c in answers}
    seen = {c["name"] for c in answers if whole(c)}
    assert seen, "at least one whole answer shows"
    more = [c for c in state["controls"] if c["object"] == "MoreBelow"]
    if more:
        assert_drawn(shot, more[0])
        answer_height = min(c["full"][3] for c in answers)
        empty = strip["rect"][1] - (more[0]["rect"][1] + more[0]["rect"][3])
        assert empty < answer_height, (
            f"{empty} px stay empty under 'More below' while answers ({answer_height} px tall) are "
            f"out of view; {len(seen)} of the answers show whole")
    for _ in range(10):  # "More below" until the last answer is in view
        kiosk.settled()
        state = kiosk.state()
        answers = [c for c in state["controls"] if c["object"] == "QuizChoice"]
        names |= {c["name"] for c in answers}
        seen |= {c["name"] for c in answers if whole(c)}
        more = [c for c in state["controls"] if c["object"] == "MoreBelow"]
        if not more:
            break
        kiosk.x.tap(*centre(more[0]["rect"]))
        time.sleep(0.5)
    assert seen == names, f"answers never shown whole: {sorted(names - seen)}"
    last = [c for c in kiosk.state()["controls"] if c["object"] == "QuizChoice" and whole(c)][-1]
    assert_drawn(kiosk.x.still(), last)
    kiosk.x.tap(*centre(last["rect"]))
    kiosk.wait(lambda s: any(c["object"] == "QuizChoice" and c["name"].startswith(last["name"] + "  ·  ")
                             for c in s["controls"]), "the last answer is marked")
    back_home(kiosk)


def check_home_shows_two_rows(kiosk: Kiosk, home_tiles: list[str]) -> None:
    state = largest(kiosk)
    shot = kiosk.x.still()
    strip = kiosk.control("SafetyStrip", state)
    more = [c for c in state["controls"] if c["object"] == "MoreBelow"]
    floor = more[0]["rect"][1] if more else strip["rect"][1]
    tiles = [c for c in state["controls"] if c["page_id"] in home_tiles]
    shown = [c for c in tiles if whole(c) and on_screen(shot, c["rect"])
             and c["rect"][1] + c["rect"][3] <= floor]
    for tile in shown:
        assert_drawn(shot, tile)
    rows = sorted({c["rect"][1] for c in shown})
    assert len(rows) >= 2, (
        f"at the largest text Home shows {len(rows)} whole row(s) of tiles "
        f"({[c['page_id'] for c in shown]}) before 'More below'")
    least = TARGET_AT_1080 * min(kiosk.x.width, kiosk.x.height) / 1080
    for tile in tiles:
        width, height = tile["full"][2:]
        assert min(width, height) >= least, f"{tile['page_id']} is {width}x{height}, under {least:.0f} px"
    back_home(kiosk)


def test_home_shows_two_rows_of_tiles_at_the_largest_text(kiosk: Kiosk, home_tiles: list[str]) -> None:
    check_home_shows_two_rows(kiosk, home_tiles)


def test_home_shows_two_rows_of_tiles_at_the_largest_text_on_1280x800(
    laptop: Kiosk, home_tiles: list[str]
) -> None:
    check_home_shows_two_rows(laptop, home_tiles)


def test_quiz_answers_use_the_room_on_1280x800(laptop: Kiosk) -> None:
    check_quiz_answers(laptop)


def ink_lines(shot: Shot, box: list[int], ink: str) -> list[tuple[int, int]]:
    """The bands of rows in ``box`` where letters in the colour ``ink`` are drawn."""
    colour = tuple(int(ink[i : i + 2], 16) for i in (1, 3, 5))
    x, y, w, h = box
    rows = [any(distance(p, colour) < 90 for p in shot.row(row, x, x + w, step=2)) for row in range(y, y + h)]
    bands: list[tuple[int, int]] = []
    for offset, inked in enumerate(rows):
        if inked and bands and y + offset - bands[-1][1] <= 3:
            bands[-1] = (bands[-1][0], y + offset)
        elif inked:
            bands.append((y + offset, y + offset))
    return bands


def test_the_safety_line_shows_whole_at_the_largest_text(kiosk: Kiosk) -> None:
    """Every word of the safety line is on the strip, on as many lines as it needs, each
    drawn inside the strip; none is cut to "...". In English and in Spanish (longer)."""
    state = largest(kiosk)
    for language in ("en", "es"):
        if state["language"] != language:
            tap_control(kiosk, "LanguageButton")
            state = kiosk.wait(lambda s, lang=language: s["language"] == lang and s["settled"], language)
        safety = load_pack(bundled("content") / language, language, bundled("assets")).pack.safety
        assert safety is not None
        strip = kiosk.control("SafetyStrip", state)
        text = strip["text"]
        assert "\u2026" not in text and "..." not in text, f"the safety line is cut: {text!r}"
        assert " ".join(text.replace("\u203a", " ").split()) == f"{safety.title}: {safety.summary}"
        shot = kiosk.x.still()
        assert_drawn(shot, strip)
        x, y, w, h = strip["rect"]
        inside = [x + 4, y + 6, w - 8, h - 12]  # inside the amber lines at the top and bottom
        lines = ink_lines(shot, inside, STANDARD.on_safety)
        assert len(lines) == text.count("\n") + 1, f"{len(lines)} lines of words drawn for {text!r}"
        assert lines[0][0] > inside[1] and lines[-1][1] < inside[1] + inside[3] - 1, "words cut at an edge"
    back_home(kiosk)
