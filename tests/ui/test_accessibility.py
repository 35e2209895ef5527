"""Every patient can use it: read aloud, text sizes, contrast, names for screen readers."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.content.model import Pack
from kiosk.ui.platform.speech import Speech
from kiosk.ui.window import KioskWindow
from tests.conftest import WindowMaker, flush_events


@pytest.fixture
def packs(bundled_packs: dict[str, Pack]) -> dict[str, Pack]:
    return bundled_packs


def tap(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_read_aloud_speaks_the_page_pauses_resumes_and_stops_on_navigation(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker
) -> None:
    window = make_window(packs, size=(1920, 1080), restyle=True)
    window.open_page("does-it-hurt")
    read = window.bar.read_button
    assert read.isVisible() and read.text() == "Read aloud"
    assert "Numbing cream comes first" in window.reader.screen_text()
    with qtbot.waitSignal(window.speech.stateChanged, check_params_cb=lambda s: s is Speech.SPEAKING):
        tap(qtbot, read)
    assert window.speech.text.startswith("Does it hurt?")
    assert read.text() == "Pause" and window.bar.repeat_button.isVisible()
    with qtbot.waitSignal(window.speech.stateChanged, check_params_cb=lambda s: s is Speech.PAUSED):
        tap(qtbot, read)
    assert read.text() == "Resume"
    with qtbot.waitSignal(window.speech.stateChanged, check_params_cb=lambda s: s is Speech.SPEAKING):
        tap(qtbot, read)
    with qtbot.waitSignal(window.speech.stateChanged, check_params_cb=lambda s: s is Speech.READY):
        tap(qtbot, window.bar.back_button)
    assert window.current_id == "home"
    assert read.text() == "Read aloud" and not window.bar.repeat_button.isVisible()


@pytest.mark.parametrize(("language", "page_id"), [
    ("en", "what-is-microneedling"), ("en", "step-right-after"), ("es", "step-right-after")])
def test_read_aloud_reads_the_picture_caption_where_it_shows(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker, language: str, page_id: str
) -> None:
    """The words under the picture are read after the summary and before the text beside
    the picture, on a page and on a walkthrough step, in each language."""
    window = make_window(packs, size=(1920, 1080), restyle=True, language=language)
    page = packs[language].page(page_id)
    assert page is not None and page.caption and page.illustration is not None
    window.open_page(page_id)
    with qtbot.waitSignal(window.speech.stateChanged, check_params_cb=lambda s: s is Speech.SPEAKING):
        tap(qtbot, window.bar.read_button)
    spoken = window.speech.text
    first_line = page.text.splitlines()[0]
    assert page.caption in spoken, f"the caption {page.caption!r} is not read"
    assert spoken.index(page.summary) < spoken.index(page.caption) < spoken.index(first_line)


def test_repeat_reads_again_from_the_start(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker
) -> None:
    window = make_window(packs, size=(1920, 1080), restyle=True)
    window.open_page("step-treatment")
    tap(qtbot, window.bar.read_button)
    qtbot.waitUntil(lambda: window.speech.state is Speech.SPEAKING)
    with qtbot.waitSignal(window.speech.stateChanged, check_params_cb=lambda s: s is Speech.SPEAKING):
        tap(qtbot, window.bar.repeat_button)
    assert window.speech.text.startswith("Step 3 of 7\nThe treatment")


def test_without_a_speech_engine_the_button_is_hidden(
    qtbot: QtBot, packs: dict[str, Pack], caplog: pytest.LogCaptureFixture, make_window: WindowMaker
) -> None:
    caplog.set_level(logging.INFO)
    window = make_window(packs, size=(1920, 1080), restyle=True, speech_engine="none")
    assert not window.bar.read_button.isVisible()
    assert "Read aloud is hidden" in caplog.text


def visible_buttons(window: KioskWindow) -> list[QAbstractButton]:
    return [b for b in window.findChildren(QAbstractButton) if b.isVisible()]


@pytest.mark.parametrize("page", ["home", "does-it-hurt", "step-results"])
def test_every_control_has_a_name_and_a_big_target(
    qtbot: QtBot, packs: dict[str, Pack], page: str, make_window: WindowMaker
) -> None:
    window = make_window(packs, size=(1920, 1080), restyle=True)
    window.open_page(page)
    QApplication.processEvents()  # only a flush: the new page's pending layout
    for button in visible_buttons(window):
        name = button.accessibleName() or button.text()
        assert name.strip(), f"{button.objectName()} has no name"
        assert button.height() >= 64 and button.width() >= 64, (name, button.size())
    for button in visible_buttons(window):
        if button.objectName() not in ("SafetyStrip",):
            assert button.accessibleDescription() or button.objectName() in ("SizeButton",) \
                or button.accessibleName(), button.text()


def test_focus_order_follows_the_screen(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker
) -> None:
    window = make_window(packs, size=(1920, 1080), restyle=True)
    tiles = sorted(window.pages.home.tiles.values(), key=lambda t: (t.y(), t.x()))
    assert tiles[0] is window.pages.home.hero
    tiles[0].setFocus()
    order = [tiles[0]]
    for _ in range(len(tiles) - 1):
        window.focusNextChild()
        order.append(window.focusWidget())  # type: ignore[arg-type]
    assert order == tiles


def all_text_fits(window: KioskWindow) -> list[str]:
    """Labels whose words need more height than they were given (cut off)."""
    cut = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        wraps = label.wordWrap()
        needed = label.heightForWidth(label.width()) if wraps else label.sizeHint().height()
        if needed > label.height() + 2 or (not wraps and label.sizeHint().width() > label.width() + 2):
            cut.append(f"{label.objectName()}: {label.text()[:30]!r} needs {needed}, has {label.height()}")
    return cut


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1366, 768)])
@pytest.mark.parametrize("text_size", ["normal", "large", "largest"])
@pytest.mark.parametrize("theme", ["standard", "high-contrast"])
def test_nothing_is_cut_off_at_any_size_theme_or_screen(
    qtbot: QtBot, packs: dict[str, Pack], size: tuple[int, int], text_size: str, theme: str,
    make_window: WindowMaker,
) -> None:
    window = make_window(packs, size=size, restyle=True, text_size=text_size, theme=theme)
    for page in ["home", *[p.id for p in packs["en"].tiles], *window.session.cards]:
        window.session.navigator.home()
        window.open_page(page)
        QApplication.processEvents()  # only a flush: the new page's pending layout
        assert all_text_fits(window) == [], page
        for button in visible_buttons(window):
            assert button.width() >= button.sizeHint().width() - 2 or button.objectName() in (
                "Tile", "HeroTile", "SafetyTile"), (page, button.text())


def test_language_button_switches_every_visible_string(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker
) -> None:
    window = make_window(packs, size=(1920, 1080), restyle=True)
    english = {w.text() for w in window.findChildren(QLabel) if w.isVisible()}
    assert window.bar.language_button.text() == "Español"
    tap(qtbot, window.bar.language_button)
    assert window.session.language == "es"
    assert window.bar.language_button.text() == "English"
    spanish = {w.text() for w in window.findChildren(QLabel) if w.isVisible()}
    assert english.isdisjoint(spanish - {""}), english & spanish
    window.open_page("walkthrough")
    assert window.bar.back_button.text() == "Atrás"
    assert window.pages.walkthrough.step_label.text() == "Antes de empezar"
    window.session.navigator.next()
    assert window.pages.walkthrough.step_label.text() == "Paso 1 de 7"
    assert window.bar.next_button.text() == "Siguiente"


def test_spanish_chosen_on_a_page_or_the_quiz_shows_it_in_spanish(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker
) -> None:
    """The page stays, in Spanish; on the quiz the question and the answer given stay."""
    window = make_window(packs, size=(1920, 1080), restyle=True)
    window.open_page("does-it-hurt")
    tap(qtbot, window.bar.language_button)
    spanish = packs["es"].page("does-it-hurt")
    assert spanish is not None and window.current_id == "does-it-hurt"
    assert window.pages.currentWidget() is window.pages.page_view
    assert window.pages.page_view.text.toPlainText().startswith(spanish.text.split("\n")[0][:20])
    tap(qtbot, window.bar.language_button)
    window.open_page("quiz")
    quiz = window.pages.walkthrough.quiz
    tap(qtbot, quiz.choices[0])
    tap(qtbot, quiz.next_question)
    second = quiz.questions[1]
    tap(qtbot, quiz.choices[second.answer])
    tap(qtbot, window.bar.language_button)
    flush_events()
    assert window.current_id == "quiz" and quiz.isVisible()
    question = packs["es"].page("quiz").questions[1]  # type: ignore[union-attr]
    assert quiz.counter.text() == "Pregunta 2 de 4"
    assert quiz.choices[question.answer].text().startswith(question.choices[question.answer])
    assert quiz.choices[question.answer].property("answer") == "right"
    assert quiz.feedback.text().startswith("¡Sí, así es!") and quiz.next_question.isVisible()
    window.session.home()
    tap(qtbot, window.bar.language_button)
    window.open_page("quiz")
    assert quiz.counter.text() == "Question 1 of 4" and quiz.chosen is None, "opened again: afresh"


def test_quiz_after_the_last_step_gives_kind_feedback_and_counts_nothing_but_answers(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker
) -> None:
    window = make_window(packs, size=(1920, 1080), restyle=True)
    answers: list[tuple[str, bool]] = []
    window.quizAnswered.connect(lambda qid, right: answers.append((qid, right)))
    window.open_page("step-key-points")
    assert window.bar.next_button.text() == "Finish"
    assert window.pages.walkthrough.quiz_offer.isVisible()
    tap(qtbot, window.pages.walkthrough.quiz_offer)
    quiz = window.pages.walkthrough.quiz
    flush_events()  # the tapped offer hides itself and the quiz takes its place
    assert window.current_id == "quiz" and quiz.isVisible()
    assert window.pages.walkthrough.step_label.text() == "Check what you learned"
    assert quiz.counter.text() == "Question 1 of 4"
    question = quiz.questions[0]
    wrong = next(n for n in range(len(question.choices)) if n != question.answer)
    tap(qtbot, quiz.choices[wrong])
    assert quiz.feedback.text().startswith("Not quite. The answer is: About 15 minutes.")
    assert quiz.choices[question.answer].property("answer") == "right"
    tap(qtbot, quiz.choices[question.answer])
    assert answers == [("quiz-q1", False)], "one answer per question"
    tap(qtbot, quiz.next_question)
    second = quiz.questions[1]
    tap(qtbot, quiz.choices[second.answer])
    assert quiz.feedback.text().startswith("Yes, that's right!")
    assert answers[-1] == ("quiz-q2", True)
    tap(qtbot, window.bar.next_button)
    assert window.current_id == "home"


def test_checklist_sits_beside_the_walkthrough_as_a_numbered_list(
    qtbot: QtBot, packs: dict[str, Pack], make_window: WindowMaker
) -> None:
    window = make_window(packs, size=(1920, 1080), restyle=True)
    hero, checklist = window.pages.home.hero, window.pages.home.tiles["questions"]
    assert hero is not None and checklist.y() == hero.y() and checklist.x() > hero.x()
    window.open_page("questions")
    text = window.pages.page_view.text.toPlainText()
    assert "\u2610" not in text, "no tick boxes that look tappable and do nothing"
    assert "are they licensed?" in text
    document = window.pages.page_view.text.document()
    numbered = [document.findBlockByNumber(n).textList() for n in range(document.blockCount())]
    page = packs["en"].page("questions")
    assert page is not None
    assert sum(1 for lst in numbered if lst is not None) == page.html.count("<li>")
