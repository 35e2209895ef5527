"""`kiosk export-site`: the content pack as a static website, at the addresses the QR codes encode.

The pages come from the kiosk's own loader and sanitiser: a page the kiosk would
leave out is left out here too. The site is written to a folder beside OUT and
then swapped in, so a web server never serves half a site; an OUT that holds
something else than a site made by this command is left alone.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from string import Template

from kiosk.content.check import languages
from kiosk.content.loader import display_path, load_pack
from kiosk.content.model import Kind, Pack, Page, Problem, Severity
from kiosk.core import theme
from kiosk.site import pages
from kiosk.site.links import outside_addresses, relative_file_url

LANGUAGE_CODE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,3})?$")
"""A language folder's name goes into addresses and attributes: only codes like en or pt-BR."""
MARKER = ".kiosk-site"
"""A file in every site this command writes: only such a folder is ever replaced."""
FONTS = (
    "AtkinsonHyperlegible-Regular.ttf",
    "AtkinsonHyperlegible-Bold.ttf",
    "AtkinsonHyperlegible-Italic.ttf",
    "AtkinsonHyperlegible-BoldItalic.ttf",
    "OFL.txt",
)


class SiteError(Exception):
    """The site cannot be written (the message says why, for staff)."""


@dataclass
class SiteResult:
    out: Path
    files: list[str] = field(default_factory=list)
    """Every file written, as a path inside the site ('en/safety/index.html')."""
    problems: list[Problem] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


def site_css() -> str:
    """The stylesheet with the kiosk's colours (standard, and high contrast for
    browsers that ask for more contrast)."""
    template = (Path(__file__).parent / "site.css").read_text("utf-8")
    values = dict(asdict(theme.STANDARD))
    values.update({f"hc_{key}": value for key, value in asdict(theme.HIGH_CONTRAST).items()})
    return Template(template).substitute(values)


def load_site_packs(root: Path, assets: Path) -> tuple[dict[str, Pack], list[Problem]]:
    """Every language with a home and a good page, as the kiosk loads them, and every problem."""
    packs: dict[str, Pack] = {}
    problems: list[Problem] = []
    for language in languages(root):
        if not LANGUAGE_CODE.match(language):
            problems.append(Problem(display_path(root / language), 1, f"folder '{language}' is left out of "
                                    "the site: a language folder is named like en, es or pt-BR"))
            continue
        result = load_pack(root / language, language, assets)
        problems.extend(result.problems)
        if result.pack.pages and result.pack.home is not None:
            packs[language] = result.pack
        else:
            why = f"language '{language}' is left out: it has no home page or no good page"
            problems.append(Problem(display_path(root / language), 1, why))
    return packs, problems


class _Media:
    """The pictures the pages use, each copied once to a path inside the site."""

    def __init__(self, packs: dict[str, Pack], assets: Path) -> None:
        self.packs = packs
        self.assets = assets.resolve()
        self.copies: dict[str, Path] = {}

    def __call__(self, language: str, what: object) -> str | None:
        if isinstance(what, str):  # an image name from a page body
            source = self.packs[language].images.get(what)
        elif isinstance(what, Path):  # an icon or illustration
            source = what
        else:
            return None
        if source is None:
            return None
        return self._place(language, source.resolve())

    def _place(self, language: str, source: Path) -> str | None:
        pack_root = self.packs[language].root.resolve()
        if source.is_relative_to(self.assets):
            inside = "_assets/" + source.relative_to(self.assets).as_posix()
        elif source.is_relative_to(pack_root):
            inside = f"{language}/_media/" + source.relative_to(pack_root).as_posix()
        else:
            return None
        if ".." in PurePosixPath(inside).parts or not source.is_file():
            return None
        self.copies[inside] = source
        return relative_file_url(inside)


def render_site(packs: dict[str, Pack], clinic: str, assets: Path) -> tuple[dict[str, str], dict[str, Path]]:
    """Every HTML file (path inside the site -> text) and every file to copy (path -> source)."""
    media = _Media(packs, assets)
    site = pages.Site(packs, clinic, media)
    written: dict[str, str] = {"index.html": pages.language_index(site)}
    for language, pack in packs.items():
        written[pages.page_path(language)] = pages.home_page(site, language)
        for page in pack.pages:
            written[pages.page_path(language, page.id)] = _page(site, language, page)
    copies = dict(media.copies)
    copies["_assets/icons/safety.svg"] = assets / "icons" / "safety.svg"
    for name in FONTS:
        copies[f"_assets/fonts/{name}"] = assets / "fonts" / name
    leaks = {path: outside_addresses(text) for path, text in written.items()}
    leaks = {path: found for path, found in leaks.items() if found}
    if leaks:  # the sanitiser lets none through; this is the last guard, not a filter
        raise SiteError(f"refusing to write addresses outside the site: {leaks}")
    return written, copies


def _page(site: pages.Site, language: str, page: Page) -> str:
    if page.kind is Kind.HOME:
        return pages.home_page(site, language, depth=2)
    if page.kind is Kind.WALKTHROUGH:
        return pages.walkthrough_page(site, language, page)
    if page.kind is Kind.STEP:
        return pages.step_page(site, language, page)
    if page.kind is Kind.QUIZ:
        return pages.quiz_page(site, language, page)
    return pages.content_page(site, language, page)


def export_site(root: Path, out: Path, assets: Path, clinic: str = "") -> SiteResult:
    """Build the site of ``root`` (a content folder) into ``out``."""
    packs, problems = load_site_packs(root, assets)
    result = SiteResult(out, problems=problems, languages=list(packs))
    if not packs:
        raise SiteError(f"no language in {display_path(root)} has a page to publish; "
                        f"run 'kiosk check {display_path(root)}' to see why")
    _check_out(out)
    written, copies = render_site(packs, clinic, assets)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for inside, text in written.items():
            target = staging / inside
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, "utf-8")
        for inside, source in copies.items():
            target = staging / inside
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        (staging / "_assets" / "site.css").write_text(site_css(), "utf-8")
        (staging / MARKER).write_text("Written by 'kiosk export-site'; it replaces this folder.\n", "utf-8")
        staging.chmod(0o755)
        _swap_in(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    result.files = sorted([*written, *copies, "_assets/site.css"])
    return result


def _check_out(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise SiteError(f"{display_path(out)} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise SiteError(f"{display_path(out)} already holds other files; give an empty or new folder "
                        "(a folder written by 'kiosk export-site' is replaced)")


def _swap_in(staging: Path, out: Path) -> None:
    if out.exists():
        old = out.with_name(f".{out.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        out.rename(old)
        staging.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        staging.rename(out)
