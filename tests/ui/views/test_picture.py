"""A picture's caption: shown under it, never over it, and told to screen readers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from kiosk.content.check import check_content
from kiosk.content.model import Pack
from kiosk.ui.views.page_view import PageView
from kiosk.ui.views.picture import Picture
from tests.conftest import WindowMaker

SQUARE = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
    '<rect width="100" height="100" fill="#FF0000"/></svg>'
)


def _red_rows(image: QImage) -> list[int]:
    """Rows of the grabbed widget that hold the red test square."""
    red = QColor("#FF0000").rgb()
    return [y for y in range(image.height()) if image.pixel(image.width() // 2, y) == red]


def test_caption_sits_under_the_picture_and_is_its_accessible_description(
    qtbot: QtBot, tmp_path: Path
) -> None:
    svg = tmp_path / "square.svg"
    svg.write_text(SQUARE, "utf-8")
    picture = Picture()
    qtbot.addWidget(picture)
    picture.set_path(svg)
    picture.resize(300, 300)
    picture.show()
    qtbot.waitExposed(picture)
    assert _red_rows(picture.grab().toImage())[-1] >= 290, "no caption: the square fills the box"

    picture.set_caption("  A red\nsquare.  ")
    qtbot.waitUntil(lambda: picture.caption.isVisible())
    assert picture.caption.text() == "A red square."
    assert picture.accessibleDescription() == "A red square."
    caption_top = picture.caption.geometry().top()
    assert 0 < picture.caption.geometry().height() <= 150
    assert picture.caption.geometry().bottom() <= picture.height() - 1
    rows = _red_rows(picture.grab().toImage())
    assert rows and rows[-1] < caption_top, "the picture shrinks to make room for its caption"

    picture.set_caption("")
    assert not picture.caption.isVisible()
    assert picture.accessibleDescription() == ""
    assert picture.image_rect().height() == picture.height()


def test_a_page_shows_its_caption_under_its_illustration(
    qtbot: QtBot, content: Path, assets: Path
) -> None:
    packs: dict[str, Pack] = {
        lang: result.pack for lang, result in check_content(content, assets).packs.items()
    }
    for language, pack in packs.items():
        view = PageView(pack)
        qtbot.addWidget(view)
        view.resize(1600, 900)
        view.show()
        for page in pack.pages:
            view.show_page(page, "")
            if page.illustration is None:
                continue
            picture = view.illustration
            assert picture.caption.text() == page.caption, (language, page.id)
            assert picture.caption.isVisibleTo(view), (language, page.id)
            assert picture.accessibleDescription() == page.caption


def test_a_swipe_that_starts_on_a_caption_still_turns_the_card(
    qtbot: QtBot, make_window: WindowMaker, content: Path, assets: Path
) -> None:
    pack = check_content(content, assets).packs["en"].pack
    window = make_window({"en": pack}, size=(1920, 1080))
    window.open_page("step-numbing")
    caption = window.pages.walkthrough.card.illustration.caption
    qtbot.waitUntil(caption.isVisible)
    start = caption.mapTo(window, caption.rect().center())
    end = start + QPoint(-500, 0)
    handle = window.windowHandle()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, end)
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=end)
    assert window.current_id == "step-treatment"
