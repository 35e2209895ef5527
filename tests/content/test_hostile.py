"""Hostile content: bad files a clinic might receive, copy in or write by mistake.

Each case is a good pack plus one bad thing, checked three ways:

* ``kiosk check`` names the file and the line, as ``path:line: message``;
* the kiosk still starts, with every good page's tile, and a tile opens;
* nothing hangs: loading the whole pack does a bounded amount of work, counted as the
  Python calls it makes (a count, not a time: it does not change with the machine's load;
  `make bench` times content loading).
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import threading
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.content.limits import MAX_BLOCK_LINES, MAX_DEPTH, MAX_LINES, MAX_MARKS
from kiosk.content.loader import load_pack
from kiosk.content.model import LoadResult
from kiosk.content.render import render_markdown
from tests.conftest import PackWriter, WindowMaker

T = TypeVar("T")

HEADER = """---
id: bad
kind: section
order: 5
title: Bad page
summary: Hostile content.
icon: info
---
"""
HANG_S = 120
HARNESS = f"{os.sep}mutmut{os.sep}"
"""Where mutmut's own modules live (site-packages/mutmut/)."""
BODY = 9
"""The line the body of a page written with ``page()`` starts on."""
GOOD_TILES = ["what", "hurt", "walkthrough", "safety"]
WORK_BUDGET = 2_500_000
"""The most Python calls (counted by a profiler hook) that loading a hostile pack or rendering
one of the slowest pages may make: about twice the worst found (the unclosed brackets page),
a second or so of work. Work without a cap grows past it: quadratic on a page of many marks."""


def page(body: str) -> bytes:
    return (HEADER + body).encode()


def header(key: str, value: str) -> bytes:
    """A page whose header ``key`` (title on line 5, summary on line 6) holds ``value``."""
    line = next(line for line in HEADER.splitlines() if line.startswith(f"{key}:"))
    return HEADER.replace(line, f"{key}: {value}").encode() + b"Intro.\n"


def captioned(caption: str) -> bytes:
    """A page with a picture whose caption (line 9) is ``caption``."""
    extra = f"icon: info\nillustration: consult\ncaption: {caption}"
    return HEADER.replace("icon: info", extra).encode() + b"Intro.\n"


TITLE, SUMMARY, CAPTION = 5, 6, 9


def png(width: int, height: int, data: bool = True) -> bytes:
    """A PNG of that size: a real one, or (data=False) just its header, as a lying file would be."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (
            struct.pack(">I", len(payload))
            + kind
            + payload
            + struct.pack(">I", zlib.crc32(kind + payload))
        )

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    pixels = chunk(b"IDAT", zlib.compress(b"\x00" + b"\x80" * width) * height) if data else b""
    return b"\x89PNG\r\n\x1a\n" + header + pixels + chunk(b"IEND", b"")


Setup = Callable[[Path, Path], None]
"""Called with the language folder and a folder outside the pack, after the files are written."""


@dataclass(frozen=True)
class Case:
    id: str
    files: dict[str, bytes]
    """Files written into the language folder, beside the good pages."""
    where: str
    """The file `kiosk check` must name, relative to the language folder."""
    line: int
    message: str
    """A part of the message that must be on that line."""
    setup: Setup | None = field(default=None, compare=False)


def _link_out(name: str, target: str, data: bytes) -> Setup:
    def setup(language: Path, outside: Path) -> None:
        (outside / target).parent.mkdir(parents=True, exist_ok=True)
        (outside / target).write_bytes(data)
        (language / name).parent.mkdir(parents=True, exist_ok=True)
        (language / name).symlink_to(outside / Path(target).parts[0])

    return setup


def _pipe(name: str) -> Setup:
    def setup(language: Path, outside: Path) -> None:
        (language / name).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(language / name)

    return setup


def _nested_list(levels: int) -> str:
    return "".join("    " * level + f"- level {level + 1}\n" for level in range(levels))


CASES = [
    Case(
        "non-utf8-bytes",
        {"bad.md": page("Intro.\n\n") + b"Caf\xe9 au lait\n"},
        "bad.md",
        BODY + 2,
        "this line has characters that are not UTF-8 text",
    ),
    Case("empty-file", {"bad.md": b"\n   \n\n"}, "bad.md", 1, "(the file is empty)"),
    Case("zero-byte-file", {"bad.md": b""}, "bad.md", 1, "(the file is empty)"),
    Case(
        "truncated-header",
        {"bad.md": b"---\nid: bad\nkind: sec"},
        "bad.md",
        3,
        "the header never ends",
    ),
    Case(
        "nul-byte",
        {"bad.md": page("Intro.\n\nA\x00B\n")},
        "bad.md",
        BODY + 2,
        "NUL byte",
    ),
    Case(
        "over-the-size-cap",
        {"bad.md": page("Lots of words here.\n" * 13_000)},
        "bad.md",
        1,
        "a page may be at most 200 KB",
    ),
    Case(
        "one-megabyte-single-line",
        {"bad.md": page("a" * 1024 * 1024)},
        "bad.md",
        1,
        "the file is 1024 KB",
    ),
    Case(
        "html-script",
        {"bad.md": page("Intro.\n\n<script>alert(1)</script>\n")},
        "bad.md",
        BODY + 2,
        "HTML like '<script>' is not allowed",
    ),
    Case(
        "html-iframe",
        {"bad.md": page('Intro.\n\nSee <iframe src="http://evil.example"></iframe>\n')},
        "bad.md",
        BODY + 2,
        "HTML like '<iframe src=\"http://evil.example\">' is not allowed",
    ),
    Case(
        "html-style",
        {"bad.md": page("<style>body { display: none }</style>\n")},
        "bad.md",
        BODY,
        "HTML like '<style>' is not allowed",
    ),
    Case(
        "html-img-onerror",
        {"bad.md": page("Intro.\n\nA picture: <img src=x onerror=alert(1)>\n")},
        "bad.md",
        BODY + 2,
        "HTML like '<img src=x onerror=alert(1)>' is not allowed",
    ),
    Case(
        "html-comment",
        {"bad.md": page("Intro.\n\n<!-- a note for staff -->\n")},
        "bad.md",
        BODY + 2,
        "HTML like '<!--' is not allowed",
    ),
    Case(
        "link-http",
        {"bad.md": page("Read [more](http://evil.example/a) now.\n")},
        "bad.md",
        BODY,
        "link 'http://evil.example/a' leaves the kiosk (http links are not allowed)",
    ),
    Case(
        "link-file",
        {"bad.md": page("Intro.\n\nSee [this](file:///etc/passwd).\n")},
        "bad.md",
        BODY + 2,
        "(file links are not allowed)",
    ),
    Case(
        "link-javascript",
        {"bad.md": page("Intro.\n\n[Tap here](javascript:alert(1))\n")},
        "bad.md",
        BODY + 2,
        "(javascript links are not allowed)",
    ),
    Case(
        "link-data",
        {"bad.md": page("Intro.\n\n[Tap](data:text/html;base64,PHNjcmlwdD4=)\n")},
        "bad.md",
        BODY + 2,
        "(data links are not allowed)",
    ),
    Case(
        "image-inside-a-web-link",
        {"bad.md": page("Intro.\n\n[![A cheek](file:///etc/cheek.png)](http://evil.example)\n")},
        "bad.md",
        BODY + 2,
        "image 'file:///etc/cheek.png' is not a file in this language folder",
    ),
    Case(
        "image-absolute-path",
        {"bad.md": page("Intro.\n\n![A cheek](/etc/cheek.png)\n")},
        "bad.md",
        BODY + 2,
        "image '/etc/cheek.png' is an absolute path",
    ),
    Case(
        "image-dot-dot",
        {"bad.md": page("Intro.\n\n![A cheek](images/../../cheek.png)\n")},
        "bad.md",
        BODY + 2,
        "points outside the language folder ('..' is not allowed)",
    ),
    Case(
        "image-symlink-out-of-the-pack",
        {"bad.md": page("Intro.\n\n![A cheek](images/cheek.png)\n")},
        "bad.md",
        BODY + 2,
        "image 'images/cheek.png' is a link to a file outside the content folder",
        _link_out("images/cheek.png", "cheek.png", png(8, 8)),
    ),
    Case(
        "page-symlink-out-of-the-pack",
        {},
        "linked.md",
        1,
        "this file is a link to a file outside the content folder",
        _link_out("linked.md", "notes.md", page("Notes.\n").replace(b"id: bad", b"id: notes")),
    ),
    Case(
        "folder-symlink-out-of-the-pack",
        {},
        "more",
        1,
        "this folder is a link to a folder outside the content folder",
        _link_out("more", "pages/extra.md", page("Extra.\n").replace(b"id: bad", b"id: extra")),
    ),
    Case(
        "page-that-is-a-pipe",
        {},
        "pipe.md",
        1,
        "this is not a plain file",
        _pipe("pipe.md"),
    ),
    Case(
        "image-that-is-a-pipe",
        {"bad.md": page("![A pen](images/pen.png)\n")},
        "bad.md",
        BODY,
        "'pen.png' is not a plain file",
        _pipe("images/pen.png"),
    ),
    Case(
        "not-an-image-named-png",
        {
            "bad.md": page("Intro.\n\n![A pen](images/pen.png)\n"),
            "images/pen.png": b"MZ\x90\x00 this is a program, not a picture",
        },
        "bad.md",
        BODY + 2,
        "'pen.png' is not a picture the kiosk can show",
    ),
    Case(
        "image-over-the-pixel-cap",
        {
            "bad.md": page("Intro.\n\n![A pen](images/pen.png)\n"),
            "images/pen.png": png(5000, 5000, data=False),
        },
        "bad.md",
        BODY + 2,
        "image 'pen.png' is 5000x5000 pixels",
    ),
    Case(
        "svg-over-the-pixel-cap",
        {
            "bad.md": page("![A pen](images/pen.svg)\n"),
            "images/pen.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="90000" '
            b'height="90000"><rect width="9" height="9"/></svg>',
        },
        "bad.md",
        BODY,
        "image 'pen.svg' is 90000x90000 pixels",
    ),
    Case(
        "svg-with-a-script",
        {
            "bad.md": page("![A pen](images/pen.svg)\n"),
            "images/pen.svg": b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9">'
            b"<script>alert(1)</script></svg>",
        },
        "bad.md",
        BODY,
        "'pen.svg' is not a picture the kiosk can show (or it holds scripts or web links)",
    ),
    Case(
        "a-thousand-backticks",
        {"bad.md": page("Intro.\n\n" + "`" * 1000 + "\n")},
        "bad.md",
        BODY + 2,
        "1000 '`' in a row; at most 64 are allowed",
    ),
    Case(
        "eight-thousand-brackets",
        {"bad.md": page("Intro.\n\n" + "[" * 8000 + "\n")},
        "bad.md",
        BODY + 2,
        "8000 '[' in a row; at most 64 are allowed",
    ),
    Case(
        "deeply-nested-list",
        {"bad.md": page(_nested_list(60))},
        "bad.md",
        BODY + MAX_DEPTH,
        f"nested {MAX_DEPTH + 1} levels deep (lists, quotes or indents); at most {MAX_DEPTH}",
    ),
    Case(
        "list-nested-on-one-line",
        {"bad.md": page("Intro.\n\n" + "1. " * 1000 + "x\n")},
        "bad.md",
        BODY + 2,
        "nested 1000 levels deep",
    ),
    Case(
        "quote-nested-on-one-line",
        {"bad.md": page(">" * 5000 + " x\n")},
        "bad.md",
        BODY,
        "nested 5000 levels deep",
    ),
    Case(
        "too-many-marks",
        {"bad.md": page("Intro.\n\n" + "*a* " * 400 + "\n\n" + "[a " * 2000 + "\n")},
        "bad.md",
        BODY + 4,
        f"at most {MAX_MARKS} are allowed, and this line goes over",
    ),
    Case(
        "too-many-lines",
        {"bad.md": page("A short paragraph.\n\n" * MAX_LINES)},
        "bad.md",
        BODY + MAX_LINES,
        f"the page text goes on past {MAX_LINES} lines, the most a page may have",
    ),
    Case(
        "block-that-never-ends",
        {"bad.md": page("Intro.\n\n" + "- one more thing\n" * 1000)},
        "bad.md",
        BODY + 2,
        f"this paragraph or list runs on for more than {MAX_BLOCK_LINES} lines without an empty line",
    ),
    Case(
        # Under every cap, so it is laid out: 1,900 unclosed '[' once took minutes.
        "unclosed-brackets-then-a-web-link",
        {"bad.md": page("Intro.\n\n" + "[a " * 1900 + "\n\n[more](https://evil.example)\n")},
        "bad.md",
        BODY + 4,
        "link 'https://evil.example' leaves the kiosk",
    ),
    Case(
        # Text pasted from a word processor: U+2028 and form feeds do not end a line in an editor.
        "line-separators-inside-lines",
        {"bad.md": page("One\u2028two\x0cthree.\n\n[more](http://evil.example)\n")},
        "bad.md",
        BODY + 2,
        "link 'http://evil.example' leaves the kiosk",
    ),
]



# Header values reach the screen: markup in them is refused, whatever its disguise.
HEADER_CASES = [
    Case("title-img-tag", {"bad.md": header("title", '<img src="/some/absolute/file.png">')},
         "bad.md", TITLE, "the title holds an HTML tag ('<img src=\"/some/absolute/file.png\">')"),
    Case("title-bold-tag", {"bad.md": header("title", "<b>Bold</b> words")},
         "bad.md", TITLE, "the title holds an HTML tag"),
    Case("title-tag-with-spaces", {"bad.md": header("title", "< img src=x >")},
         "bad.md", TITLE, "the title holds an HTML tag"),
    Case("title-html-comment", {"bad.md": header("title", "Hi <!-- there -->")},
         "bad.md", TITLE, "the title holds an HTML tag"),
    Case("title-unclosed-tag", {"bad.md": header("title", 'Hi <img src="/etc/x.png"')},
         "bad.md", TITLE, "the title holds an HTML tag ('<img src=\"/etc/x.png\"')"),
    Case("summary-entity-without-semicolon", {"bad.md": header("summary", "Tom &amp Jerry")},
         "bad.md", SUMMARY, "the summary holds an HTML entity ('&amp')"),
    Case("summary-entity", {"bad.md": header("summary", "Tom &amp; Jerry")},
         "bad.md", SUMMARY, "the summary holds an HTML entity ('&amp;')"),
    Case("summary-numeric-entity", {"bad.md": header("summary", "&#60;img src=x&#62;")},
         "bad.md", SUMMARY, "the summary holds an HTML entity ('&#60;')"),
    Case("summary-hex-entity-no-semicolon", {"bad.md": header("summary", "a &#x3C b")},
         "bad.md", SUMMARY, "the summary holds an HTML entity"),
    Case("title-markdown-image", {"bad.md": header("title", "![x](/etc/x.png)")},
         "bad.md", TITLE, "the title holds a Markdown image"),
    Case("summary-markdown-link", {"bad.md": header("summary", "Read [this](http://evil.example)")},
         "bad.md", SUMMARY, "the summary holds a Markdown link"),
    Case("summary-reference-link", {"bad.md": header("summary", "Read [this][1] now")},
         "bad.md", SUMMARY, "the summary holds a Markdown link"),
    Case("title-autolink", {"bad.md": header("title", "<https://evil.example>")},
         "bad.md", TITLE, "the title holds"),
    Case("caption-img-tag", {"bad.md": captioned("<img src=/x.png>")},
         "bad.md", CAPTION, "the caption holds an HTML tag ('<img src=/x.png>')"),
    Case("caption-too-long", {"bad.md": captioned("x" * 200)},
         "bad.md", CAPTION, "the caption is 200 characters long; a caption may have at most 140"),
    Case("title-ten-thousand-characters", {"bad.md": header("title", "Long " * 2000)},
         "bad.md", TITLE, "the title is 9999 characters long; a title may have at most 60"),
    Case("summary-too-long", {"bad.md": header("summary", "word " * 100)},
         "bad.md", SUMMARY, "the summary is 499 characters long; a summary may have at most 140"),
    Case("title-bidi-override", {"bad.md": header("title", "Safe\u202etxt.exe")},
         "bad.md", TITLE, "the title holds an invisible control character or line break (U+202E)"),
    Case("title-escape-character", {"bad.md": header("title", "Bell\x07 and \x1b[31m red")},
         "bad.md", TITLE, "the title holds an invisible control character or line break (U+0007)"),
    Case("summary-line-separator", {"bad.md": header("summary", "One\u2028Two")},
         "bad.md", SUMMARY, "the summary holds an invisible control character or line break (U+2028)"),
]

# Link and image targets are checked as Qt reads them, and quoted as the author wrote them.
TARGET_CASES = [
    Case("image-entity-dot-dot", {"bad.md": page("Intro.\n\n![a](&#46;&#46;/x.png)\n")},
         "bad.md", BODY + 2, "image '&#46;&#46;/x.png' points outside the language folder"),
    Case("image-named-entity-dot-dot", {"bad.md": page("![a](&period;&period;/x.png)\n")},
         "bad.md", BODY, "image '&period;&period;/x.png' points outside the language folder"),
    Case("image-escaped-dot-dot", {"bad.md": page("Intro.\n\n![a](\\.\\./x.png)\n")},
         "bad.md", BODY + 2, "image '\\.\\./x.png' points outside the language folder"),
    Case("image-percent-dot-dot", {"bad.md": page("Intro.\n\n![a](%2e%2E/x.png)\n")},
         "bad.md", BODY + 2, "image '%2e%2E/x.png' points outside the language folder"),
    Case("image-percent-slashes", {"bad.md": page("![a](images%2F..%2F..%2Fx.png)\n")},
         "bad.md", BODY, "image 'images%2F..%2F..%2Fx.png' points outside the language folder"),
    Case("image-entity-then-percent", {"bad.md": page("![a](&#37;2e&#37;2e/x.png)\n")},
         "bad.md", BODY, "points outside the language folder"),
    Case("image-entity-absolute", {"bad.md": page("Intro.\n\n![a](&#x2F;etc/x.png)\n")},
         "bad.md", BODY + 2, "image '&#x2F;etc/x.png' is an absolute path"),
    Case("image-percent-absolute", {"bad.md": page("![a](%2Fetc%2Fx.png)\n")},
         "bad.md", BODY, "image '%2Fetc%2Fx.png' is an absolute path"),
    Case("image-entity-scheme", {"bad.md": page("![a](&#102;ile:///etc/x.png)\n")},
         "bad.md", BODY, "image '&#102;ile:///etc/x.png' is not a file in this language folder"),
    Case("image-escaped-backslash-path", {"bad.md": page("![a](\\\\etc\\\\x.png)\n")},
         "bad.md", BODY, "is an absolute path"),
    Case("image-reference-definition-dot-dot",
         {"bad.md": page("Intro.\n\n![a][pic]\n\n[pic]: &#46;&#46;/x.png\n")},
         "bad.md", BODY + 4, "image '&#46;&#46;/x.png' points outside the language folder"),
    Case("image-angle-brackets-dot-dot", {"bad.md": page("![a](<../x y.png>)\n")},
         "bad.md", BODY, "image '../x y.png' points outside the language folder"),
    Case("image-null-entity", {"bad.md": page("![a](images/a&#0;.png)\n")},
         "bad.md", BODY, "image 'images/a&#0;.png' has a character a picture's file name may not hold"),
    Case("image-percent-control", {"bad.md": page("![a](images/a%0A.png)\n")},
         "bad.md", BODY, "image 'images/a%0A.png' is not a file name"),
    Case("image-percent-bidi", {"bad.md": page("![a](images/gnp%E2%80%AE.svg)\n")},
         "bad.md", BODY, "image 'images/gnp%E2%80%AE.svg' is not a file name"),
    Case("image-percent-of-percent", {"bad.md": page("![a](images/a%252e.png)\n")},
         "bad.md", BODY, "has a character a picture's file name may not hold here ('%')"),
    Case("image-query-string", {"bad.md": page("![a](images/a.png?x=1)\n")},
         "bad.md", BODY, "has a character a picture's file name may not hold here ('?')"),
    Case("image-on-its-own-line-after-an-escape",
         {"bad.md": page("Intro.\n\nSome \\_words\\_.\n\n![p](images/my\\_photo.png)\n")},
         "bad.md", BODY + 4, "image 'images/my\\_photo.png' does not exist in this language folder"),
    Case("link-entity-javascript", {"bad.md": page("Intro.\n\n[Tap](&#106;avascript:alert(1))\n")},
         "bad.md", BODY + 2, "link '&#106;avascript:alert(1)' leaves the kiosk (javascript links"),
    Case("link-percent-javascript", {"bad.md": page("[Tap](%6Aavascript:alert(1))\n")},
         "bad.md", BODY, "(javascript links are not allowed)"),
    # ':' is not one of the characters Markdown lets a backslash escape: the backslash stays.
    Case("link-escaped-colon", {"bad.md": page("[Tap](file\\:///etc/passwd)\n")},
         "bad.md", BODY, "link 'file\\:///etc/passwd' is not a page id"),
    Case("link-escaped-letters", {"bad.md": page("[Tap](\\j\\avascript:alert(1))\n")},
         "bad.md", BODY, "link '\\j\\avascript:alert(1)' is not a page id"),
    Case("link-reference-to-the-web", {"bad.md": page("See [this][r].\n\n[r]: http://evil.example\n")},
         "bad.md", BODY + 2, "link 'http://evil.example' leaves the kiosk"),
    Case("autolink", {"bad.md": page("Intro.\n\nSee <http://evil.example>.\n")},
         "bad.md", BODY + 2, "link 'http://evil.example' leaves the kiosk"),
    Case("automail", {"bad.md": page("Mail <a@evil.example>.\n")},
         "bad.md", BODY, "(mailto links are not allowed)"),
    Case("table-too-wide", {"bad.md": page("Intro.\n\n|a|b|c|d|e|\n|-|-|-|-|-|\n|1|2|3|4|5|\n")},
         "bad.md", BODY + 2, "this table has 5 columns; a table may have at most 4"),
    Case("table-thousands-of-columns", {"bad.md": page("|" + "a|" * 3000 + "\n|" + "-|" * 3000 + "\n")},
         "bad.md", BODY, "this table has 3000 columns"),
    Case("tables-with-too-many-cells",
         {"bad.md": page("\n\n".join(["|a|b|c|d|\n|-|-|-|-|\n" + "|1|2|3|4|\n" * 150] * 3))},
         "bad.md", BODY + 154, "the tables on this page have more than 1000 cells in all"),
]


def build(make_pack: PackWriter, case: Case, tmp_path: Path) -> Path:
    root = make_pack({name: data for name, data in case.files.items()})
    if case.setup is not None:
        outside = tmp_path / "outside"
        outside.mkdir(exist_ok=True)
        case.setup(root / "en", outside)
    return root


def counted(work: Callable[[], T]) -> tuple[T, int]:
    """``work()`` and how many Python functions (and built-ins) it called, in this thread.
    Calls made by mutmut's own code (its trampolines, under `make mutate`) do not count."""
    calls = 0

    def count(frame: FrameType, event: str, arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call") and HARNESS not in frame.f_code.co_filename:
            calls += 1

    sys.setprofile(count)
    try:
        return work(), calls
    finally:
        sys.setprofile(None)


def load_counted(root: Path, assets: Path) -> tuple[LoadResult, int]:
    """Load the pack in a thread, counting its work; fail (rather than hang the suite) if it
    has not finished after HANG_S seconds: a guard against a hang, not a measure of speed."""
    done: list[tuple[LoadResult, int]] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            done.append(counted(lambda: load_pack(root / "en", "en", assets)))
        except BaseException as error:  # handed to the test's thread below
            failed.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(HANG_S)
    if failed:
        raise failed[0]
    assert done, f"loading the pack had not finished after {HANG_S} s: it hangs"
    return done[0]


def by_id(cases: list[Case]) -> list[object]:
    return [pytest.param(case, id=case.id) for case in cases]


ALL_CASES = CASES + HEADER_CASES + TARGET_CASES


@pytest.mark.parametrize("case", by_id(ALL_CASES))
def test_kiosk_check_names_the_file_and_line(
    make_pack: PackWriter, tmp_path: Path, case: Case
) -> None:
    root = build(make_pack, case, tmp_path)
    # Run from inside the content folder, as staff would: paths print as en/bad.md.
    check = subprocess.run(
        [sys.executable, "-m", "kiosk", "check", "."],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 1, check.stdout + check.stderr
    lines = check.stdout.splitlines()
    expected = f"en/{case.where}:{case.line}: "
    assert any(line.startswith(expected) and case.message in line for line in lines), (
        f"no line like '{expected}...{case.message}...' in:\n{check.stdout}"
    )
    listed = next((line for line in lines if line.startswith("en: ")), "")
    assert all(page_id in listed.split(": ")[-1].split(", ") for page_id in GOOD_TILES), listed


@pytest.mark.parametrize("case", by_id(ALL_CASES))
def test_the_kiosk_still_starts_on_the_good_pages(
    qtbot: QtBot, make_pack: PackWriter, make_window: WindowMaker, tmp_path: Path, assets: Path, case: Case
) -> None:
    result, _ = load_counted(build(make_pack, case, tmp_path), assets)
    assert "bad" not in result.pack.page_ids
    window = make_window(result.pack, speech_engine="none")
    assert list(window.pages.home.tiles) == GOOD_TILES
    with qtbot.waitSignal(window.pageShown) as shown:
        qtbot.mouseClick(window.pages.home.tiles["hurt"], Qt.MouseButton.LeftButton)
    assert shown.args == ["hurt"]
    assert window.pages.page_view.title.text() == "Does it hurt?"
    assert "Numbing cream comes first." in window.pages.page_view.text.toPlainText()


@pytest.mark.parametrize("case", by_id(ALL_CASES))
def test_nothing_hangs(make_pack: PackWriter, tmp_path: Path, assets: Path, case: Case) -> None:
    _, calls = load_counted(build(make_pack, case, tmp_path), assets)
    assert calls < WORK_BUDGET, f"loading made {calls} calls"


def _blocks(line: Callable[[int], str]) -> str:
    """Paragraphs of MAX_BLOCK_LINES lines each, as many as MAX_LINES allows."""
    count = MAX_LINES // (MAX_BLOCK_LINES + 1)
    block = "".join(line(number) for number in range(MAX_BLOCK_LINES))
    return "\n".join([block] * count)


WORST_PAGES = {
    # The slowest pages found that stay under every cap, at the sizes that make them slowest.
    "unclosed-brackets": "[a " * (MAX_MARKS - 1),
    "unclosed-link-targets": "[a](b " * (MAX_MARKS - 1),
    "unclosed-link-titles": '[a](b "c) ' * (MAX_MARKS - 1),
    "brackets-nested-apart": "[ " * (MAX_MARKS // 2) + "a" + " ]" * (MAX_MARKS // 2),
    "nested-lists-of-long-items": _blocks(
        lambda n: "    " * (n % MAX_DEPTH) + "- " + "z" * 100 + "\n"
    ),
    "quotes-of-lists": _blocks(lambda n: "> - " * (1 + n % 4) + "y" * 120 + "\n"),
    "rules-between-long-lines": _blocks(lambda n: "- - -\n" if n % 2 else "y" * 130 + "\n"),
    "one-long-line": "word " * (190 * 1024 // 5),
    "tables-of-four-columns": "\n\n".join(
        ["|" + "a|" * 4 + "\n|" + "-|" * 4 + "\n" + ("|" + "b [c](d)|" * 4 + "\n") * 38] * 6
    ),
}


@pytest.mark.parametrize("body", list(WORST_PAGES.values()), ids=list(WORST_PAGES))
def test_the_slowest_pages_under_the_caps_render_with_bounded_work(body: str) -> None:
    rendered, calls = counted(lambda: render_markdown(body))
    assert rendered.line_problems == []
    assert rendered.html
    assert calls < WORK_BUDGET, f"rendering made {calls} calls"


def test_a_page_cannot_define_links_for_the_pages_after_it() -> None:
    """Pages are rendered one after another by one Markdown converter: nothing may carry over."""
    hostile = render_markdown("[safety]: http://evil.example\n\nSee [safety].\n")
    assert "href" not in hostile.html and hostile.problems
    later = render_markdown("See [safety] and [the notice][safety].\n")
    assert "href" not in later.html
    assert later.links == [] and later.problems == []
    assert later.text == "See [safety] and [the notice][safety]."
