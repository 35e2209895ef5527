"""What the kiosk shows from content files is plain words, laid out the same every time,
and read from disk off the GUI thread."""

from __future__ import annotations

import logging
import shutil
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_pack
from kiosk.content.model import Pack
from kiosk.core.startup import load_packs_counted
from kiosk.ui.live_content import ContentWatcher, use_reloaded
from kiosk.ui.views.plain_label import PlainLabel
from kiosk.ui.window import KioskWindow
from tests.conftest import GOOD_PAGES, PackWriter, WindowMaker

HOSTILE = [
    '<img src="{probe}">',
    "<b>bold</b> &amp; <i>more</i>",
    "<a href='https://evil.example'>tap</a>",
    "<table><tr><td>cell</td></tr></table>",
    '<p style="font-size:400px">big</p>',
]


def hostile_pack(pack: Pack, probe: Path, text: str) -> Pack:
    """Every shown header value replaced with markup, as if the check had been skipped."""
    value = text.format(probe=probe)
    pages = tuple(
        replace(
            page,
            title=value,
            summary=value,
            caption=value,
            questions=tuple(
                replace(q, prompt=value, explanation=value) for q in page.questions
            ),
        )
        for page in pack.pages
    )
    return replace(pack, pages=pages)


def labels_showing(window: KioskWindow, value: str) -> list[QLabel]:
    return [label for label in window.findChildren(QLabel) if value in label.text()]


@pytest.mark.parametrize("text", HOSTILE)
def test_header_values_show_as_plain_words_everywhere(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker, assets: Path, tmp_path: Path, text: str
) -> None:
    probe = tmp_path / "probe.png"
    QImage(40, 40, QImage.Format.Format_RGB32).save(str(probe))
    pack = hostile_pack(load_pack(make_pack() / "en", "en", assets).pack, probe, text)
    value = text.format(probe=probe)
    window = make_window(pack, speech_engine="none")
    seen = labels_showing(window, value)
    for page_id in ("hurt", "walkthrough"):
        window.open_page(page_id)
        seen += labels_showing(window, value)
    window.waiting_room.attract().set_pack(pack)
    seen += labels_showing(window, value)
    assert len({id(label) for label in seen}) >= 6, "home, tiles, page, walkthrough card, attract"
    for label in seen:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        assert label.text() == value or value in label.text()
        assert label.pixmap().isNull()


def test_a_plain_label_stays_plain() -> None:
    label = PlainLabel("<b>x</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>x</b>"
    assert PlainLabel().text() == ""


def test_a_page_without_an_illustration_lays_out_the_same_whatever_came_before(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker, assets: Path
) -> None:
    illustrated = GOOD_PAGES["hurt.md"].replace(
        "icon: does-it-hurt", "icon: does-it-hurt\n        illustration: consult"
    )
    pack = load_pack(make_pack({"hurt.md": illustrated}) / "en", "en", assets).pack
    assert pack.page("hurt") is not None and pack.page("hurt").illustration is not None  # type: ignore[union-attr]
    window = make_window(pack, speech_engine="none")
    window.slide.enabled = False
    qtbot.waitUntil(lambda: not window.look.timer.isActive())
    window.restyle()

    def text_box() -> tuple[int, int, int, int]:
        QGuiApplication.processEvents()
        geometry = window.pages.page_view.text.geometry()
        return geometry.x(), geometry.y(), geometry.width(), geometry.height()

    window.open_page("what")
    first = text_box()
    window.session.navigator.home()
    window.open_page("hurt")
    window.session.navigator.home()
    window.open_page("what")
    assert text_box() == first
    assert not window.pages.page_view.illustration.isVisible()


def test_a_missing_screen_falls_back_with_a_log_line(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    from kiosk.ui.platform.screens import pick_screen

    with caplog.at_level(logging.WARNING):
        assert pick_screen(5) is QGuiApplication.primaryScreen()
    assert "screen = 5 in the config, but this computer has 1 screen(s)" in caplog.text
    assert "using the primary screen" in caplog.text


def test_changed_content_is_read_off_the_gui_thread_and_swapped_on_it(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker
) -> None:
    root = make_pack()
    packs, _ = load_packs_counted(root, "en")
    window = make_window(packs, speech_engine="none")
    loaded_on: list[threading.Thread] = []
    swapped_on: list[threading.Thread] = []

    def load() -> tuple[dict[str, Pack], int]:
        loaded_on.append(threading.current_thread())
        return load_packs_counted(root, "en")

    def swap(new: dict[str, Pack], problems: int) -> None:
        swapped_on.append(threading.current_thread())
        use_reloaded(window, new, problems, True)

    watcher = ContentWatcher(root, load, window)
    watcher.reloaded.connect(swap)
    page = root / "en" / "hurt.md"
    page.write_text(page.read_text().replace("Does it hurt?", "Does it sting?"))
    qtbot.waitUntil(lambda: window.pages.home.tiles["hurt"].title_label.text() == "Does it sting?",
                    timeout=3000)
    assert loaded_on and all(thread is not threading.main_thread() for thread in loaded_on)
    assert swapped_on and all(thread is threading.main_thread() for thread in swapped_on)
    assert watcher.wait()


def test_a_loader_that_fails_keeps_the_content_shown(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker, caplog: pytest.LogCaptureFixture
) -> None:
    root = make_pack()
    packs, _ = load_packs_counted(root, "en")
    window = make_window(packs, speech_engine="none")
    calls: list[int] = []

    def load() -> tuple[dict[str, Pack], int]:
        calls.append(1)
        raise OSError("disk gone")

    watcher = ContentWatcher(root, load, window)
    (root / "en" / "hurt.md").write_text(GOOD_PAGES["hurt.md"])
    qtbot.waitUntil(lambda: bool(calls), timeout=3000)
    assert watcher.wait()
    qtbot.waitUntil(lambda: not watcher.loading, timeout=3000)
    assert "hurt" in window.pages.home.tiles
    assert "reloading the content failed" in caplog.text


def test_new_content_without_the_start_language_is_not_taken(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker, caplog: pytest.LogCaptureFixture
) -> None:
    make_pack(language="es")
    root = make_pack()
    packs, _ = load_packs_counted(root, "en")
    window = make_window(packs, kiosk_mode=True, speech_engine="none")
    shutil.rmtree(root / "en")
    new, problems = load_packs_counted(root, "en")
    assert list(new) == ["es"] and problems == 0
    use_reloaded(window, new, problems, windowed=False)
    assert window.session.staged is None
    window.reset_for_next_patient()
    assert window.session.language == "en" and "hurt" in window.pages.home.tiles
    assert "nothing to show in 'en'" in caplog.text


CONTENT_VIEWS = ("views/tile.py", "views/page_view.py", "views/home.py", "views/quiz_view.py",
                 "layers/attract.py", "views/walkthrough.py", "views/picture.py")
"""The widgets that show words from content files."""


@pytest.mark.parametrize("name", CONTENT_VIEWS)
def test_views_of_content_words_make_only_plain_labels(name: str) -> None:
    import re

    source = (Path(__file__).parents[2] / "kiosk" / "ui" / name).read_text("utf-8")
    assert not re.search(r"\bQLabel\(", source), f"{name} makes a QLabel; use PlainLabel for content words"
    assert "RichText" not in source and "AutoText" not in source


MARKUP_PIECES = ["<", ">", "/", "b", "img", "a", "p", " ", "&", "#", "x", "3C", ";", "amp", "lt", "!",
                 "--", "?", "=", '"', "src", "br", "h1", "[", "]", "(", ")", "qt", "table", "!DOCTYPE",
                 "html", "body", "x<b>y", "<br/>", "<p>", "</p>", "<!-- -->", "<?xml?>", "1", "é", "\t"]


@settings(max_examples=3000, deadline=None, print_blob=True)
@given(st.lists(st.sampled_from(MARKUP_PIECES), max_size=10).map("".join))
def test_a_header_value_kiosk_check_lets_through_is_never_rich_text_to_qt(text: str) -> None:
    """Qt's own guess (what a QLabel in AutoText mode would do) is the oracle."""
    from PySide6 import QtGui

    from kiosk.content.header_text import shown_value_problems

    value = text.strip()[:60]
    if not shown_value_problems("title", value):
        assert not QtGui.Qt.mightBeRichText(value), value
