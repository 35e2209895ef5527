"""Frozen dataclasses that describe a loaded content pack."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content.quiz import Question


class Kind(enum.StrEnum):
    """What a page is for; decides where the kiosk shows it."""

    HOME = "home"
    SECTION = "section"
    WALKTHROUGH = "walkthrough"
    STEP = "step"
    SAFETY = "safety"
    CHECKLIST = "checklist"
    """A list to photograph: every list item shows a box to tick."""
    QUIZ = "quiz"
    """'Check what you learned', offered at the end of the walkthrough."""


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a content file, told the way a person reads it."""

    path: str
    line: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "" if self.severity is Severity.ERROR else "warning: "
        return f"{self.path}:{self.line}: {prefix}{self.message}"


@dataclass(frozen=True)
class Image:
    """An image the pack owns: the name used in HTML and the file it comes from."""

    name: str
    path: Path


@dataclass(frozen=True)
class Page:
    """One Markdown file of a pack, validated and rendered to safe HTML."""

    id: str
    kind: Kind
    title: str
    summary: str
    order: int
    icon: Path | None
    illustration: Path | None
    html: str
    text: str
    source: Path
    links: tuple[str, ...] = ()
    url: str = ""
    questions: tuple[Question, ...] = ()
    """Where the take-home QR code points for this page, when it is not the usual address."""
    caption: str = ""
    """Words under the illustration, also read to screen readers as its description."""


@dataclass(frozen=True)
class Pack:
    """All valid pages of one language, plus the images their HTML may load."""

    language: str
    root: Path
    pages: tuple[Page, ...]
    images: dict[str, Path] = field(default_factory=dict, hash=False)

    def page(self, page_id: str) -> Page | None:
        return next((p for p in self.pages if p.id == page_id), None)

    def of_kind(self, kind: Kind) -> tuple[Page, ...]:
        return tuple(sorted((p for p in self.pages if p.kind is kind), key=_order_key))

    @property
    def home(self) -> Page | None:
        """The home page; a plain built-in one when the pack's own is missing or has errors."""
        homes = self.of_kind(Kind.HOME)
        if homes:
            return homes[0]
        return built_in_home(self.language, self.root) if self.pages else None

    @property
    def has_own_home(self) -> bool:
        return bool(self.of_kind(Kind.HOME))

    @property
    def showable(self) -> bool:
        """True when a patient can see something: the pack's Home or a tile on the built-in one."""
        return self.has_own_home or bool(self.tiles)

    @property
    def safety(self) -> Page | None:
        notices = self.of_kind(Kind.SAFETY)
        return notices[0] if notices else None

    @property
    def walkthrough(self) -> Page | None:
        walks = self.of_kind(Kind.WALKTHROUGH)
        return walks[0] if walks else None

    @property
    def quiz(self) -> Page | None:
        quizzes = self.of_kind(Kind.QUIZ)
        return quizzes[0] if quizzes and quizzes[0].questions else None

    @property
    def steps(self) -> tuple[Page, ...]:
        return self.of_kind(Kind.STEP)

    @property
    def tiles(self) -> tuple[Page, ...]:
        """Pages that get a tile on Home, in their `order`."""
        shown = (Kind.SECTION, Kind.WALKTHROUGH, Kind.SAFETY, Kind.CHECKLIST)
        return tuple(sorted((p for p in self.pages if p.kind in shown), key=_order_key))

    @property
    def page_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.pages)


BUILT_IN_HOME_WORDS = {
    "en": ("Learn about your treatment", "Touch a topic to start."),
    "es": ("Aprenda sobre su tratamiento", "Toque un tema para empezar."),
}
"""Title and welcome line of the built-in Home, by language (English for any other)."""


def built_in_home(language: str, root: Path) -> Page:
    """A Home with no words of the clinic's own: its tiles are the pack's good pages."""
    base = language.split("-")[0].lower()
    title, summary = BUILT_IN_HOME_WORDS.get(base, BUILT_IN_HOME_WORDS["en"])
    return Page(
        id="home", kind=Kind.HOME, title=title, summary=summary, order=0, icon=None,
        illustration=None, html="", text="", source=root,
    )


def _order_key(page: Page) -> tuple[int, str]:
    return (page.order, page.id)


@dataclass(frozen=True)
class LoadResult:
    """A pack (possibly missing pages) and every problem found while loading it."""

    pack: Pack
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)
