"""What a page shows when the renderer takes something out, and what staff are told:
the words of a refused link stay where they were (no word lost, none added), table
alignment survives, entities read as their characters, and each message quotes the
target as the author wrote it. Expected HTML is written out by hand."""

from __future__ import annotations

import pytest

from kiosk.content.render import image_path_problem, link_problem, render_markdown

JAVASCRIPT = "link '{}' leaves the kiosk (javascript links are not allowed)"


@pytest.mark.parametrize(
    ("body", "html", "text"),
    [
        ("A [](javascript:x) b", "<p>A  b</p>", "A b"),
        ("See [x](javascript:y)", "<p>See x</p>", "See x"),
        ("[x](javascript:y) then", "<p>x then</p>", "x then"),
        ("**b**[x](javascript:y) c", "<p><strong>b</strong>x c</p>", "bx c"),
        ("A [**a** *b*](javascript:x) c", "<p>A <strong>a</strong> <em>b</em> c</p>", "A a b c"),
        ("[**a** *b*](javascript:x)", "<p><strong>a</strong> <em>b</em></p>", "a b"),
    ],
)
def test_a_refused_link_leaves_its_words_in_place(body: str, html: str, text: str) -> None:
    rendered = render_markdown(body)
    assert rendered.html == html
    assert rendered.text == text
    assert JAVASCRIPT.format(rendered.problems[0][0]) in rendered.problems[0][1]


def test_table_columns_keep_their_alignment() -> None:
    html = render_markdown("|a|b|c|\n|:-:|-:|:-|\n|1|2|3|\n").html
    assert '<td align="center">1</td>' in html and '<td align="right">2</td>' in html
    assert '<td align="left">3</td>' in html


def test_a_table_is_read_aloud_row_by_row_each_cell_after_its_heading() -> None:
    body = ("Before.\n\n| Day | What to do |\n|---|---|\n| 1 | Rest &amp; *wash* |\n| 2 | |\n"
            "| | Sunscreen |\n\nAfter.\n")
    assert render_markdown(body).text == (
        "Before.\nDay: 1, What to do: Rest & wash\nDay: 2\nWhat to do: Sunscreen\nAfter.")
    assert render_markdown("| | |\n|---|---|\n| a | b |\n").text == "a, b", "no headings: the cells"


def test_entities_read_as_their_characters() -> None:
    assert render_markdown("Fish &amp; chips &copy; here").text == "Fish & chips © here"


def test_an_image_without_a_file_name_is_refused() -> None:
    rendered = render_markdown("![A pen]()")
    assert "<img" not in rendered.html and "A pen" in rendered.text
    assert [message for _, message in rendered.problems] == ["an image needs a file name"]


def test_an_image_target_that_is_not_a_file_name_is_quoted_as_written() -> None:
    rendered = render_markdown("![a](x%01.svg)")
    assert rendered.problems == [("x%01.svg", "image 'x%01.svg' is not a file name")]


def test_a_bad_image_is_placed_by_its_own_target() -> None:
    rendered = render_markdown("A\n\n![ok](images/a.svg)\n\n![bad](im%61ges/../b.svg)")
    assert rendered.problems == [(
        "im%61ges/../b.svg",
        "image 'im%61ges/../b.svg' points outside the language folder ('..' is not allowed)",
    )]


@pytest.mark.parametrize(
    ("target", "written", "message"),
    [
        ("javascript:alert(1)", "java&#115;cript:alert(1)",
         "link 'java&#115;cript:alert(1)' leaves the kiosk (javascript links are not allowed)"),
        ("javascript:alert(1)", None, "link 'javascript:alert(1)' leaves the kiosk (javascript links"),
        ("a" * 30 + ":x", None, "(web links are not allowed)"),
        ("nope", "no%70e", "link 'no%70e' is not a page id"),
    ],
)
def test_link_messages_quote_the_target_as_written(target: str, written: str | None, message: str) -> None:
    assert message in link_problem(target, written)


@pytest.mark.parametrize(
    ("target", "written", "message"),
    [
        ("\\server\\x.svg", None, "image '\\server\\x.svg' is an absolute path"),
        ("images\\..\\x.svg", None, "image 'images\\..\\x.svg' points outside the language folder"),
        ("../x.svg", "%2E%2E/x.svg", "image '%2E%2E/x.svg' points outside the language folder"),
    ],
)
def test_image_messages_quote_the_target_as_written(target: str, written: str | None, message: str) -> None:
    problem = image_path_problem(target, written)
    assert problem is not None and message in problem


def test_a_target_in_a_message_is_one_short_line() -> None:
    assert "link '" + "a" * 60 + "' is not a page id" in link_problem("a" * 60)
    assert "link '" + "a" * 57 + "...' is not a page id" in link_problem("a" * 61)
    assert "link 'a b' is not a page id" in link_problem("a\x01b")


@pytest.mark.parametrize(
    ("target", "named"),
    [("images/a|b.svg", "('|')"), ("images/a\x7fb.svg", "(U+007F)"), ("images/a\u00a0b.svg", "(U+00A0)")],
)
def test_a_character_a_file_name_may_not_hold_is_named(target: str, named: str) -> None:
    problem = image_path_problem(target)
    assert problem is not None and f"may not hold here {named}; rename the file" in problem


@pytest.mark.parametrize("target", ["images//a.svg", "./a.svg", "images/./a.svg", "images/a.svg/"])
def test_an_empty_part_or_a_dot_folder_is_refused(target: str) -> None:
    problem = image_path_problem(target)
    assert problem == (f"image '{target}' has an empty part or a '.' folder in its path; "
                       "write it like images/photo.png")


def test_a_refused_link_after_two_marks_keeps_its_words_in_place() -> None:
    assert render_markdown("**a** *b* [x](javascript:y) c").html == "<p><strong>a</strong> <em>b</em> x c</p>"


def test_an_image_without_a_file_name_is_found_by_its_mark() -> None:
    """The loader finds the line of a problem by what the author wrote: here only `![`."""
    assert render_markdown("![A pen]()").problems[0][0] == "!["


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("Type `a < b & c` now.", "Type a < b & c now."),
        ("Take 2 \\* 3 doses.", "Take 2 * 3 doses."),
        ("Write to <front@clinic.example>.", "Write to front@clinic.example."),
        ("> Quote one.\n>\n> Quote two.", "Quote one.\nQuote two."),
        ("- One\n\n    Still one.\n\n- Two", "One\nStill one.\nTwo"),
        ("- One\n    - Two", "One\nTwo"),
        ("- ## Title", "Title"),
        ("> ## Heading\n>\n> Words.", "Heading\nWords."),
        ("- Item\n\n        code here", "Item\ncode here"),
        ("> Quote\n>\n>     code here", "Quote\ncode here"),
        # Without its ';' this is no entity: the screen shows the words as typed.
        ("Fish &amp chips. **Also** &copy 2024.", "Fish &amp chips. Also &copy 2024."),
    ],
    ids=["code", "escape", "e-mail", "quote", "loose-list", "nested-list", "heading-in-item",
         "heading-in-quote", "code-in-item", "code-in-quote", "no-semicolon"],
)
def test_the_words_read_aloud_are_the_words_shown_once_each(body: str, text: str) -> None:
    assert render_markdown(body).text == text


def raw_html(shown: str) -> str:
    return (f"HTML like '{shown}' is not allowed in a page (it would show as code); "
            "use Markdown, or write \\< for a '<' that should show")


FORTY = '<span title="' + "a" * 25 + '">'  # 40 characters


@pytest.mark.parametrize(
    ("body", "problems"),
    [
        ("Intro <script>alert(1)</script> here.", [("<script>", raw_html("<script>"))]),
        ("**Bold** then <b>x</b>.", [("<b>", raw_html("<b>"))]),
        (f"A {FORTY} b", [(FORTY, raw_html(FORTY))]),
        (f"A {FORTY[:-2]}a\"> b", [(FORTY[:-2] + 'a">', raw_html(FORTY[:37] + "..."))]),
        ('A <span class="a"\ntitle="b"> b', [('<span class="a"', raw_html('<span class="a"'))]),
        ("Type `<b>` for bold.", []),
        ("Code:\n\n    <b>x</b>", []),
    ],
    ids=["in-text", "after-bold", "40-characters", "41-characters", "two-lines", "code", "code-block"],
)
def test_html_written_in_a_page_is_named_up_to_40_characters_and_its_first_line(
    body: str, problems: list[tuple[str, str]]
) -> None:
    assert render_markdown(body).problems == problems


def test_headings_keep_to_the_sizes_the_kiosk_shows() -> None:
    assert render_markdown("# Big\n\n###### Small").html == "<h2>Big</h2>\n<h4>Small</h4>"


def test_table_headings_keep_their_alignment_and_lists_their_first_number() -> None:
    assert '<th align="center">a</th>' in render_markdown("|a|b|\n|:-:|-:|\n|1|2|\n").html
    assert render_markdown("3. Three\n4. Four").html.startswith('<ol start="3">')
