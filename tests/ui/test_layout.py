"""What a patient would notice about the layout: nothing under the safety strip or off
screen, controls that stay put, scrolling that says so, feedback beyond colour."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.content.check import check_content
from kiosk.content.model import Pack
from kiosk.ui.input.staff_gesture import CornerHold
from kiosk.ui.views.bar_slots import Groups, fits_one_row, place
from kiosk.ui.views.scrolling import scroll_cue
from kiosk.ui.window import KioskWindow
from tests.conftest import WindowMaker, flush_events

SCREENS = [(1920, 1080), (1080, 1920), (1366, 768), (1280, 800)]
URL = "https://clinic.example.org/learn"


@pytest.fixture(scope="module")
def packs(content: Path, assets: Path) -> dict[str, Pack]:
    report = check_content(content, assets)
    return {lang: result.pack for lang, result in report.packs.items()}


@pytest.fixture(scope="module")
def content() -> Path:
    from kiosk.core.resources import bundled

    return bundled("content")


@pytest.fixture(scope="module")
def assets() -> Path:
    from kiosk.core.resources import bundled

    return bundled("assets")


def make(make_window: WindowMaker, packs: dict[str, Pack], size: tuple[int, int] = (1920, 1080),
         **settings: object) -> KioskWindow:
    window = make_window(packs, size=size, restyle=True, take_home_url=URL, **settings)
    window.slide.enabled = False
    return window


def on_window(widget: QWidget, window: KioskWindow) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def strip_top(window: KioskWindow) -> int:
    strip = window.bar.safety_strip
    return on_window(strip, window).top() if strip.isVisible() else on_window(window.bar, window).top()


def show(qtbot: QtBot, window: KioskWindow, page: str) -> None:
    window.session.navigator.home()
    window.open_page(page)
    flush_events()


@pytest.mark.parametrize("size", SCREENS)
@pytest.mark.parametrize("text_size", ["normal", "largest"])
def test_next_question_lies_above_the_safety_strip(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack], size: tuple[int, int], text_size: str
) -> None:
    window = make(make_window, packs, size, text_size=text_size)
    show(qtbot, window, "quiz")
    quiz = window.pages.walkthrough.quiz
    quiz.choose(1)
    flush_events()
    button = on_window(quiz.next_question, window)
    assert quiz.next_question.isVisible()
    assert button.bottom() < strip_top(window), (button, strip_top(window))
    assert button.top() >= 0 and button.right() <= window.width()


def fill(button: QWidget) -> str:
    """The colour a button is filled with, read from what it draws (inside its border)."""
    image = button.grab().toImage()
    return image.pixelColor(image.width() // 2, max(6, image.height() // 8)).name().upper()


@pytest.mark.parametrize("theme", ["standard", "high-contrast"])
def test_one_thing_looks_like_the_next_step_in_the_quiz(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack], theme: str
) -> None:
    """Questions left: "Next question" is filled, the bar's Finish outlined; after the last
    answer Finish is filled and "Start again" outlined. Never two filled at once: the right
    answer is tinted, not filled like the way on."""
    window = make(make_window, packs, theme=theme)
    primary, surface = window.session.palette.primary, window.session.palette.surface
    show(qtbot, window, "quiz")
    quiz, finish = window.pages.walkthrough.quiz, window.bar.next_button
    assert fill(finish) == surface, "before an answer the answers are the next step"
    for number in range(len(quiz.questions)):
        quiz.choose(quiz.questions[number].answer)
        flush_events()
        last = number == len(quiz.questions) - 1
        assert (fill(quiz.next_question), fill(finish)) == (
            (surface, primary) if last else (primary, surface)), f"question {number + 1}"
        right = quiz.choices[quiz.questions[number].answer]
        assert fill(right) == window.session.palette.right_soft, "the right answer is a tint, not a way on"
        if not last:
            quiz.advance()
    window.open_page("step-key-points")
    assert fill(finish) == primary, "on a step Finish is the way on again"


def test_answer_buttons_keep_their_width_when_the_page_starts_to_scroll(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack]
) -> None:
    window = make(make_window, packs, (1366, 768), text_size="largest")
    show(qtbot, window, "quiz")
    quiz = window.pages.walkthrough.quiz
    before = [b.width() for b in quiz.choices if b.isVisible()]
    quiz.choose(0)
    flush_events()
    assert [b.width() for b in quiz.choices if b.isVisible()] == before


def test_right_and_wrong_show_a_tick_a_cross_and_words(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack]
) -> None:
    window = make(make_window, packs)
    show(qtbot, window, "quiz")
    quiz = window.pages.walkthrough.quiz
    question = quiz.questions[0]
    wrong = next(n for n in range(len(question.choices)) if n != question.answer)
    before = quiz.choices[wrong].icon().pixmap(32).toImage()
    quiz.choose(wrong)
    right_button, wrong_button = quiz.choices[question.answer], quiz.choices[wrong]
    assert "right answer" in right_button.text() and "your answer" in wrong_button.text()
    assert right_button.icon().pixmap(32).toImage() != wrong_button.icon().pixmap(32).toImage()
    assert wrong_button.icon().pixmap(32).toImage() != before, "a cross appears"
    assert wrong_button.property("answer") == "wrong"
    sheet = window.styleSheet()
    assert f"border-color: {window.session.palette.wrong}" in sheet
    wrong_rule = sheet[sheet.index('[answer="wrong"]'):].split("}")[0]
    palette = window.session.palette
    assert palette.safety not in wrong_rule and palette.safety_soft not in wrong_rule


@pytest.mark.parametrize("size", SCREENS)
def test_bar_controls_keep_their_place_from_screen_to_screen(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack], size: tuple[int, int]
) -> None:
    window = make(make_window, packs, size)
    bar = window.bar
    controls = [bar.back_button, bar.home_button, bar.read_button, bar.contrast_button,
                bar.language_button, bar.next_button, *bar.size_buttons.values()]
    places: dict[int, list[QRect]] = {}
    for page in ["home", "does-it-hurt", "questions", "step-treatment", "step-results", "quiz"]:
        show(qtbot, window, page)
        for number, control in enumerate(controls):
            places.setdefault(number, []).append(on_window(control, window))
        assert bar.language_button.isVisible(), f"language button on {page}"
        for control in controls:
            if control.isVisible():
                box = on_window(control, window)
                assert box.left() >= 0 and box.right() < window.width(), (page, control.text())
                assert box.bottom() < window.height(), (page, control.text())
    xs = {number: {box.x() for box in boxes} for number, boxes in places.items()}
    assert [controls[n].accessibleName() or controls[n].text()
            for n, seen in xs.items() if len(seen) > 1] == []


@pytest.mark.parametrize("size", SCREENS)
@pytest.mark.parametrize("text_size", ["normal", "largest"])
def test_bar_is_one_or_two_tidy_rows_with_room_at_the_edge(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack], size: tuple[int, int], text_size: str
) -> None:
    window = make(make_window, packs, size, text_size=text_size)
    show(qtbot, window, "step-treatment")
    bar = window.bar
    shown = [b for b in bar.findChildren(QAbstractButton) if b.isVisible()]
    rows = {on_window(b, window).top() for b in shown}
    assert len(rows) == (2 if size[1] > size[0] else 1) or len(rows) <= 2
    lowest = max(on_window(b, window).bottom() for b in shown)
    assert window.height() - lowest >= window.sizes.pad * 0.9, "room between the controls and the edge"
    boxes = sorted((on_window(b, window) for b in shown), key=lambda r: (r.top(), r.left()))
    for first, second in zip(boxes, boxes[1:], strict=False):
        assert not first.intersects(second), (first, second)
    assert bar.size_label.text().split() == ["Text", "size"] and bar.size_label.isVisible()


def test_slots_are_worked_out_from_widths_alone() -> None:
    groups = Groups([100, 100], [200, 300], [150, 120])
    one = place(groups, 0, 1800, 20, 1)
    assert [s.x for s in one[:2]] == [0, 120]
    assert one[-1].x + one[-1].width == 1800, "Next ends at the right edge"
    middle = (one[2].x + one[3].x + one[3].width) / 2
    assert abs(middle - (220 + 40 + (1800 - 290 - 40)) / 2) <= 1
    two = place(groups, 0, 700, 20, 2)
    assert {s.row for s in two[2:4]} == {0} and {s.row for s in two[:2] + two[4:]} == {1}
    assert fits_one_row(groups, 1800, 20) and not fits_one_row(groups, 1000, 20)


@pytest.mark.parametrize("size", SCREENS)
@pytest.mark.parametrize("text_size", ["normal", "largest"])
def test_safety_notice_is_one_tap_away_from_every_screen(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack], size: tuple[int, int], text_size: str
) -> None:
    window = make(make_window, packs, size, text_size=text_size)
    for page in ["home", "does-it-hurt", "questions", "walkthrough", "step-results", "quiz"]:
        show(qtbot, window, page)
        if window.current_id == "safety":
            continue
        strip = window.bar.safety_strip
        box = on_window(strip, window)
        assert strip.isVisible() and box.bottom() < window.height(), page
        assert box.height() >= window.sizes.target * 0.9, page
    show(qtbot, window, "home")
    qtbot.mouseClick(window.bar.safety_strip, Qt.MouseButton.LeftButton)
    assert window.current_id == "safety"


@pytest.mark.parametrize("size", SCREENS)
@pytest.mark.parametrize("text_size", ["normal", "largest"])
@pytest.mark.parametrize("theme", ["standard", "high-contrast"])
def test_take_home_caption_sits_below_the_code_on_balanced_lines(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack], size: tuple[int, int],
    text_size: str, theme: str
) -> None:
    window = make(make_window, packs, size, text_size=text_size, theme=theme)
    for page in ["does-it-hurt", "step-treatment"]:
        show(qtbot, window, page)
        in_walkthrough = window.session.navigator.in_walkthrough
        view = window.pages.walkthrough.card if in_walkthrough else window.pages.page_view
        block = view.take_home
        assert block.isVisible()
        code, caption = on_window(block.code, window), on_window(block.caption, window)
        assert caption.top() > code.bottom(), (page, code, caption)
        lines = block.caption.text().split("\n")
        assert all(len(line.split()) > 1 for line in lines), lines
        metrics = QFontMetrics(block.caption.font())
        assert all(metrics.horizontalAdvance(line) <= caption.width() for line in lines)
        assert on_window(block, window).bottom() < strip_top(window)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 800)])
def test_the_whole_checklist_shows_at_the_default_size(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack], size: tuple[int, int]
) -> None:
    window = make(make_window, packs, size)
    show(qtbot, window, "questions")
    text = window.pages.page_view.text
    assert text.verticalScrollBar().maximum() == 0, "the last question is below the fold"
    assert on_window(text, window).bottom() < strip_top(window)


def test_a_long_page_shows_that_it_scrolls_until_its_end(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack]
) -> None:
    window = make(make_window, packs, (1366, 768), text_size="largest")
    show(qtbot, window, "does-it-hurt")
    text = window.pages.page_view.text
    cue = scroll_cue(text)
    assert cue is not None and text.verticalScrollBar().maximum() > 0
    assert cue.fade.isVisible() and cue.more.isVisible() and cue.more.text() == "More below"
    assert on_window(cue.more, window).bottom() < strip_top(window)
    assert cue.more.geometry().top() > text.viewport().geometry().bottom(), "the cue covers text"
    before = text.verticalScrollBar().value()
    cue.more.setVisible(True)
    text.verticalScrollBar().setValue(before)
    cue.scroll_on()
    qtbot.waitUntil(lambda: text.verticalScrollBar().value() > before)
    text.verticalScrollBar().setValue(text.verticalScrollBar().maximum())
    assert not cue.fade.isVisible() and not cue.more.isVisible(), "the end is in view"


def test_short_pages_show_no_scroll_cue(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack]
) -> None:
    window = make(make_window, packs)
    show(qtbot, window, "step-treatment")
    cue = scroll_cue(window.pages.walkthrough.card.text)
    assert cue is not None and not cue.more.isVisible()


def test_no_focus_ring_after_a_touch_but_one_after_tab(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack]
) -> None:
    window = make(make_window, packs)
    show(qtbot, window, "does-it-hurt")
    qtbot.mouseClick(window.bar.contrast_button, Qt.MouseButton.LeftButton)
    assert not window.bar.contrast_button.hasFocus()
    assert window.property("keyboard") is False
    tile_free = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
    assert all(b.focusPolicy() != Qt.FocusPolicy.StrongFocus for b in tile_free)
    qtbot.keyClick(window, Qt.Key.Key_Tab)
    assert window.property("keyboard") is True
    qtbot.mouseClick(window.bar.contrast_button, Qt.MouseButton.LeftButton)
    assert window.property("keyboard") is False


def test_a_swipe_over_an_answer_does_not_mark_it(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack]
) -> None:
    window = make(make_window, packs)
    show(qtbot, window, "quiz")
    quiz = window.pages.walkthrough.quiz
    choice = quiz.choices[1]
    start = choice.rect().center()
    qtbot.mousePress(choice, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(choice, start + QPoint(-200, 0))
    qtbot.mouseRelease(choice, Qt.MouseButton.LeftButton, pos=start + QPoint(-400, 0))
    assert quiz.chosen is None
    assert not any(b.hasFocus() or b.isDown() for b in quiz.choices)
    assert all(b.property("answer") in ("", None) for b in quiz.choices)


def test_portrait_home_tiles_all_stack_the_same_way(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack]
) -> None:
    window = make(make_window, packs, (1080, 1920))
    assert {tile.stacked for tile in window.pages.home.tiles.values()} == {True}
    window.resize(1920, 1080)
    window.restyle()
    assert {tile.stacked for tile in window.pages.home.tiles.values()} == {False}


@pytest.mark.parametrize("language", ["en", "es"])
def test_stacked_tile_titles_line_up_along_a_row(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack], language: str
) -> None:
    """Icons above the words: every title of a row starts at the same height, right under
    its icon (not centred in what room a taller neighbour leaves)."""
    window = make(make_window, packs, (1080, 1920), language=language)
    flush_events()
    rows: dict[int, set[int]] = {}
    for tile in window.pages.home.tiles.values():
        title = on_window(tile.title_label, window)
        icon = on_window(tile.icon_view, window)
        assert 0 <= title.top() - icon.bottom() <= icon.height(), (tile.page_id, title, icon)
        rows.setdefault(on_window(tile, window).top(), set()).add(title.top())
    assert all(len(tops) == 1 for tops in rows.values()), rows


def test_steps_show_their_own_number_and_the_walkthrough_opens_with_its_intro(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack]
) -> None:
    window = make(make_window, packs)
    show(qtbot, window, "walkthrough")
    walk = packs["en"].walkthrough
    assert walk is not None
    assert window.pages.walkthrough.intro.isVisible()
    assert window.pages.walkthrough.intro.text() == walk.text.strip()
    numbers = []
    for step in packs["en"].steps:
        show(qtbot, window, step.id)
        card = window.pages.walkthrough.card
        assert card.number.isVisible() and not card.icon.isVisible()
        assert not window.pages.walkthrough.intro.isVisible()
        numbers.append(card.number.text())
    assert numbers == [str(n) for n in range(1, len(packs["en"].steps) + 1)]
    show(qtbot, window, "does-it-hurt")
    assert not window.pages.page_view.number.isVisible() and window.pages.page_view.icon.isVisible()


def test_holding_the_staff_corner_fills_a_ring(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack]
) -> None:
    window = make(make_window, packs)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(window.corner)
    try:
        corner: CornerHold = window.corner
        window.corner.timer.setInterval(400)
        qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        assert corner.ring.isVisible()
        ring = on_window(corner.ring, window)
        assert ring.left() >= 0 and ring.top() >= 0 and ring.width() >= 64 * 0.9
        qtbot.waitUntil(lambda: corner.ring.progress > 0.2)
        qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        assert not corner.ring.isVisible() and corner.progress == 0.0
    finally:
        app.removeEventFilter(window.corner)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 800)])
def test_quiz_feedback_shows_whole_and_nothing_is_cut_at_the_top(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack], size: tuple[int, int]
) -> None:
    window = make(make_window, packs, size, text_size="largest")
    show(qtbot, window, "quiz")
    quiz = window.pages.walkthrough.quiz
    quiz.choose(0)
    qtbot.waitUntil(lambda: not quiz._reveal.isActive())
    flush_events()
    viewport = quiz.area.viewport()
    feedback = QRect(quiz.feedback.mapTo(viewport, QPoint(0, 0)), quiz.feedback.size())
    assert viewport.rect().contains(feedback), (feedback, viewport.rect())
    for block in (quiz.title, quiz.counter, quiz.prompt):
        box = QRect(block.mapTo(viewport, QPoint(0, 0)), block.size())
        assert box.bottom() < 0 or box.top() >= 0, f"{block.text()!r} is cut at the top"


@pytest.mark.parametrize("size", SCREENS)
def test_home_tile_titles_wrap_between_words_and_never_cut_one(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack], size: tuple[int, int]
) -> None:
    window = make(make_window, packs, size, text_size="largest")
    flush_events()
    for tile in window.pages.home.tiles.values():
        for label in (tile.title_label, tile.summary_label):
            metrics = QFontMetrics(label.font())
            widest = max(metrics.horizontalAdvance(word) for word in label.text().split())
            room = label.contentsRect()
            assert widest <= room.width(), f"{label.text()!r} is cut at the side ({widest} > {room.width()})"
            assert room.height() >= label.heightForWidth(label.width()) - 1, f"{label.text()!r} is cut below"
            assert tile.rect().contains(QRect(label.mapTo(tile, QPoint(0, 0)), label.size()))


def test_the_staff_ring_does_not_hide_the_home_title(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack]
) -> None:
    for size in SCREENS:
        window = make(make_window, packs, size, text_size="largest")
        ring = on_window(window.corner.ring, window)
        home = window.pages.home
        home.apply_metrics(window.sizes, size[1] > size[0])
        title_left = home._layout.contentsMargins().left()  # where the Home title's words start
        assert ring.right() < title_left, (size, ring, title_left)
        assert ring.width() >= 40, "still plainly visible"


def test_staff_chart_titles_wrap_instead_of_being_cut(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack]
) -> None:
    window = make(make_window, packs, (1080, 1920), text_size="largest")
    staff = window.door.staff()
    staff.setGeometry(window.rect())
    staff.show()
    staff.show_period(7)
    flush_events()
    usage = staff.usage
    for chart in (usage.views_chart, usage.walks_chart, usage.quiz_chart, usage.languages_chart):
        lines = chart.title_lines()
        metrics = QFontMetrics(chart.chart_.titleFont())
        assert " ".join(lines) == " ".join(chart.title_words.split()), "no word is lost"
        for line in lines:
            assert metrics.horizontalAdvance(line) < chart.width(), (line, chart.width())
        assert chart.chart_.title().count("<br>") == len(lines) - 1
    staff.hide()


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 800)])
def test_each_question_and_a_reopened_quiz_start_at_their_first_line(
    qtbot: QtBot, make_window: WindowMaker, packs: dict[str, Pack], size: tuple[int, int]
) -> None:
    window = make(make_window, packs, size, text_size="largest")
    quiz = window.pages.walkthrough.quiz
    for again in range(2):
        show(qtbot, window, "quiz")
        for _ in range(len(quiz.questions)):
            viewport = quiz.area.viewport()
            first = QRect(quiz.title.mapTo(viewport, QPoint(0, 0)), quiz.title.size())
            assert first.top() >= 0, f"the first line is cut at the top ({first}, visit {again + 1})"
            quiz.choose(0)
            qtbot.waitUntil(lambda: not quiz._reveal.isActive())
            quiz.advance()
            flush_events()
