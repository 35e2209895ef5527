import pytest

from kiosk.content.render import render_markdown


def test_plain_markdown_renders_to_allowed_html() -> None:
    result = render_markdown("### Care\n\n- one\n- **two**\n\nSee [steps](walkthrough).")
    assert "<h3>Care</h3>" in result.html
    assert "<strong>two</strong>" in result.html
    assert '<a href="page:walkthrough">steps</a>' in result.html
    assert result.links == ["walkthrough"]
    assert result.problems == []
    assert result.text.splitlines() == ["Care", "one", "two", "See steps."]


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        "<iframe src='http://x'></iframe>",
        "<style>body{display:none}</style>",
        "<img src=x onerror=alert(1)>",
        "hello <b onclick='x()'>bold</b>",
    ],
)
def test_raw_html_shows_as_text_never_as_markup(source: str) -> None:
    html = render_markdown(source).html
    assert "<script" not in html and "<iframe" not in html and "<style" not in html
    assert "onerror" not in html.replace("onerror=alert(1)&gt;", "") or "&lt;img" in html
    assert "&lt;" in html


@pytest.mark.parametrize(
    "target",
    [
        "http://example.com",
        "https://x.org/a",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "data:text/html,hi",
        "//evil.example",
        "mailto:a@b.c",
    ],
)
def test_links_that_leave_the_kiosk_are_dropped_and_reported(target: str) -> None:
    result = render_markdown(f"Read [this]({target}) now.")
    assert "href" not in result.html
    assert "Read this now." in result.html
    assert result.links == []
    assert len(result.problems) == 1
    assert "not allowed" in result.problems[0][1] or "not a page id" in result.problems[0][1]


def test_autolinks_are_dropped_too() -> None:
    result = render_markdown("Go to <http://example.com> or <a@b.example>.")
    assert "href" not in result.html
    assert len(result.problems) == 2


@pytest.mark.parametrize(
    ("src", "reason"),
    [
        ("/etc/passwd.png", "absolute"),
        ("../secret.png", "outside"),
        ("http://x/a.png", "not a file"),
        ("file:///a.png", "not a file"),
        ("data:image/png;base64,AAAA", "not a file"),
        ("images/readme.txt", "not a picture"),
    ],
)
def test_images_must_stay_in_the_pack(src: str, reason: str) -> None:
    result = render_markdown(f"![a cheek]({src})")
    assert "<img" not in result.html
    assert "a cheek" in result.html
    assert reason in result.problems[0][1]


def test_pack_images_get_the_pack_scheme() -> None:
    result = render_markdown("![A pen](images/pen.png)")
    assert '<img alt="A pen" src="pack:images/pen.png"' in result.html
    assert result.images == ["images/pen.png"]


@pytest.mark.parametrize(
    ("src", "reason"),
    [
        ("//example.com/a.png", "web and file links are not allowed"),
        ("C:/Users/a.png", "web and file links are not allowed"),
        ("images/../../a.png", "'..' is not allowed"),
        ("images/a.PNG.txt", "not a picture file"),
    ],
)
def test_image_paths_that_leave_the_pack_in_other_spellings(src: str, reason: str) -> None:
    result = render_markdown(f"![a cheek]({src})")
    assert "<img" not in result.html
    assert reason in result.problems[0][1]


@pytest.mark.parametrize(
    ("href", "scheme"),
    [
        ("mailto:front@clinic.example", "mailto"),
        ("HTTPS://clinic.example/a:b", "https"),
        ("//clinic.example/page", "web"),
        ("tel:5550100", "tel"),
    ],
)
def test_a_link_out_of_the_kiosk_names_its_kind(href: str, scheme: str) -> None:
    result = render_markdown(f"Call [the desk]({href}).")
    assert "href" not in result.html and "the desk" in result.html
    [(_, message)] = result.problems
    assert f"leaves the kiosk ({scheme} links are not allowed)" in message


def test_a_link_that_is_not_a_page_id_and_an_empty_link() -> None:
    long_target = "Not A Page " * 10
    result = render_markdown(f"See [this]({long_target.strip().replace(' ', '%20')}) and [that]().")
    messages = [message for _, message in result.problems]
    assert any("is not a page id" in m for m in messages)
    assert any("a link needs a page id" in m for m in messages)
    assert "this" in result.html and "that" in result.html and "<span" not in result.html


@pytest.mark.parametrize("href", ["wh&#97;t", "wh%61t"], ids=["entity", "percent"])
def test_a_page_id_spelled_with_an_entity_or_percent_sign_is_still_that_page(href: str) -> None:
    """Qt decodes both before it follows the link, so the page opens."""
    result = render_markdown(f"See [what it is]({href}).", {"what"})
    assert result.links == ["what"] and result.problems == []


@pytest.mark.parametrize(
    ("href", "message"),
    [
        ("%FF", "link '%FF' is not a page id; page ids look like 'does-it-hurt'"),
        ("x&amp;y", "link 'x&amp;y' is not a page id; page ids look like 'does-it-hurt'"),
        ("http://x.example/%41", "link 'http://x.example/%41' leaves the kiosk (http links are not allowed); "
                                 "link to a page id instead, like [safety notice](safety)"),
        # The HTML entity is an 'h': the link is read as an http one, as Qt would follow it.
        ("&#104;ttp://x.example",
         "link '&#104;ttp://x.example' leaves the kiosk (http links are not allowed); "
         "link to a page id instead, like [safety notice](safety)"),
    ],
    ids=["not-utf8", "entity", "percent", "entity-in-scheme"],
)
def test_a_wrong_link_is_quoted_as_the_author_wrote_it(href: str, message: str) -> None:
    assert render_markdown(f"See [this]({href}).").problems == [(href, message)]


@pytest.mark.parametrize(
    "written", ["x%EE%80%80.png", "x%CD%B8.png", "x%E2%80%8B.png"],
    ids=["private-use", "unassigned", "invisible"],
)
def test_a_picture_name_with_a_character_no_font_shows_is_not_a_file_name(written: str) -> None:
    """U+E000 (private use), U+0378 (no character yet) and U+200B (a zero-width space)."""
    problems = render_markdown(f"![a tube]({written})").problems
    assert problems == [(written, f"image '{written}' is not a file name")]
