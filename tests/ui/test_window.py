"""A patient taps through the kiosk: every tile, the walkthrough, links and the safety strip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.content.loader import load_pack
from kiosk.content.model import Pack
from tests.conftest import GOOD_PAGES, PackWriter, WindowMaker


@pytest.fixture
def pack(make_pack: PackWriter, assets: Path) -> Pack:
    result = load_pack(make_pack() / "en", "en", assets)
    assert result.problems == ()
    return result.pack


def tap(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_home_shows_title_welcome_and_a_tile_per_page(
    qtbot: QtBot, pack: Pack, make_window: WindowMaker
) -> None:
    window = make_window(pack)
    assert window.current_id == "home"
    assert window.home.title.text() == "Microneedling"
    assert window.home.welcome.text() == "Welcome."
    assert list(window.home.tiles) == ["what", "hurt", "walkthrough", "safety"]
    tile = window.home.tiles["hurt"]
    assert tile.title_label.text() == "Does it hurt?"
    assert tile.summary_label.text() == "Very little."
    assert tile.icon_view.has_picture
    assert not window.bar.back_button.isVisible()
    assert window.bar.safety_strip.isVisible(), "the safety notice is one tap away on Home too"


def test_every_tile_opens_its_page_and_back_returns_home(
    qtbot: QtBot, pack: Pack, make_window: WindowMaker
) -> None:
    window = make_window(pack)
    for page_id in ("what", "hurt", "safety"):
        with qtbot.waitSignal(window.pageShown) as shown:
            tap(qtbot, window.home.tiles[page_id])
        assert shown.args == [page_id]
        page = pack.page(page_id)
        assert page is not None
        assert window.page_view.title.text() == page.title
        assert window.page_view.text.toPlainText().strip() != ""
        assert window.bar.back_button.isVisible() and window.bar.home_button.isVisible()
        tap(qtbot, window.bar.back_button)
        assert window.current_id == "home"


def test_walkthrough_opens_on_safety_then_steps_then_finish(
    qtbot: QtBot, pack: Pack, make_window: WindowMaker
) -> None:
    window = make_window(pack)
    tap(qtbot, window.home.tiles["walkthrough"])
    assert window.current_id == "safety"
    assert window.walkthrough.step_label.text() == "Before you start"
    assert window.walkthrough.card.title.text() == "Safety notice"
    tap(qtbot, window.bar.next_button)
    assert window.current_id == "step-one"
    assert window.walkthrough.step_label.text() == "Step 1 of 2"
    assert window.walkthrough.dots.current == 0 and window.walkthrough.dots.count == 2
    assert window.bar.next_button.text() == "Next"
    tap(qtbot, window.bar.next_button)
    assert window.walkthrough.step_label.text() == "Step 2 of 2"
    assert window.bar.next_button.text() == "Finish"
    tap(qtbot, window.bar.back_button)
    assert window.current_id == "step-one"
    tap(qtbot, window.bar.next_button)
    tap(qtbot, window.bar.next_button)
    assert window.current_id == "home"
    assert window.navigator.history == []


def swipe(qtbot: QtBot, widget: object, dx: int) -> None:
    assert hasattr(widget, "rect")
    centre = widget.rect().center()  # type: ignore[union-attr]
    end = centre + QPoint(dx, 0)
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_swipe_left_and_right_move_through_the_walkthrough(
    qtbot: QtBot, pack: Pack, make_window: WindowMaker
) -> None:
    window = make_window(pack)
    window.open_page("walkthrough")
    swipe(qtbot, window.walkthrough.card.text.viewport(), -400)
    assert window.current_id == "step-one"
    swipe(qtbot, window.walkthrough.card.text.viewport(), 400)
    assert window.current_id == "safety"
    swipe(qtbot, window.walkthrough.card.text.viewport(), 400)
    assert window.current_id == "safety", "a swipe back on the first card stays put"
    swipe(qtbot, window.walkthrough.card.text.viewport(), -40)
    assert window.current_id == "safety", "a short drag is not a swipe"


def test_safety_strip_is_on_every_content_page_and_opens_the_notice(
    qtbot: QtBot, pack: Pack, make_window: WindowMaker
) -> None:
    window = make_window(pack)
    for page_id in ("what", "hurt", "step-one", "step-two"):
        window.navigator.home()
        window.open_page(page_id)
        assert window.bar.safety_strip.isVisible(), page_id
        assert "Safety notice" in window.bar.safety_strip.text()
        tap(qtbot, window.bar.safety_strip)
        assert window.current_id == "safety"
        assert window.page_view.title.text() == "Safety notice"


def find_link(view: object, href: str) -> QPoint:
    from kiosk.ui.views.text_view import PageText

    assert isinstance(view, PageText)
    port = view.viewport()
    for y in range(0, port.height(), 6):
        for x in range(0, port.width(), 6):
            if view.anchorAt(QPoint(x, y)) == href:
                return QPoint(x, y)
    raise AssertionError(f"no link to {href} on screen")


def test_internal_link_navigates_inside_the_kiosk(qtbot: QtBot, pack: Pack, make_window: WindowMaker) -> None:
    window = make_window(pack)
    window.open_page("what")
    view = window.page_view.text
    point = find_link(view, "page:walkthrough")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.current_id == "safety"
    assert window.navigator.in_walkthrough


def test_text_cannot_be_selected_dragged_or_context_menued(
    qtbot: QtBot, pack: Pack, make_window: WindowMaker
) -> None:
    window = make_window(pack)
    view = window.page_view.text
    assert not view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert not view.acceptDrops() and not window.acceptDrops()
    assert not view.openLinks() and not view.openExternalLinks()


MAGENTA = (255, 0, 255)


def real_png(path: Path, size: tuple[int, int] = (160, 120)) -> Path:
    """A PNG Qt itself wrote (so Qt can read it): solid magenta, a colour no theme uses."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(*MAGENTA))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG")
    return path


def magenta_pixels(widget: object) -> int:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    shot = widget.grab().toImage()
    return sum(
        1
        for y in range(0, shot.height(), 2)
        for x in range(0, shot.width(), 2)
        if QColor(shot.pixel(x, y)).getRgb()[:3] == MAGENTA
    )


def test_an_inline_image_in_a_page_is_shown(
    qtbot: QtBot, make_pack: PackWriter, assets: Path, make_window: WindowMaker
) -> None:
    page = GOOD_PAGES["what.md"] + "\n        ![A magenta card](images/card.png)\n"
    root = make_pack({"what.md": page})
    real_png(root / "en" / "images" / "card.png")
    result = load_pack(root / "en", "en", assets)
    assert result.problems == ()
    window = make_window(result.pack)
    window.open_page("hurt")
    assert magenta_pixels(window.page_view.text.viewport()) == 0
    window.open_page("what")
    qtbot.waitUntil(lambda: magenta_pixels(window.page_view.text.viewport()) > 0)
    # 160x120 sampled every second pixel is 4800; allow for scaling to the text width
    assert magenta_pixels(window.page_view.text.viewport()) >= 1000


def test_text_view_loads_only_images_the_pack_owns(
    qtbot: QtBot, pack: Pack, tmp_path: Path, make_window: WindowMaker
) -> None:
    window = make_window(pack)
    view = window.page_view.text
    secret = real_png(tmp_path / "secret.png")  # readable, so only the view's rule can refuse it
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage, QTextDocument

    assert not QImage(str(secret)).isNull()
    image = QTextDocument.ResourceType.ImageResource.value
    for url in (str(secret), f"file://{secret}", "pack:../secret.png", "http://example.com/a.png"):
        loaded = view.loadResource(image, QUrl(url))
        assert loaded is None or loaded.isNull(), url


def test_keys_that_would_leave_do_nothing_in_kiosk_mode(
    qtbot: QtBot, pack: Pack, make_window: WindowMaker
) -> None:
    window = make_window(pack, kiosk_mode=True, guard=True)
    window.open_page("what")
    for key, mods in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(window, key, mods)
    assert window.close() is False
    assert window.isVisible() and window.current_id == "what"


def test_windowed_mode_closes_normally(qtbot: QtBot, pack: Pack, make_window: WindowMaker) -> None:
    window = make_window(pack, kiosk_mode=False)
    assert window.close() is True


def test_broken_page_is_left_out_and_the_rest_still_runs(
    qtbot: QtBot, make_pack: PackWriter, assets: Path, make_window: WindowMaker
) -> None:
    root = make_pack({"hurt.md": GOOD_PAGES["hurt.md"].replace("title:", "titel:")})
    result = load_pack(root / "en", "en", assets)
    assert any("hurt.md" in str(p) for p in result.problems)
    window = make_window(result.pack)
    assert "hurt" not in window.home.tiles
    tap(qtbot, window.home.tiles["what"])
    assert window.current_id == "what"


def test_pages_slide_in_from_the_side_they_come_from(
    qtbot: QtBot, pack: Pack, make_window: WindowMaker
) -> None:
    window = make_window(pack)
    animation = window.slide.animation
    tap(qtbot, window.home.tiles["what"])
    assert animation.duration() <= 250
    assert animation.startValue().x() > 0 and animation.endValue() == QPoint(0, 0)
    qtbot.waitUntil(lambda: window.page_view.pos() == QPoint(0, 0))
    window.open_page("walkthrough")
    window.navigator.next()
    assert animation.startValue().x() > 0, "next step comes from the right"
    tap(qtbot, window.bar.back_button)
    assert animation.startValue().x() < 0, "going back comes from the left"


def test_ctrl_wheel_does_not_zoom_the_text(qtbot: QtBot, pack: Pack, make_window: WindowMaker) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    window = make_window(pack)
    window.open_page("what")
    view = window.page_view.text
    before = view.font().pointSizeF(), view.document().defaultFont().pointSizeF()
    event = QWheelEvent(QPointF(10, 10), QPointF(10, 10), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)
    assert (view.font().pointSizeF(), view.document().defaultFont().pointSizeF()) == before


def test_finishing_the_walkthrough_is_announced_once(
    qtbot: QtBot, pack: Pack, make_window: WindowMaker
) -> None:
    window = make_window(pack)
    finished: list[bool] = []
    window.walkthroughFinished.connect(lambda: finished.append(True))
    window.open_page("walkthrough")
    for _ in range(len(window.cards)):
        tap(qtbot, window.bar.next_button)
    assert window.current_id == "home" and finished == [True]


def test_a_tile_shows_its_pressed_state_at_once(qtbot: QtBot, pack: Pack, make_window: WindowMaker) -> None:
    window = make_window(pack)
    tile = window.home.tiles["hurt"]
    corner = QPoint(tile.width() - 12, tile.height() // 2)
    before = tile.grab().toImage().pixelColor(corner)
    qtbot.mousePress(tile, Qt.MouseButton.LeftButton, pos=corner)
    assert tile.isDown()
    pressed = tile.grab().toImage().pixelColor(corner)
    qtbot.mouseRelease(tile, Qt.MouseButton.LeftButton, pos=corner)
    assert pressed != before, "the tile looks different while pressed"
