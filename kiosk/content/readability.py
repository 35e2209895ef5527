"""Authoring help for clinic staff: reading grade, long paragraphs, unused images.

Everything here is plain Python with no network and no word lists to download:
the syllable counters are rule-based (English and Spanish), which is what the
readability formulas were built on anyway.

English pages get the Flesch-Kincaid grade::

    grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59

Spanish pages get the Fernández-Huerta reading ease, in its corrected form
(G. Law, 2011: the second term is words per *sentence*, as in Flesch)::

    ease = 206.84 - 60 * syllables/words - 1.02 * words/sentences

and Fernández-Huerta's own table of school grades turns the ease into a grade
(see ``HUERTA_GRADES``): 60-70 is "7th or 8th grade", below 60 is beyond the
8th grade ("preuniversitario"). The grade is interpolated linearly between the
band edges, with an ease of exactly 60 giving grade 8.0, so "above grade 8"
means the same thing, an ease below 60, in both languages.

The page text (``Page.text``) holds one block per line: paragraphs, list
items and headings. Each line ends any sentence still open, so a heading or a
list item without a full stop still counts as one sentence.
"""

from __future__ import annotations

import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.content.loader import KEYS, MAX_FILE_BYTES, display_path, page_files
from kiosk.content.meta import editor_lines, split_header
from kiosk.content.model import Pack, Page, Problem, Severity
from kiosk.content.render import IMAGE_SUFFIXES, PACK_SCHEME, render_markdown

MAX_GRADE = 8.0
"""Pages above this reading grade get a warning (US school grade; health
literacy guidance asks for grade 6 to 8)."""
MIN_GRADE_WORDS = 20
"""Pages with fewer words get no grade warning: on a sentence or two the formulas
swing wildly ("Talk with a licensed dermatologist." alone is grade 10)."""
MAX_PARAGRAPH_WORDS = 60
"""Paragraphs and list items longer than this get a warning."""
SUPPORTED_LANGUAGES = ("en", "es")

HUERTA_GRADES: tuple[tuple[float, float], ...] = (
    (100.0, 3.0),
    (90.0, 4.0),
    (80.0, 5.0),
    (70.0, 6.0),
    (60.0, 8.0),
    (50.0, 12.0),
    (30.0, 14.0),
    (0.0, 18.0),
)
"""(Fernández-Huerta ease, grade) at the lower edge of each band of his table:
90-100 4th grade, 80-90 5th, 70-80 6th, 60-70 7th or 8th, 50-60 pre-university
(to grade 12), 30-50 first college years, 0-30 university."""


class UnsupportedLanguage(ValueError):
    """There is no readability formula for this language."""


def base_language(language: str) -> str:
    """'es' for 'es', 'es-MX' or 'es_419'."""
    return re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0]


def supports_language(language: str) -> bool:
    return base_language(language) in SUPPORTED_LANGUAGES


# --- words and sentences -----------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,:]\d+)*")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]»]*(?=\s|$)")
_ABBREVIATIONS = frozenset(
    {
        # English
        "dr", "mr", "mrs", "ms", "st", "vs", "etc", "e.g", "i.e", "approx", "no", "min", "max",
        # Spanish
        "sr", "sra", "srta", "dra", "ud", "uds", "ej", "p.ej", "aprox", "núm", "pág",
    }
)  # fmt: skip


def words(text: str) -> list[str]:
    """The words of a text: runs of letters (with ' and - inside), or numbers."""
    return _WORD.findall(text)


def sentences(text: str) -> list[str]:
    """The sentences of a page text, one block per line.

    A sentence ends at . ! ? or … followed by a space (so 2.5 and e.g. stay
    whole) and at the end of every line (headings, list items).
    """
    found: list[str] = []
    for line in text.splitlines():
        start = 0
        for match in _SENTENCE_END.finditer(line):
            before = line[start : match.start()].split()
            last = before[-1].rstrip(".") if before else ""
            initial = len(last) == 1 and last.isupper()
            if match.group().startswith(".") and (last.lower() in _ABBREVIATIONS or initial):
                continue  # "Dr. Lee", "p. ej.", "J. Smith"
            found.append(line[start : match.end()].strip())
            start = match.end()
        found.append(line[start:].strip())
    return [s for s in found if words(s)]


# --- syllables ---------------------------------------------------------------------


def count_syllables(word: str, language: str) -> int:
    """Syllables of one word, by rule; at least 1 for any word."""
    lang = base_language(language)
    if lang not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(f"no syllable counter for language '{language}'")
    if word.isdigit() or re.fullmatch(r"\d+(?:[.,:]\d+)*", word):
        # Read aloud, a number has about one syllable per digit ("15": fif-teen, quin-ce).
        return max(1, sum(c.isdigit() for c in word))
    parts = [p for p in re.split(r"[-‐]", word) if p]
    if len(parts) > 1:
        return sum(count_syllables(p, language) for p in parts)
    if lang == "es":
        return _spanish(word)
    return _english(word)


_EN_VOWELS = frozenset("aeiouy")
_EN_EXCEPTIONS = {
    "acne": 2,
    "anyone": 3,
    "area": 3,
    "areas": 3,
    "being": 2,
    "business": 2,
    "businesses": 3,
    "cafe": 2,
    "create": 2,
    "created": 3,
    "creates": 2,
    "creating": 3,
    "diabetes": 4,
    "evening": 2,
    "every": 3,
    "everyone": 3,
    "fire": 2,
    "fluid": 2,
    "hour": 1,
    "idea": 3,
    "ideas": 3,
    "maybe": 2,
    "naked": 2,
    "our": 1,
    "people": 2,
    "poem": 2,
    "poet": 2,
    "react": 2,
    "reaction": 3,
    "real": 1,
    "really": 2,
    "recipe": 3,
    "ruin": 2,
    "science": 2,
    "someone": 2,
    "wicked": 2,
}
_EN_SUFFIXES = (
    # (suffix, its syllables, shortest stem): the stem is counted on its own, so the
    # silent e of "move" in "movement" or of "safe" in "safely" stays silent.
    ("ments", 1, 4),
    ("ment", 1, 4),
    ("ness", 1, 3),
    ("less", 1, 2),
    ("ful", 1, 3),
    ("ly", 1, 2),
    ("ing", 1, 2),
)
_EN_COMPOUND_HEADS = (
    "some", "where", "there", "home", "life", "care", "time", "safe", "sure", "more",
    "whole", "note", "base", "face", "side", "make",
)  # fmt: skip


def _english(word: str) -> int:
    w = _ascii(word).lower()
    w = re.sub(r"['’](s|t|re|ve|ll|d|m)$", "", w)
    w = re.sub(r"[^a-z]", "", w)
    if not w:
        return 1
    if w in _EN_EXCEPTIONS:
        return _EN_EXCEPTIONS[w]
    if 2 <= len(w) <= 5 and word.isupper() and not re.search(r"[aeiouy]", w):
        return sum(3 if c == "w" else 1 for c in w)  # SPF, PRP: read letter by letter
    for head in _EN_COMPOUND_HEADS:
        rest = w[len(head) :]
        compound = len(rest) >= 2 and rest[0] not in _EN_VOWELS and _has_vowel(rest)
        if w.startswith(head) and compound:
            return _english(head) + _english(rest)
    for suffix, extra, shortest in _EN_SUFFIXES:
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and len(stem) >= shortest and _has_vowel(stem):
            return _english(stem) + extra
    return max(1, _english_base(w))


def _has_vowel(letters: str) -> bool:
    return any(c in "aeiou" for c in letters) or (len(letters) > 1 and "y" in letters[1:])


def _english_base(w: str) -> int:
    w = w.replace("qu", "qw")
    vowel = [
        c in "aeiou" or (c == "y" and i > 0 and not (i + 1 < len(w) and w[i + 1] in "aeiou"))
        for i, c in enumerate(w)
    ]
    count = sum(1 for i, v in enumerate(vowel) if v and (i == 0 or not vowel[i - 1]))

    def consonant(index: int) -> bool:
        return -len(w) <= index < len(w) and not vowel[index]

    if count > 1 and w.endswith("e") and consonant(-2):
        sounded = (re.search(r"[^aeiouyl]le$", w) or re.search(r"[^aeiouyr]re$", w)) is not None
        if not sounded:
            count -= 1  # make, there, house
    elif count > 1 and w.endswith("ed") and consonant(-3) and w[-3] not in "td":
        count -= not re.search(r"[^aeiouyl]led$", w)  # jumped, called; not wanted, bubbled
    elif count > 1 and w.endswith("es") and consonant(-3) and w[-3] not in "sxzcg":
        # makes, lines; not boxes, places, wrinkles
        count -= not re.search(r"(ch|sh|[^aeiouyl]l|[^aeiouyr]r)es$", w)

    # Vowel pairs said as two syllables: di-al, vid-e-o, u-su-al, cru-el, qui-et, cli-ent;
    # but not in -tion, -cial, -geous, lan-guage, mil-lion, pa-tient, friend.
    count += len(re.findall(r"(?<![cgstxl])ia|ia(?=t)|(?<![cgstxln])io|iu", w))
    count += len(re.findall(r"(?<![gc])eo|(?<=[gc])eo(?!us)", w))
    count += len(re.findall(r"(?<!g)ua|uo|(?<!g)ue(?!$|s$|d$)", w))
    count += len(re.findall(r"ie(?=t)|(?<![tcg])ie(?=n)(?!nd)", w))
    if re.search(r"[^aeiouy]ie(r|rs|st)$", w):
        count += 1  # eas-i-er, hap-pi-est
    if re.search(r"[^aeiou]isms?$", w):
        count += 1  # au-tis-m
    return count


_ES_STRONG = frozenset("aeoáéóíú")
_ES_WEAK = frozenset("iuüíú")
_ES_VOWELS = frozenset("aeiouáéíóúü")


def _spanish(word: str) -> int:
    w = word.lower()
    w = re.sub(r"[^a-záéíóúüñ]", "", w)
    if not w:
        return 1
    w = w.replace("qu", "q")
    w = re.sub(r"gu(?=[eéií])", "g", w)  # guerra, guía: the u is silent (not in güe)
    # y is a vowel at the end of a word or before a consonant (muy, hoy, y).
    w = "".join(
        "i" if c == "y" and (i + 1 == len(w) or w[i + 1] not in _ES_VOWELS) else c for i, c in enumerate(w)
    )
    count = 0
    previous = ""
    for c in w:
        if c not in _ES_VOWELS:
            previous = ""
            continue
        if not previous:
            count += 1  # a new vowel run
        elif {c, previous} <= _ES_STRONG and not {c, previous} <= _ES_WEAK:
            count += 1  # hiatus: po-e-ta, dí-a, pa-ís (but cuí-da-te)
        previous = c
    return max(1, count)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


# --- formulas ----------------------------------------------------------------------


@dataclass(frozen=True)
class TextStats:
    words: int
    sentences: int
    syllables: int


def text_stats(text: str, language: str) -> TextStats:
    """Words, sentences and syllables of a page text (one block per line)."""
    if not supports_language(language):
        raise UnsupportedLanguage(f"no readability formula for language '{language}'")
    found = words(text)
    return TextStats(
        words=len(found),
        sentences=len(sentences(text)),
        syllables=sum(count_syllables(w, language) for w in found),
    )


def flesch_kincaid(stats: TextStats) -> float:
    """Flesch-Kincaid grade level (US school grade) of English text."""
    if not stats.words:
        return 0.0
    return 0.39 * stats.words / max(1, stats.sentences) + 11.8 * stats.syllables / stats.words - 15.59


def fernandez_huerta(stats: TextStats) -> float:
    """Fernández-Huerta reading ease of Spanish text (higher is easier; 60-70 is plain)."""
    if not stats.words:
        return 100.0
    return 206.84 - 60.0 * stats.syllables / stats.words - 1.02 * stats.words / max(1, stats.sentences)


def huerta_grade(ease: float) -> float:
    """A school grade for a Fernández-Huerta ease, from his table (60 gives 8.0).

    Linear between the band edges, and along the first or last band beyond the table.
    """
    bands = HUERTA_GRADES
    pairs = list(zip(bands, bands[1:], strict=False))
    (high, easy), (low, hard) = next((pair for pair in pairs if ease >= pair[1][0]), pairs[-1])
    return easy + (high - ease) * (hard - easy) / (high - low)


def grade(text: str, language: str) -> float:
    """Reading grade of a page text: comparable US school grades in every language.

    Raises UnsupportedLanguage for a language with no formula here.
    """
    stats = text_stats(text, language)
    return _grade(stats, language)


def _grade(stats: TextStats, language: str) -> float:
    if not stats.words:
        return 0.0
    if base_language(language) == "es":
        return huerta_grade(fernandez_huerta(stats))
    return flesch_kincaid(stats)


def formula(language: str) -> str:
    if not supports_language(language):
        raise UnsupportedLanguage(f"no readability formula for language '{language}'")
    return "fernandez-huerta" if base_language(language) == "es" else "flesch-kincaid"


@dataclass(frozen=True)
class PageReadability:
    """How hard one page is to read, for the JSON report of `kiosk check`."""

    page_id: str
    language: str
    grade: float
    words: int
    sentences: int
    syllables: int
    formula: str

    @property
    def too_hard(self) -> bool:
        return round(self.grade, 1) > MAX_GRADE

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["grade"] = round(self.grade, 1)
        return data


def page_readability(page: Page, language: str) -> PageReadability:
    stats = text_stats(page.text, language)
    return PageReadability(
        page_id=page.id,
        language=language,
        grade=_grade(stats, language),
        words=stats.words,
        sentences=stats.sentences,
        syllables=stats.syllables,
        formula=formula(language),
    )


def readability_report(pack: Pack) -> list[PageReadability]:
    """Every page of the pack, in id order; empty for a language with no formula."""
    if not supports_language(pack.language):
        return []
    return [page_readability(p, pack.language) for p in sorted(pack.pages, key=lambda p: p.id)]


# --- warnings ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Block:
    """A paragraph, list item or heading of a page's source, with its first line."""

    line: int
    kind: str
    text: str


_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_HEADING = re.compile(r"^\s*#{1,6}(?:\s|$)")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_SETEXT = re.compile(r"^\s*(?:=+|-+)\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")


def authoring_warnings(pack: Pack) -> list[Problem]:
    """Warnings that help staff write pages patients can read.

    - a page whose reading grade is above 8 (pointing at its longest sentence),
      unless it is too short for the grade to mean much,
    - a paragraph or list item of more than 60 words,
    - an image file in the language folder that no page shows.
    """
    problems: list[Problem] = []
    for page in sorted(pack.pages, key=lambda p: str(p.source)):
        problems.extend(_page_warnings(page, pack.language))
    problems.extend(_unused_images(pack))
    return sorted(problems)


def _page_warnings(page: Page, language: str) -> list[Problem]:
    shown = display_path(page.source)
    blocks = _source_blocks(page)
    problems = []
    for block in blocks:
        count = len(words(block.text))
        if block.kind != "heading" and count > MAX_PARAGRAPH_WORDS:
            problems.append(
                _warning(
                    shown,
                    block.line,
                    f"this {block.kind} has {count} words; keep it to {MAX_PARAGRAPH_WORDS} "
                    "or fewer (split it, or cut words)",
                )
            )
    if supports_language(language):
        level = page_readability(page, language)
        if level.too_hard and level.words >= MIN_GRADE_WORDS:
            line, longest = _longest_sentence(blocks)
            problems.append(
                _warning(
                    shown,
                    line,
                    f"reading grade {level.grade:.1f} is above {MAX_GRADE:g}: use shorter "
                    f"sentences and common words (the longest sentence, {longest} words, "
                    "starts on this line)",
                )
            )
    return problems


def _warning(path: str, line: int, message: str) -> Problem:
    return Problem(path, line, message, Severity.WARNING)


def _longest_sentence(blocks: list[_Block]) -> tuple[int, int]:
    best_line, best = 1, 0
    for block in blocks:
        for sentence in sentences(block.text):
            count = len(words(sentence))
            if count > best:
                best_line, best = block.line, count
    return best_line, best


def _source_blocks(page: Page) -> list[_Block]:
    """The blocks of the page's source file; the page text (at line 1) if it is gone."""
    try:
        source = page.source.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return [_Block(1, "paragraph", line) for line in page.text.splitlines()]
    header, _ = split_header(source, KEYS)
    return [
        _Block(line, kind, text)
        for line, kind, raw in _markdown_blocks(header.body, header.body_line)
        if (text := " ".join(render_markdown(raw).text.split()))
    ]


def _markdown_blocks(body: str, first_line: int) -> Iterator[tuple[int, str, str]]:
    """(first line, kind, Markdown) of each paragraph, list item and heading."""
    current: list[str] = []
    start, kind = first_line, "paragraph"
    fenced = False
    for number, raw in enumerate(editor_lines(body), start=first_line):
        line = re.sub(r"^\s*(?:>\s?)+", "", raw)  # a quote is read like any paragraph
        if _FENCE.match(line):
            fenced = not fenced
            if current:
                yield start, kind, "\n".join(current)
            current = []
            continue
        if fenced:
            continue
        if current and kind == "paragraph" and _SETEXT.match(line):
            yield start, "heading", "\n".join(current)
            current = []
            continue
        # As in Python-Markdown, a list starts only after a blank line, not inside a paragraph.
        item = _LIST_ITEM.match(line) and (not current or kind == "list item")
        if not line.strip() or _RULE.match(line) or _HEADING.match(line) or item:
            if current:
                yield start, kind, "\n".join(current)
            current = []
            if _HEADING.match(line):
                yield number, "heading", line
            elif item:
                current, start, kind = [line], number, "list item"
            continue
        if not current:
            start, kind = number, "paragraph"
        current.append(line)
    if current:
        yield start, kind, "\n".join(current)


def _unused_images(pack: Pack) -> list[Problem]:
    root = pack.root
    if not root.is_dir():
        return []
    real_root = root.resolve()
    used: set[Path] = set()
    for page in pack.pages:
        for name in re.findall(rf'src="{PACK_SCHEME}([^"]+)"', page.html):
            used.add((real_root / name).resolve())
        for picture in (page.icon, page.illustration):
            if picture is not None:
                used.add(picture.resolve())
    # Pages left out of the pack for an error still count as users: the error is
    # reported already, and "unused image" would send staff the wrong way.
    mentioned = "\n".join(_read_quietly(p, real_root) for p in page_files(root))
    problems = []
    for image in _image_files(root):
        relative = image.relative_to(root).as_posix()
        if image.resolve() in used or relative in mentioned:
            continue
        problems.append(
            _warning(
                display_path(image),
                1,
                f"no page shows this image; use it with ![what it shows]({relative}) "
                f"or 'illustration: {relative}', or delete the file",
            )
        )
    return problems


def _image_files(root: Path) -> Iterable[Path]:
    return sorted(
        p
        for p in root.rglob("*")
        if p.suffix.lower() in IMAGE_SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )


def _read_quietly(path: Path, real_root: Path) -> str:
    """A page file's text, or '' for anything the loader would not read either (a link out
    of the pack, a pipe or device, an oversized file): reading those could hang or leak."""
    try:
        real = path.resolve()
        info = real.stat()
        if (not real.is_relative_to(real_root) or not stat.S_ISREG(info.st_mode)
                or info.st_size > MAX_FILE_BYTES):
            return ""
        return real.read_text("utf-8-sig", errors="replace")
    except OSError:
        return ""
