from kiosk.content.meta import split_header

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
