"""Warn about pictures a patient who cannot see them well would miss: no caption, no description."""

from __future__ import annotations

import re

from kiosk.content.loader import KEYS, display_path
from kiosk.content.meta import editor_lines, split_header
from kiosk.content.model import Pack, Page, Problem, Severity

_EMPTY_ALT = re.compile(r"!\[\s*\]\(")


def caption_warnings(pack: Pack) -> list[Problem]:
    """A page with an illustration but no ``caption:``, and body pictures with no description."""
    problems: list[Problem] = []
    for page in sorted(pack.pages, key=lambda p: str(p.source)):
        problems.extend(_page_caption_warnings(page))
    return problems


def _page_caption_warnings(page: Page) -> list[Problem]:
    try:
        source = page.source.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        source = ""
    header, _ = split_header(source, KEYS)
    shown = display_path(page.source)
    problems = []
    if page.illustration is not None and not page.caption:
        field = header.fields.get("illustration")
        problems.append(
            Problem(
                shown,
                field.line if field else 1,
                "this page has a picture but no caption: add a line 'caption: ...' that says "
                "in a few plain words what the picture shows",
                Severity.WARNING,
            )
        )
    for offset, line in enumerate(editor_lines(header.body)):
        if _EMPTY_ALT.search(line):
            problems.append(
                Problem(
                    shown,
                    header.body_line + offset,
                    "this picture has no description: write what it shows between the [ ], "
                    "like ![A pen-shaped tool](images/pen.png)",
                    Severity.WARNING,
                )
            )
    return problems
