"""No link or image in a page can reach anything but a kiosk page or a file inside the pack.

Hypothesis writes page bodies full of links, images, reference definitions,
autolinks, HTML entities, backslash escapes and percent-encodings, aimed at a
real pack on disk that has files inside it, a file beside it (outside the
language folder) and a link inside it that points out. Each page is loaded as the
kiosk loads it, and every ``href`` and ``src`` in its HTML is read back the way a
browser (and Qt) reads it: HTML entities decoded, then percent-encodings.

The oracle is independent of the code under test: it imports nothing from
``kiosk.content.render`` (no allowlist, no pattern, no scheme constant). What it
allows is written out here from the kiosk's contract: links are ``page:<id>`` for
a page of the pack, images are ``pack:<path>`` for a picture file inside it.

Replay a failure with the seed printed in the header and with the failure:
``KIOSK_SEED=<seed> pytest ...`` (Hypothesis also prints a ``@reproduce_failure`` line
for the exact example).
"""

from __future__ import annotations

import posixpath
import shutil
import tempfile
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.loader import load_pack
from kiosk.content.render import render_markdown
from kiosk.core.resources import bundled
from tests.conftest import GOOD_PAGES, write_pack

PAGE_IDS = frozenset({"home", "what", "hurt", "walkthrough", "step-one", "step-two", "safety", "bad"})
"""Every page id the pack below can have (written out, not read from the code under test)."""
TAGS = frozenset({"p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "a", "img", "blockquote",
                  "hr", "br", "code", "pre", "table", "thead", "tbody", "tr", "th", "td"})
ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}, "ol": {"start"}, "th": {"align"}, "td": {"align"},
              "ul": {"style"}}
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>'
INSIDE = ["images/a.svg", "images/my_photo.svg", "images/a b.svg", "pics/x.svg", "top.svg"]
"""Picture files inside the language folder."""
HEADER = "---\nid: bad\nkind: section\norder: 5\ntitle: Bad\nsummary: Bad.\nicon: info\n---\n"

TARGETS = [
    "safety", "hurt", "what", "home", "nope", "step-one", "bad", "SAFETY", "safety ",
    "images/a.svg", "images/my\\_photo.svg", "images/my_photo.svg", "images/a%20b.svg", "images/a b.svg",
    "<images/a b.svg>", "pics/x.svg", "top.svg", "./top.svg", "images//a.svg", "images/./a.svg",
    "../outside.svg", "images/../../outside.svg", "images/link.svg", "images/link-dir/x.svg",
    "/etc/passwd.svg", "C:/x.svg", "//evil.example/x.svg", "file:///etc/x.svg", "http://evil.example",
    "javascript:alert(1)", "data:image/svg+xml,<svg/>", "mailto:a@b.example", "page:safety",
    "pack:top.svg", "pack:../outside.svg",
]
PIECES = [
    "..", "../", "/", "\\", "\\.", "\\/", "\\\\", ".", "%2e", "%2E", "%2f", "%2F", "%5c", "%25",
    "%252e", "%00", "%0a", "%E2%80%AE", "&#46;", "&#x2e;", "&#X2E;", "&period;", "&sol;", "&#47;",
    "&#x2F;", "&#92;", "&bsol;", "&#37;", "&amp;", "&#0;", "&#58;", "&colon;", "&#106;", "&#x6A;",
    "\\_", "\\*", "\\(", "\\)", "\\[", "\\]", "\\<", "\\>", "\\!", "\\#", "\\-", "\\+", "\\`",
    "javascript:", "file:", "page:", "pack:", "http:", "//", "images", "images/", "outside.svg",
    "link.svg", "a.svg", "my", "_photo", ".svg", "safety", "hurt", "-", " ", "\t", '"t"', "'t'", "(", ")",
    "<", ">", "`", "?", "#", "@", ":",
]
FOLDERS = ["", "images/", "pics/", "./", "../", "images/../", "images/../../", "%2e%2e/", "&#46;&#46;/",
           "\\.\\./", ".%2E/", "/", "&#x2F;", "%2F", "images%2F", "images&#47;", "images\\/", "\\",
           "images/link-dir/", "file:", "page:", "pack:", "//"]
NAMES = ["a.svg", "my\\_photo.svg", "my_photo.svg", "a%20b.svg", "a b.svg", "x.svg", "top.svg",
         "outside.svg", "link.svg", "&#97;.svg", "a&#46;svg", "a&period;svg", "safety", "hurt", "nope",
         "saf&#101;ty", "saf%65ty", "saf\\ety", "h\\-urt", "step\\-one"]
target_text = st.one_of(
    st.sampled_from(TARGETS),
    st.tuples(st.sampled_from(FOLDERS), st.sampled_from(NAMES)).map("".join),
    st.tuples(st.sampled_from(FOLDERS), st.sampled_from(FOLDERS), st.sampled_from(NAMES)).map("".join),
    st.lists(st.sampled_from(PIECES + TARGETS), min_size=1, max_size=8).map("".join),
)
words = st.sampled_from(["see", "this", "a", "**bold**", "*em*", "`code`", "x", ""])


@st.composite
def link_forms(draw: st.DrawFn) -> str:
    target = draw(target_text)
    text = draw(words)
    form = draw(st.sampled_from(["link", "image", "ref", "image-ref", "short-ref", "auto", "nested",
                                 "titled", "link-titled", "angle"]))
    label = draw(st.sampled_from(["r", "R", "pic", "safety", "1"]))
    if form == "link":
        return f"[{text}]({target})"
    if form == "image":
        return f"![{text}]({target})"
    if form == "ref":
        return f"[{text}][{label}]\n\n[{label}]: {target}\n"
    if form == "image-ref":
        return f"![{text}][{label}]\n\n[{label}]: {target}\n"
    if form == "short-ref":
        return f"[{label}]\n\n[{label}]: {target}\n"
    if form == "auto":
        return f"<{target}>"
    if form == "nested":
        return f"[![{text}]({target})]({draw(target_text)})"
    if form == "titled":
        return f'![{text}]({target} "title")'
    if form == "link-titled":
        return f"[{text}]({target} 'title')"
    return f"[{text}](<{target}>)"


bodies = st.lists(
    st.one_of(
        link_forms(), link_forms(), link_forms(), words,
        st.sampled_from(["\n", "\n\n", "- ", "> ", "| a | b |\n|---|---|\n| "]),
    ),
    min_size=1,
    max_size=12,
).map(" ".join)


class _Found(HTMLParser):
    """Every tag and attribute, with attribute values decoded as a browser decodes them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.odd: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_comment(self, data: str) -> None:
        self.odd.append(data)

    def handle_decl(self, decl: str) -> None:
        self.odd.append(decl)

    def handle_pi(self, data: str) -> None:
        self.odd.append(data)


@pytest.fixture(scope="module")
def pack_root() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="kiosk-oracle-"))
    root = write_pack(folder / "content", dict(GOOD_PAGES))
    language = root / "en"
    for name in INSIDE:
        (language / name).parent.mkdir(parents=True, exist_ok=True)
        (language / name).write_bytes(SVG)
    (root / "outside.svg").write_bytes(SVG)  # beside the language folder: outside the pack
    (folder / "far.svg").write_bytes(SVG)
    (language / "images" / "link.svg").symlink_to(folder / "far.svg")
    (language / "images" / "link-dir").symlink_to(folder)
    (folder / "x.svg").write_bytes(SVG)
    yield root
    shutil.rmtree(folder)


def stays_inside(name: str) -> bool:
    """A relative path that, read as a URL path, never climbs out of the folder it is in."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name.split("/")[0]:
        return False
    if any(ord(c) < 32 or c in "\x7f?#%&" for c in name):
        return False
    normal = posixpath.normpath(name)
    return normal != ".." and not normal.startswith("../") and not posixpath.isabs(normal)


def check_html(html: str, page_ids: set[str], image_ok: Callable[[str], bool], where: str) -> None:
    """The oracle: only these tags and attributes; links to these pages; pictures that pass."""
    found = _Found()
    found.feed(html)
    found.close()
    assert found.odd == [], (where, found.odd)
    for tag, attrs in found.tags:
        assert tag in TAGS, (where, tag, html)
        for name, value in attrs:
            assert name in ATTRIBUTES.get(tag, set()), (where, tag, name, html)
            assert value is not None
            if name == "href":
                assert value.startswith("page:"), (where, value)
                target = unquote(value[len("page:"):])
                assert target in page_ids and target in PAGE_IDS, (where, value)
            elif name == "src":
                assert value.startswith("pack:"), (where, value)
                assert image_ok(unquote(value[len("pack:"):])), (where, value)
            elif name == "start":
                assert value.isdigit()
            elif name == "align":
                assert value in ("left", "center", "right")
            elif name == "style":
                assert value == "list-style-type: none"


def allowed_file(language: Path, name: str) -> bool:
    """A picture file inside the language folder, reached without leaving it."""
    real_root = language.resolve()
    path = (language / name).resolve()
    return path.is_relative_to(real_root) and path.is_file() and str(path.relative_to(real_root)) in INSIDE


SETTINGS = settings(max_examples=300, deadline=None, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@SETTINGS
@given(body=bodies)
def test_rendered_links_and_images_stay_on_known_pages_and_inside_the_folder(body: str) -> None:
    """Every page's HTML, before the loader looks at files: what Qt would be asked to load."""
    known = {"safety", "hurt", "what", "home"}
    check_html(render_markdown(body, known).html, known, stays_inside, "render")


@SETTINGS
@given(body=bodies)
def test_every_link_and_image_resolves_to_a_page_or_a_file_in_the_pack(pack_root: Path, body: str) -> None:
    """Every page the kiosk would show, loaded from disk: links reach its pages, pictures its files."""
    language = pack_root / "en"
    (language / "bad.md").write_text(HEADER + body + "\n", "utf-8")
    pack = load_pack(language, "en", bundled("assets")).pack
    shown_ids = {page.id for page in pack.pages}
    assert shown_ids <= PAGE_IDS
    for page in pack.pages:
        def in_pack(name: str) -> bool:
            return allowed_file(language, name) and pack.images.get(name) == (language / name).resolve()

        check_html(page.html, shown_ids, in_pack, page.id)


def test_the_oracle_catches_what_it_is_meant_to(pack_root: Path) -> None:
    """The oracle itself refuses the targets the kiosk must never load."""
    language = pack_root / "en"
    assert allowed_file(language, "images/a b.svg")
    for bad in ("../outside.svg", "images/link.svg", "images/link-dir/x.svg", "/etc/passwd", "images"):
        assert not allowed_file(language, bad), bad
    for bad in ("../x.svg", "a/../../x.svg", "/x.svg", "\\x.svg", "C:x.svg", "http://x", "a%2e.svg", "a?b"):
        assert not stays_inside(bad), bad
    assert stays_inside("images/a b.svg") and stays_inside("a/../b.svg")
