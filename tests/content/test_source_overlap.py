"""The bundled pages carry the source's facts in their own words: no run of 7 words is copied.

The source article is not ours to ship, so the repository keeps only a fingerprint of it:
one short hash per run of seven words (`data/source-runs.txt`). To make it again from a copy
of the article: `python -m tests.content.test_source_overlap ARTICLE.txt`.
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from kiosk.content.loader import KEYS, page_files
from kiosk.content.meta import split_header

RUN = 7
"""Seven words in a row, the same as in the source, count as a copied sentence."""
FINGERPRINT = Path(__file__).with_name("data") / "source-runs.txt"


def word_runs(text: str, length: int = RUN) -> dict[str, str]:
    """Each run of ``length`` words (lowercase, punctuation ignored) by its short hash."""
    words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower().replace("\u2019", "'"))
    runs = (" ".join(words[i : i + length]) for i in range(len(words) - length + 1))
    return {hashlib.sha256(run.encode()).hexdigest()[:16]: run for run in runs}


def page_words(path: Path) -> str:
    """Everything a patient reads on a page: header values and the body."""
    header, _ = split_header(path.read_text("utf-8"), KEYS)
    return "\n".join([*(f.value for f in header.fields.values()), header.body])


def test_a_copied_run_is_found_across_punctuation_and_case() -> None:
    source = word_runs("Any redness usually clears up within a few hours of the procedure.")
    assert set(word_runs("It usually Clears up, within a few hours.")) & set(source)
    assert not set(word_runs("It usually fades in a few hours.")) & set(source)


def test_the_fingerprint_holds_a_known_run_of_the_source() -> None:
    known = set(FINGERPRINT.read_text("ascii").split())
    assert len(known) > 300
    assert set(word_runs("usually clears up within a few hours")) <= known


def test_no_english_page_copies_seven_words_from_the_source(content: Path) -> None:
    source = set(FINGERPRINT.read_text("ascii").split())
    copied = {
        str(path.relative_to(content)): sorted(run for key, run in word_runs(page_words(path)).items()
                                               if key in source)
        for path in page_files(content / "en")
    }
    assert {name: runs for name, runs in copied.items() if runs} == {}


if __name__ == "__main__":
    article = Path(sys.argv[1]).read_text("utf-8")
    FINGERPRINT.write_text("\n".join(sorted(word_runs(article))) + "\n", "ascii")
