"""Reading grade and authoring warnings: what `kiosk check` tells staff about their pages."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from kiosk.content.loader import MAX_FILE_BYTES, display_path, load_pack
from kiosk.content.model import Pack, Severity
from kiosk.content.readability import (
    MAX_GRADE,
    MAX_PARAGRAPH_WORDS,
    MIN_GRADE_WORDS,
    UnsupportedLanguage,
    authoring_warnings,
    count_syllables,
    fernandez_huerta,
    grade,
    huerta_grade,
    readability_report,
    sentences,
    text_stats,
)
from tests.conftest import GOOD_PAGES, PackWriter

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10"/></svg>'


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("skin", 1),
        ("treatment", 2),
        ("numbing", 2),
        ("collagen", 3),
        ("provider", 3),
        ("irritated", 4),
        ("microneedling", 4),
        ("dermatologist", 5),
        ("makes", 1),
        ("places", 2),
        ("wrinkles", 2),
        ("jumped", 1),
        ("wanted", 2),
        ("little", 2),
        ("while", 1),
        ("safety", 2),
        ("something", 2),
        ("usually", 4),
        ("video", 3),
        ("infection", 3),
        ("language", 2),
        ("quiet", 2),
        ("patient", 2),
        ("eyes", 1),
        ("acne", 2),
        ("SPF", 3),
        ("at-home", 2),
        ("skin's", 1),
        ("15", 2),
    ],
)
def test_english_syllables(word: str, syllables: int) -> None:
    assert count_syllables(word, "en") == syllables


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("piel", 1),
        ("casa", 2),
        ("agua", 2),
        ("día", 2),
        ("país", 2),
        ("aire", 2),
        ("ciudad", 2),
        ("poeta", 3),
        ("que", 1),
        ("guerra", 2),
        ("pingüino", 3),
        ("muy", 1),
        ("y", 1),
        ("ayuda", 3),
        ("cuídese", 3),
        ("infección", 3),
        ("proteína", 4),
        ("tratamiento", 4),
        ("microagujas", 5),
        ("dermatólogo", 5),
        ("reafirmarla", 5),
    ],
)
def test_spanish_syllables(word: str, syllables: int) -> None:
    assert count_syllables(word, "es") == syllables


def test_flesch_kincaid_of_sentences_worked_by_hand() -> None:
    # 6 words, 6 syllables, 1 sentence: 0.39*6 + 11.8*1 - 15.59
    assert grade("The cat sat on the mat.", "en") == pytest.approx(-1.45)
    # Micro-need-ling is a skin treat-ment: 5 words, 9 syllables, 1 sentence.
    assert grade("Microneedling is a skin treatment.", "en") == pytest.approx(0.39 * 5 + 11.8 * 9 / 5 - 15.59)
    # Your skin heals. It makes new col-la-gen: 7 words, 9 syllables, 2 sentences.
    assert grade("Your skin heals. It makes new collagen.", "en") == pytest.approx(
        0.39 * 7 / 2 + 11.8 * 9 / 7 - 15.59
    )


def test_long_sentences_and_long_words_raise_the_grade() -> None:
    plain = "Your skin heals on its own. It makes new collagen. This keeps skin firm."
    dense = (
        "Percutaneous collagen induction therapy stimulates dermal remodeling through "
        "controlled microscopic injuries, which subsequently initiate physiological "
        "regeneration processes involving fibroblast proliferation."
    )
    assert grade(plain, "en") <= 4
    assert grade(dense, "en") > 16


def test_headings_and_list_items_without_a_full_stop_are_sentences() -> None:
    text = "What it can help with\nFine lines\nAcne scars\nIt helps. It is quick"
    assert sentences(text) == [
        "What it can help with",
        "Fine lines",
        "Acne scars",
        "It helps.",
        "It is quick",
    ]
    assert text_stats(text, "en").sentences == 5


def test_abbreviations_and_decimals_do_not_end_a_sentence() -> None:
    text = "Dr. Lee sees you at 2.5 pm. Then you go home!\n¿Duele? Sr. Ruiz dice que no."
    assert sentences(text) == [
        "Dr. Lee sees you at 2.5 pm.",
        "Then you go home!",
        "¿Duele?",
        "Sr. Ruiz dice que no.",
    ]


def test_spanish_easy_text_reads_easy_and_dense_text_hard() -> None:
    easy = "Mi casa es azul. El sol sale. Yo como pan. Me gusta el mar."
    dense = (
        "La administración sistemática de procedimientos dermatológicos mínimamente "
        "invasivos requiere consideraciones terapéuticas individualizadas, particularmente "
        "en pacientes inmunocomprometidos con antecedentes de cicatrización hipertrófica."
    )
    assert fernandez_huerta(text_stats(easy, "es")) > 90
    assert grade(easy, "es") < 4
    assert fernandez_huerta(text_stats(dense, "es")) < 30
    assert grade(dense, "es") > 14
    assert grade(easy, "es-MX") == grade(easy, "es")


def test_spanish_grade_threshold_follows_fernandez_huerta_table() -> None:
    # His table: 60-70 is "7th or 8th grade"; below 60 is beyond the 8th grade.
    assert huerta_grade(60) == pytest.approx(MAX_GRADE)
    assert 6 <= huerta_grade(65) < MAX_GRADE
    assert huerta_grade(59) > MAX_GRADE
    assert huerta_grade(95) == pytest.approx(3.5)


def test_a_language_with_no_formula_is_refused() -> None:
    with pytest.raises(UnsupportedLanguage):
        grade("Le soin de la peau.", "fr")


@pytest.mark.parametrize("language", ["en", "es"])
def test_bundled_pages_are_grade_8_or_lower_and_get_no_warnings(
    content: Path, assets: Path, language: str
) -> None:
    pack = load_pack(content / language, language, assets).pack
    levels = readability_report(pack)
    assert len(levels) == len(pack.pages) >= 10
    too_hard = {level.page_id: round(level.grade, 1) for level in levels if level.grade > 8}
    assert too_hard == {}
    assert [str(p) for p in authoring_warnings(pack)] == []


def test_report_is_json_ready(content: Path, assets: Path) -> None:
    pack = load_pack(content / "en", "en", assets).pack
    level = next(r for r in readability_report(pack) if r.page_id == "does-it-hurt")
    data = json.loads(json.dumps(level.as_dict()))
    assert data["page_id"] == "does-it-hurt"
    assert data["language"] == "en"
    assert data["formula"] == "flesch-kincaid"
    assert data["words"] > 50 and data["sentences"] > 5
    assert data["grade"] == round(level.grade, 1)


LONG_PAGE = """
    ---
    id: long
    kind: section
    order: 4
    title: Long page
    summary: Too many words.
    icon: safety
    illustration: images/header.svg
    ---
    A short first paragraph. ![A pen](images/pen.svg)

    {paragraph}

    - A short item.
    - {paragraph}
    """


def _long_pack(make_pack: PackWriter, *, extra: dict[str, str | bytes | None]) -> Path:
    paragraph = " ".join(["Talk with your doctor."] * 17) + " Then rest."  # 70 words
    pages: dict[str, str | bytes | None] = {
        "long.md": LONG_PAGE.replace("{paragraph}", paragraph),
        "images/header.svg": SVG,
        "images/pen.svg": SVG,
        "images/unused.svg": SVG,
    }
    pages.update(extra)
    return make_pack(pages)


def test_long_paragraph_and_unused_image_are_warned_with_path_and_line(
    make_pack: PackWriter, assets: Path
) -> None:
    root = _long_pack(make_pack, extra={"images/old photo.png": b"\x89PNG\r\n\x1a\n" + bytes(16)})
    result = load_pack(root / "en", "en", assets)
    assert result.problems == ()
    warnings = authoring_warnings(result.pack)
    page = display_path(root / "en" / "long.md")
    assert {str(p) for p in warnings} == {
        f"{page}:12: warning: this paragraph has 70 words; keep it to 60 or fewer (split it, or cut words)",
        f"{page}:15: warning: this list item has 70 words; keep it to 60 or fewer (split it, or cut words)",
        f"{display_path(root / 'en/images/unused.svg')}:1: warning: no page shows this image; "
        "use it with ![what it shows](images/unused.svg) or 'illustration: images/unused.svg', "
        "or delete the file",
        f"{display_path(root / 'en/images/old photo.png')}:1: warning: no page shows this "
        "image; use it with ![what it shows](images/old photo.png) or "
        "'illustration: images/old photo.png', or delete the file",
    }
    assert all(p.severity is Severity.WARNING for p in warnings)


def test_image_of_a_page_with_an_error_is_not_called_unused(make_pack: PackWriter, assets: Path) -> None:
    broken = """
        ---
        id: broken
        kind: section
        title: Broken
        summary: No icon line, so this page has an error.
        ---
        ![A photo](images/unused.svg)
        """
    root = _long_pack(make_pack, extra={"broken.md": broken})
    result = load_pack(root / "en", "en", assets)
    assert result.errors  # the page is left out, and its error is reported
    assert not any("unused.svg" in str(p) for p in authoring_warnings(result.pack))


def test_hard_page_is_warned_at_its_longest_sentence(make_pack: PackWriter, assets: Path) -> None:
    hard = """
        ---
        id: hard
        kind: section
        order: 5
        title: Hard page
        summary: Dense words.
        icon: safety
        ---
        ### Mechanism

        Percutaneous collagen induction stimulates fibroblast proliferation.

        Controlled microscopic injuries subsequently initiate physiological regeneration
        processes, significantly improving dermal elasticity and pigmentation irregularities.
        """
    root = make_pack({"hard.md": hard})
    pack = load_pack(root / "en", "en", assets).pack
    [warning] = authoring_warnings(pack)
    level = next(r for r in readability_report(pack) if r.page_id == "hard")
    assert str(warning) == (
        f"{display_path(root / 'en/hard.md')}:13: warning: reading grade {level.grade:.1f} "
        "is above 8: use shorter sentences and common words (the longest sentence, "
        "15 words, starts on this line)"
    )
    assert level.grade > 14


def test_language_with_no_formula_still_gets_paragraph_and_image_warnings(
    make_pack: PackWriter, assets: Path
) -> None:
    root = _long_pack(make_pack, extra={})
    pack = load_pack(root / "en", "fr", assets).pack
    assert readability_report(pack) == []
    messages = [p.message for p in authoring_warnings(pack)]
    assert sum("has 70 words" in m for m in messages) == 2
    assert sum("no page shows this image" in m for m in messages) == 1


def test_a_page_of_one_short_sentence_gets_no_grade_warning(make_pack: PackWriter, assets: Path) -> None:
    pack = load_pack(make_pack() / "en", "en", assets).pack
    step = next(r for r in readability_report(pack) if r.page_id == "step-one")
    assert step.grade > 8  # "Talk with a licensed dermatologist." is five words
    assert authoring_warnings(pack) == []


def test_every_bundled_english_page_reads_at_grade_6_or_lower(content: Path, assets: Path) -> None:
    """Patient-education vendors aim at grade 6 (KIOSK_STANDARDS.md); the kiosk only warns above 8."""
    pack = load_pack(content / "en", "en", assets).pack
    above_6 = {level.page_id: round(level.grade, 1) for level in readability_report(pack) if level.grade > 6}
    assert above_6 == {}


# Each rule, one case a rule: the syllables staff would count aloud, the grade table's far
# ends, and which blocks of a page are warned at which line. Counts are by hand (or the
# dictionary's), not the code's.

@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("face's", 1),  # face + 's, not "fa-ces"
        ("ma'am", 1),
        ("hmm", 1),
        ("TV", 2),  # capitals without a vowel are read letter by letter
        ("HTTPS", 5),
        ("SHHHHH", 1),  # six letters: a sound, not letters
        ("SAFE", 1),  # capitals with a vowel are a word
        ("WWW", 9),  # double-u, three times
        ("homeopathy", 5),
        ("going", 2),
        ("doing", 2),
        ("acre", 2),
        ("ogre", 2),
        ("bubbled", 2),
        ("drier", 2),
        ("autism", 3),
        ("mayo", 2),
        ("papaya", 3),
        ("café", 2),
        ("ice-pack", 2),
        ("5", 1),
        ("1.5", 2),
        ("10:30", 4),
    ],
)
def test_english_words_count_as_said(word: str, syllables: int) -> None:
    assert count_syllables(word, "en") == syllables


@pytest.mark.parametrize(("word", "syllables"), [("rugby", 2), ("hobby", 2)])
def test_spanish_y_after_a_consonant_is_a_vowel(word: str, syllables: int) -> None:
    assert count_syllables(word, "es") == syllables


def test_huerta_grade_between_the_lower_bands_and_below_the_table() -> None:
    assert huerta_grade(55) == pytest.approx(10.0)  # halfway from 60 (grade 8) to 50 (grade 12)
    assert huerta_grade(-30) == pytest.approx(22.0)  # the 30 -> 14, 0 -> 18 band, carried on


def test_a_text_without_words_has_grade_zero() -> None:
    assert grade("", "en") == 0.0
    assert grade("... !", "es") == 0.0


def test_a_language_without_a_formula_is_named() -> None:
    with pytest.raises(UnsupportedLanguage, match="no readability formula for language 'fr'"):
        text_stats("Bonjour.", "fr")


def test_the_report_counts_syllables(make_pack: PackWriter, assets: Path) -> None:
    pack = load_pack(make_pack() / "en", "en", assets).pack
    level = next(r for r in readability_report(pack) if r.page_id == "hurt")
    assert level.as_dict()["syllables"] == 5  # Num-bing cream comes first


def _warnings(
    make_pack: PackWriter, assets: Path, body: str, extra: dict[str, str | bytes | None] | None = None
) -> tuple[list[str], Pack]:
    page = GOOD_PAGES["hurt.md"].replace("        Numbing cream comes first.\n", body)
    root = make_pack({"hurt.md": page, **(extra or {})})
    result = load_pack(root / "en", "en", assets)
    assert result.errors == ()
    shown = display_path(root / "en" / "hurt.md")
    return [str(p).replace(shown, "hurt.md") for p in authoring_warnings(result.pack)], result.pack


def _lines(*paragraphs: str) -> str:
    return "".join(f"        {line}\n" for line in "\n".join(paragraphs).splitlines())


def words_of(count: int, word: str = "rest") -> str:
    return " ".join([word] * count)


LONG = f"this paragraph has {MAX_PARAGRAPH_WORDS + 10} words"


def test_a_paragraph_of_exactly_the_limit_is_not_warned(make_pack: PackWriter, assets: Path) -> None:
    found, _ = _warnings(make_pack, assets, _lines(words_of(MAX_PARAGRAPH_WORDS // 2, "Rest now.")))
    assert found == []


@pytest.mark.parametrize("heading", ["# {}", "{}\n==="], ids=["hash", "underlined"])
def test_a_long_heading_is_not_called_a_paragraph(make_pack: PackWriter, assets: Path, heading: str) -> None:
    found, _ = _warnings(make_pack, assets, _lines(heading.format(words_of(MAX_PARAGRAPH_WORDS + 10))))
    assert not any("words; keep it" in line for line in found), found


def test_a_long_list_item_after_a_paragraph_is_called_a_list_item(
    make_pack: PackWriter, assets: Path
) -> None:
    found, _ = _warnings(make_pack, assets, _lines("Rest.", "", "- " + words_of(MAX_PARAGRAPH_WORDS + 10)))
    assert any("this list item has 70 words" in line for line in found), found


@pytest.mark.parametrize("between", [">", "***"], ids=["quote", "rule"])
def test_blocks_split_by_a_quote_gap_or_a_rule_are_counted_apart(
    make_pack: PackWriter, assets: Path, between: str
) -> None:
    half = words_of(40)
    quoted = between == ">"
    body = _lines(*((f"> {half}", ">", f"> {half}") if quoted else (half, between, half)))
    found, _ = _warnings(make_pack, assets, body)
    assert not any("words; keep it" in line for line in found), found


def test_a_hard_page_of_one_word_sentences_is_warned_at_its_first(
    make_pack: PackWriter, assets: Path
) -> None:
    body = _lines(*(["Dermatological."] * MIN_GRADE_WORDS))
    found, _ = _warnings(make_pack, assets, body)
    assert [line for line in found if "reading grade" in line][0].startswith("hurt.md:9: "), found


def test_a_hard_page_is_warned_at_the_first_of_two_longest_sentences(
    make_pack: PackWriter, assets: Path
) -> None:
    sentence = "Percutaneous collagen induction stimulates fibroblast proliferation considerably."
    body = _lines("Rest.", "", sentence, "", sentence, "", sentence)
    found, _ = _warnings(make_pack, assets, body)
    graded = [line for line in found if "reading grade" in line]
    assert len(graded) == 1 and graded[0].startswith("hurt.md:11: "), found


def test_a_hard_page_of_exactly_the_fewest_words_is_warned(make_pack: PackWriter, assets: Path) -> None:
    body = _lines(" ".join(["Dermatological"] * (MIN_GRADE_WORDS - 1)) + " considerations.")
    found, _ = _warnings(make_pack, assets, body)
    assert any("reading grade" in line for line in found), found


def test_a_page_with_a_byte_order_mark_is_warned_at_the_right_line(
    make_pack: PackWriter, assets: Path
) -> None:
    long = words_of(MAX_PARAGRAPH_WORDS + 10) + "."
    page = GOOD_PAGES["hurt.md"].replace("Numbing cream comes first.", long)
    root = make_pack({"hurt.md": "\ufeff" + page.lstrip("\n").replace("\n        ", "\n").lstrip()})
    result = load_pack(root / "en", "en", assets)
    found = [str(p) for p in authoring_warnings(result.pack)]
    assert any(line.endswith(f"hurt.md:9: warning: {LONG}; keep it to 60 or fewer (split it, or cut words)")
               for line in found), found


PICTURE = "images/a b.svg"


def test_a_picture_written_percent_encoded_is_in_use(make_pack: PackWriter, assets: Path) -> None:
    found, _ = _warnings(make_pack, assets, _lines("![A pen](images/a%20b.svg)"), {PICTURE: SVG})
    assert not any("no page shows this image" in line for line in found), found


def test_a_picture_in_a_hidden_folder_is_not_reported(make_pack: PackWriter, assets: Path) -> None:
    found, _ = _warnings(make_pack, assets, _lines("Rest."), {".trash/old.svg": SVG})
    assert not any("old.svg" in line for line in found), found


def test_a_page_file_that_is_not_utf8_is_read_without_a_traceback(
    make_pack: PackWriter, assets: Path
) -> None:
    root = make_pack({"notes.md": b"caf\xe9 images/a b.svg\n", PICTURE: SVG})
    result = load_pack(root / "en", "en", assets)
    assert "not UTF-8" in str(result.errors[0]), "the loader refuses the file"
    found = [str(p) for p in authoring_warnings(result.pack)]
    assert not any("no page shows this image" in line for line in found), "notes.md names the picture"


def test_a_page_file_linked_from_outside_does_not_count(
    make_pack: PackWriter, assets: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text(f"![x]({PICTURE})\n")
    root = make_pack({PICTURE: SVG})
    (root / "en" / "linked.md").symlink_to(outside)
    pack = load_pack(root / "en", "en", assets).pack
    assert any("no page shows this image" in str(p) for p in authoring_warnings(pack))


def test_a_page_file_at_the_size_limit_is_read_and_a_pipe_is_not(make_pack: PackWriter, assets: Path) -> None:
    mention = f"{PICTURE}\n".encode()
    root = make_pack({PICTURE: SVG, "big.md": mention + b"x" * (MAX_FILE_BYTES - len(mention))})
    os.mkfifo(root / "en" / "pipe.md")
    pack = load_pack(root / "en", "en", assets).pack
    done: list[list[str]] = []
    worker = threading.Thread(target=lambda: done.append([str(p) for p in authoring_warnings(pack)]),
                              daemon=True)
    worker.start()
    worker.join(60)
    assert done, "reading a named pipe as a page waits for ever"
    assert not any("no page shows this image" in line for line in done[0]), "big.md names the picture"


def test_a_word_in_capitals_before_a_full_stop_ends_the_sentence() -> None:
    assert sentences("Wear SPF. Then rest.") == ["Wear SPF.", "Then rest."]


HARD = "Percutaneous collagen induction stimulates fibroblast proliferation considerably."


@pytest.mark.parametrize(
    "after", ["", "\n\nRest.", "\n==="], ids=["at-the-end", "before-a-gap", "underlined-heading"]
)
def test_a_sentence_ending_at_the_end_of_a_line_ends_there(
    make_pack: PackWriter, assets: Path, after: str
) -> None:
    """Three sentences of seven words, one a line: the longest has seven words, not 21."""
    body = _lines("\n".join([HARD] * 3) + after)
    found, _ = _warnings(make_pack, assets, body)
    graded = [line for line in found if "reading grade" in line]
    assert len(graded) == 1 and graded[0].startswith("hurt.md:9: "), found
    assert graded[0].endswith("(the longest sentence, 7 words, starts on this line)"), found


def test_a_paragraph_right_under_an_underlined_heading_is_still_checked(
    make_pack: PackWriter, assets: Path
) -> None:
    body = _lines("Rest", "===", words_of((MAX_PARAGRAPH_WORDS + 10) // 2, "Rest now."))
    found, _ = _warnings(make_pack, assets, body)
    assert found == [f"hurt.md:11: warning: {LONG}; keep it to 60 or fewer (split it, or cut words)"]
