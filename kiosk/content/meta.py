"""Split a content file into its header (key: value lines) and its Markdown body.

Unlike MkDocs' meta splitter, a bad header is never swallowed: every problem is
returned with the line it is on, so a clinic employee can find and fix it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.hints import did_you_mean

FENCE = "---"


@dataclass(frozen=True)
class Field:
    value: str
    line: int


@dataclass(frozen=True)
class Header:
    fields: dict[str, Field]
    body: str
    body_line: int
    """The 1-based line number on which the body starts."""
    end_line: int
    """The line of the closing fence (or of the last line read)."""


@dataclass(frozen=True)
class HeaderProblem:
    line: int
    message: str


def split_header(text: str, known_keys: tuple[str, ...]) -> tuple[Header, list[HeaderProblem]]:
    """Return the header fields, the body and every problem found in the header."""
    problems: list[HeaderProblem] = []
    lines = editor_lines(text)
    if not lines or lines[0].strip() != FENCE:
        first = lines[0].strip() if lines else ""
        hint = " (the file is empty)" if not text.strip() else f" (found {first[:40]!r})"
        problems.append(HeaderProblem(1, f"a page must start with a '---' line, then its header{hint}"))
        return Header({}, text, 1, 1), problems

    fields: dict[str, Field] = {}
    closing = None
    for index, raw in enumerate(lines[1:], start=2):
        line = raw.strip()
        if line == FENCE:
            closing = index
            break
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            problems.append(HeaderProblem(index, f"header lines look like 'key: value', not {line[:40]!r}"))
            continue
        if key not in known_keys:
            problems.append(
                HeaderProblem(index, f"unknown header key '{key}'{did_you_mean(key, known_keys)}")
            )
            continue
        if key in fields:
            problems.append(HeaderProblem(index, f"'{key}' is set twice (first on line {fields[key].line})"))
            continue
        fields[key] = Field(value.strip(), index)

    if closing is None:
        problems.append(
            HeaderProblem(
                len(lines),
                "the header never ends: add a line with '---' after the last 'key: value' line",
            )
        )
        return Header(fields, "", len(lines) + 1, len(lines)), problems

    body = "\n".join(lines[closing:])
    return Header(fields, body, closing + 1, closing), problems


def editor_lines(text: str) -> list[str]:
    """The lines of a text as an editor numbers them.

    ``str.splitlines`` also breaks at form feeds, U+2028 and the like (common in
    text pasted from word processors), which would put every later problem on
    the wrong line; only CR LF, LF and CR end a line here.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines
