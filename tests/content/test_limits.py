"""The caps on a page's text: each is allowed up to its limit, refused one past it, and
the message names the line an editor has to change."""

from __future__ import annotations

import pytest

from kiosk.content.limits import (
    MAX_BLOCK_LINES,
    MAX_BODY_CHARS,
    MAX_DEPTH,
    MAX_LINES,
    MAX_MARKS,
    MAX_RUN,
    body_problems,
    nesting,
)


def test_a_plain_page_has_no_problem() -> None:
    assert body_problems("Numbing cream comes first.\n\n- one\n- two\n") == []


def test_the_whole_page_size() -> None:
    assert body_problems("a" * MAX_BODY_CHARS) == []
    assert body_problems("a" * (MAX_BODY_CHARS + 1)) == [
        (1, "the page text is 200 KB; a page may hold at most 200 KB (split it into several pages)")
    ]


def test_the_number_of_lines() -> None:
    assert body_problems("a\n\n" * (MAX_LINES // 2)) == []
    over = body_problems("a\n\n" * (MAX_LINES // 2 + 1))
    assert over == [(MAX_LINES + 1, "the page text goes on past 1500 lines, the most a page may have "
                                     "(split it into several pages)")]


def test_a_paragraph_without_empty_lines_names_its_first_line() -> None:
    block = "word\n" * MAX_BLOCK_LINES
    assert body_problems("Intro.\n\n" + block) == []
    [(line, message)] = body_problems("Intro.\n\n" + block + "word\n")
    assert line == 3 and f"more than {MAX_BLOCK_LINES} lines" in message


@pytest.mark.parametrize("mark", ["`", "["])
def test_a_run_of_marks_names_its_line(mark: str) -> None:
    assert body_problems("one\n\ntwo " + mark * MAX_RUN + "\n") == []
    assert body_problems("one\n\ntwo " + mark * (MAX_RUN + 1) + "\n") == [
        (3, f"{MAX_RUN + 1} '{mark}' in a row; at most {MAX_RUN} are allowed")
    ]


def test_too_many_marks_names_the_line_that_goes_over() -> None:
    line = "*a* " * 50 + "\n\n"  # 100 marks a line
    assert body_problems(line * (MAX_MARKS // 100)) == []
    [(number, message)] = body_problems(line * (MAX_MARKS // 100) + "first line\n\n_x_ and more _y_\n")
    assert number == 2 * (MAX_MARKS // 100) + 3
    assert message == (
        "the page has 2004 Markdown marks (` * _ [ < & \\); at most 2000 are allowed, and this line "
        "goes over (split the page)"
    )


@pytest.mark.parametrize(
    ("line", "depth"),
    [
        ("plain text", 0),
        ("- item", 1),
        ("1. item", 1),
        ("> quote", 1),
        ("> > - item", 3),
        ("    indented", 1),
        ("\t\t- item", 3),
        ("\t\t\t\tdeep", 4),
        ("- - -", 0),
        ("    ***", 1),
        ("-no space", 0),
    ],
)
def test_nesting_counts_lists_quotes_and_indents(line: str, depth: int) -> None:
    assert nesting(line) == depth


def test_the_deepest_nesting_names_its_line() -> None:
    assert body_problems("ok\n\n" + "> " * MAX_DEPTH + "deep\n") == []
    assert body_problems("ok\n\n" + "> " * (MAX_DEPTH + 1) + "deep\n") == [
        (3, f"this line is nested {MAX_DEPTH + 1} levels deep (lists, quotes or indents); "
            f"at most {MAX_DEPTH} levels are allowed")
    ]


def test_exactly_the_most_lines_is_allowed() -> None:
    lines = ["a", ""] * (MAX_LINES // 2 - 1) + ["a", "a"]
    assert len(lines) == MAX_LINES and body_problems("\n".join(lines)) == []
    assert len(body_problems("\n".join([*lines, "b"]))) == 1


def test_a_run_on_the_line_after_an_empty_first_line() -> None:
    assert body_problems("\n" + "`" * (MAX_RUN + 1)) == [
        (2, f"{MAX_RUN + 1} '`' in a row; at most {MAX_RUN} are allowed")
    ]


@pytest.mark.parametrize("start", ["X" * 40, "\u00a0" * 8, "\u3000" * 8])
def test_only_spaces_and_tabs_indent_a_line(start: str) -> None:
    """Letters or no-break spaces at the start of a line are words, not an indent: a page
    that starts a line with them is not told its text is nested too deep."""
    assert nesting(start + " some words") == 0
    assert nesting(" " * 8 + start + " some words") == 2
