"""A kiosk whose safety.md is broken still shows a safety strip on every screen, and a tap on
it opens a safety notice (the built-in one), in English and in Spanish."""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.core.resources import bundled
from kiosk.core.theme import STANDARD
from tests.realdisplay.screen import assert_drawn, tap_control
from tests.realdisplay.xserver import Kiosk, Shot, distance, running

STEADY = {"idle_timeout_s": 3600, "attract_after_s": 0}


def amber_share(shot: Shot, box: list[int]) -> float:
    want = tuple(int(STANDARD.safety_soft[i : i + 2], 16) for i in (1, 3, 5))
    x, y, w, h = box
    points = [shot.pixel(i, j) for j in range(y + 4, y + h - 4, 4) for i in range(x, x + w, 8)]
    return sum(distance(p, want) < 24 for p in points) / max(1, len(points))  # type: ignore[arg-type]


def broken_content(folder: Path) -> Path:
    content = folder / "content"
    shutil.copytree(bundled("content"), content)
    for language in ("en", "es"):
        notice = content / language / "safety.md"
        notice.write_text(notice.read_text("utf-8").replace("kind: safety", "kind: safty"), "utf-8")
    return content


def strip_opens_a_notice(kiosk: Kiosk, words: str) -> None:
    state = kiosk.wait(lambda s: s["page"] == "home" and s["settled"], "Home")
    strip = kiosk.control("SafetyStrip", state)
    shot = kiosk.x.still()
    assert_drawn(shot, strip)
    assert amber_share(shot, strip["rect"]) > 0.5, "the amber safety strip is drawn across the screen"
    assert strip["text"].startswith(words), strip["text"]
    tap_control(kiosk, "SafetyStrip")
    state = kiosk.wait(lambda s: s["page"] != "home" and s["settled"], "the safety notice")
    names = {c["name"] for c in state["controls"]}
    assert "SafetyStrip" not in {c["object"] for c in state["controls"]}, "the notice itself is open"
    assert not names & {"Next", "Siguiente"}, "it opens as a page of its own, not as a walkthrough card"


def test_a_broken_safety_md_still_gives_a_strip_and_a_notice(tmp_path: Path) -> None:
    settings = {**STEADY, "content_dir": str(broken_content(tmp_path))}
    with running(1366, 768, tmp_path / "kiosk", settings) as kiosk:
        strip_opens_a_notice(kiosk, "Safety notice: Ask your provider before you choose a treatment.")
        tap_control(kiosk, "LanguageButton")
        state = kiosk.wait(lambda s: s["language"] == "es" and s["settled"], "Spanish")
        if state["page"] != "home":
            tap_control(kiosk, "Inicio")
        strip_opens_a_notice(kiosk, "Aviso de seguridad: Pregunte al profesional que le atiende")
        assert "safety.md:3" in kiosk.log_text(), "the log names the broken file and line for staff"
