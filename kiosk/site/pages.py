"""The website's HTML, page by page: plain functions from a page of the pack to a string.

Every word from the content or the config is escaped here; the page bodies come
from the kiosk's sanitiser with their addresses rewritten (kiosk/site/links.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape

from kiosk.content.model import Kind, Pack, Page
from kiosk.core.languages import language_name
from kiosk.site.links import demote_headings, rewrite
from kiosk.site.words import word

CSS = "_assets/site.css"
SAFETY_ICON = "_assets/icons/safety.svg"
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "base-uri 'none'; form-action 'none'")
"""Nothing runs and nothing loads from elsewhere: the browser enforces what the site promises."""


@dataclass(frozen=True)
class Site:
    """What every page needs to know about the whole site."""

    packs: Mapping[str, Pack]
    clinic: str
    media: Callable[[str, object], str | None]
    """(language, picture path or pack image name) -> path inside the site, or None."""


@dataclass(frozen=True)
class Place:
    """Where one HTML file sits: its language, the page id ('' for a language's home), its depth."""

    language: str
    page_id: str
    depth: int

    @property
    def up(self) -> str:
        return "../" * self.depth


def page_path(language: str, page_id: str = "") -> str:
    """A page's file inside the site: the address its QR code encodes, plus index.html."""
    return f"{language}/{page_id}/index.html" if page_id else f"{language}/index.html"


def link(place: Place, language: str, page_id: str = "") -> str:
    return place.up + page_path(language, page_id)


def document(site: Site, place: Place, title: str, main: str, *, switch: Mapping[str, str] | None = None,
             safety: str = "", front_door: bool = False) -> str:
    """One whole HTML page: header, safety strip, the main part, footer.

    The ``front_door`` (the language choice) belongs to no language: no Home link, no footer."""
    lang = place.language
    pack = None if front_door else site.packs.get(lang)
    home = pack.home if pack else None
    brand = escape(home.title if home else " / ".join(
        dict.fromkeys(p.home.title for p in site.packs.values() if p.home)))
    parts = [title] + ([home.title] if home and home.title != title else []) + (
        [site.clinic] if site.clinic else [])
    nav = []
    if pack is not None:
        nav.append(f'<a href="{link(place, lang)}">{escape(word(lang, "home"))}</a>')
    for other, url in (switch or {}).items():
        name = escape(language_name(other))
        nav.append(f'<a href="{url}" hreflang="{other}" lang="{other}">{name}</a>')
    named = site.clinic if front_door else word(lang, "from_clinic").format(site.clinic)
    clinic = f'<span class="clinic">{escape(named)}</span>' if site.clinic else ""
    brand_link = f'<a href="{link(place, lang)}">{brand}</a>' if pack is not None else f"<span>{brand}</span>"
    return f"""<!DOCTYPE html>
<html lang="{escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="referrer" content="no-referrer">
<title>{escape(" · ".join(parts))}</title>
<link rel="stylesheet" href="{place.up}{CSS}">
</head>
<body>
<a class="skip" href="#main">{escape(word(lang, "skip"))}</a>
<header class="site-header"><div class="bar">
<div class="brand">{brand_link}{clinic}</div>
<nav aria-label="{escape(word(lang, "also_in"))}">{"".join(nav)}</nav>
</div></header>
{safety}
<main id="main">
{main}
</main>
{"" if front_door else footer(site, place)}
</body>
</html>
"""


def in_language(site: Site, place: Place, title: str, main: str) -> str:
    """A page of one language: with the safety line and the same page in the other languages."""
    return document(site, place, title, main, switch=switch_for(site, place),
                    safety=safety_strip(site, place))


def safety_strip(site: Site, place: Place) -> str:
    """The amber line on every page but the safety notice itself: one tap to it."""
    pack = site.packs.get(place.language)
    notice = pack.safety if pack else None
    if notice is None or notice.id == place.page_id:
        return ""
    icon = f'<img src="{place.up}{SAFETY_ICON}" alt="">'
    url = link(place, place.language, notice.id)
    summary = f" {escape(notice.summary)}" if notice.summary else ""
    return (f'<aside class="safety-strip" aria-label="{escape(notice.title)}"><p>{icon}'
            f'<a href="{url}">{escape(notice.title)}</a>{summary}</p></aside>')


def footer(site: Site, place: Place) -> str:
    lang = place.language
    pack = site.packs.get(lang)
    if pack is None:
        return ""
    home = pack.home.title if pack.home else word(lang, "home")
    items = [f'<li><a href="{link(place, lang)}">{escape(home)}</a></li>']
    for page in _reading_order(pack):
        items.append(f'<li><a href="{link(place, lang, page.id)}">{escape(page.title)}</a></li>')
    clinic = f"<p>{escape(word(lang, 'from_clinic').format(site.clinic))}</p>" if site.clinic else ""
    return (f'<footer class="site-footer"><div>{clinic}<p>{escape(word(lang, "footer"))}</p>'
            f'<nav aria-label="{escape(word(lang, "site_pages"))}"><ul>{"".join(items)}</ul></nav>'
            f"</div></footer>")


def _reading_order(pack: Pack) -> list[Page]:
    """Home's tiles, then the walkthrough's steps and quiz: every page but home."""
    pages = list(pack.tiles) + list(pack.steps) + ([pack.quiz] if pack.quiz else [])
    rest = [p for p in pack.pages if p not in pages and p.kind is not Kind.HOME]
    return pages + rest


def switch_for(site: Site, place: Place) -> dict[str, str]:
    """The same page in each other language (its home when it has no such page)."""
    found = {}
    for other, pack in site.packs.items():
        if other == place.language:
            continue
        same = place.page_id if place.page_id and pack.page(place.page_id) else ""
        found[other] = link(place, other, same)
    return found


def body(site: Site, place: Place, page: Page, demote: bool = False) -> str:
    lang = place.language
    pack = site.packs[lang]

    def page_url(target: str) -> str | None:
        return link(place, lang, target) if pack.page(target) is not None else None

    def image_url(name: str) -> str | None:
        found = site.media(lang, name)
        return place.up + found if found else None

    html = rewrite(page.html, page_url, image_url)
    return demote_headings(html) if demote else html


def illustration(site: Site, place: Place, page: Page) -> str:
    """The page's picture, with its caption under it (the caption says what it shows, so the
    picture itself needs no alt text of its own)."""
    found = site.media(place.language, page.illustration) if page.illustration else None
    if not found:
        return ""
    caption = f"<figcaption>{escape(page.caption)}</figcaption>" if page.caption else ""
    return f'<figure class="illustration"><img src="{place.up}{found}" alt="">{caption}</figure>'


def heading(page: Page, level: int = 1, label: str = "") -> str:
    above = f'<p class="step-label">{escape(label)}</p>' if label else ""
    summary = f'<p class="summary">{escape(page.summary)}</p>' if page.summary else ""
    return f"{above}<h{level}>{escape(page.title)}</h{level}>{summary}"


def home_page(site: Site, language: str, depth: int = 1) -> str:
    pack = site.packs[language]
    home = pack.home
    assert home is not None
    place = Place(language, "", depth)
    tiles = []
    for page in pack.tiles:
        icon = site.media(language, page.icon) if page.icon else None
        picture = f'<img src="{place.up}{icon}" alt="">' if icon else ""
        tiles.append(
            f'<li><a href="{link(place, language, page.id)}">{picture}<span>'
            f'<span class="tile-title">{escape(page.title)}</span>'
            f'<span class="tile-summary">{escape(page.summary)}</span></span></a></li>'
        )
    main = (f'<div class="page-top">{heading(home)}</div>'
            + (f"<div>{body(site, place, home)}</div>" if home.html.strip() else "")
            + f'<h2>{escape(word(language, "topics"))}</h2><ul class="tiles">{"".join(tiles)}</ul>')
    return in_language(site, place, home.title, main)


def content_page(site: Site, language: str, page: Page) -> str:
    """A section, the safety notice or the checklist."""
    place = Place(language, page.id, 2)
    tip = (f'<p class="print-tip">{escape(word(language, "print_tip"))}</p>'
           if page.kind is Kind.CHECKLIST else "")
    main = (f'<div class="page-top">{illustration(site, place, page)}{heading(page)}</div>'
            f'<div class="body">{body(site, place, page)}</div>{tip}')
    return in_language(site, place, page.title, main)


def walkthrough_page(site: Site, language: str, page: Page) -> str:
    """The whole walkthrough on one page, its steps in order."""
    pack = site.packs[language]
    place = Place(language, page.id, 2)
    steps = []
    total = len(pack.steps)
    for number, step in enumerate(pack.steps, 1):
        label = word(language, "step_of").format(number, total)
        steps.append(f'<li class="step" id="{step.id}">{illustration(site, place, step)}'
                     f'{heading(step, 2, label)}{body(site, place, step, demote=True)}</li>')
    before = ""
    if pack.safety is not None:
        before = (f'<p>{escape(word(language, "before_start"))} '
                  f'<a href="{link(place, language, pack.safety.id)}">{escape(pack.safety.title)}</a>.</p>')
    quiz = ""
    if pack.quiz is not None:
        quiz = (f'<ul class="step-nav"><li><a href="{link(place, language, pack.quiz.id)}">'
                f'{escape(pack.quiz.title)}</a></li></ul>')
    intro = body(site, place, page)
    main = (f'<div class="page-top">{heading(page)}</div>{intro}{before}'
            f'<ol class="steps">{"".join(steps)}</ol>{quiz}')
    return in_language(site, place, page.title, main)


def step_page(site: Site, language: str, page: Page) -> str:
    """One step at the address its QR code encodes, with a way to the whole walkthrough."""
    pack = site.packs[language]
    place = Place(language, page.id, 2)
    steps = list(pack.steps)
    index = steps.index(page)
    label = word(language, "step_of").format(index + 1, len(steps))
    nav = []
    if index > 0:
        nav.append((link(place, language, steps[index - 1].id), word(language, "previous_step")))
    if index + 1 < len(steps):
        nav.append((link(place, language, steps[index + 1].id), word(language, "next_step")))
    elif pack.quiz is not None:
        nav.append((link(place, language, pack.quiz.id), pack.quiz.title))
    if pack.walkthrough is not None:
        nav.append((link(place, language, pack.walkthrough.id) + f"#{page.id}", word(language, "all_steps")))
    items = "".join(f'<li><a href="{url}">{escape(text)}</a></li>' for url, text in nav)
    main = (f'<div class="page-top">{illustration(site, place, page)}{heading(page, 1, label)}</div>'
            f'<div class="body">{body(site, place, page)}</div><ul class="step-nav">{items}</ul>')
    return in_language(site, place, page.title, main)


def quiz_page(site: Site, language: str, page: Page) -> str:
    """The questions with their choices; each answer opens under it (no script needed)."""
    place = Place(language, page.id, 2)
    blocks = []
    for question in page.questions:
        choices = "".join(f"<li>{escape(choice)}</li>" for choice in question.choices)
        right = escape(word(language, "right_answer").format(question.choices[question.answer]))
        explained = f" {escape(question.explanation)}" if question.explanation else ""
        blocks.append(
            f'<section class="question"><h2>{escape(question.prompt)}</h2><ol type="A">{choices}</ol>'
            f'<details><summary>{escape(word(language, "show_answer"))}</summary>'
            f'<p class="answer">{right}{explained}</p></details></section>'
        )
    main = f'<div class="page-top">{heading(page)}</div>{"".join(blocks)}'
    return in_language(site, place, page.title, main)


def language_index(site: Site) -> str:
    """The site's front door: pick a language."""
    first = next(iter(site.packs))
    place = Place(first, "", 0)
    items = []
    strips = []
    for language, pack in site.packs.items():
        home = pack.home
        summary = f'<span class="language-summary">{escape(home.summary)}</span>' if home else ""
        items.append(f'<li><a href="{link(place, language)}" hreflang="{language}" lang="{language}">'
                     f"{escape(language_name(language))}{summary}</a></li>")
        if pack.safety is not None:
            strips.append(f'<a href="{link(place, language, pack.safety.id)}" lang="{language}">'
                          f"{escape(pack.safety.title)}</a>")
    heading_words = " / ".join(dict.fromkeys(word(lang, "choose_language") for lang in site.packs))
    safety = (f'<aside class="safety-strip" aria-label="{escape(word(first, "safety"))}"><p>'
              f'<img src="{SAFETY_ICON}" alt="">{" · ".join(strips)}</p></aside>') if strips else ""
    main = f'<h1>{escape(heading_words)}</h1><ul class="languages">{"".join(items)}</ul>'
    return document(site, place, heading_words, main, safety=safety, front_door=True)
