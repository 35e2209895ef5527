"""Saved content shows in a running window; in kiosk mode only clean packs, at a reset.

How fast it shows is a timing, not asserted here (the watcher waits a moment for an editor
to finish saving)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.core.startup import load_packs_counted
from kiosk.ui.live_content import ContentWatcher, use_reloaded
from kiosk.ui.window import KioskWindow
from tests.conftest import GOOD_PAGES, PackWriter, WindowMaker


def start(make_window: WindowMaker, root: Path, windowed: bool) -> tuple[KioskWindow, ContentWatcher]:
    packs, problems = load_packs_counted(root, "en")
    assert problems == 0
    window = make_window(packs, kiosk_mode=not windowed)
    watcher = ContentWatcher(root, lambda: load_packs_counted(root, "en"), window)
    watcher.reloaded.connect(lambda new, problems: use_reloaded(window, new, problems, windowed))
    return window, watcher


def test_saved_change_shows_without_a_restart_in_a_window(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker
) -> None:
    root = make_pack()
    window, _ = start(make_window, root, windowed=True)
    window.open_page("hurt")
    (root / "en" / "hurt.md").write_text(
        (root / "en" / "hurt.md").read_text().replace("Does it hurt?", "Does it sting?"))
    qtbot.waitUntil(lambda: window.page_view.title.text() == "Does it sting?", timeout=10_000)
    assert window.current_id == "hurt", "the page stays on screen"
    assert window.home.tiles["hurt"].title_label.text() == "Does it sting?"


def test_kiosk_mode_swaps_a_clean_pack_at_the_next_reset(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker
) -> None:
    root = make_pack()
    window, watcher = start(make_window, root, windowed=False)
    page = root / "en" / "what.md"
    page.write_text(page.read_text().replace("What is it?", "What is microneedling?"))
    with qtbot.waitSignal(watcher.reloaded, timeout=10_000):
        pass
    assert window.home.tiles["what"].title_label.text() == "What is it?", "not in front of a patient"
    window.reset_for_next_patient()
    assert window.home.tiles["what"].title_label.text() == "What is microneedling?"


def test_a_broken_pack_never_replaces_the_good_one(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker
) -> None:
    root = make_pack()
    window, watcher = start(make_window, root, windowed=False)
    (root / "en" / "what.md").write_text(GOOD_PAGES["what.md"].replace("title:", "titel:"))
    with qtbot.waitSignal(watcher.reloaded, timeout=10_000) as reloaded:
        pass
    assert reloaded.args is not None and reloaded.args[1] > 0
    window.reset_for_next_patient()
    assert "what" in window.home.tiles and window.staged is None
