"""The staff screen behind the PIN: it opens on the right PIN, shows the counts and the
content's status, its buttons do what they say, and after a minute untouched it gives the
patient screens back exactly as they were."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import main
from kiosk.core.config import Config
from kiosk.core.pin import hash_pin
from kiosk.core.startup import load_packs_counted
from kiosk.core.stats import UsageCounts
from kiosk.ui.platform.speech import Speech
from kiosk.ui.staff_sources import staff_sources
from kiosk.ui.views.staff_screen import STAFF_TIMEOUT_S
from kiosk.ui.window import KioskWindow
from tests.conftest import PackWriter
from tests.ui.test_waiting_room import FakeClock

TODAY = date(2026, 11, 25)
CONFIG = Config(idle_timeout_s=5, idle_warning_s=5, attract_after_s=0, speech_engine="mock",
                staff_pin_hash=hash_pin("2468"))


@pytest.fixture
def content(make_pack: PackWriter) -> Path:
    root = make_pack()
    make_pack(language="es")
    return root


@pytest.fixture
def stats_file(tmp_path: Path) -> Path:
    return tmp_path / "usage.sqlite3"


@pytest.fixture
def kiosk(qtbot: QtBot, qapp: QApplication, content: Path, stats_file: Path) -> Iterator[
        tuple[KioskWindow, FakeClock]]:
    clock = FakeClock()
    packs, _ = load_packs_counted(content, "en")
    window = KioskWindow(packs, CONFIG, kiosk_mode=True, clock=clock)
    window.staff.sources = staff_sources(window, content, stats_file,
                                         lambda: load_packs_counted(content, "en"), today=lambda: TODAY)
    window.staff.today = lambda: TODAY
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.slide.enabled = False
    qapp.installEventFilter(window.idle)
    window.idle.start()
    window.allow_close = True  # let qtbot close it at the end
    yield window, clock
    qapp.removeEventFilter(window.idle)
    window.staff.dismiss()


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def unlock(qtbot: QtBot, window: KioskWindow) -> None:
    window.open_staff_exit()
    assert window.pin_pad.isVisible()
    for key in "2468K":
        tap(qtbot, window.pin_pad.keys[key])


def untouched_for(window: KioskWindow, clock: FakeClock, seconds: int) -> None:
    """Time passes as the screen's once-a-second timer sees it (the idle timer too, when running)."""
    for _ in range(seconds):
        clock.now += 1
        if window.staff.tick.isActive():
            window.staff.poll()
        if window.idle.timer.isActive():
            window.idle.poll()


def looks(window: KioskWindow) -> QImage:
    QApplication.processEvents()
    return window.grab().toImage()


def test_right_pin_opens_the_staff_screen_over_the_page(
    qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock]
) -> None:
    window, _ = kiosk
    tap(qtbot, window.home.tiles["hurt"])
    unlock(qtbot, window)
    assert window.staff.isVisible() and not window.pin_pad.isVisible()
    assert window.staff.geometry() == window.rect(), "it covers the whole window"
    assert window.current_id == "hurt", "the patient's page waits underneath"
    assert window.staff.back_button.height() >= window.sizes.target * 0.9, "big buttons"


def test_after_a_minute_untouched_the_patient_screens_come_back_exactly(
    qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock]
) -> None:
    window, clock = kiosk
    window.set_language("es")
    tap(qtbot, window.home.tiles["walkthrough"])
    tap(qtbot, window.bar.next_button)
    tap(qtbot, window.bar.size_buttons["large"])
    tap(qtbot, window.bar.contrast_button)
    assert window.text_size == "large" and window.palette_.name == "high-contrast"
    assert window.current_id == "step-one"
    state = (window.current_id, window.language, window.text_size, window.palette_.name,
             window.walkthrough.step_label.text(), list(window.navigator.history))
    before = looks(window)
    unlock(qtbot, window)
    assert window.staff.back_button.text() == "Volver a los pacientes", "in the kiosk's language"
    assert not window.idle.timer.isActive(), "no idle reset while staff look"
    untouched_for(window, clock, STAFF_TIMEOUT_S - 1)
    assert window.staff.isVisible() and not window.still_reading.isVisible()
    untouched_for(window, clock, 1)
    assert not window.staff.isVisible()
    assert (window.current_id, window.language, window.text_size, window.palette_.name,
            window.walkthrough.step_label.text(), list(window.navigator.history)) == state
    assert looks(window) == before, "the screen is pixel for pixel what the patient left"
    assert window.idle.timer.isActive(), "the patient idle timer runs again"


def test_a_touch_keeps_it_open_another_minute(qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock]) -> None:
    window, clock = kiosk
    unlock(qtbot, window)
    untouched_for(window, clock, 50)
    tap(qtbot, window.staff.period_buttons[30])
    untouched_for(window, clock, 50)
    assert window.staff.isVisible()
    untouched_for(window, clock, 11)
    assert not window.staff.isVisible()


def test_back_to_patients_and_exit_kiosk(qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock]) -> None:
    window, _ = kiosk
    tap(qtbot, window.home.tiles["what"])
    unlock(qtbot, window)
    exits: list[bool] = []
    window.staffExit.connect(lambda: exits.append(True))
    tap(qtbot, window.staff.back_button)
    assert not window.staff.isVisible() and window.current_id == "what" and exits == []
    unlock(qtbot, window)
    with qtbot.waitSignal(window.staffExit):
        tap(qtbot, window.staff.exit_button)


def test_charts_show_the_counts_of_the_last_7_and_30_days(
    qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock], stats_file: Path
) -> None:
    window, _ = kiosk
    with UsageCounts(stats_file, clock=lambda: datetime(2026, 11, 23, 9)) as counts:
        for _ in range(4):
            counts.page_view("what", "en")
    with UsageCounts(stats_file, clock=lambda: datetime(2026, 10, 30, 9)) as counts:
        counts.page_view("what", "es")  # 27 days ago: in the month, not the week
    live = UsageCounts(stats_file, clock=lambda: datetime(2026, 11, 25, 15))
    for _ in range(3):
        live.page_view("hurt", "en")
    live.page_view("hurt", "es")
    live.walkthrough_completed("es")
    live.quiz_answer("q1", True, "en")
    live.quiz_answer("q1", True, "en")
    live.quiz_answer("q1", False, "en")
    window.staff.sources = staff_sources(window, window.packs["en"].root.parent, stats_file,
                                         lambda: ({}, 0), counts=live, today=lambda: TODAY)
    unlock(qtbot, window)  # counts of the last minute are written first, so they show
    staff = window.staff
    assert staff.views_chart.values == [("Pages viewed", [0, 0, 0, 0, 4, 0, 4])]
    assert staff.views_chart.chart_.title() == "Pages viewed: 8 (today 4)"
    assert staff.views_chart.categories[-1] == "Wed 25" and len(staff.views_chart.categories) == 7
    assert staff.walks_chart.values == [("Walkthroughs finished", [0, 0, 0, 0, 0, 0, 1])]
    assert staff.quiz_chart.categories == ["en/q1"], "an id no quiz has is shown as it is"
    assert staff.quiz_chart.values == [("Right", [2]), ("Wrong", [1])]
    assert staff.languages_chart.categories == ["English", "Español"]
    assert staff.languages_chart.values == [("Pages viewed", [7, 1])]
    tap(qtbot, staff.period_buttons[30])
    shown = [label for label in staff.views_chart.categories if label.isprintable() and label.strip()]
    assert shown == ["Oct 28", "Nov 4", "11", "18", "25"]
    assert len(staff.views_chart.categories) == 30
    assert staff.views_chart.chart_.title() == "Pages viewed: 9 (today 4)"
    assert staff.period_buttons[30].isChecked() and not staff.period_buttons[7].isChecked()
    live.close()


def test_reload_content_now_takes_a_clean_pack_and_says_why_not_a_broken_one(
    qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock], content: Path
) -> None:
    window, _ = kiosk
    unlock(qtbot, window)
    assert "kiosk check: no problems" in window.staff.status_text.text()
    hurt = content / "en" / "hurt.md"
    hurt.write_text(hurt.read_text().replace("title: Does it hurt?", "title: Will it hurt?"))
    tap(qtbot, window.staff.reload_button)
    assert window.staff.action_text.text().startswith("Reloaded")
    page = window.packs["en"].page("hurt")
    assert page is not None and page.title == "Will it hurt?"
    hurt.write_text(hurt.read_text().replace("Numbing cream comes first.", "See [this](javascript:x)."))
    tap(qtbot, window.staff.reload_button)
    assert window.staff.action_text.text().startswith("Not reloaded")
    status = window.staff.status_text.text()
    assert "hurt.md" in status and "javascript" in status and "Update refused" in status
    page = window.packs["en"].page("hurt")
    assert page is not None and "Numbing cream" in page.text, "the kiosk keeps what it showed"


def test_test_read_aloud_speaks_and_leaves_the_patients_repeat_alone(
    qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock]
) -> None:
    window, _ = kiosk
    window.speech.text = "Does it hurt?"
    unlock(qtbot, window)
    with qtbot.waitSignal(window.speech.stateChanged, check_params_cb=lambda s: s is Speech.SPEAKING):
        tap(qtbot, window.staff.read_button)
    assert "test sentence" in window.staff.action_text.text()
    assert window.speech.text == "Does it hurt?"
    tap(qtbot, window.staff.back_button)
    qtbot.waitUntil(lambda: window.speech.state is not Speech.SPEAKING)


def test_snapshot_renders_the_staff_screen_with_current_counts(
    qtbot: QtBot, content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    from kiosk.core.stats import default_stats_path

    with UsageCounts(default_stats_path()) as counts:
        for _ in range(12):
            counts.page_view("what", "en")
    out = tmp_path / "shots"
    assert main(["snapshot", "--content", str(content), "--out", str(out), "--page", "staff",
                 "--page", "home"]) == 0
    staff, home = QImage(str(out / "staff.png")), QImage(str(out / "home.png"))
    assert (staff.width(), staff.height()) == (1920, 1080)
    assert staff != home
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)]
    assert any(w.staff.views_chart.chart_.title().startswith("Pages viewed: 12 ") for w in windows)


# -- the real-screen tier: the real kiosk on an X server, driven by real X input ------------

REAL_TOOLS = ("Xvfb", "xdotool", "import")
WATCHED = {"pin-2": ("pin_pad", "2"), "pin-4": ("pin_pad", "4"), "pin-6": ("pin_pad", "6"),
           "pin-8": ("pin_pad", "8"), "pin-K": ("pin_pad", "K"), "back": ("staff", "back_button"),
           "exit": ("staff", "exit_button")}


def run_real_kiosk(config: str, report: str) -> int:
    """The kiosk as `kiosk` starts it (run_window), plus a timer that writes where its
    buttons are on the screen, so the test can press them with the X server's own input."""
    import json
    import os
    import sys

    from kiosk.app import main as kiosk_main
    from kiosk.ui.platform.timers import named_timer

    app = QApplication(sys.argv[:1])

    def where() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)]
        if not windows or not windows[0].isVisible():
            return
        window = windows[0]
        found: dict[str, object] = {"staff": window.staff.isVisible(), "pin": window.pin_pad.isVisible(),
                                    "views": window.staff.views_chart.chart_.title()}
        for name, (layer, key) in WATCHED.items():
            widget = window.pin_pad.keys[key] if layer == "pin_pad" else getattr(window.staff, key)
            if widget.isVisible():
                centre = widget.mapToGlobal(widget.rect().center())
                found[name] = [centre.x(), centre.y(), widget.width(), widget.height()]
        with open(report + ".new", "w") as file:
            json.dump(found, file)
        os.replace(report + ".new", report)

    named_timer(app, "report-geometry", 100, where).start()
    return kiosk_main(["--config", config])


class RealScreen:
    def __init__(self, display: str, report: Path, process: object) -> None:
        self.display, self.report, self.process = display, report, process

    def state(self) -> dict[str, object]:
        import json

        try:
            return dict(json.loads(self.report.read_text()))
        except (OSError, ValueError):
            return {}

    def wait(self, qtbot: QtBot, what: str, timeout: int = 15000) -> dict[str, object]:
        qtbot.waitUntil(lambda: bool(self.state().get(what)), timeout=timeout)
        return self.state()

    def xdotool(self, *args: str) -> None:
        import subprocess

        subprocess.run(["xdotool", *args], env={"DISPLAY": self.display, "PATH": "/usr/bin:/bin"},
                       check=True, timeout=10)

    def unlock(self, qtbot: QtBot) -> None:
        """The staff gesture (hold the top-left corner until the PIN pad opens), then the PIN."""
        self.xdotool("mousemove", "5", "5", "mousedown", "1")
        try:
            self.wait(qtbot, "pin-K", timeout=10000)
        finally:
            self.xdotool("mouseup", "1")
        for key in "2468K":
            self.tap(f"pin-{key}")

    def tap(self, name: str) -> None:
        x, y, *_ = self.state()[name]  # type: ignore[misc]
        self.xdotool("mousemove", str(x), str(y), "click", "1")

    def shot(self, path: Path) -> QImage:
        import subprocess

        subprocess.run(["import", "-window", "root", "-display", self.display, str(path)], check=True,
                       timeout=20)
        return QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)

    def settled(self, qtbot: QtBot, path: Path) -> QImage:
        """The screen once it has finished drawing: two shots in a row the same, not blank."""
        shots: list[QImage] = []

        def same_twice() -> bool:
            shots.append(self.shot(path))
            last = shots[-1]
            drawn = len({last.pixel(x, y) for x in range(0, last.width(), 97)
                         for y in range(0, last.height(), 89)})
            return len(shots) > 1 and shots[-2] == last and drawn > 2

        qtbot.waitUntil(same_twice, timeout=20000)
        return shots[-1]


@pytest.fixture
def real_screen(tmp_path: Path) -> Iterator[RealScreen]:
    import os
    import shutil
    import subprocess
    import sys

    missing = [tool for tool in REAL_TOOLS if shutil.which(tool) is None]
    if missing:
        reason = f"the real-screen test needs {', '.join(missing)} (apt-get install xvfb xdotool imagemagick)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    home = tmp_path / "home"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CONFIG_HOME": str(home / "config")}
    stats = home / "data" / "kiosk" / "usage.sqlite3"
    with UsageCounts(stats) as counts:  # real counts, today
        for _ in range(5):
            counts.page_view("what-is-microneedling", "en")
    config = tmp_path / "kiosk.toml"
    config.write_text(f'staff_pin_hash = "{hash_pin("2468")}"\nspeech_engine = "none"\n')
    report = tmp_path / "where.json"
    kiosk = subprocess.Popen(
        [sys.executable, "-c", "import sys; from tests.ui.views.test_staff_screen import run_real_kiosk; "
         f"sys.exit(run_real_kiosk({str(config)!r}, {str(report)!r}))"],
        env=env, cwd=Path(__file__).resolve().parents[3], stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    try:
        yield RealScreen(display, report, kiosk)
    finally:
        if kiosk.poll() is None:
            kiosk.terminate()
            kiosk.wait(10)
        xvfb.terminate()
        xvfb.wait(10)


def test_staff_screen_on_a_real_display_with_real_touch(qtbot: QtBot, real_screen: RealScreen,
                                                         tmp_path: Path) -> None:
    from kiosk.core.theme import STANDARD

    screen = real_screen
    qtbot.waitUntil(lambda: "staff" in screen.state(), timeout=20000)
    before = screen.settled(qtbot, tmp_path / "before.png")
    screen.unlock(qtbot)
    state = screen.wait(qtbot, "back")
    assert state["views"] == "Pages viewed: 5 (today 5)", "the real counts of today"
    staff = screen.settled(qtbot, tmp_path / "staff.png")
    x, y, width, _ = state["back"]  # type: ignore[misc]
    assert staff.pixelColor(x - width * 2 // 5, y).name() == STANDARD.primary.lower(), "Back is on screen"
    assert staff != before
    screen.tap("back")
    qtbot.waitUntil(lambda: screen.state().get("staff") is False)
    after = screen.settled(qtbot, tmp_path / "after.png")
    assert after == before, "the patient screen comes back exactly as it was"
    screen.unlock(qtbot)
    screen.wait(qtbot, "exit")
    screen.tap("exit")
    qtbot.waitUntil(lambda: screen.process.poll() is not None, timeout=10000)  # type: ignore[attr-defined]
    assert screen.process.returncode == 0  # type: ignore[attr-defined]
