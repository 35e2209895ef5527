"""Render page Markdown to HTML that holds only what the kiosk allows.

Python-Markdown does not sanitise: raw HTML and any URL scheme pass straight
through. Here the raw-HTML parsers are switched off (so HTML shows as text),
and a tree processor that runs after the inline patterns keeps only allowlisted
tags and attributes, turns links to page ids into ``page:`` URLs and images
inside the pack into ``pack:`` URLs, and drops anything else. HTML written in a
page is reported, since it would show on screen as code.

Link and image targets are checked as Qt will read them: Markdown's backslash
escapes, HTML entities and percent-encodings are all decoded first (as Markdown
says they are), the decoded target is checked, and the attribute is then written
again from the checked value alone, in characters that no later step decodes. A
message quotes the target as the author wrote it.

Tables (Python-Markdown's tables extension) are rendered, with at most
``MAX_TABLE_COLUMNS`` columns so they fit a portrait screen at the largest text.

Before Markdown sees a body, ``kiosk.content.limits`` checks it against caps
that keep any page fast to lay out; and the link patterns look only a few
hundred characters ahead for their ``]`` and ``)`` (Python-Markdown's own scan
goes to the end of the paragraph for every unclosed ``[``, which is quadratic).
"""

from __future__ import annotations

import html
import re
import threading
import unicodedata
import xml.etree.ElementTree as etree
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import unquote

import markdown
from markdown.extensions.sane_lists import SaneListExtension
from markdown.extensions.tables import TableExtension
from markdown.inlinepatterns import LinkInlineProcessor, ReferenceInlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, ETX, HTML_PLACEHOLDER_RE, INLINE_PLACEHOLDER_RE, STX

from kiosk.content.limits import body_problems
from kiosk.content.tables import table_problems

PAGE_SCHEME = "page:"
PACK_SCHEME = "pack:"

ALLOWED_TAGS = frozenset(
    {
        "p",
        "h2",
        "h3",
        "h4",
        "ul",
        "ol",
        "li",
        "strong",
        "em",
        "a",
        "img",
        "blockquote",
        "hr",
        "br",
        "code",
        "pre",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
    }
)
ALLOWED_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt"}),
    "ol": frozenset({"start"}),
    "th": frozenset({"align"}),
    "td": frozenset({"align"}),
}
_ALIGN = re.compile(r"^\s*text-align:\s*(left|center|right);?\s*$")
"""How the tables extension writes a column's alignment (kept as an ``align`` attribute)."""
RENAMED_TAGS = {"h1": "h2", "h5": "h4", "h6": "h4", "b": "strong", "i": "em"}
PAGE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".svg", ".webp", ".gif"})
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_FILE_NAME_CHAR = re.compile(r"[\w \-.()+,'~=@!$;/]")
"""Characters an image path may hold once decoded: each reads back unchanged from a Qt URL."""
_RAW_HTML = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|!--|![A-Za-z\[])")
"""An HTML tag, comment or declaration written in the text (shown as text, so reported)."""
LINK_SCAN = 200
"""How far a link pattern looks ahead for the ']' of its text and the ')' of its target."""
_LINK_PATTERNS = {
    "reference": 170,
    "link": 160,
    "image_link": 150,
    "image_reference": 140,
    "short_reference": 130,
    "short_image_ref": 125,
}
"""Python-Markdown's link and image patterns, with their priorities."""
_REFERENCE_ID = re.compile(rf"\s?\[([^\]]{{0,{LINK_SCAN}}})\]", re.DOTALL)


@dataclass
class Rendered:
    """The safe HTML of a page and what it refers to."""

    html: str
    text: str
    links: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    link_sources: list[str] = field(default_factory=list)
    """Each link's target as the author wrote it (same order as ``links``)."""
    image_sources: list[str] = field(default_factory=list)
    """Each image's path as the author wrote it (same order as ``images``)."""
    unlinked: list[tuple[str, str]] = field(default_factory=list)
    """(page id, target as written) for links left as plain words: their page is not shown."""
    problems: list[tuple[str, str]] = field(default_factory=list)
    """(text to find in the source, message) for each thing that was dropped."""
    line_problems: list[tuple[int, str]] = field(default_factory=list)
    """(line, message) for a body that was not rendered at all; line 1 is the body's first."""


def is_page_link(target: str) -> bool:
    return bool(PAGE_ID.match(target))


def image_path_problem(target: str, shown: str | None = None) -> str | None:
    """Why an image path may not be used, or None when it stays inside the pack.

    ``target`` is the path as Qt would read it (decoded); ``shown`` is how the author
    wrote it, quoted in the message (the same when not given).
    """
    shown = _shown(target if shown is None else shown)
    if not target:
        return "an image needs a file name"
    if _SCHEME.match(target) or target.startswith("//"):
        return f"image '{shown}' is not a file in this language folder (web and file links are not allowed)"
    if target.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", target):
        return (
            f"image '{shown}' is an absolute path; "
            "use a path inside the language folder, like images/photo.png"
        )
    if ".." in PurePosixPath(target.replace("\\", "/")).parts:
        return f"image '{shown}' points outside the language folder ('..' is not allowed)"
    odd = next((c for c in target if not _FILE_NAME_CHAR.fullmatch(c)), None)
    if odd is not None:
        named = repr(odd) if odd.isprintable() and odd != "'" else f"U+{ord(odd):04X}"
        return (
            f"image '{shown}' has a character a picture's file name may not hold here ({named}); "
            "rename the file with letters, digits, spaces, '-' and '_'"
        )
    if any(part in ("", ".") for part in target.split("/")):
        return (
            f"image '{shown}' has an empty part or a '.' folder in its path; "
            "write it like images/photo.png"
        )
    if PurePosixPath(target).suffix.lower() not in IMAGE_SUFFIXES:
        return f"image '{shown}' is not a picture file (use .png, .jpg, .svg or .webp)"
    return None


def _shown(text: str) -> str:
    """A target for a message: on one line, not too long."""
    text = "".join(c if c.isprintable() else " " for c in text)
    return text if len(text) <= 60 else text[:57] + "..."


def link_problem(target: str, shown: str | None = None) -> str:
    shown = _shown(target if shown is None else shown)
    if _SCHEME.match(target) or target.startswith("//"):
        scheme = target.split(":", 1)[0].lower() if ":" in target else "web"
        scheme = scheme if re.fullmatch(r"[a-z0-9+.-]{1,20}", scheme) else "web"
        return (
            f"link '{shown}' leaves the kiosk ({scheme} links are not allowed); "
            "link to a page id instead, like [safety notice](safety)"
        )
    return f"link '{shown}' is not a page id; page ids look like 'does-it-hurt'"


_ESCAPED = re.compile(f"{STX}([0-9]+){ETX}")


def decoded_target(value: str) -> str | None:
    """A link or image target from the Markdown tree as Qt would read it, or None when
    it holds something that is not a target at all (a code span, a stray control mark).

    Backslash escapes (held as placeholders until the HTML is written), HTML entities
    and percent-encodings are all decoded, in the order a browser reads them.
    """
    if INLINE_PLACEHOLDER_RE.search(value):
        return None
    text = _ESCAPED.sub(lambda found: chr(int(found.group(1))), value)
    text = html.unescape(text.replace(AMP_SUBSTITUTE, "&"))
    text = unquote(text, errors="replace").strip()
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in text):
        return None
    return text


def written_target(value: str) -> str:
    """A target from the Markdown tree as the author typed it (escapes put back)."""
    text = _ESCAPED.sub(lambda found: "\\" + chr(int(found.group(1))), value)
    text = INLINE_PLACEHOLDER_RE.sub("`...`", text)
    if AMP_SUBSTITUTE in text:
        # Only an e-mail address written <a@b.example> comes back so: Python-Markdown spells it
        # out as "mailto:" and one entity per letter. The author typed the address alone.
        text = _AMP_REFERENCE.sub(lambda found: html.unescape("&" + found.group(1)), text)
        text = text.replace(AMP_SUBSTITUTE, "&").removeprefix("mailto:")
    return text.strip()


class _Sanitiser(Treeprocessor):
    def __init__(self, md: markdown.Markdown, result: Rendered) -> None:
        super().__init__(md)
        self.result = result
        self.page_ids: Collection[str] | None = None
        """When set, links to any other id are left as plain words."""

    def run(self, root: etree.Element) -> None:
        self._clean(root)

    def _clean(self, parent: etree.Element) -> None:
        for child in list(parent):
            child.tag = RENAMED_TAGS.get(str(child.tag), child.tag)
            if child.tag not in ("code", "pre"):
                self._raw_html(child.text)
            self._raw_html(child.tail)
            if child.tag == "a":
                self._link(child)
            elif child.tag in ("th", "td"):
                _keep_alignment(child)
            elif child.tag == "img" and not self._image(child):
                _replace_with_text(parent, child, child.get("alt", ""))
                continue
            # Children first: what unwrapping moves up (an image inside a dropped link)
            # must already be clean, as it is not visited again.
            self._clean(child)
            if child.tag not in ALLOWED_TAGS:
                _unwrap(parent, child)
                continue
            allowed = ALLOWED_ATTRIBUTES.get(str(child.tag), frozenset())
            for name in list(child.attrib):
                if name not in allowed:
                    del child.attrib[name]

    def _raw_html(self, text: str | None) -> None:
        found = _RAW_HTML.search(text) if text else None
        if found:
            tag = found.group().split("\n")[0]
            shown = tag if len(tag) <= 40 else tag[:37] + "..."
            self.result.problems.append(
                (
                    tag,
                    f"HTML like '{shown}' is not allowed in a page (it would show as code); "
                    "use Markdown, or write \\< for a '<' that should show",
                )
            )

    def _link(self, element: etree.Element) -> None:
        raw = element.get("href") or ""
        element.attrib.clear()
        written = written_target(raw)
        target = decoded_target(raw)
        if target is not None and is_page_link(target):
            if self.page_ids is not None and target not in self.page_ids:
                self.result.unlinked.append((target, written))
            else:
                element.set("href", PAGE_SCHEME + target)
                self.result.links.append(target)
                self.result.link_sources.append(written)
                return
        elif not written:
            self.result.problems.append(("]()", "a link needs a page id, like [safety notice](safety)"))
        else:
            self.result.problems.append((written, link_problem(target or written, written)))
        element.tag = "span"  # unwrapped below: the words stay, the link goes

    def _image(self, element: etree.Element) -> bool:
        raw = element.get("src") or ""
        written = written_target(raw)
        target = decoded_target(raw)
        problem = (
            image_path_problem(target, written)
            if target is not None
            else f"image '{_shown(written)}' is not a file name"
        )
        if problem:
            self.result.problems.append((written or "![", problem))
            return False
        assert target is not None
        alt = element.get("alt", "")
        element.attrib.clear()
        element.set("alt", alt)
        element.set("src", PACK_SCHEME + target)
        self.result.images.append(target)
        self.result.image_sources.append(written)
        return True


def _keep_alignment(cell: etree.Element) -> None:
    """The tables extension aligns a column with a style; keep only its left/center/right."""
    found = _ALIGN.match(cell.get("style") or "")
    cell.attrib.clear()
    if found:
        cell.set("align", found.group(1))


def _unwrap(parent: etree.Element, child: etree.Element) -> None:
    """Replace child by its text and children, keeping the words in place."""
    index = list(parent).index(child)
    parent.remove(child)
    text = child.text or ""
    tail = child.tail or ""
    grandchildren = list(child)
    if grandchildren:
        grandchildren[-1].tail = (grandchildren[-1].tail or "") + tail
    else:
        text += tail
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    for offset, grandchild in enumerate(grandchildren):
        parent.insert(index + offset, grandchild)


def _replace_with_text(parent: etree.Element, child: etree.Element, text: str) -> None:
    child.tag = "span"
    child.attrib.clear()
    child.text = text
    _unwrap(parent, child)


_TEXT_BLOCKS = frozenset({"p", "li", "h2", "h3", "h4", "blockquote", "pre"})
"""The blocks whose words make a line of the plain text, each read once: a heading or a
code block inside a list item or a quote is its own line, not part of the item's. A table's
rows are lines too (``_PlainText._rows``)."""


class _PlainText(Treeprocessor):
    def __init__(self, md: markdown.Markdown, result: Rendered) -> None:
        super().__init__(md)
        self.result = result

    def run(self, root: etree.Element) -> None:
        blocks = []
        for element in root.iter():
            if element.tag in _TEXT_BLOCKS:
                words = self._words(element)
                if words:
                    blocks.append(words)
            elif element.tag == "table":
                blocks.extend(self._rows(element))
        self.result.text = "\n".join(blocks)

    def _words(self, element: etree.Element) -> str:
        return " ".join("".join(self._own_text(element)).split())

    def _rows(self, table: etree.Element) -> list[str]:
        """A table as a person reads it out: one line per row, each cell after its column's
        heading ("Day: 1, What to do: Rest")."""
        heads = [self._words(cell) for cell in table.iter("th")]
        lines = []
        for row in table.iter("tr"):
            cells = [self._words(cell) for cell in row if cell.tag == "td"]
            padded = heads + [""] * len(cells)  # a row longer than the headings
            named = [f"{head}: {cell}" if head else cell
                     for head, cell in zip(padded, cells, strict=False) if cell]
            if named:
                lines.append(", ".join(named))
        return lines

    def _own_text(self, element: etree.Element) -> list[str]:
        """Text of an element without that of nested blocks (they are visited on their own)."""
        parts = [self._readable(element.text, element.tag == "code")]
        for child in element:
            if child.tag not in _TEXT_BLOCKS:  # a list holds only items
                parts.extend(self._own_text(child))
            parts.append(self._readable(child.tail, False))
        return parts

    def _readable(self, text: str | None, code: bool) -> str:
        """Text as a person reads it: Markdown's placeholders for entities (&amp;) and
        escapes (\\*) put back, and code (kept HTML-escaped in the tree) unescaped."""
        if not text:
            return ""
        text = HTML_PLACEHOLDER_RE.sub(self._stashed, text)
        text = _ESCAPE_PLACEHOLDER.sub(lambda found: chr(int(found.group(1))), text)
        if AMP_SUBSTITUTE in text:  # e-mail addresses come back as &#97;&#64;...
            text = _AMP_REFERENCE.sub(lambda found: html.unescape("&" + found.group(1)), text)
            text = text.replace(AMP_SUBSTITUTE, "&")
        return html.unescape(text) if code else text

    def _stashed(self, found: re.Match[str]) -> str:
        blocks = self.md.htmlStash.rawHtmlBlocks
        index = int(found.group(1))
        return html.unescape(str(blocks[index])) if index < len(blocks) else ""


_ESCAPE_PLACEHOLDER = re.compile(f"{STX}([0-9]+){ETX}")
"""How Python-Markdown holds a backslash-escaped character until the HTML is written."""
_AMP_REFERENCE = re.compile(f"{re.escape(AMP_SUBSTITUTE)}(#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z0-9]+;)")


class _BoundedLinkScan(LinkInlineProcessor):
    """Looks at most LINK_SCAN characters ahead for a link's ']' and ')'.

    Mixed in before each of Python-Markdown's link and image patterns: a '['
    without its ']' close by is then plain text, found in constant time.
    """

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:  # noqa: N802
        text, end, handled = super().getText(data[index : index + LINK_SCAN], 0)
        return text, index + end, handled

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:  # noqa: N802
        href, title, end, handled = super().getLink(data[index : index + LINK_SCAN], 0)
        return href, title, index + end, handled


_BOUNDED_CLASSES: dict[type, type] = {}


def _bounded(pattern: LinkInlineProcessor) -> LinkInlineProcessor:
    base = type(pattern)
    bounded = _BOUNDED_CLASSES.get(base)
    if bounded is None:
        extra = {"RE_LINK": _REFERENCE_ID} if issubclass(base, ReferenceInlineProcessor) else {}
        bounded = _BOUNDED_CLASSES[base] = type(f"Bounded{base.__name__}", (_BoundedLinkScan, base), extra)
    made = bounded(pattern.pattern, pattern.md)
    assert isinstance(made, LinkInlineProcessor)
    return made


class _Converter:
    """One configured Markdown instance, reset and reused for each page (building one
    costs about as much as rendering a short page)."""

    def __init__(self) -> None:
        self.result = Rendered(html="", text="")
        # Extension objects, not names: a name makes Markdown scan every installed package's
        # entry points (importlib.metadata), which costs more at start than the rest.
        md = markdown.Markdown(extensions=[SaneListExtension(), TableExtension()], output_format="html")
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        for name, priority in _LINK_PATTERNS.items():
            pattern = md.inlinePatterns[name]
            if isinstance(pattern, LinkInlineProcessor):
                md.inlinePatterns.register(_bounded(pattern), name, priority)
        self.sanitiser = _Sanitiser(md, self.result)
        self.plain = _PlainText(md, self.result)
        md.treeprocessors.register(self.sanitiser, "kiosk-sanitise", 5)
        md.treeprocessors.register(self.plain, "kiosk-text", 4)
        self.md = md

    def convert(self, body: str, result: Rendered, page_ids: Collection[str] | None) -> str:
        self.sanitiser.result = self.plain.result = result
        self.sanitiser.page_ids = page_ids
        self.md.reset()
        return self.md.convert(body)


_PER_THREAD = threading.local()
"""A converter per thread: content may be reloaded in the background while the kiosk runs."""


def _converter() -> _Converter:
    made: _Converter | None = getattr(_PER_THREAD, "converter", None)
    if made is None:
        made = _PER_THREAD.converter = _Converter()
    return made


def render_markdown(body: str, page_ids: Collection[str] | None = None) -> Rendered:
    """Render body Markdown to allowlisted HTML; raw HTML is reported and shown as text.

    With ``page_ids``, a link to any other page id is left as its words (and listed in
    ``unlinked``). A body over one of the caps in ``kiosk.content.limits`` (or with
    tables too costly to lay out, see ``kiosk.content.tables``) is not rendered: its ``line_problems``
    say why, and its HTML is empty. A table a little too wide is rendered, so every other
    problem in the page is found too, and listed in ``line_problems``.
    """
    result = Rendered(html="", text="")
    result.line_problems = body_problems(body)
    if result.line_problems:
        return result
    tables = table_problems(body)
    if any(too_costly for _, _, too_costly in tables):
        result.line_problems = [(line, message) for line, message, _ in tables]
        return result
    try:
        result.html = _converter().convert(body, result, page_ids)
    except RecursionError:
        _PER_THREAD.converter = None  # it may be left half-way through a page
        return Rendered("", "", line_problems=[(1, "this page is nested too deeply to show")])
    result.line_problems = [(line, message) for line, message, _ in tables]
    return result
