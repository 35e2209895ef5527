"""Turn the kiosk's own link and image addresses into relative website addresses.

The sanitiser (kiosk/content/render.py) has already run: a page's HTML holds only
allowlisted tags, links as ``page:<id>`` and images as ``pack:<name>``. Rewriting
here only changes those two kinds of address, so nothing the kiosk refuses can
come back in.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from urllib.parse import quote

_PAGE_LINK = re.compile(r'<a href="page:([a-z0-9]+(?:-[a-z0-9]+)*)">(.*?)</a>', re.S)
_IMAGE = re.compile(r"<img\b[^>]*>")
_SRC = re.compile(r'\bsrc="pack:([^"]*)"')
_ALT = re.compile(r'\balt="([^"]*)"')
_ANY_ADDRESS = re.compile(r'(?:href|src)="([^"]*)"')
_HEADINGS = ("h4", "h3", "h2")


def rewrite(
    page_html: str,
    page_url: Callable[[str], str | None],
    image_url: Callable[[str], str | None],
) -> str:
    """``page:`` links and ``pack:`` images as relative URLs; one that has none loses its link
    (the words stay) or its picture (the alt text stays)."""

    def link(found: re.Match[str]) -> str:
        url = page_url(found.group(1))
        if url is None:
            return found.group(2)
        return f'<a href="{html.escape(url)}">{found.group(2)}</a>'

    def image(found: re.Match[str]) -> str:
        tag = found.group()
        source = _SRC.search(tag)
        url = image_url(html.unescape(source.group(1))) if source else None
        if url is None:
            alt = _ALT.search(tag)
            return alt.group(1) if alt else ""
        return _SRC.sub(lambda _: f'src="{html.escape(url)}"', tag)

    rewritten = _IMAGE.sub(image, _PAGE_LINK.sub(link, page_html))
    return rewritten.replace('<ul style="list-style-type: none">', '<ul class="checklist">')


def relative_file_url(path: str) -> str:
    """A site path ('en/_media/a b.png') as a URL path (spaces and such quoted)."""
    return quote(path, safe="/")


def outside_addresses(page_html: str) -> list[str]:
    """Addresses in the HTML that are not relative paths inside the site (should be none)."""
    found = []
    for address in _ANY_ADDRESS.findall(page_html):
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", address) or address.startswith(("/", "\\")):
            found.append(address)
    return found


def demote_headings(page_html: str) -> str:
    """One heading level down (h2 -> h3 ...), for a page shown inside another page."""
    for tag in _HEADINGS:
        lower = f"h{int(tag[1]) + 1}"
        page_html = page_html.replace(f"<{tag}>", f"<{lower}>").replace(f"</{tag}>", f"</{lower}>")
    return page_html
