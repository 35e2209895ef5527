"""For any Markdown text at all, the HTML the kiosk shows holds only what it allows.

Hypothesis writes the text from pieces that attackers and careless copy-pastes
use (tags, event handlers, schemes, entities, brackets, indents) mixed with any
Unicode; the rendered HTML is then parsed the way a browser would read it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePosixPath

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.render import render_markdown

# The contract, written out here: a copy imported from kiosk.content.render could not
# catch a widened allowlist (tests/content/test_link_oracle.py checks where links lead).
ALLOWED_TAGS = frozenset({"p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "img",
                          "blockquote", "hr", "br", "code", "pre", "table", "thead", "tbody", "tr",
                          "th", "td"})
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}, "ol": {"start"}, "th": {"align"},
                      "td": {"align"}}
PAGE_SCHEME, PACK_SCHEME = "page:", "pack:"
PAGE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

PIECES = [
    "<", ">", "</", "/>", "<script>", "</script>", "<img src=x onerror=alert(1)>",
    "<a href='javascript:alert(1)'>", "<iframe src=//evil.example>", "<style>", "<svg onload=x>",
    "<!--", "-->", "<![CDATA[", "<!DOCTYPE html>", "<?php", " onclick=", " style=", "=",
    "javascript:", "JaVaScRiPt:", "java\tscript:", "data:text/html,", "vbscript:", "http://",
    "https://evil.example", "file:///etc/passwd", "//evil.example", "mailto:a@b.c", "page:",
    "pack:", "safety", "does-it-hurt", "a.png", "images/a.svg", "../", "..\\", "/etc/a.png",
    "C:\\a.png", "[", "]", "(", ")", "![", "](", "[x]: javascript:alert(1)\n", "[x]", "[x][]",
    "[x][y]", '"', "'", "<http://x.example>", "<a@b.example>", "*", "**", "_", "__", "`", "``",
    "\\", "&", "&lt;", "&#60;", "&#x3C;", "&amp;lt;", "&#0;", "&#x110000;", "#", "## ", "###### ",
    "- ", "* ", "+ ", "1. ", "3) ", "> ", "    ", "\t", "---", "***", "===", "\n", "\n\n",
    " ", "  \n", "\x00", "\u2028", "\x0c", "\r", "\ufeff", "\u202e", "\x02", "\x03",
    # Whole links and images, so attributes such as titles come up often.
    '[a](safety "t")', "[a](safety 't' )", "![a](a.png \"t\")", "![a](<a.png>)", '[x]: safety "t"\n',
    "[a](<safety>)", "[a]( safety )", "![a](images/a.svg)", "[a](http://x.example)",
    # Links around images and emphasis: what a dropped link unwraps must be cleaned too.
    "[![a](http://x.example/a.png)](safety)", "[![a](a.png)](http://x.example)",
    "[**![a](file:///a.png)**](javascript:x)", "[x ![a](../a.png) y](//x.example)",
]
markdown_texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=80
).map("".join)


class _Html(HTMLParser):
    """Every tag, attribute and odd construct in a piece of HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.other: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        self.tags.append((tag, []))

    def handle_comment(self, data: str) -> None:
        self.other.append(f"comment {data!r}")

    def handle_decl(self, decl: str) -> None:
        self.other.append(f"declaration {decl!r}")

    def handle_pi(self, data: str) -> None:
        self.other.append(f"processing instruction {data!r}")

    def unknown_decl(self, data: str) -> None:
        self.other.append(f"declaration {data!r}")


def parsed(html: str) -> _Html:
    parser = _Html()
    parser.feed(html)
    parser.close()
    return parser


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(markdown_texts)
def test_rendered_html_holds_only_allowlisted_tags_attributes_and_schemes(text: str) -> None:
    rendered = render_markdown(text)
    found = parsed(rendered.html)
    assert found.other == []
    hrefs, srcs = [], []
    for tag, attrs in found.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert name in ALLOWED_ATTRIBUTES.get(tag, frozenset()), (tag, name)
            assert value is not None, (tag, name)
            if name == "href":
                assert value.startswith(PAGE_SCHEME), value
                assert PAGE_ID.fullmatch(value.removeprefix(PAGE_SCHEME)), value
                hrefs.append(value.removeprefix(PAGE_SCHEME))
            elif name == "src":
                assert value.startswith(PACK_SCHEME), value
                name_in_pack = value.removeprefix(PACK_SCHEME)
                assert not name_in_pack.startswith(("/", "\\")) and ":" not in name_in_pack, value
                assert PurePosixPath(name_in_pack).suffix.lower() in {".png", ".jpg", ".jpeg", ".svg",
                                                                       ".webp", ".gif"}, value
                assert ".." not in PurePosixPath(name_in_pack).parts
                srcs.append(name_in_pack)
            elif name == "start":
                assert value.isdigit(), value
    # The loader checks the links and images the renderer lists: it must list every one.
    assert sorted(hrefs) == sorted(rendered.links)
    assert "table" not in {tag for tag, _ in found.tags} or "|" in text
    assert sorted(srcs) == sorted(rendered.images)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown_texts)
def test_the_spoken_and_searched_text_is_plain_words(text: str) -> None:
    """Page.text (read aloud, graded for reading level) never holds markup or placeholders."""
    rendered = render_markdown(text)
    assert "\x02" not in rendered.text and "\x03" not in rendered.text
    assert "wzxhzdk" not in rendered.text
