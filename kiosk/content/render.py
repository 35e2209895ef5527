"""Render page Markdown to HTML that holds only what the kiosk allows.

Python-Markdown does not sanitise: raw HTML and any URL scheme pass straight
through. Here the raw-HTML parsers are switched off (so HTML shows as text),
and a tree processor that runs after the inline patterns keeps only allowlisted
tags and attributes, turns links to page ids into ``page:`` URLs and images
inside the pack into ``pack:`` URLs, and drops anything else. HTML written in a
page is reported, since it would show on screen as code.

Before Markdown sees a body, ``kiosk.content.limits`` checks it against caps
that keep any page fast to lay out; and the link patterns look only a few
hundred characters ahead for their ``]`` and ``)`` (Python-Markdown's own scan
goes to the end of the paragraph for every unclosed ``[``, which is quadratic).
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import markdown
from markdown.inlinepatterns import LinkInlineProcessor, ReferenceInlineProcessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, ETX, HTML_PLACEHOLDER_RE, STX

from kiosk.content.limits import body_problems

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
    }
)
ALLOWED_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt"}),
    "ol": frozenset({"start"}),
}
RENAMED_TAGS = {"h1": "h2", "h5": "h4", "h6": "h4", "b": "strong", "i": "em"}
PAGE_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".svg", ".webp", ".gif"})
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
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
    problems: list[tuple[str, str]] = field(default_factory=list)
    """(text to find in the source, message) for each thing that was dropped."""
    line_problems: list[tuple[int, str]] = field(default_factory=list)
    """(line, message) for a body that was not rendered at all; line 1 is the body's first."""


def is_page_link(target: str) -> bool:
    return bool(PAGE_ID.match(target))


def image_path_problem(target: str) -> str | None:
    """Why an image path may not be used, or None when it stays inside the pack."""
    if not target:
        return "an image needs a file name"
    if _SCHEME.match(target) or target.startswith("//"):
        return f"image '{target}' is not a file in this language folder (web and file links are not allowed)"
    if target.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", target):
        return (
            f"image '{target}' is an absolute path; "
            "use a path inside the language folder, like images/photo.png"
        )
    if ".." in PurePosixPath(target.replace("\\", "/")).parts:
        return f"image '{target}' points outside the language folder ('..' is not allowed)"
    if PurePosixPath(target).suffix.lower() not in IMAGE_SUFFIXES:
        return f"image '{target}' is not a picture file (use .png, .jpg, .svg or .webp)"
    return None


def link_problem(target: str) -> str:
    if _SCHEME.match(target) or target.startswith("//"):
        scheme = target.split(":", 1)[0].lower() if ":" in target else "web"
        return (
            f"link '{target[:60]}' leaves the kiosk ({scheme} links are not allowed); "
            "link to a page id instead, like [safety notice](safety)"
        )
    return f"link '{target[:60]}' is not a page id; page ids look like 'does-it-hurt'"


class _Sanitiser(Treeprocessor):
    def __init__(self, md: markdown.Markdown, result: Rendered) -> None:
        super().__init__(md)
        self.result = result

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
        target = (element.get("href") or "").strip()
        if is_page_link(target):
            element.set("href", PAGE_SCHEME + target)
            self.result.links.append(target)
            return
        self.result.problems.append(
            (
                target or "]()",
                link_problem(target) if target else "a link needs a page id, like [safety notice](safety)",
            )
        )
        element.tag = "span"  # unwrapped below: the words stay, the link goes

    def _image(self, element: etree.Element) -> bool:
        target = (element.get("src") or "").strip()
        problem = image_path_problem(target)
        if problem:
            self.result.problems.append((target or "![", problem))
            return False
        name = str(PurePosixPath(target.replace("\\", "/")))
        element.set("src", PACK_SCHEME + name)
        self.result.images.append(name)
        return True


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


class _PlainText(Treeprocessor):
    def __init__(self, md: markdown.Markdown, result: Rendered) -> None:
        super().__init__(md)
        self.result = result

    def run(self, root: etree.Element) -> None:
        blocks = []
        for element in root.iter():
            if element.tag in {"p", "li", "h2", "h3", "h4", "blockquote", "pre"}:
                words = " ".join("".join(self._own_text(element)).split())
                if words:
                    blocks.append(words)
        self.result.text = "\n".join(blocks)

    def _own_text(self, element: etree.Element) -> list[str]:
        """Text of an element without that of nested blocks (they are visited on their own)."""
        parts = [self._readable(element.text, element.tag == "code")]
        for child in element:
            if child.tag not in {"p", "li", "ul", "ol", "blockquote"}:
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
        md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
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

    def convert(self, body: str, result: Rendered) -> str:
        self.sanitiser.result = self.plain.result = result
        self.md.reset()
        return self.md.convert(body)


_PER_THREAD = threading.local()
"""A converter per thread: content may be reloaded in the background while the kiosk runs."""


def _converter() -> _Converter:
    made: _Converter | None = getattr(_PER_THREAD, "converter", None)
    if made is None:
        made = _PER_THREAD.converter = _Converter()
    return made


def render_markdown(body: str) -> Rendered:
    """Render body Markdown to allowlisted HTML; raw HTML is reported and shown as text.

    A body over one of the caps in ``kiosk.content.limits`` is not rendered:
    its ``line_problems`` say why, and its HTML is empty.
    """
    result = Rendered(html="", text="")
    result.line_problems = body_problems(body)
    if result.line_problems:
        return result
    try:
        result.html = _converter().convert(body, result)
    except RecursionError:
        _PER_THREAD.converter = None  # it may be left half-way through a page
        return Rendered("", "", line_problems=[(1, "this page is nested too deeply to show")])
    result.problems = list(dict.fromkeys(result.problems))  # a re-swept element is seen twice
    return result
