"""Header values shown as words (title, summary, caption): plain text, and short enough.

The kiosk shows these in plain-text labels, so markup in them would show as code;
``kiosk check`` refuses it, with the reason. Long values are refused too: a tile
has room for a few words, and a very long one would push the page off the screen.
"""

from __future__ import annotations

import re
import unicodedata

SHOWN_KEYS = ("title", "summary", "caption")
"""Header keys whose values a patient reads."""
MAX_LENGTHS = {"title": 60, "summary": 140, "caption": 140}
"""Characters each may hold (the bundled pages use at most 27 and 59)."""

_MARKUP: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<\s*/?\s*[A-Za-z!?][^<>]*>?"), "an HTML tag"),
    (re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9A-Fa-f]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};"
                r"|(?:lt|gt|amp|quot|apos|nbsp|copy|reg)(?![A-Za-z0-9]))"), "an HTML entity"),
    (re.compile(r"!\[[^\]]*\]\s*[(\[]"), "a Markdown image"),
    (re.compile(r"\[[^\]]*\]\s*[(\[]"), "a Markdown link"),
    (re.compile(r"^\s*\[[^\]]+\]:"), "a Markdown link definition"),
    (re.compile(r"<\s*[a-z][a-z0-9+.-]*:"), "a web or mail link"),
)
_FORMAT_OK = {"\u00ad", "\u200d"}
"""Invisible marks that are harmless in a label (soft hyphen, zero-width joiner in emoji)."""


def shown_value_problems(key: str, value: str) -> list[str]:
    """Why a shown header value cannot be used as it is; empty when it is plain words."""
    problems: list[str] = []
    limit = MAX_LENGTHS.get(key)
    if limit is not None and len(value) > limit:
        problems.append(
            f"the {key} is {len(value)} characters long; a {key} may have at most {limit} "
            f"(it must fit on a tile), so make it shorter"
        )
    for pattern, what in _MARKUP:
        found = pattern.search(value)
        if found:
            quoted = found.group()[:60] + ("..." if len(found.group()) > 60 else "")
            problems.append(
                f"the {key} holds {what} ('{quoted}'); a {key} is shown as plain words, "
                "so markup would show as code (write the words only)"
            )
            break
    odd = next(
        (
            c
            for c in value
            if unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp") and c not in _FORMAT_OK
        ),
        None,
    )
    if odd is not None:
        problems.append(
            f"the {key} holds an invisible control character or line break (U+{ord(odd):04X}); "
            "type the words again, do not paste them"
        )
    return problems
