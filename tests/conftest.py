"""Shared fixtures: a headless Qt platform and small content packs written on the fly."""

from __future__ import annotations

import os
import random
import textwrap
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.content.check import check_content  # noqa: E402
from kiosk.content.model import Pack  # noqa: E402
from kiosk.core.config import Config  # noqa: E402
from kiosk.core.resources import bundled  # noqa: E402

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from kiosk.ui.window import KioskWindow

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


@pytest.fixture(autouse=True)
def own_cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test starts with no start-up cache (kiosk/core/start_cache.py), as a new kiosk does;
    kiosks it starts in other processes get the same empty folder."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def flush_events() -> None:
    """Deliver what Qt has queued (layout requests, shows, hides, deferred slots) now, without
    waiting for time to pass: what `qtbot.wait(1)` was used for."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):  # a layout can queue another (a resize lays the children out again)
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def time_passes(window: KioskWindow, clock: FakeClock, seconds: int) -> None:
    """``seconds`` pass with no touch, as the window's once-a-second timers see them: the clock
    moves on a second at a time and each timer that is running (the idle watcher's, the staff
    screen's) looks at it, so a stopped timer stays stopped."""
    for _ in range(seconds):
        clock.advance(1)
        if window.door.staff().tick.isActive():
            window.door.staff().poll()
        if window.idle.timer.isActive():
            window.idle.poll()


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


class WindowMaker(Protocol):
    def __call__(
        self,
        packs: Pack | Mapping[str, Pack],
        config: Config | None = None,
        *,
        kiosk_mode: bool = False,
        size: tuple[int, int] = (1280, 800),
        filters: bool = False,
        guard: bool = False,
        fullscreen: bool = False,
        restyle: bool = False,
        **settings: Any,
    ) -> KioskWindow: ...


@pytest.fixture
def make_window(qtbot: QtBot, clock: FakeClock) -> Iterator[WindowMaker]:
    """The one way tests make the kiosk window: shown, exposed, on the test's ``clock``.

    ``config`` defaults to Config(speech_engine="mock", **settings). ``filters`` installs
    the window's idle watcher and staff corner on the application and starts the idle
    timer, as the kiosk does (``guard`` adds the key guard); they are removed and the
    window closed afterwards.
    """
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.input.guard import KeyGuard
    from kiosk.ui.window import KioskWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made: list[KioskWindow] = []
    watchers: list[QObject] = []

    def make(
        packs: Pack | Mapping[str, Pack],
        config: Config | None = None,
        *,
        kiosk_mode: bool = False,
        size: tuple[int, int] = (1280, 800),
        filters: bool = False,
        guard: bool = False,
        fullscreen: bool = False,
        restyle: bool = False,
        **settings: Any,
    ) -> KioskWindow:
        config = config or Config(**{"speech_engine": "mock", **settings})
        window = KioskWindow(packs, config, kiosk_mode=kiosk_mode, clock=clock)
        made.append(window)
        qtbot.addWidget(window)
        new: list[QObject] = [KeyGuard()] if guard else []
        if filters:
            new += [window.idle, window.corner]
        for watcher in new:
            app.installEventFilter(watcher)
        watchers.extend(new)
        window.resize(*size)
        if fullscreen:
            window.showFullScreen()
        else:
            window.show()
        qtbot.waitExposed(window)
        if restyle:
            window.restyle()
        if filters:
            window.idle.start()
        return window

    yield make
    for watcher in watchers:
        app.removeEventFilter(watcher)
    for window in made:
        window.allow_close = True  # so qtbot can close a kiosk-mode window


@pytest.fixture
def bundled_packs(content: Path, assets: Path) -> dict[str, Pack]:
    """The bundled content, every language, as the kiosk loads it."""
    return {lang: result.pack for lang, result in check_content(content, assets).packs.items()}


@pytest.fixture
def assets() -> Path:
    return bundled("assets")


@pytest.fixture
def content() -> Path:
    return bundled("content")


def in_ci() -> bool:
    """Whether this is CI (CI=true, as .ci/run sets it), where every test must run."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def cannot_run(reason: str, what: str) -> NoReturn:
    """Skip the test because of ``reason``; in CI fail it instead, since CI must run ``what``."""
    if in_ci():
        pytest.fail(f"CI must run {what}, but {reason}", pytrace=False)
    pytest.skip(reason)


SEED_VARIABLE = "KIOSK_SEED"


def test_seed() -> int:
    """KIOSK_SEED when set (to replay a failure), else a fresh random seed."""
    given = os.environ.get(SEED_VARIABLE, "").strip()
    return int(given) if given else random.SystemRandom().randrange(1_000_000)


test_seed.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


@pytest.fixture
def rng(request: pytest.FixtureRequest) -> random.Random:
    """The random numbers of a random test: its seed is printed and shown with any failure,
    and ``KIOSK_SEED=<seed>`` replays it."""
    seed = test_seed()
    request.node.kiosk_seed = seed
    print(f"random seed {seed}; replay with {SEED_VARIABLE}={seed}")  # noqa: T201 (shown on failure)
    return random.Random(seed)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    seed = getattr(item, "kiosk_seed", None)
    if seed is None and getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
        seed = item.config.option.hypothesis_seed
    report = outcome.get_result()  # type: ignore[attr-defined]
    if seed is not None and report.failed:
        report.sections.append(("random seed", f"replay with {SEED_VARIABLE}={seed} pytest {item.nodeid}"))


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Hypothesis tests are random too: one seed for the run (KIOSK_SEED, or a fresh one) seeds
    them as --hypothesis-seed does; it is printed in the header and with any failure."""
    from hypothesis import settings

    settings.register_profile("kiosk", print_blob=True)
    settings.load_profile("kiosk")
    if getattr(config.option, "hypothesis_seed", None) is None:
        config.option.hypothesis_seed = test_seed()


def pytest_report_header(config: pytest.Config) -> str:
    seed = config.option.hypothesis_seed
    return f"Hypothesis seed {seed}; replay with {SEED_VARIABLE}={seed}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt as `gui`, so `-m "not gui"` runs the pure core alone."""
    for item in items:
        if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
