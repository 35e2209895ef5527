import pytest

from kiosk.content.meta import editor_lines, split_header

KEYS = ("id", "kind", "title")


def test_header_and_body_are_split_with_line_numbers() -> None:
    header, problems = split_header("---\nid: a\ntitle: Hi: there\n---\nBody\n", KEYS)
    assert problems == []
    assert header.fields["id"].value == "a"
    assert header.fields["title"].value == "Hi: there"
    assert header.fields["title"].line == 3
    assert header.body.strip() == "Body"
    assert header.body_line == 5


def test_unknown_key_gets_a_did_you_mean_hint() -> None:
    _, problems = split_header("---\ntitel: Hi\n---\n", KEYS)
    assert [(p.line, p.message) for p in problems] == [
        (2, "unknown header key 'titel' (did you mean 'title'?)")
    ]


def test_every_header_problem_is_reported_at_once() -> None:
    _, problems = split_header("---\nid: a\nid: b\nno colon here\nsumary: x\n", KEYS)
    lines = [p.line for p in problems]
    assert lines == [3, 4, 5, 5]
    assert "set twice (first on line 2)" in problems[0].message
    assert "never ends" in problems[-1].message


def test_missing_opening_fence_and_empty_file() -> None:
    _, problems = split_header("# Title\n", KEYS)
    assert problems[0].line == 1 and "must start with a '---'" in problems[0].message
    _, problems = split_header("", KEYS)
    assert "the file is empty" in problems[0].message


def test_a_caption_is_an_ordinary_header_field_with_its_line() -> None:
    keys = ("id", "illustration", "caption")
    header, problems = split_header("---\nid: a\nillustration: pen\ncaption: A pen: small.\n---\n", keys)
    assert problems == []
    assert header.fields["caption"].value == "A pen: small."
    assert header.fields["caption"].line == 4


def test_a_file_without_a_header_says_what_it_found_instead() -> None:
    header, problems = split_header("# Title of the page\nText.\n", KEYS)
    assert [(p.line, p.message) for p in problems] == [
        (1, "a page must start with a '---' line, then its header (found '# Title of the page')")
    ]
    assert (header.fields, header.body, header.body_line, header.end_line) == (
        {}, "# Title of the page\nText.\n", 1, 1)
    long_first = "x" * 50
    _, problems = split_header(long_first, KEYS)
    assert problems[0].message.endswith(f"(found {'x' * 40!r})")
    _, problems = split_header("  \n\n", KEYS)
    assert problems[0].message.endswith("then its header (the file is empty)")


def test_comments_and_empty_lines_in_the_header_are_skipped() -> None:
    header, problems = split_header("---\n# a note\n\nid: a\n---\nBody\n", KEYS)
    assert problems == [] and header.fields["id"].line == 4


def test_a_header_line_without_a_key_or_a_colon() -> None:
    long_line = "no colon " * 10
    _, problems = split_header(f"---\n: value\n{long_line}\n---\n", KEYS)
    assert [(p.line, p.message) for p in problems] == [
        (2, "header lines look like 'key: value', not ': value'"),
        (3, f"header lines look like 'key: value', not {long_line.strip()[:40]!r}"),
    ]


def test_a_header_that_never_ends() -> None:
    header, problems = split_header("---\nid: a\ntitle: b\n", KEYS)
    assert [(p.line, p.message) for p in problems] == [
        (3, "the header never ends: add a line with '---' after the last 'key: value' line")
    ]
    assert (header.body, header.body_line, header.end_line) == ("", 4, 3)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_lines_are_numbered_as_an_editor_numbers_them(newline: str) -> None:
    text = newline.join(["---", "id: a", "title: b\x0cc\u2028d", "kind: x", "---", "Body", ""])
    header, problems = split_header(text, KEYS)
    assert problems == []
    assert header.fields["kind"].line == 4 and header.body_line == 6
    assert editor_lines(text) == ["---", "id: a", "title: b\x0cc\u2028d", "kind: x", "---", "Body"]
