"""Load one language folder of Markdown pages into a validated Pack.

Every problem is collected before anything is reported, each with the file and
line it is on. A file with an error is left out; the other pages still load, so
the kiosk keeps running on the good ones. A link to a page that is missing or
left out is an error too, but it does not take its own page down: the page
shows, with the link's words as plain text.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from kiosk.content.header_text import SHOWN_KEYS, shown_value_problems
from kiosk.content.hints import did_you_mean, one_of
from kiosk.content.images import image_problem
from kiosk.content.meta import Header, editor_lines, split_header
from kiosk.content.model import Kind, LoadResult, Pack, Page, Problem
from kiosk.content.quiz import Question, parse_quiz
from kiosk.content.render import PAGE_ID, Rendered, image_path_problem, render_markdown

KEYS = ("id", "kind", "order", "title", "summary", "icon", "illustration", "caption", "url")
MAX_FILE_BYTES = 200 * 1024
MAX_REPORTED = 20
"""Problems of one kind reported per file; the rest are counted in one more line."""
TILE_KINDS = (Kind.SECTION, Kind.WALKTHROUGH, Kind.SAFETY, Kind.CHECKLIST)
UNIQUE_KINDS = (Kind.HOME, Kind.WALKTHROUGH, Kind.SAFETY, Kind.QUIZ)
TICK_BOX = "\u2610\u00a0"
"""Put before each item of a checklist, so a photo of the page works as a list to tick."""


def display_path(path: Path) -> str:
    """A path as a person would type it: relative to where they are, when possible."""
    try:
        # The folder is resolved, not the file: a link is named as itself, not as its target.
        return str((path.parent.resolve() / path.name).relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass
class _Draft:
    """A file on its way to becoming a Page, with what is known so far."""

    path: Path
    header: Header
    problems: list[Problem] = field(default_factory=list)
    """Errors that keep the page off the kiosk."""
    page: Page | None = None
    rendered: Rendered | None = None
    softened: list[Problem] = field(default_factory=list)
    """Errors the page still shows with (a link left as plain words)."""

    def line_of(self, key: str) -> int:
        found = self.header.fields.get(key)
        return found.line if found else 1

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(display_path(self.path), line, message))


def page_files(root: Path) -> list[Path]:
    """The Markdown files of a language folder, in a stable order."""
    return sorted(
        p for p in root.rglob("*.md") if p.name.lower() != "readme.md" and not p.name.startswith(".")
    )


def load_pack(root: Path, language: str, assets: Path | None = None) -> LoadResult:
    """Load and validate every page in ``root`` (one language folder)."""
    problems: list[Problem] = []
    drafts: list[_Draft] = []
    if not root.is_dir():
        problems.append(Problem(display_path(root), 1, f"there is no content folder for '{language}'"))
        return LoadResult(Pack(language, root, ()), tuple(problems))
    real_root = root.resolve()
    problems.extend(_folders_leaving(root, real_root))
    for path in page_files(root):
        draft = _read(path, real_root, problems)
        if draft is not None:
            drafts.append(draft)

    known_ids = {d.header.fields["id"].value for d in drafts if "id" in d.header.fields}
    images: dict[str, Path] = {}
    for draft in drafts:
        _build_page(draft, real_root, assets, images)

    _check_ids_and_kinds(drafts)
    good = [d for d in drafts if d.page is not None and not d.problems]
    shown_ids = {d.page.id for d in good if d.page is not None}
    for draft in good:
        _unlink_pages_not_shown(draft, shown_ids, known_ids)
    pages = [d.page for d in good if d.page is not None]
    for draft in drafts:
        problems.extend(draft.problems)
        problems.extend(draft.softened)
    problems.extend(_check_pack(root, drafts, pages))
    used = {name for page in pages for name in _images_of(page)}
    pack = Pack(
        language,
        root,
        tuple(pages),
        {name: path for name, path in images.items() if name in used},
    )
    return LoadResult(pack, tuple(sorted(problems, key=lambda p: (p.path, p.line))))


def check_headers(root: Path, language: str, assets: Path | None = None) -> tuple[Problem, ...]:
    """The checks of ``load_pack`` that need no Markdown rendering, about a quarter of its time.

    Files that cannot be read, header fields, icons and pictures, ids and kinds, the
    safety notice and home page: what makes a language fail outright. Problems in page
    bodies (links, images, HTML written in a page) are found only by ``load_pack``.
    """
    if not root.is_dir():
        return (Problem(display_path(root), 1, f"there is no content folder for '{language}'"),)
    problems: list[Problem] = []
    real_root = root.resolve()
    problems.extend(_folders_leaving(root, real_root))
    drafts = [d for d in (_read(path, real_root, problems) for path in page_files(root)) if d is not None]
    for draft in drafts:
        facts = _check_header(draft, real_root, assets)
        if facts.page_id and facts.kind is not None and not draft.problems:
            draft.page = Page(id=facts.page_id, kind=facts.kind, title=facts.fields["title"],
                              summary="", order=facts.order, icon=None, illustration=None,
                              html="", text="", source=draft.path)
    _check_ids_and_kinds(drafts)
    for draft in drafts:
        problems.extend(draft.problems)
    pages = [d.page for d in drafts if d.page is not None and not d.problems]
    problems.extend(_check_pack(root, drafts, pages))
    return tuple(sorted(problems, key=lambda p: (p.path, p.line)))


def _unlink_pages_not_shown(draft: _Draft, shown: set[str], declared: set[str]) -> None:
    """Links to a page that is missing or left out become plain words, each with an error."""
    page, rendered = draft.page, draft.rendered
    assert page is not None and rendered is not None
    pairs = zip(rendered.links, rendered.link_sources, strict=True)
    dangling = [(target, written) for target, written in pairs if target not in shown]
    if not dangling:
        return
    lines = _Lines(draft.header)
    for target, written in dangling[:MAX_REPORTED]:
        if target in declared:
            why = f"link to page '{target}', but that page has problems of its own and is not shown"
        else:
            why = f"link to page '{target}', but no page has that id{did_you_mean(target, shown)}"
        draft.softened.append(
            Problem(
                display_path(draft.path),
                lines.line_of(f"]({written}", f"]: {written}", f"<{written}>", written),
                why + "; the kiosk shows the link's words without the link until this is fixed",
            )
        )
    if len(dangling) > MAX_REPORTED:
        draft.softened.append(
            Problem(display_path(draft.path), draft.header.body_line,
                    f"... and {len(dangling) - MAX_REPORTED} more links like these in this file")
        )
    again = render_markdown(draft.header.body, shown)
    draft.page = replace(page, html=_page_html(page.kind, again.html), links=tuple(again.links))


class _Lines:
    """Finds the line a piece of the body is on; the same piece again is looked for
    after the line it was last found on, so repeated targets get their own lines."""

    def __init__(self, header: Header) -> None:
        self.lines = editor_lines(header.body)
        self.first = header.body_line
        self.after: dict[str, int] = {}

    def line_of(self, *needles: str) -> int:
        for needle in needles:
            if not needle:
                continue
            start = self.after.get(needle, 0)
            for offset in range(start, len(self.lines)):
                if needle in self.lines[offset]:
                    self.after[needle] = offset + 1
                    return self.first + offset
            for offset in range(0, min(start, len(self.lines))):
                if needle in self.lines[offset]:
                    return self.first + offset
        return self.first


def _page_html(kind: Kind | None, html: str) -> str:
    if kind is Kind.CHECKLIST:
        return html.replace("<ul>", '<ul style="list-style-type: none">').replace("<li>", "<li>" + TICK_BOX)
    return html


def _images_of(page: Page) -> Iterable[str]:
    return re.findall(r'src="pack:([^"]+)"', page.html)


def _folders_leaving(root: Path, real_root: Path) -> list[Problem]:
    """Folders in the pack that are links to a folder outside it (their pages are not read)."""
    return [
        Problem(
            display_path(path),
            1,
            "this folder is a link to a folder outside the content folder; its pages are not read",
        )
        for path in sorted(root.rglob("*"))
        if path.is_symlink() and path.is_dir() and not path.resolve().is_relative_to(real_root)
    ]


def _read(path: Path, real_root: Path, problems: list[Problem]) -> _Draft | None:
    shown = display_path(path)
    try:
        real = path.resolve()
        if not real.is_relative_to(real_root):
            problems.append(Problem(shown, 1, "this file is a link to a file outside the content folder"))
            return None
        info = real.stat()
        if not stat.S_ISREG(info.st_mode):
            problems.append(
                Problem(shown, 1, "this is not a plain file (it is a folder, pipe or device); it is not read")
            )
            return None
        size = info.st_size
        if size > MAX_FILE_BYTES:
            problems.append(
                Problem(
                    shown,
                    1,
                    f"the file is {size // 1024} KB; a page may be at most "
                    f"{MAX_FILE_BYTES // 1024} KB (split it into several pages)",
                )
            )
            return None
        data = real.read_bytes()
    except OSError as error:
        problems.append(Problem(shown, 1, f"cannot read this file ({error.strerror})"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.append(
            Problem(
                shown,
                line,
                "this line has characters that are not UTF-8 text (save the file as UTF-8 in your editor)",
            )
        )
        return None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        problems.append(Problem(shown, line, "this file holds a NUL byte; it is not a text file"))
        return None
    header, header_problems = split_header(text, KEYS)
    draft = _Draft(path, header)
    for found in header_problems:
        draft.error(found.line, found.message)
    return draft


@dataclass(frozen=True)
class _HeaderFacts:
    """What a page's header says, once its fields are checked."""

    fields: dict[str, str]
    page_id: str
    kind: Kind | None
    order: int
    icon: Path | None
    illustration: Path | None


def _check_header(draft: _Draft, real_root: Path, assets: Path | None) -> _HeaderFacts:
    """Every check of a page that needs no rendering: its header fields and pictures."""
    fields = {key: f.value for key, f in draft.header.fields.items()}
    for key in ("id", "kind", "title"):
        if not fields.get(key):
            draft.error(draft.header.end_line, f"the header needs '{key}: ...'")
    for key in SHOWN_KEYS:
        for message in shown_value_problems(key, fields.get(key, "")):
            draft.error(draft.line_of(key), message)
    page_id = fields.get("id", "")
    if page_id and not PAGE_ID.match(page_id):
        draft.error(
            draft.line_of("id"),
            f"id '{page_id}' may hold only lowercase letters, digits and single hyphens",
        )
    kind: Kind | None = None
    kind_text = fields.get("kind", "").lower()
    if kind_text:
        try:
            kind = Kind(kind_text)
        except ValueError:
            choices = [k.value for k in Kind]
            draft.error(
                draft.line_of("kind"),
                f"kind '{kind_text}' is not one of {one_of(choices)}{did_you_mean(kind_text, choices)}",
            )
    order = 0
    if "order" in fields:
        try:
            order = int(fields["order"])
        except ValueError:
            draft.error(draft.line_of("order"), f"order must be a whole number, not '{fields['order']}'")
    if (kind in TILE_KINDS or kind is Kind.STEP) and not fields.get("summary"):
        draft.error(
            draft.header.end_line,
            "the header needs 'summary: ...' (one short line for the tile)",
        )
    if kind in TILE_KINDS and not fields.get("icon"):
        draft.error(draft.header.end_line, "the header needs 'icon: ...' (a name from assets/icons)")
    url = fields.get("url", "")
    if url and not re.match(r"^https?://[^\s/]+\.[^\s]+$", url):
        draft.error(draft.line_of("url"), f"url '{url[:60]}' must be a web address like https://clinic.example/page")
    icon = _picture(draft, "icon", fields.get("icon", ""), real_root, assets, "icons")
    illustration = _picture(
        draft, "illustration", fields.get("illustration", ""), real_root, assets, "illustrations"
    )
    return _HeaderFacts(fields, page_id, kind, order, icon, illustration)


def _build_page(
    draft: _Draft,
    real_root: Path,
    assets: Path | None,
    images: dict[str, Path],
) -> None:
    facts = _check_header(draft, real_root, assets)
    fields, page_id, kind = facts.fields, facts.page_id, facts.kind
    rendered = render_markdown(draft.header.body)
    draft.rendered = rendered
    lines = _Lines(draft.header)
    for line, message in rendered.line_problems:
        draft.error(draft.header.body_line + line - 1, message)
    for needle, message in rendered.problems[:MAX_REPORTED]:
        draft.error(lines.line_of(needle), message)
    if len(rendered.problems) > MAX_REPORTED:
        draft.error(
            lines.line_of(rendered.problems[MAX_REPORTED][0]),
            f"... and {len(rendered.problems) - MAX_REPORTED} more problems like these in this file",
        )
    for name, written in zip(rendered.images, rendered.image_sources, strict=True):
        path = real_root / name
        line = lines.line_of(f"]({written}", f"]: {written}", written)
        problem = _pack_file_problem(path, real_root, written)
        if problem:
            draft.error(line, problem)
        else:
            images[name] = path.resolve()
    questions: tuple[Question, ...] = ()
    if kind is Kind.QUIZ:
        questions, quiz_problems = parse_quiz(draft.header.body, draft.header.body_line)
        for line, message in quiz_problems:
            draft.error(line, message)
    if page_id and kind is not None and not draft.problems:
        draft.page = Page(
            id=page_id,
            kind=kind,
            title=fields["title"],
            summary=fields.get("summary", ""),
            order=facts.order,
            icon=facts.icon,
            illustration=facts.illustration,
            html=_page_html(kind, rendered.html),
            text=rendered.text,
            source=draft.path,
            links=tuple(rendered.links),
            url=fields.get("url", ""),
            questions=questions,
            caption=fields.get("caption", ""),
        )


def _picture(
    draft: _Draft, key: str, value: str, real_root: Path, assets: Path | None, folder: str
) -> Path | None:
    """Resolve an icon or illustration: a name in assets/<folder>, or a file in the pack."""
    if not value:
        return None
    line = draft.line_of(key)
    if "/" not in value and "." not in value:
        choices = list(_asset_names(assets / folder)) if assets else []
        if value in choices and assets is not None:
            return assets / folder / f"{value}.svg"
        draft.error(line, f"{key} '{value}' is not in assets/{folder}{did_you_mean(value, choices)}")
        return None
    problem = image_path_problem(value) or _pack_file_problem(real_root / value, real_root, value)
    if problem:
        draft.error(line, problem)
        return None
    return (real_root / value).resolve()


def _asset_names(folder: Path) -> tuple[str, ...]:
    """The SVG names in an assets folder; read again only when the folder changes."""
    try:
        stamp = folder.stat().st_mtime_ns
    except OSError:
        return ()
    cached = _ASSET_NAMES.get(folder)
    if cached is None or cached[0] != stamp:
        cached = _ASSET_NAMES[folder] = (stamp, tuple(sorted(p.stem for p in folder.glob("*.svg"))))
    return cached[1]


_ASSET_NAMES: dict[Path, tuple[int, tuple[str, ...]]] = {}


def _pack_file_problem(path: Path, real_root: Path, name: str) -> str | None:
    if not path.exists():
        return f"image '{name}' does not exist in this language folder{_near_name(path, name)}"
    if not path.resolve().is_relative_to(real_root):
        return f"image '{name}' is a link to a file outside the content folder"
    return image_problem(path)


def _near_name(path: Path, name: str) -> str:
    """' (did you mean ...)' with a file of a close name in the same folder, as the page would
    write it: ``name``'s folder part kept ('images/step-1.svg', not 'step-1.svg')."""
    try:
        names = [p.name for p in path.parent.iterdir()] if path.parent.is_dir() else []
    except OSError:
        return ""
    folder = name.rpartition("/")[0] + "/" if "/" in name else ""
    return did_you_mean(folder + path.name, [folder + other for other in names[:500]])


def _check_ids_and_kinds(drafts: list[_Draft]) -> None:
    seen: dict[str, _Draft] = {}
    first_of_kind: dict[Kind, _Draft] = {}
    for draft in drafts:
        page = draft.page
        if page is None:
            continue
        if page.id in seen:
            other = seen[page.id]
            draft.error(
                draft.line_of("id"),
                f"id '{page.id}' is already used by {display_path(other.path)}:{other.line_of('id')}",
            )
            continue
        seen[page.id] = draft
        if page.kind in UNIQUE_KINDS:
            if page.kind in first_of_kind:
                other = first_of_kind[page.kind]
                draft.error(
                    draft.line_of("kind"),
                    f"there can be only one '{page.kind}' page; {display_path(other.path)} is one already",
                )
            else:
                first_of_kind[page.kind] = draft


def _check_pack(root: Path, drafts: list[_Draft], pages: list[Page]) -> list[Problem]:
    problems: list[Problem] = []
    declared = {
        d.header.fields["kind"].value.lower(): d for d in reversed(drafts) if "kind" in d.header.fields
    }
    if Kind.SAFETY.value not in declared:
        problems.append(
            Problem(
                display_path(root / "safety.md"),
                1,
                "there is no safety notice: add a page with 'kind: safety'",
            )
        )
    walkthrough = declared.get(Kind.WALKTHROUGH.value)
    if walkthrough is not None and Kind.STEP.value not in declared:
        problems.append(
            Problem(
                display_path(walkthrough.path),
                walkthrough.line_of("kind"),
                "the walkthrough has no steps: add files with 'kind: step' "
                "(for example in a walkthrough/ folder)",
            )
        )
    needs_walkthrough = {
        Kind.STEP: "there are steps but no walkthrough page: add one with 'kind: walkthrough'",
        Kind.QUIZ: "a quiz is offered at the end of the walkthrough, but there is no walkthrough page",
    }
    for kind, message in needs_walkthrough.items():
        orphan = declared.get(kind.value)
        if orphan is not None and walkthrough is None:
            problems.append(Problem(display_path(orphan.path), orphan.line_of("kind"), message))
    if Kind.HOME.value not in declared and drafts:
        problems.append(
            Problem(
                display_path(root / "home.md"),
                1,
                "there is no home page: add a page with 'kind: home' (until then the kiosk "
                "shows a plain Home with a tile for each good page)",
            )
        )
    if not pages and drafts:
        problems.append(Problem(display_path(root), 1, "no page in this folder is free of errors"))
    return problems
