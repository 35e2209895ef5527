"""One patient's visit, without a display: where Back and Next go, what a reset restores,
when new content shows, and what the walkthrough's cards say."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.content.check import check_content
from kiosk.content.model import Kind, Pack
from kiosk.core.config import Config
from kiosk.core.navigation import HOME, Location
from kiosk.core.session import Change, Reload, Session, Stage, walkthrough_cards
from tests.conftest import GOOD_PAGES, PackWriter, write_pack


@pytest.fixture
def packs(bundled_packs: dict[str, Pack]) -> dict[str, Pack]:
    assert {"en", "es"} <= set(bundled_packs)
    return bundled_packs


def pack_of(root: Path, assets: Path, language: str = "en") -> Pack:
    return check_content(root, assets).packs[language].pack


def step_ids(pack: Pack) -> list[str]:
    """The steps' ids in the order of their files (01-..., 02-...), read from the folder."""
    return [p.id for p in sorted(pack.steps, key=lambda p: p.source.name)]


def test_the_walkthrough_is_safety_then_every_step_in_order_then_the_quiz(packs: dict[str, Pack]) -> None:
    for pack in packs.values():
        assert pack.safety is not None and pack.quiz is not None
        cards = walkthrough_cards(pack)
        assert cards == (pack.safety.id, *step_ids(pack), pack.quiz.id)


def test_no_quiz_card_without_steps(packs: dict[str, Pack]) -> None:
    pack = packs["en"]
    no_steps = replace(pack, pages=tuple(p for p in pack.pages if p.kind is not Kind.STEP))
    assert no_steps.quiz is not None and no_steps.safety is not None
    assert walkthrough_cards(no_steps) == (no_steps.safety.id,)


def test_cards_are_labelled_before_step_n_of_m_and_after(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    steps = len(step_ids(session.pack))
    labels = [(c.stage, c.number, c.steps) for c in map(session.card, range(len(session.cards)))]
    assert labels == ([(Stage.BEFORE, 0, steps)]
                      + [(Stage.STEP, n, steps) for n in range(1, steps + 1)]
                      + [(Stage.AFTER, 0, steps)])
    assert [session.card(i).step_index for i in range(len(session.cards))] == [-1, *range(steps), steps]
    assert [session.card(i).page.id for i in range(len(session.cards))] == list(session.cards)


def test_back_on_the_first_walkthrough_card_goes_back_not_to_the_last_card(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    session.open("what-is-microneedling")
    session.open("walkthrough")
    assert session.current_id == session.cards[0]
    session.back()
    assert session.current_id == "what-is-microneedling"
    session.back()
    assert session.current_id == HOME


def test_a_swipe_back_on_the_first_card_stays_there(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    session.open("walkthrough")
    session.swipe_back()
    assert session.current_id == session.cards[0]
    session.next_card()
    session.swipe_back()
    assert session.current_id == session.cards[0]


def test_next_walks_every_step_then_finish_goes_home_and_offers_the_quiz_on_the_way(
        packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    session.open("walkthrough")
    seen = [session.current_id]
    offered = [session.quiz_offered]
    finished = False
    while not finished:
        finished = session.next_card()
        seen.append(session.current_id)
        offered.append(session.quiz_offered)
    assert seen == [*session.cards[:-1], HOME]  # the quiz only when asked for
    assert offered == [False] * (len(seen) - 2) + [True, False]  # on the last step only


def test_the_quiz_opens_from_the_last_step_and_is_not_offered_again(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    session.open(step_ids(session.pack)[-1])
    assert session.quiz_offered
    session.open_quiz()
    assert session.current_id == session.cards[-1]
    assert session.current_card is not None and session.current_card.stage is Stage.AFTER
    assert not session.quiz_offered
    assert session.next_card() is True and session.on_home


def test_an_unknown_page_keeps_the_patient_where_they_are(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    session.open("does-it-hurt")
    assert session.open("no-such-page") is False
    assert session.current_id == "does-it-hurt"


def test_a_reset_restores_the_configured_language_text_size_and_theme(packs: dict[str, Pack]) -> None:
    config = Config(language="es", text_size="large", theme="high-contrast")
    session = Session(packs, config)
    assert session.is_pristine()
    session.set_language("en")
    session.set_text_size("largest")
    session.set_theme("standard")
    session.open("does-it-hurt")
    session.open("walkthrough")
    session.reset()
    assert (session.language, session.text_size, session.theme) == ("es", "large", "high-contrast")
    assert session.pack is packs["es"]
    assert session.on_home and session.navigator.history == []
    assert session.is_pristine()


@pytest.mark.parametrize("change", ["language", "text_size", "theme", "place"])
def test_any_one_change_makes_the_visit_not_pristine(packs: dict[str, Pack], change: str) -> None:
    session = Session(packs, Config(language="en"))
    {"language": lambda: session.set_language("es"),
     "text_size": lambda: session.set_text_size("large"),
     "theme": lambda: session.set_theme("high-contrast"),
     "place": lambda: session.open("does-it-hurt")}[change]()
    assert not session.is_pristine()
    session.reset()
    assert session.is_pristine()


def test_a_language_missing_from_the_packs_falls_back_to_one_that_is_there(packs: dict[str, Pack]) -> None:
    session = Session({"es": packs["es"]}, Config(language="en"))
    assert session.language == "es" and session.config.language == "es"
    assert session.set_language("en") is False and session.language == "es"


def test_new_content_waits_for_the_reset(packs: dict[str, Pack], make_pack: PackWriter,
                                         assets: Path) -> None:
    session = Session(packs, Config(language="en"))
    session.open("does-it-hurt")
    new = {"en": pack_of(make_pack(), assets)}
    assert session.offer_reloaded(new, 0, at_once=False) is Reload.STAGED
    assert session.pack is packs["en"] and session.current_id == "does-it-hurt"
    assert session.staged == new
    session.set_language("es")
    assert session.pack is packs["es"]  # the patient still sees what was there
    session.reset()
    assert session.pack is new["en"] and session.packs == new and session.staged is None
    assert session.on_home


def test_content_with_problems_is_refused_in_kiosk_mode_and_says_why(
        packs: dict[str, Pack], make_pack: PackWriter, assets: Path) -> None:
    session = Session(packs, Config(language="en"))
    new = {"en": pack_of(make_pack(), assets)}
    assert session.offer_reloaded(new, 2, at_once=False) is Reload.REFUSED
    assert session.refused_update == "the changed content has 2 problem(s)"
    assert session.staged is None
    session.reset()
    assert session.pack is packs["en"]
    assert session.offer_reloaded(new, 0, at_once=False) is Reload.STAGED
    assert session.refused_update == ""


def test_content_without_the_start_language_or_any_page_is_refused(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    assert session.offer_reloaded({}, 0, at_once=True) is Reload.REFUSED
    assert session.refused_update == "the changed content has no page to show"
    assert session.offer_reloaded({"es": packs["es"]}, 0, at_once=True) is Reload.REFUSED
    assert session.packs == packs and session.staged is None


def test_at_the_front_desk_new_content_shows_at_once_on_the_same_page(
        make_pack: PackWriter, assets: Path, tmp_path: Path) -> None:
    session = Session({"en": pack_of(make_pack(), assets)}, Config(language="en"))
    session.open("hurt")
    changed = dict(GOOD_PAGES, **{"hurt.md": GOOD_PAGES["hurt.md"].replace("Does it hurt?", "Pain?")})
    new = {"en": pack_of(write_pack(tmp_path / "new", changed), assets)}
    assert session.offer_reloaded(new, 3, at_once=True) is Reload.SHOW_NOW
    assert session.pack is not new["en"], "the window shows it, with replace_packs"
    changes: list[Change] = []
    session.subscribe(changes.append)
    assert session.replace_packs(new)
    assert changes == [Change.CONTENT] and session.on_home
    session.go_back_to("hurt")
    assert session.pack is new["en"] and session.current_id == "hurt"
    page = session.showing
    assert page is not None and page.title == "Pain?"


def test_new_content_without_the_page_shown_goes_home(make_pack: PackWriter, assets: Path,
                                                      tmp_path: Path) -> None:
    session = Session({"en": pack_of(make_pack(), assets)}, Config(language="en"))
    session.open("hurt")
    without = {name: body for name, body in GOOD_PAGES.items() if name != "hurt.md"}
    session.replace_packs({"en": pack_of(write_pack(tmp_path / "new", without), assets)})
    session.go_back_to("hurt")
    assert session.on_home


def test_listeners_hear_each_change_once_and_nothing_when_nothing_changes(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    changes: list[Change] = []
    session.subscribe(changes.append)
    session.set_text_size("normal")
    session.set_theme("standard")
    session.set_language("en")
    session.set_text_size("no-such-size")
    assert changes == []
    session.set_text_size("large")
    session.set_theme("high-contrast")
    session.set_language("es")
    assert changes == [Change.LOOK, Change.LOOK, Change.LANGUAGE | Change.CONTENT]
    changes.clear()
    session.reset()
    assert changes == [Change.LOOK | Change.LANGUAGE | Change.CONTENT]
    changes.clear()
    session.reset()
    assert changes == []


def test_choosing_a_language_keeps_the_page_in_the_new_words(packs: dict[str, Pack]) -> None:
    """A patient reading a page who picks Spanish reads the same page in Spanish; Back
    still goes where it went, now in Spanish too; nothing slides (no move is announced)."""
    session = Session(packs, Config(language="en"))
    session.open("what-is-microneedling")
    session.open("does-it-hurt")
    moves: list[Location] = []
    changes: list[Change] = []
    session.on_move(lambda _old, new, _forward: moves.append(new))
    session.subscribe(changes.append)
    assert session.set_language("es")
    spanish = packs["es"].page("does-it-hurt")
    assert session.pack is packs["es"] and session.showing is spanish and spanish is not None
    assert spanish.title != packs["en"].page("does-it-hurt").title  # type: ignore[union-attr]
    assert moves == [] and changes == [Change.LANGUAGE | Change.CONTENT]
    session.back()
    assert session.showing is packs["es"].page("what-is-microneedling")
    session.back()
    assert session.on_home


@pytest.mark.parametrize("card", ["safety", "step-healing", "quiz"])
def test_choosing_a_language_keeps_the_walkthrough_card(packs: dict[str, Pack], card: str) -> None:
    """The safety card stays the walkthrough's first card (not the safety page of its own),
    a step keeps its number, the quiz stays the quiz; Next goes on in the new language."""
    session = Session(packs, Config(language="en"))
    session.open("walkthrough")  # the safety card first
    if card != "safety":
        session.open(card)
    before = session.current_card
    assert before is not None
    session.set_language("es")
    after = session.current_card
    assert after is not None and after.page is packs["es"].page(card)
    assert (after.stage, after.number, after.steps) == (before.stage, before.number, before.steps)
    if card != "quiz":
        session.next_card()
        assert session.current_card is not None and session.current_card.number == before.number + 1
        assert session.current_card.page.source.is_relative_to(packs["es"].root)


def test_choosing_a_language_without_the_page_goes_home(packs: dict[str, Pack]) -> None:
    lacking = replace(packs["es"], pages=tuple(p for p in packs["es"].pages
                                               if p.id not in ("does-it-hurt", "step-healing")))
    for page_id in ("does-it-hurt", "step-healing"):
        session = Session({"en": packs["en"], "es": lacking}, Config(language="en"))
        session.open("is-it-safe")
        session.open(page_id)
        session.set_language("es")
        assert session.on_home and session.navigator.history == [] and session.pack is lacking


def test_the_way_back_skips_pages_the_new_language_lacks(packs: dict[str, Pack]) -> None:
    lacking = replace(packs["es"], pages=tuple(p for p in packs["es"].pages if p.id != "is-it-safe"))
    session = Session({"en": packs["en"], "es": lacking}, Config(language="en"))
    for page_id in ("does-it-hurt", "is-it-safe", "does-it-hurt", "questions"):
        session.open(page_id)
    session.set_language("es")
    assert session.current_id == "questions"
    assert [place.page for place in session.navigator.history] == [HOME, "does-it-hurt"]
    session.set_language("en")
    session.back()
    assert session.current_id == "does-it-hurt" and session.language == "en"
    session.open("is-it-safe")
    session.open("does-it-hurt")
    session.set_language("es")  # way back: Home, does-it-hurt, (is-it-safe): nothing twice
    assert [place.page for place in session.navigator.history] == [HOME]


def test_moves_say_whether_they_go_forward(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    moves: list[tuple[str, str, bool]] = []
    session.on_move(lambda old, new, forward: moves.append((old.page, new.page, forward)))
    session.open("does-it-hurt")
    session.open("walkthrough")
    session.next_card()
    session.back()
    session.back()
    session.home()
    assert moves == [
        (HOME, "does-it-hurt", True),
        ("does-it-hurt", "walkthrough", True),
        ("walkthrough", "walkthrough", True),
        ("walkthrough", "walkthrough", False),
        ("walkthrough", "does-it-hurt", False),
        ("does-it-hurt", HOME, False),
    ]


def test_read_aloud_reads_the_screen_in_order(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    pack = session.pack
    home = session.screen_text()
    assert pack.home is not None and home.startswith(pack.home.title)
    for tile in pack.tiles:
        assert f"{tile.title}. {tile.summary}" in home
    session.open(step_ids(pack)[0])
    card = session.showing
    assert card is not None and card.kind is Kind.STEP
    assert session.screen_text("Step 1 of 7").split("\n")[:2] == ["Step 1 of 7", card.title]
    session.open("does-it-hurt")
    assert session.screen_text("ignored").split("\n")[0] == pack.page("does-it-hurt").title  # type: ignore[union-attr]


def test_a_picture_caption_is_read_after_the_summary_only_when_the_picture_shows(
    packs: dict[str, Pack],
) -> None:
    session = Session(packs, Config(language="en"))
    session.open("does-it-hurt")
    page = session.showing
    assert page is not None and page.caption and page.illustration is not None
    shown = [page.title, page.summary, page.caption, page.text]
    assert session.screen_text(caption_shown=True) == "\n".join(line for line in shown if line)
    without = [page.title, page.summary, page.text]
    assert session.screen_text(caption_shown=False) == "\n".join(line for line in without if line)
    assert session.screen_text() == session.screen_text(caption_shown=False), (
        "no caption read unless the window says the picture shows")


def test_the_place_is_a_location_of_the_navigator(packs: dict[str, Pack]) -> None:
    session = Session(packs, replace(Config(), language="en"))
    session.open(session.cards[1])
    assert session.navigator.current == Location("walkthrough", 1)


def without(pack: Pack, *kinds: Kind) -> Pack:
    return replace(pack, pages=tuple(p for p in pack.pages if p.kind not in kinds))


def test_without_a_config_the_first_language_is_shown_and_nothing_was_refused(packs: dict[str, Pack]) -> None:
    session = Session({"es": packs["es"], "en": packs["en"]})
    assert session.language == "es" and session.pack is packs["es"]
    assert session.refused_update == "" and session.staged is None


def test_without_its_own_safety_notice_the_walkthrough_opens_with_the_built_in_one(
    packs: dict[str, Pack],
) -> None:
    session = Session({"en": without(packs["en"], Kind.SAFETY)}, Config(language="en"))
    steps = step_ids(session.pack)
    assert session.cards[:2] == ("safety", steps[0])
    notice = session.card(0)
    assert (notice.stage, notice.step_index) == (Stage.BEFORE, -1)
    assert notice.page.title == "Safety notice", "the built-in notice, in plain words"
    first = session.card(1)
    assert (first.page.id, first.stage, first.number, first.step_index) == (steps[0], Stage.STEP, 1, 0)
    assert [session.card(i).page.id for i in range(len(session.cards))] == list(session.cards)
    session.open_safety()
    assert session.current_id == "safety", "the strip opens the built-in notice as a page"
    assert not session.navigator.in_walkthrough, "a page of its own, not the walkthrough's card"
    session.open("does-it-hurt")
    assert session.current_id == "does-it-hurt", "the other pages still open"
    own = Session({"en": packs["en"]}, Config(language="en"))
    own.open_safety()
    own.back()
    assert own.on_home, "the pack's own notice is listed once: Back from it goes Home"


def test_without_a_quiz_next_walks_every_step_before_finishing(packs: dict[str, Pack]) -> None:
    session = Session({"en": without(packs["en"], Kind.QUIZ)}, Config(language="en"))
    session.open("walkthrough")
    seen = [session.current_id]
    for _ in session.cards[1:]:
        assert session.next_card() is False
        seen.append(session.current_id)
    assert session.next_card() is True, "Finish on the last step"
    assert seen == list(session.cards) and session.on_home
    assert not session.quiz_offered


def test_without_a_walkthrough_page_its_steps_do_not_open(packs: dict[str, Pack]) -> None:
    session = Session({"en": without(packs["en"], Kind.WALKTHROUGH)}, Config(language="en"))
    assert session.open(step_ids(session.pack)[0]) is False and session.on_home


def test_an_empty_pack_reads_nothing_aloud(packs: dict[str, Pack]) -> None:
    session = Session({"en": replace(packs["en"], pages=())}, Config(language="en"))
    assert session.screen_text() == ""


def test_home_is_read_as_its_title_summary_and_each_tile_one_per_line(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    home = session.pack.home
    assert home is not None
    expected = [home.title, home.summary, *(f"{p.title}. {p.summary}" for p in session.pack.tiles)]
    assert session.screen_text() == "\n".join(expected)
    session.open(session.cards[1])
    card = session.showing
    assert card is not None
    assert session.screen_text().split("\n")[0] == card.title, "no label given, none read"


def test_the_calls_say_whether_anything_changed(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    assert session.set_text_size("large") is True and session.text_size == "large"
    assert session.set_text_size("large") is False
    assert session.set_theme("high-contrast") is True and session.theme == "high-contrast"
    assert session.set_theme("high-contrast") is False
    assert session.palette.name == "high-contrast"
    assert session.set_language("es") is True
    assert session.set_language("xx") is False
    assert session.open("does-it-hurt") is True


def test_new_content_keeps_the_patients_language_when_it_has_it(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    session.set_language("es")
    session.stage_packs(packs)
    assert session.replace_packs(packs) and session.language == "es" and session.staged is None
    changes: list[Change] = []
    session.subscribe(changes.append)
    assert session.replace_packs({"en": packs["en"]})
    assert session.language == "en" and changes == [Change.LANGUAGE | Change.CONTENT]


def test_a_reset_takes_staged_content_with_its_words_even_in_the_same_language(
        packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    session.stage_packs(dict(packs))
    changes: list[Change] = []
    session.subscribe(changes.append)
    session.reset()
    assert changes == [Change.LANGUAGE | Change.CONTENT]


def test_a_reset_that_only_restores_the_look_says_so(packs: dict[str, Pack]) -> None:
    session = Session(packs, Config(language="en"))
    session.set_theme("high-contrast")
    changes: list[Change] = []
    session.subscribe(changes.append)
    session.reset()
    assert changes == [Change.LOOK] and session.theme == "standard"


def test_what_the_log_says_for_staff(packs: dict[str, Pack], caplog: pytest.LogCaptureFixture) -> None:
    session = Session(packs, Config(language="en"))
    with caplog.at_level(logging.INFO, logger="kiosk.core.session"):
        session.open("does-it-hurt")
        session.open("nope")
        session.offer_reloaded({}, 0, at_once=False)
        session.offer_reloaded({"es": packs["es"]}, 0, at_once=False)
        session.offer_reloaded(packs, 2, at_once=False)
        session.offer_reloaded(packs, 0, at_once=False)
        session.reset()
        session.replace_packs(packs)
    assert caplog.messages == [
        "no page 'nope' in this pack; staying on does-it-hurt",
        "the changed content has no page to show; keeping the content shown now",
        "the changed content has nothing to show in 'en', the language the kiosk starts in; "
        "keeping the content shown now",
        "the changed content has 2 problem(s) (above); keeping the content shown now until they are fixed",
        "new content checked; it will show after the next idle reset",
        "new content is showing",
        "content reloaded",
    ]
