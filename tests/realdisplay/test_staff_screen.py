"""The staff screen on a real X display, opened with real input: the corner hold and the PIN
on the pad. It shows today's real counts from the usage file, is drawn where the kiosk puts
it, gives the patient screen back pixel for pixel, and its Exit ends the kiosk with code 0."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from kiosk.core.stats import UsageCounts
from kiosk.core.theme import STANDARD
from tests.realdisplay.screen import tap_control, unlock
from tests.realdisplay.xserver import ROOT, centre, running

SETTINGS = {"idle_timeout_s": 3600, "attract_after_s": 0, "speech_engine": "none"}


def run_kiosk_showing_chart_title(argv: list[str]) -> int:
    """The kiosk as ``kiosk`` starts it, its probe also writing the title of the staff
    screen's page-views chart (the probe writes only buttons, and the counts are drawn)."""
    from kiosk.app import main
    from kiosk.ui.input.probe import Probe

    plain = Probe.state

    def state(self: Probe) -> dict[str, Any]:
        found = plain(self)
        found["views"] = self.window.door.staff().usage.views_chart.chart_.title()  # type: ignore[attr-defined]
        return found

    Probe.state = state  # type: ignore[method-assign]
    return main(argv)


WRAPPER = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
           "from tests.realdisplay.test_staff_screen import run_kiosk_showing_chart_title as run; "
           "sys.exit(run(sys.argv[1:]))"]


def test_staff_screen_on_a_real_display_with_real_touch(tmp_path: Path, staff_pin: tuple[str, str]) -> None:
    pin, hashed = staff_pin
    with UsageCounts(tmp_path / "data" / "kiosk" / "usage.sqlite3") as counts:  # real counts, today
        for _ in range(5):
            counts.page_view("what-is-microneedling", "en")
    with running(1280, 800, tmp_path, {**SETTINGS, "staff_pin_hash": hashed}, WRAPPER) as kiosk:
        before = kiosk.settled()
        assert len(before.colours()) > 2, "the patient screen is drawn, not blank"
        state = unlock(kiosk, pin)
        assert state["views"] == "Pages viewed: 5 (today 5)", "the real counts of today"
        staff = kiosk.settled()
        back = kiosk.control("Back to patients", state)
        x, y = centre(back["rect"])
        red, green, blue = staff.pixel(x - back["rect"][2] * 2 // 5, y)
        assert f"#{red:02x}{green:02x}{blue:02x}" == STANDARD.primary.lower(), "Back is on screen"
        assert staff.data != before.data
        tap_control(kiosk, "Back to patients")
        kiosk.wait(lambda s: "staff" not in s["layers"], "the staff screen closes")
        after = kiosk.settled()
        assert after.data == before.data, "the patient screen comes back exactly as it was"
        unlock(kiosk, pin)
        tap_control(kiosk, "StaffExit")
        assert kiosk.process is not None
        assert kiosk.process.wait(15) == 0, f"a staff exit is a normal exit\n{kiosk.log_text()}"
