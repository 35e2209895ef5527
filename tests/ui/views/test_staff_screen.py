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
from tests.conftest import FakeClock, PackWriter, WindowMaker, time_passes

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
def kiosk(make_window: WindowMaker, clock: FakeClock, content: Path, stats_file: Path) -> Iterator[
        tuple[KioskWindow, FakeClock]]:
    packs, _ = load_packs_counted(content, "en")
    window = make_window(packs, CONFIG, kiosk_mode=True, filters=True)
    window.door.staff().sources = staff_sources(window, content, stats_file,
                                         lambda: load_packs_counted(content, "en"), today=lambda: TODAY)
    window.door.staff().today = lambda: TODAY
    window.slide.enabled = False
    yield window, clock
    window.door.staff().dismiss()


def tap(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def unlock(qtbot: QtBot, window: KioskWindow) -> None:
    window.door.open()
    assert window.door.pin_pad().isVisible()
    for key in "2468K":
        tap(qtbot, window.door.pin_pad().keys[key])


def looks(window: KioskWindow) -> QImage:
    QApplication.processEvents()
    return window.grab().toImage()


def test_right_pin_opens_the_staff_screen_over_the_page(
    qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock]
) -> None:
    window, _ = kiosk
    tap(qtbot, window.pages.home.tiles["hurt"])
    unlock(qtbot, window)
    assert window.door.staff().isVisible() and not window.door.pin_pad().isVisible()
    assert window.door.staff().geometry() == window.rect(), "it covers the whole window"
    assert window.current_id == "hurt", "the patient's page waits underneath"
    assert window.door.staff().back_button.height() >= window.sizes.target * 0.9, "big buttons"


def test_after_a_minute_untouched_the_patient_screens_come_back_exactly(
    qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock]
) -> None:
    window, clock = kiosk
    window.set_language("es")
    tap(qtbot, window.pages.home.tiles["walkthrough"])
    tap(qtbot, window.bar.next_button)
    tap(qtbot, window.bar.size_buttons["large"])
    tap(qtbot, window.bar.contrast_button)
    assert window.session.text_size == "large" and window.session.palette.name == "high-contrast"
    assert window.current_id == "step-one"
    session = window.session
    state = (window.current_id, session.language, session.text_size, session.palette.name,
             window.pages.walkthrough.step_label.text(), list(session.navigator.history))
    before = looks(window)
    unlock(qtbot, window)
    assert window.door.staff().back_button.text() == "Volver a los pacientes", "in the kiosk's language"
    assert not window.idle.timer.isActive(), "no idle reset while staff look"
    time_passes(window, clock, STAFF_TIMEOUT_S - 1)
    assert window.door.staff().isVisible() and not window.waiting_room.still_reading().isVisible()
    time_passes(window, clock, 1)
    assert not window.door.staff().isVisible()
    assert (window.current_id, window.session.language, window.session.text_size, window.session.palette.name,
            window.pages.walkthrough.step_label.text(), list(window.session.navigator.history)) == state
    assert looks(window) == before, "the screen is pixel for pixel what the patient left"
    assert window.idle.timer.isActive(), "the patient idle timer runs again"


def test_a_touch_keeps_it_open_another_minute(qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock]) -> None:
    window, clock = kiosk
    unlock(qtbot, window)
    time_passes(window, clock, 50)
    tap(qtbot, window.door.staff().usage.period_buttons[30])
    time_passes(window, clock, 50)
    assert window.door.staff().isVisible()
    time_passes(window, clock, 11)
    assert not window.door.staff().isVisible()


def test_back_to_patients_and_exit_kiosk(qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock]) -> None:
    window, _ = kiosk
    tap(qtbot, window.pages.home.tiles["what"])
    unlock(qtbot, window)
    exits: list[bool] = []
    window.staffExit.connect(lambda: exits.append(True))
    tap(qtbot, window.door.staff().back_button)
    assert not window.door.staff().isVisible() and window.current_id == "what" and exits == []
    unlock(qtbot, window)
    with qtbot.waitSignal(window.staffExit):
        tap(qtbot, window.door.staff().exit_button)


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
    window.door.staff().sources = staff_sources(window, window.session.packs["en"].root.parent, stats_file,
                                         lambda: ({}, 0), counts=live, today=lambda: TODAY)
    unlock(qtbot, window)  # counts of the last minute are written first, so they show
    staff = window.door.staff()
    assert staff.usage.views_chart.values == [("Pages viewed", [0, 0, 0, 0, 4, 0, 4])]
    assert staff.usage.views_chart.chart_.title() == "Pages viewed: 8 (today 4)"
    assert staff.usage.views_chart.categories[-1] == "Wed 25" and len(staff.usage.views_chart.categories) == 7
    assert staff.usage.walks_chart.values == [("Walkthroughs finished", [0, 0, 0, 0, 0, 0, 1])]
    assert staff.usage.quiz_chart.categories == ["en/q1"], "an id no quiz has is shown as it is"
    assert staff.usage.quiz_chart.values == [("Right", [2]), ("Wrong", [1])]
    assert staff.usage.languages_chart.categories == ["English", "Español"]
    assert staff.usage.languages_chart.values == [("Pages viewed", [7, 1])]
    tap(qtbot, staff.usage.period_buttons[30])
    shown = [label for label in staff.usage.views_chart.categories if label.isprintable() and label.strip()]
    assert shown == ["Oct 28", "Nov 4", "11", "18", "25"]
    assert len(staff.usage.views_chart.categories) == 30
    assert staff.usage.views_chart.chart_.title() == "Pages viewed: 9 (today 4)"
    assert staff.usage.period_buttons[30].isChecked() and not staff.usage.period_buttons[7].isChecked()
    live.close()


def test_reload_content_now_takes_a_clean_pack_and_says_why_not_a_broken_one(
    qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock], content: Path
) -> None:
    window, _ = kiosk
    unlock(qtbot, window)
    assert "kiosk check: no problems" in window.door.staff().status_text.text()
    hurt = content / "en" / "hurt.md"
    hurt.write_text(hurt.read_text().replace("title: Does it hurt?", "title: Will it hurt?"))
    tap(qtbot, window.door.staff().reload_button)
    assert window.door.staff().action_text.text().startswith("Reloaded")
    page = window.session.packs["en"].page("hurt")
    assert page is not None and page.title == "Will it hurt?"
    hurt.write_text(hurt.read_text().replace("Numbing cream comes first.", "See [this](javascript:x)."))
    tap(qtbot, window.door.staff().reload_button)
    assert window.door.staff().action_text.text().startswith("Not reloaded")
    status = window.door.staff().status_text.text()
    assert "hurt.md" in status and "javascript" in status and "Update refused" in status
    page = window.session.packs["en"].page("hurt")
    assert page is not None and "Numbing cream" in page.text, "the kiosk keeps what it showed"


def test_test_read_aloud_speaks_and_leaves_the_patients_repeat_alone(
    qtbot: QtBot, kiosk: tuple[KioskWindow, FakeClock]
) -> None:
    window, _ = kiosk
    window.speech.text = "Does it hurt?"
    unlock(qtbot, window)
    with qtbot.waitSignal(window.speech.stateChanged, check_params_cb=lambda s: s is Speech.SPEAKING):
        tap(qtbot, window.door.staff().read_button)
    assert "test sentence" in window.door.staff().action_text.text()
    assert window.speech.text == "Does it hurt?"
    tap(qtbot, window.door.staff().back_button)
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
    titles = [w.door.staff().usage.views_chart.chart_.title() for w in windows]
    assert any(title.startswith("Pages viewed: 12 ") for title in titles)
