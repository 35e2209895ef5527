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
        found = next((p for p in self.pages if p.id == page_id), None)
        if found is None and not self.has_own_safety:
            safety = self.safety
            return safety if safety is not None and safety.id == page_id else None
        return found

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
        """The safety notice; a plain built-in one when the pack's own is missing or has errors."""
        notices = self.of_kind(Kind.SAFETY)
        if notices:
            return notices[0]
        return built_in_safety(self.language, self.root, self.page_ids) if self.pages else None

    @property
    def has_own_safety(self) -> bool:
        return bool(self.of_kind(Kind.SAFETY))

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


BUILT_IN_SAFETY_WORDS = {
    "en": ("Safety notice", "Ask your provider before you choose a treatment.", (
        "This kiosk is here to help you learn. It is not medical advice.",
        "Ask your provider or our staff if this treatment is right for you.",
        "Have it done by a licensed dermatologist. That is a doctor for the skin.",
        "Do not use microneedling tools at home. They can cause scars and infection.",
    )),
    "es": ("Aviso de seguridad", "Pregunte al profesional que le atiende antes de elegir un tratamiento.", (
        "Este quiosco es para ayudarle a aprender. No es consejo médico.",
        "Pregunte al profesional que le atiende o a nuestro personal si este tratamiento es para usted.",
        "Que se lo haga un dermatólogo con licencia. Es un médico de la piel.",
        "No use aparatos de microagujas en casa. Pueden causar cicatrices e infecciones.",
    )),
}
"""Title, summary and lines of the built-in safety notice, by language (English for any other).
Plain words from the source's facts: a licensed dermatologist, no at-home tools (scars,
infection), and the kiosk's own "not medical advice"."""


def built_in_safety(language: str, root: Path, taken: tuple[str, ...] = ()) -> Page:
    """A safety notice for a pack whose own is missing or broken: a patient always has one.

    Its id is "safety", as the bundled notice's (so the take-home address is the usual
    one), unless a page of the pack already has that id.
    """
    from html import escape  # (html.entities is large; only a pack without a notice needs it)

    base = language.split("-")[0].lower()
    page_id = "safety" if "safety" not in taken else "built-in-safety"
    title, summary, lines = BUILT_IN_SAFETY_WORDS.get(base, BUILT_IN_SAFETY_WORDS["en"])
    return Page(
        id=page_id, kind=Kind.SAFETY, title=title, summary=summary, order=0, icon=None,
        illustration=None, html="".join(f"<p>{escape(line)}</p>" for line in lines),
        text="\n".join(lines), source=root,
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
