"""Render page Markdown to HTML that holds only what the kiosk allows.

Python-Markdown does not sanitise: raw HTML and any URL scheme pass straight
through. Here the raw-HTML parsers are switched off (so HTML shows as text),
and a tree processor that runs after the inline patterns keeps only allowlisted
tags and attributes, turns links to page ids into ``page:`` URLs and images
inside the pack into ``pack:`` URLs, and drops anything else.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import markdown
from markdown.treeprocessors import Treeprocessor

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


@dataclass
class Rendered:
    """The safe HTML of a page and what it refers to."""

    html: str
    text: str
    links: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    """(text to find in the source, message) for each thing that was dropped."""


def is_page_link(target: str) -> bool:
    return bool(PAGE_ID.match(target))


def image_path_problem(target: str) -> str | None:
    """Why an image path may not be used, or None when it stays inside the pack."""
    if not target:
        return "an image needs a file name"
    if _SCHEME.match(target) or target.startswith("//"):
        return (
            f"image '{target}' is not a file in this language folder "
            "(web and file links are not allowed)"
        )
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
            if child.tag == "a":
                self._link(child)
            elif child.tag == "img" and not self._image(child):
                _replace_with_text(parent, child, child.get("alt", ""))
                continue
            if child.tag not in ALLOWED_TAGS:
                _unwrap(parent, child)
                continue
            allowed = ALLOWED_ATTRIBUTES.get(str(child.tag), frozenset())
            for name in list(child.attrib):
                if name not in allowed:
                    del child.attrib[name]
            self._clean(child)
        # Unwrapping may have moved grandchildren up: sweep until stable.
        if any(c.tag not in ALLOWED_TAGS for c in parent):
            self._clean(parent)

    def _link(self, element: etree.Element) -> None:
        target = (element.get("href") or "").strip()
        if is_page_link(target):
            element.set("href", PAGE_SCHEME + target)
            self.result.links.append(target)
            return
        self.result.problems.append(
            (
                target or "]()",
                link_problem(target)
                if target
                else "a link needs a page id, like [safety notice](safety)",
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
                words = " ".join("".join(_own_text(element)).split())
                if words:
                    blocks.append(words)
        self.result.text = "\n".join(blocks)


def _own_text(element: etree.Element) -> list[str]:
    """Text of an element without that of nested blocks (they are visited on their own)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in {"p", "li", "ul", "ol", "blockquote"}:
            parts.extend(_own_text(child))
        parts.append(child.tail or "")
    return parts


def render_markdown(body: str) -> Rendered:
    """Render body Markdown to allowlisted HTML; raw HTML is shown as text."""
    result = Rendered(html="", text="")
    md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_Sanitiser(md, result), "kiosk-sanitise", 5)
    md.treeprocessors.register(_PlainText(md, result), "kiosk-text", 4)
    result.html = md.convert(body)
    return result
