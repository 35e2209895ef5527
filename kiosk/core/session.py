"""One patient's visit as plain Python: what the kiosk shows and how it looks.

The language, text size and theme chosen, the pack shown, where the patient is (a
Navigator) and the walkthrough's cards, new content waiting for the next reset, and
what a reset restores. No Qt: the window subscribes, shows what this says, and the
rules are tested without a display (tests/core/test_session.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import Enum, Flag, auto

from kiosk.content.model import Kind, Pack, Page
from kiosk.core import theme
from kiosk.core.config import Config
from kiosk.core.navigation import HOME, Location, Navigator

log = logging.getLogger(__name__)


class Change(Flag):
    """What a change of the session asks the window to redo."""

    NOTHING = 0
    LANGUAGE = auto()
    """The interface's own words are in another language."""
    CONTENT = auto()
    """Another pack is shown (another language, or new content): rebuild what shows it."""
    LOOK = auto()
    """The text size or the theme changed."""


class Stage(Enum):
    """Where a walkthrough card sits: before the steps (safety), a step, or after (the quiz)."""

    BEFORE = "before"
    STEP = "step"
    AFTER = "after"


@dataclass(frozen=True)
class Card:
    """A walkthrough card's place: ``number`` of ``steps`` for a step (counted from 1)."""

    page: Page
    stage: Stage
    number: int
    steps: int

    @property
    def step_index(self) -> int:
        """The dot to light: the step's index from 0, -1 before the steps, ``steps`` after."""
        if self.stage is Stage.BEFORE:
            return -1
        return self.number - 1 if self.stage is Stage.STEP else self.steps


class Reload(Enum):
    """What happened to content that changed on disk while the kiosk runs."""

    SHOW_NOW = "show now"
    """To show now (a window at the front desk): the window calls ``replace_packs``."""
    STAGED = "staged"
    """Kept aside until the next reset (kiosk mode, no problem at all)."""
    REFUSED = "refused"
    """Not taken; ``refused_update`` says why."""


def walkthrough_cards(pack: Pack) -> tuple[str, ...]:
    """The walkthrough opens with the safety notice, then its steps in order, then the quiz."""
    safety = (pack.safety.id,) if pack.safety else ()
    quiz = (pack.quiz.id,) if pack.quiz and pack.steps else ()
    return safety + tuple(step.id for step in pack.steps) + quiz


Listener = Callable[[Change], None]
Mover = Callable[[Location, Location, bool], None]


class Session:
    """The visit: settings, the pack shown, the place in it, and content waiting to be shown.

    ``config`` holds what a reset restores (language, text size, theme). Listeners hear
    about every ``Change``; movers about every move, with whether it goes forward (a new
    page, a later card) or back (so a page slides in from the side it comes from).
    """

    def __init__(self, packs: Mapping[str, Pack], config: Config | None = None) -> None:
        if not packs:
            raise ValueError("a session needs at least one language to show")
        self.packs: Mapping[str, Pack] = packs  # not copied: a language may load when chosen
        config = config or Config(language=next(iter(self.packs)))
        if config.language not in self.packs:
            config = replace(config, language=next(iter(self.packs)))
        self.config = config
        self.language = config.language
        self.text_size = config.text_size
        self.theme = config.theme
        self.staged: dict[str, Pack] | None = None
        """Checked content waiting for the next reset."""
        self.refused_update = ""
        """Why the last change to the content was not taken, for the staff screen."""
        self._listeners: list[Listener] = []
        self._movers: list[Mover] = []
        self._depth = 0
        self.pack: Pack
        self.cards: tuple[str, ...]
        self.navigator: Navigator
        self._install(self.packs[self.language])

    # -- observers ---------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def on_move(self, mover: Mover) -> None:
        self._movers.append(mover)

    def _changed(self, change: Change) -> None:
        if change:
            for listener in list(self._listeners):
                listener(change)

    def _moved(self, old: Location, new: Location) -> None:
        forward = new.page != HOME and (old.page == HOME or new.card > old.card
                                         or len(self.navigator.history) > self._depth)
        self._depth = len(self.navigator.history)
        for mover in list(self._movers):
            mover(old, new, forward)

    # -- the pack shown ------------------------------------------------------------

    def _install(self, pack: Pack) -> None:
        self.pack = pack
        self.cards = walkthrough_cards(pack)
        walk = pack.walkthrough
        own_pages = tuple(p.id for p in pack.pages if p.kind not in (Kind.STEP, Kind.QUIZ))
        if pack.safety is not None and not pack.has_own_safety:
            own_pages += (pack.safety.id,)  # the built-in notice opens like the pack's own
        extras = 1 if pack.quiz and pack.steps else 0
        self.navigator = Navigator(own_pages, walk.id if walk else None, self.cards, extras)
        self.navigator.subscribe(self._moved)

    def _show_language(self, language: str, change: Change, *, keep_place: bool = False) -> None:
        """Show ``language``'s pack: from Home (a new navigator, no history), or with
        ``keep_place`` at the same page or card and the same way back where it has them."""
        if language != self.language:
            change |= Change.LANGUAGE
        self.language = language
        before = self.navigator
        self._install(self.packs[language])
        if keep_place:
            self.navigator.take_place(before)
            self._depth = len(self.navigator.history)
        self._changed(change | Change.CONTENT)

    def set_language(self, language: str) -> bool:
        """A patient picks a language: its pack, on the page or walkthrough card shown (the
        packs share page ids), or Home when that language lacks it. The place changes words,
        not where it is: no move is announced. False when nothing changed."""
        if language == self.language or language not in self.packs:
            return False
        self._show_language(language, Change.NOTHING, keep_place=True)
        return True

    def replace_packs(self, packs: Mapping[str, Pack]) -> bool:
        """Show new content now, in the same language when it still has it (then go back
        to the page shown with ``go_back_to``). False (nothing changes) without the
        language the kiosk starts in."""
        if self.config.language not in packs:
            return False
        self.packs = dict(packs)
        self.staged = None
        language = self.language if self.language in self.packs else self.config.language
        self._show_language(language, Change.NOTHING)
        log.info("content reloaded")
        return True

    def go_back_to(self, page_id: str) -> None:
        """After new content: the page shown before, when it still exists (else Home)."""
        if page_id != HOME:
            self.navigator.go(page_id)

    def stage_packs(self, packs: Mapping[str, Pack]) -> None:
        """Keep new content aside until the next reset, so no patient sees it change."""
        self.staged = dict(packs)
        self.refused_update = ""
        log.info("new content checked; it will show after the next idle reset")

    def offer_reloaded(self, packs: Mapping[str, Pack], problems: int, *, at_once: bool) -> Reload:
        """Content changed on disk: show it now (``at_once``, a window at the front desk),
        keep it for the next reset (kiosk mode, only when it has no problem), or refuse it.

        Showing it now is the window's (``replace_packs``, then back to the page shown)."""
        if not packs:
            self.refused_update = "the changed content has no page to show"
            log.error("the changed content has no page to show; keeping the content shown now")
            return Reload.REFUSED
        if self.config.language not in packs:
            log.error("the changed content has nothing to show in '%s', the language the kiosk "
                      "starts in; keeping the content shown now", self.config.language)
            return Reload.REFUSED
        if at_once:
            return Reload.SHOW_NOW
        if problems:
            self.refused_update = f"the changed content has {problems} problem(s)"
            log.error("the changed content has %d problem(s) (above); keeping the content shown "
                      "now until they are fixed", problems)
            return Reload.REFUSED
        self.stage_packs(packs)
        return Reload.STAGED

    # -- the look -------------------------------------------------------------------

    @property
    def palette(self) -> theme.Palette:
        return theme.PALETTES[self.theme]

    def set_text_size(self, size: str) -> bool:
        if size not in theme.TEXT_SCALES or size == self.text_size:
            return False
        self.text_size = size
        self._changed(Change.LOOK)
        return True

    def set_theme(self, name: str) -> bool:
        if name not in theme.PALETTES or name == self.theme:
            return False
        self.theme = name
        self._changed(Change.LOOK)
        return True

    # -- where the patient is -----------------------------------------------------------

    @property
    def current_id(self) -> str:
        """The id of what is on screen: 'home', a page id, or a walkthrough card's id."""
        return self.navigator.card_id or self.navigator.current.page

    @property
    def on_home(self) -> bool:
        return self.navigator.current.page == HOME

    def open(self, page_id: str) -> bool:
        """Open a page (a step id opens the walkthrough there); False for an unknown id."""
        if self.navigator.go(page_id):
            return True
        log.warning("no page %r in this pack; staying on %s", page_id, self.current_id)
        return False

    def next_card(self) -> bool:
        """The next walkthrough card; True when this finished the walkthrough (Home now)."""
        finishing = self.navigator.is_last_card
        self.navigator.next()
        return finishing

    def back(self) -> None:
        self.navigator.back()

    def home(self) -> None:
        self.navigator.home()

    def swipe_back(self) -> None:
        """A swipe to the previous card; on the first card a swipe does nothing."""
        if self.navigator.in_walkthrough and self.navigator.current.card > 0:
            self.navigator.back()

    def open_quiz(self) -> None:
        if self.pack.quiz is not None:
            self.open(self.pack.quiz.id)

    def open_safety(self) -> None:
        if self.pack.safety is not None:
            self.open(self.pack.safety.id)

    def card(self, index: int) -> Card:
        """The walkthrough card at ``index``: its page and its place among the steps."""
        page = self.pack.page(self.cards[index])
        if page is None:
            raise LookupError(f"no page {self.cards[index]!r} for walkthrough card {index}")
        steps = len(self.pack.steps)
        first_step = 1 if self.pack.safety else 0
        if index < first_step:
            return Card(page, Stage.BEFORE, 0, steps)
        if index >= first_step + steps:
            return Card(page, Stage.AFTER, 0, steps)
        return Card(page, Stage.STEP, index - first_step + 1, steps)

    @property
    def current_card(self) -> Card | None:
        """The walkthrough card shown, when in the walkthrough."""
        if self.navigator.in_walkthrough and self.cards:
            return self.card(self.navigator.current.card)
        return None

    @property
    def showing(self) -> Page | None:
        """The page (or card) on screen; None on Home or for an id the pack lacks."""
        if self.on_home:
            return None
        return self.pack.page(self.current_id)

    @property
    def quiz_offered(self) -> bool:
        """The last step offers the quiz (when there is one and it is not on screen)."""
        return (self.navigator.is_last_card and self.pack.quiz is not None
                and self.navigator.card_id != self.pack.quiz.id)

    def screen_text(self, card_label: str = "", *, caption_shown: bool = False) -> str:
        """What is on screen, in reading order, as plain text (for Read aloud).

        ``card_label`` is the walkthrough card's label as shown ("Step 2 of 6"), read first;
        a picture's caption is read where it shows (after the summary) when ``caption_shown``.
        """
        if self.on_home:
            home = self.pack.home
            lines = [home.title, home.summary] if home else []
            lines += [f"{page.title}. {page.summary}" for page in self.pack.tiles]
            return "\n".join(lines)
        page = self.pack.page(self.current_id)
        if page is None:
            return ""
        caption = page.caption if page.illustration and caption_shown else ""
        lines = [page.title, page.summary, caption, page.text]
        if self.navigator.in_walkthrough:
            lines.insert(0, card_label)
        return "\n".join(line for line in lines if line)

    # -- the next patient --------------------------------------------------------------

    def is_pristine(self) -> bool:
        """True when the visit already looks as it does for a new patient."""
        return (
            self.on_home
            and self.text_size == self.config.text_size
            and self.theme == self.config.theme
            and self.language == self.config.language
        )

    def reset(self) -> None:
        """Forget this visit: the configured language, text size and theme, Home, no
        history; content waiting for the reset is shown now."""
        looked = (self.text_size, self.theme) != (self.config.text_size, self.config.theme)
        change = Change.LOOK if looked else Change.NOTHING
        self.text_size = self.config.text_size
        self.theme = self.config.theme
        if self.staged is not None:
            self.packs, self.staged = self.staged, None
            self._show_language(self.config.language, change | Change.LANGUAGE)
            log.info("new content is showing")
        elif self.language != self.config.language:
            self._show_language(self.config.language, change)
        else:
            self._changed(change)
        self.navigator.reset()
