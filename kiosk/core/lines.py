"""Words on one line, or on two of about equal width: plain Python, measured by the caller."""

from __future__ import annotations

from collections.abc import Callable


def balanced_lines(words: list[str], width_of: Callable[[str], int], room: int) -> list[str]:
    """The caption on one line if it fits in ``room``, else on two lines of about equal
    width (so no word is left alone on a line)."""
    whole = " ".join(words)
    if width_of(whole) <= room or len(words) < 2:
        return [whole]
    splits = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
    first, second = min(splits, key=lambda pair: max(width_of(pair[0]), width_of(pair[1])))
    return [first, second]
