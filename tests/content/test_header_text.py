"""What `kiosk check` tells staff about a title, summary or caption, word for word, in the
process (the hostile packs check the same through the `kiosk` command)."""

from __future__ import annotations

import pytest

from kiosk.content.header_text import shown_value_problems


def markup(key: str, what: str, quoted: str) -> str:
    return (f"the {key} holds {what} ('{quoted}'); a {key} is shown as plain words, "
            "so markup would show as code (write the words only)")


def too_long(key: str, length: int, limit: int) -> str:
    return (f"the {key} is {length} characters long; a {key} may have at most {limit} "
            "(it must fit on a tile), so make it shorter")


def control(key: str, code: str) -> str:
    return (f"the {key} holds an invisible control character or line break (U+{code}); "
            "type the words again, do not paste them")


@pytest.mark.parametrize(
    ("key", "value", "problems"),
    [
        ("title", "a" * 60, []),
        ("title", "a" * 61, [too_long("title", 61, 60)]),
        ("summary", "a" * 140, []),
        ("summary", "a" * 141, [too_long("summary", 141, 140)]),
        ("caption", "a" * 141, [too_long("caption", 141, 140)]),
        ("order", "a" * 500, []),
        ("title", "Say <b>hi</b>", [markup("title", "an HTML tag", "<b>")]),
        ("summary", "<" + "a" * 70 + ">", [markup("summary", "an HTML tag", "<" + "a" * 59 + "...")]),
        ("summary", "<" + "a" * 59, [markup("summary", "an HTML tag", "<" + "a" * 59)]),
        ("summary", "<" + "a" * 60, [markup("summary", "an HTML tag", "<" + "a" * 59 + "...")]),
        ("title", "Lone \ud800 half", [control("title", "D800")]),
        ("title", "Not yet \U000e0080 given", [control("title", "E0080")]),
        ("title", "Fish &amp; chips", [markup("title", "an HTML entity", "&amp;")]),
        ("title", "Fish &amp chips", [markup("title", "an HTML entity", "&amp")]),
        ("title", "A &#169; B", [markup("title", "an HTML entity", "&#169;")]),
        ("title", "A &#xA9; B", [markup("title", "an HTML entity", "&#xA9;")]),
        ("title", "Rock & roll", []),
        ("title", "See ![a pen](pen.svg)", [markup("title", "a Markdown image", "![a pen](")]),
        ("title", "See [the steps](walkthrough)", [markup("title", "a Markdown link", "[the steps](")]),
        ("title", "See [the steps] [walkthrough]", [markup("title", "a Markdown link", "[the steps] [")]),
        ("title", "[steps]: walkthrough", [markup("title", "a Markdown link definition", "[steps]:")]),
        ("title", "<b> and &amp;", [markup("title", "an HTML tag", "<b>")]),
        ("title", "Left\u202eright", [control("title", "202E")]),
        ("summary", "One\u2028two", [control("summary", "2028")]),
        ("summary", "One\u2029two", [control("summary", "2029")]),
        ("title", "Private \ue000 sign", [control("title", "E000")]),
        ("title", "Bell\u0007", [control("title", "0007")]),
        ("title", "micro\u00adneedling \U0001F469\u200d\u2695", []),
        ("title", "<b>" + "a" * 60 + "\u0007", [
            too_long("title", 64, 60), markup("title", "an HTML tag", "<b>"), control("title", "0007")]),
    ],
)
def test_what_staff_are_told_about_a_shown_value(key: str, value: str, problems: list[str]) -> None:
    assert shown_value_problems(key, value) == problems
