"""Each rule of the reading grade and of `kiosk check`'s writing warnings, one case a rule:
the syllables staff would count aloud, the grade table's far ends, and which blocks of a
page are warned and at which line. Counts are by hand (or the dictionary's), not the code's."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from kiosk.content.loader import MAX_FILE_BYTES, display_path, load_pack
from kiosk.content.model import Pack
from kiosk.content.readability import (
    MAX_PARAGRAPH_WORDS,
    MIN_GRADE_WORDS,
    UnsupportedLanguage,
    authoring_warnings,
    count_syllables,
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
