"""The quiz on the real screen, as a patient meets it: after an answer one button looks like
the next step; on a tall screen the question sits in the middle of the room, not at the top
with half the screen empty; nothing moves when an answer is chosen; and Spanish chosen on
the quiz keeps the question and the answer given, in Spanish."""

from __future__ import annotations

from typing import Any

from kiosk.content.loader import load_pack
from kiosk.content.model import Page
from kiosk.core.resources import bundled
from kiosk.core.theme import STANDARD
from tests.realdisplay.screen import EDGE, assert_drawn, back_home, open_quiz, tap_control
from tests.realdisplay.xserver import RGB, Kiosk, Shot, distance


def quiz_of(language: str) -> Page:
    quiz = load_pack(bundled("content") / language, language, bundled("assets")).pack.quiz
    assert quiz is not None and quiz.questions
    return quiz


def rgb(colour: str) -> RGB:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def fill(shot: Shot, control: dict[str, Any]) -> RGB:
    """What a button is filled with: a point inside its border, above its words."""
    x, y, w, h = control["rect"]
    return shot.pixel(x + w // 2, y + max(8, h // 6))


def answers(state: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for c in state["controls"] if c["object"] == "QuizChoice"]


def ink_bands(shot: Shot, x0: int, x1: int, y0: int, y1: int) -> list[tuple[int, int]]:
    """Runs of rows between ``y0`` and ``y1`` where something other than the page's
    background is drawn (words, a button), between ``x0`` and ``x1``."""
    paper = rgb(STANDARD.background)
    bands: list[tuple[int, int]] = []
    for y in range(y0, y1):
        if any(distance(p, paper) > EDGE for p in shot.row(y, x0, x1, step=3)):
            if bands and bands[-1][1] == y - 1:
                bands[-1] = (bands[-1][0], y)
            else:
                bands.append((y, y))
    return bands


def test_the_quiz_shows_one_next_step_keeps_still_and_keeps_its_place_in_spanish(kiosk: Kiosk) -> None:
    quiz = quiz_of("en")
    state = open_quiz(kiosk)
    before = [c["rect"] for c in answers(state)]
    first = quiz.questions[0]
    tap_control(kiosk, first.choices[first.answer])
    state = kiosk.wait(lambda s: any(c["name"] == "Next question" for c in s["controls"]) and s["settled"],
                       "Next question")
    shot = kiosk.x.still()
    assert [c["rect"] for c in answers(state)] == before, "the answers moved when one was chosen"

    # One thing looks like the next step: "Next question" filled, Finish outlined, the right
    # answer tinted.
    primary = rgb(STANDARD.primary)
    for name in ("Next question", "Finish"):
        assert_drawn(shot, kiosk.control(name, state))
    filled = [c["name"] for c in state["controls"] if not c["checked"]
              and distance(fill(shot, c), primary) < 40]
    assert filled == ["Next question"], f"filled like the next step: {filled}"

    # On a tall screen the question and its answers sit in the middle of the room between
    # the quiz's opening words and "Next question": no half-screen left empty below.
    if kiosk.x.height > kiosk.x.width:
        boxes = answers(state)
        x0, x1 = boxes[0]["rect"][0], boxes[0]["rect"][0] + boxes[0]["rect"][2]
        next_top = kiosk.control("Next question", state)["rect"][1]
        above = ink_bands(shot, x0, x1, 0, boxes[0]["rect"][1])
        below = ink_bands(shot, x0, x1, boxes[-1]["rect"][1] + boxes[-1]["rect"][3] + 1, next_top)
        gap_above = max(b[0] - a[1] for a, b in zip(above, above[1:], strict=False))
        gap_below = next_top - (below[-1][1] if below else boxes[-1]["rect"][1] + boxes[-1]["rect"][3])
        assert gap_below <= gap_above + boxes[0]["rect"][3], (
            f"{gap_below} px empty under the answers and their feedback, at most {gap_above} px "
            "between the lines above them")

    # Spanish on question 2, answered: the same question and answer, in Spanish.
    tap_control(kiosk, "Next question")
    second = quiz.questions[1]
    kiosk.wait(lambda s: [c["name"] for c in answers(s)] == list(second.choices) and s["settled"],
               "question 2")
    tap_control(kiosk, second.choices[second.answer])
    kiosk.wait(lambda s: any(c["name"] == "Next question" for c in s["controls"]), "Next question")
    tap_control(kiosk, "LanguageButton")
    state = kiosk.wait(lambda s: s["language"] == "es" and s["settled"], "Spanish")
    spanish = quiz_of("es").questions[1]
    assert state["page"] == quiz.id
    names = [c["name"] for c in answers(state)]
    right = spanish.choices[spanish.answer]
    assert [n.split("  ·  ")[0].split("\n")[0] for n in names] == list(spanish.choices), names
    assert names[spanish.answer] != right, f"the right answer is marked: {names}"
    shot = kiosk.x.still()
    for box in answers(state):
        assert_drawn(shot, box)
    assert_drawn(shot, kiosk.control("Siguiente pregunta", state))
    back_home(kiosk)
