"""The real-display tier: the kiosk itself, on Xvfb, driven through the X server.

Each screen size gets two kiosk processes, reused by the tests of that size: ``steady`` (no
idle layers to get in the way) and ``idle_kiosk`` (idle times at their minimum of 5 s). Where
Xvfb or python-xlib is missing the tier skips, with the reason; with CI=true it fails instead.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.content.loader import load_pack
from kiosk.core.resources import bundled
from tests.conftest import cannot_run
from tests.realdisplay.screen import back_home
from tests.realdisplay.xserver import SIZES, Kiosk, missing, running

STEADY = {"idle_timeout_s": 3600, "attract_after_s": 0, "staff_pin_hash": ""}
IDLE = {"idle_timeout_s": 5, "idle_warning_s": 5, "attract_after_s": 5}
IDS = [f"{w}x{h}" for w, h in SIZES]


@pytest.fixture(scope="session", autouse=True)
def _real_display() -> None:
    reason = missing()
    if reason is None:
        return
    cannot_run(f"real-display tier skipped: {reason}", "the real-display tier")


@pytest.fixture(scope="session")
def staff_pin() -> tuple[str, str]:
    from kiosk.core.pin import hash_pin

    return "2468", hash_pin("2468")


@pytest.fixture(scope="session", params=SIZES, ids=IDS)
def steady(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
           staff_pin: tuple[str, str]) -> Iterator[Kiosk]:
    width, height = request.param
    folder = tmp_path_factory.mktemp(f"steady-{width}x{height}")
    with running(width, height, folder, {**STEADY, "staff_pin_hash": staff_pin[1]}) as kiosk:
        yield kiosk


@pytest.fixture(scope="session", params=SIZES, ids=IDS)
def idle_kiosk(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
               ) -> Iterator[Kiosk]:
    width, height = request.param
    folder = tmp_path_factory.mktemp(f"idle-{width}x{height}")
    with running(width, height, folder, IDLE) as kiosk:
        yield kiosk


@pytest.fixture
def kiosk(steady: Kiosk) -> Kiosk:
    """The steady kiosk of this size, on Home with nothing open."""
    back_home(steady)
    return steady


@pytest.fixture(scope="session")
def home_tiles() -> list[str]:
    """The page ids Home must offer, from the bundled English content."""
    pack = load_pack(bundled("content") / "en", "en", bundled("assets")).pack
    return [page.id for page in pack.tiles]
