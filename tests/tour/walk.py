"""The tour: every screen of the real kiosk, reached with real X input, one PNG each.

For people to look at, not a test: it asserts nothing, but it stops with the kiosk's log
when a screen it asks for does not come.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from kiosk.content.loader import load_pack
from kiosk.content.model import Pack
from kiosk.core.resources import bundled
from tests.realdisplay.screen import back_home, tap_control
from tests.realdisplay.xserver import Kiosk, centre, running

SIZES = ((1920, 1080), (1080, 1920), (1366, 768), (1280, 800))
STEADY = {"idle_timeout_s": 3600, "attract_after_s": 0}
IDLE = {"idle_timeout_s": 5, "idle_warning_s": 5, "attract_after_s": 5}
PIN = "2468"
QUIZ_BUTTON = "Check what you learned"


class Album:
    """Numbered PNGs in one folder: 01-home.png, 02-page-what.png, ..."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.png"):
            old.unlink()

    def take(self, kiosk: Kiosk, name: str, settle: bool = True) -> None:
        shot = kiosk.settled(f"{name} settles") if settle else kiosk.x.shot()
        self.count += 1
        path = self.folder / f"{self.count:02d}-{name}.png"
        shot.save_png(path)
        print(f"  {path}", flush=True)  # noqa: T201


def english() -> Pack:
    return load_pack(bundled("content") / "en", "en", bundled("assets")).pack


def page_is(kiosk: Kiosk, page: str, what: str = "") -> dict[str, Any]:
    return kiosk.wait(lambda s: s["page"] == page and s["settled"], what or f"the page {page}")


def scroll_down(kiosk: Kiosk) -> None:
    """Two long upward finger drags in the middle of the screen."""
    x, height = kiosk.x.width // 2, kiosk.x.height
    for _ in range(2):
        kiosk.x.swipe((x, height * 3 // 5), (x, height // 6), steps=20)
        time.sleep(0.6)


def open_tile(kiosk: Kiosk, page_id: str) -> None:
    back_home(kiosk)
    state = kiosk.state()
    if not any(c["page_id"] == page_id for c in state["controls"]):
        scroll_down(kiosk)
    tap_control(kiosk, page_id, check=False)
    kiosk.wait(lambda s: s["page"] != "home" and s["settled"], f"the page behind the {page_id} tile")


def pages(kiosk: Kiosk, album: Album, pack: Pack) -> None:
    album.take(kiosk, "home")
    for page in pack.tiles:
        if page.kind.value == "walkthrough":
            continue
        open_tile(kiosk, page.id)
        album.take(kiosk, f"page-{page.id}")
        before = kiosk.x.shot()
        scroll_down(kiosk)
        if kiosk.x.still().data != before.data:
            album.take(kiosk, f"page-{page.id}-end")


def walkthrough(kiosk: Kiosk, album: Album, pack: Pack) -> None:
    open_tile(kiosk, "walkthrough")
    quiz = pack.quiz
    for _ in range(len(pack.steps) + 2):
        state = kiosk.state()
        if quiz is not None and state["page"] == quiz.id:
            break
        album.take(kiosk, f"walk-{state['page']}")
        names = [c["name"] for c in state["controls"]]
        tap_control(kiosk, "Next" if "Next" in names else QUIZ_BUTTON, check=False)
        kiosk.wait(lambda s, p=state["page"]: s["page"] != p and s["settled"], "the next card")
    if quiz is None:
        return
    album.take(kiosk, "quiz-q1")
    for number, question in enumerate(quiz.questions, 1):
        wrong = next(i for i in range(len(question.choices)) if i != question.answer)
        pick = wrong if number == 1 else question.answer
        tap_control(kiosk, question.choices[pick], check=False)
        time.sleep(0.3)
        album.take(kiosk, f"quiz-q{number}-{'wrong' if pick == wrong else 'right'}")
        if number < len(quiz.questions):
            tap_control(kiosk, "Next question", check=False)
            time.sleep(0.3)
            album.take(kiosk, f"quiz-q{number + 1}")
    state = kiosk.state()
    if any(c["name"] == "Finish" for c in state["controls"]):
        tap_control(kiosk, "Finish", check=False)
        kiosk.wait(lambda s: s["page"] == "home" and s["settled"], "Finish goes Home")


def pin_pad(kiosk: Kiosk, album: Album) -> None:
    back_home(kiosk)
    kiosk.x.press(3, 3)
    time.sleep(1.5)
    album.take(kiosk, "staff-corner-held", settle=False)
    time.sleep(2.0)
    kiosk.x.release()
    kiosk.wait(lambda s: "pin_pad" in s["layers"] and s["settled"], "the PIN pad")
    album.take(kiosk, "pin-pad")
    for digit in "12":
        tap_control(kiosk, digit, check=False)
    album.take(kiosk, "pin-pad-two-digits")
    tap_control(kiosk, "OK", check=False)
    time.sleep(0.3)
    album.take(kiosk, "pin-pad-wrong")
    for key in [*PIN, "OK"]:
        tap_control(kiosk, key, check=False)
    kiosk.wait(lambda s: "staff" in s["layers"] and s["settled"], "the staff screen")
    album.take(kiosk, "staff-screen")
    tap_control(kiosk, "Back to patients", check=False)
    kiosk.wait(lambda s: not s["layers"], "the staff screen closes")


def looks(kiosk: Kiosk, album: Album, pack: Pack) -> None:
    """Each text size, high contrast and Spanish: Home, a page and a walkthrough step."""
    sample = next(p.id for p in pack.tiles if p.kind.value == "section")
    for name, control, done in (
        ("large", "Large text", lambda s: s["text_size"] == "large"),
        ("largest", "Largest text", lambda s: s["text_size"] == "largest"),
        ("contrast", "High contrast", lambda s: s["theme"] == "high-contrast"),
        ("es", "LanguageButton", lambda s: s["language"] == "es"),
    ):
        back_home(kiosk)
        tap_control(kiosk, control, check=False)
        kiosk.wait(lambda s, d=done: d(s) and s["settled"], name)
        album.take(kiosk, f"home-{name}")
        if name == "largest":
            scroll_down(kiosk)
            album.take(kiosk, "home-largest-end")
            x = kiosk.x.width // 2
            kiosk.x.swipe((x, kiosk.x.height // 6), (x, kiosk.x.height * 4 // 5))
        language = "es" if name == "es" else "en"
        state = kiosk.settled()
        tile = next(c for c in kiosk.state()["controls"] if c["page_id"] == sample)
        kiosk.x.tap(*centre(tile["rect"]))
        kiosk.wait(lambda s: s["page"] == sample and s["settled"], "the sample page")
        album.take(kiosk, f"page-{sample}-{name}")
        tap_control(kiosk, "Inicio" if language == "es" else "Home", check=False)
        kiosk.wait(lambda s: s["page"] == "home" and s["settled"], "Home")
        state = kiosk.state()
        hero = next(c for c in state["controls"] if c["page_id"] == "walkthrough")
        kiosk.x.tap(*centre(hero["rect"]))
        kiosk.wait(lambda s: s["page"] != "home" and s["settled"], "the walkthrough")
        tap_control(kiosk, "Siguiente" if language == "es" else "Next", check=False)
        kiosk.wait(lambda s: s["page"] != "safety" and s["settled"], "the first step")
        album.take(kiosk, f"walk-step-{name}")
        if name == "largest":
            pack_quiz = english().quiz
            if pack_quiz is not None:
                for _ in range(12):
                    kiosk.settled()
                    state = kiosk.state()
                    if state["page"] == pack_quiz.id:
                        break
                    names = [c["name"] for c in state["controls"]]
                    tap_control(kiosk, "Next" if "Next" in names else QUIZ_BUTTON, check=False)
                    time.sleep(0.4)
                album.take(kiosk, "quiz-largest")
    back_home(kiosk)


def idle_layers(kiosk: Kiosk, album: Album, pack: Pack) -> None:
    """"Still reading?" over a page, then the attract loop mid-fade and faded in."""
    sample = next(p.id for p in pack.tiles if p.kind.value == "section")
    open_tile(kiosk, sample)
    kiosk.wait(lambda s: "still_reading" in s["layers"], "Still reading?", timeout=15)
    time.sleep(0.5)
    album.take(kiosk, "still-reading")
    back_home(kiosk)
    home = kiosk.x.still()
    deadline = time.monotonic() + 20
    mid = None
    while time.monotonic() < deadline:
        shot = kiosk.x.shot()
        if shot.data != home.data:
            time.sleep(0.25)  # a few steps into the fade
            mid = kiosk.x.shot()
            break
    if mid is not None:
        album.count += 1
        mid.save_png(album.folder / f"{album.count:02d}-attract-mid-fade.png")
    kiosk.wait(lambda s: "attract" in s["layers"] and s["settled"], "the attract loop")
    album.take(kiosk, "attract")


def tour(out: Path, sizes: tuple[tuple[int, int], ...] = SIZES) -> list[Path]:
    from kiosk.core.pin import hash_pin

    pack = english()
    folders = []
    for width, height in sizes:
        folder = out / f"{width}x{height}"
        print(f"{width}x{height}:", flush=True)  # noqa: T201
        album = Album(folder)
        work = out / ".work" / f"{width}x{height}"
        with running(width, height, work / "steady", {**STEADY, "staff_pin_hash": hash_pin(PIN)}) as kiosk:
            pages(kiosk, album, pack)
            walkthrough(kiosk, album, pack)
            pin_pad(kiosk, album)
            looks(kiosk, album, pack)
        with running(width, height, work / "idle", IDLE) as kiosk:
            idle_layers(kiosk, album, pack)
        folders.append(folder)
    return folders
