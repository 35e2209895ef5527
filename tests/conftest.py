"""Shared fixtures: a headless Qt platform and small content packs written on the fly."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.resources import bundled  # noqa: E402

GOOD_PAGES: dict[str, str] = {
    "home.md": """
        ---
        id: home
        kind: home
        title: Microneedling
        summary: Welcome.
        ---
        """,
    "what.md": """
        ---
        id: what
        kind: section
        order: 1
        title: What is it?
        summary: The basics.
        icon: what-is
        ---
        Microneedling is a skin treatment. See [the steps](walkthrough).
        """,
    "hurt.md": """
        ---
        id: hurt
        kind: section
        order: 2
        title: Does it hurt?
        summary: Very little.
        icon: does-it-hurt
        ---
        Numbing cream comes first.
        """,
    "walkthrough.md": """
        ---
        id: walkthrough
        kind: walkthrough
        order: 3
        title: Step by step
        summary: What happens.
        icon: walkthrough
        ---
        """,
    "steps/01.md": """
        ---
        id: step-one
        kind: step
        order: 1
        title: First
        summary: Talk first.
        ---
        Talk with a licensed dermatologist.
        """,
    "steps/02.md": """
        ---
        id: step-two
        kind: step
        order: 2
        title: Second
        summary: Cream.
        ---
        Numbing cream goes on.
        """,
    "safety.md": """
        ---
        id: safety
        kind: safety
        order: 9
        title: Safety notice
        summary: Have a licensed dermatologist do it.
        icon: safety
        ---
        This kiosk is for learning only.
        """,
}

PackWriter = Callable[..., Path]


class FakeClock:
    """The one clock for tests: time moves only when the test moves it.

    Called, it gives monotonic seconds (the window, the idle rules and the PIN pad
    take it as ``clock``); ``wall()`` gives the local date and time those seconds
    stand for (usage counts take ``clock.wall``).
    """

    def __init__(self, wall_start: datetime = datetime(2025, 3, 4, 9, 15)) -> None:
        self.now = 0.0
        self._wall_start = wall_start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float = 0, *, minutes: float = 0, hours: float = 0) -> None:
        self.now += seconds + 60 * minutes + 3600 * hours

    def wall(self) -> datetime:
        return self._wall_start + timedelta(seconds=self.now)

    def set_wall(self, when: datetime) -> None:
        """Make ``wall()`` say ``when`` now (monotonic time does not jump)."""
        self._wall_start = when - timedelta(seconds=self.now)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def write_pack(root: Path, pages: dict[str, str | bytes], language: str = "en") -> Path:
    """Write pages (path -> text or bytes) under root/language; return root."""
    for name, body in pages.items():
        path = root / language / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(body, bytes):
            path.write_bytes(body)
        else:
            path.write_text(textwrap.dedent(body).lstrip("\n"), "utf-8")
    return root


@pytest.fixture
def make_pack(tmp_path: Path) -> PackWriter:
    """Write a good pack, with some files changed, added (text) or removed (None)."""

    def make(changes: dict[str, str | bytes | None] | None = None, language: str = "en") -> Path:
        pages: dict[str, str | bytes] = dict(GOOD_PAGES)
        for name, body in (changes or {}).items():
            if body is None:
                pages.pop(name, None)
            else:
                pages[name] = body
        return write_pack(tmp_path / "content", pages, language)

    return make


@pytest.fixture
def assets() -> Path:
    return bundled("assets")


@pytest.fixture
def content() -> Path:
    return bundled("content")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt as `gui`, so `-m "not gui"` runs the pure core alone."""
    for item in items:
        if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
