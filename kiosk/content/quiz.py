"""The 'Check what you learned' questions, read from a page's Markdown body.

Format (one block per question)::

    ### How long does a usual treatment take?
    - [ ] About two hours
    - [x] About 15 minutes
    - [ ] A whole day
    A usual treatment takes about 15 minutes.

``[x]`` marks the one right answer; the lines after the choices explain it.

Each question has an id, used for the front desk's usage counts (kept per
language): the one written at the end of its heading, ``### Who should do it? {#who-does-it}``,
else ``q`` and its number (``q1`` for the first question), so the same question
has the same id in every language as long as the translations keep their order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.content.meta import editor_lines

MIN_CHOICES = 2
MAX_CHOICES = 4
MAX_QUESTIONS = 5
_QUESTION = re.compile(r"^#{2,4}\s+(.+?)\s*#*\s*$")
_QUESTION_ID = re.compile(r"^(.*?)\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}$")
_CHOICE = re.compile(r"^\s*[-*+]\s+\[( |x|X)\]\s+(.+)$")
_PLAIN_ITEM = re.compile(r"^\s*[-*+]\s+(.+)$")


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_CODE = re.compile(r"`([^`]*)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>])")


def plain_words(text: str) -> str:
    """Quiz words as a patient should read them: Markdown marks, escapes and entities turned
    into the words they stand for (the quiz shows them in plain-text labels)."""
    # An escaped mark is kept aside first, so it never pairs up with another mark.
    text = _ESCAPE.sub(lambda found: f"\x02{ord(found.group(1))}\x03", text.replace("\x02", ""))
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(lambda found: found.group(1) or found.group(2), text)
    import html  # here, not at the top: a start from the start cache never needs it

    text = re.sub("\x02([0-9]+)\x03", lambda found: chr(int(found.group(1))), text)
    return " ".join(html.unescape(text).split())


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    choices: tuple[str, ...]
    answer: int
    """Index of the right choice."""
    explanation: str
    line: int


@dataclass
class _Draft:
    prompt: str
    line: int
    id: str
    choices: list[tuple[str, bool, int]]
    explanation: list[str]


def parse_quiz(body: str, first_line: int) -> tuple[tuple[Question, ...], list[tuple[int, str]]]:
    """Questions in order, and (line, message) for every problem found."""
    problems: list[tuple[int, str]] = []
    drafts: list[_Draft] = []
    for offset, raw in enumerate(editor_lines(body)):
        line = first_line + offset
        text = raw.strip()
        if not text:
            continue
        heading = _QUESTION.match(text)
        if heading:
            prompt, given = _prompt_and_id(heading.group(1))
            if given is None and "{#" in prompt:
                problems.append((line, "a question id is written like {#cream-first}: lowercase "
                                       "letters, digits and '-' inside {# }"))
            drafts.append(_Draft(prompt, line, given or f"q{len(drafts) + 1}", [], []))
            continue
        if not drafts:
            continue  # words before the first question are an introduction
        current = drafts[-1]
        choice = _CHOICE.match(raw)
        if choice:
            if current.explanation:
                problems.append((line, "put every choice before the explanation"))
            current.choices.append((choice.group(2).strip(), choice.group(1) != " ", line))
        elif _PLAIN_ITEM.match(raw) and not current.explanation:
            problems.append((line, "a choice starts with '- [ ] ' (or '- [x] ' for the right answer)"))
        else:
            current.explanation.append(text.lstrip("> ").strip())
    if not drafts:
        problems.append((first_line, "a quiz needs questions: start each with '### ' and its words"))
    if len(drafts) > MAX_QUESTIONS:
        problems.append((drafts[MAX_QUESTIONS].line, f"a quiz has at most {MAX_QUESTIONS} questions"))
    seen: dict[str, int] = {}
    for draft in drafts:
        if draft.id in seen:
            problems.append((draft.line, f"two questions have the id '{draft.id}' (line {seen[draft.id]}); "
                                         "give each its own"))
        seen.setdefault(draft.id, draft.line)
    questions = []
    for number, draft in enumerate(drafts, start=1):
        right = [index for index, (_, good, _) in enumerate(draft.choices) if good]
        if not MIN_CHOICES <= len(draft.choices) <= MAX_CHOICES:
            problems.append((draft.line, f"question {number} has {len(draft.choices)} choices; "
                                         f"give {MIN_CHOICES} to {MAX_CHOICES}"))
        if len(right) != 1:
            problems.append((draft.line, f"question {number} has {len(right)} right answers marked "
                                         "with [x]; mark exactly one"))
        if not draft.explanation:
            problems.append((draft.line, f"question {number} needs a short explanation after its choices"))
        if len(right) == 1:
            questions.append(Question(
                id=draft.id,
                prompt=plain_words(draft.prompt),
                choices=tuple(plain_words(text) for text, _, _ in draft.choices),
                answer=right[0],
                explanation=plain_words(" ".join(draft.explanation)),
                line=draft.line,
            ))
    return tuple(questions), problems


def _prompt_and_id(heading: str) -> tuple[str, str | None]:
    """The question's words and the id written after them, if any."""
    found = _QUESTION_ID.match(heading)
    return (found.group(1), found.group(2)) if found else (heading, None)


def same_place(old: Sequence[Question], index: int, chosen: int | None,
               new: Sequence[Question]) -> tuple[int, int | None]:
    """Where a patient on question ``index`` of ``old`` (having picked ``chosen``) stands in
    ``new``, the same quiz in other words: the question with the same id (else the first),
    with the answer kept only when that question offers as many choices with the same one
    right (so the marks still point at what was picked)."""
    if not 0 <= index < len(old):
        return 0, None
    question = old[index]
    match = next((n for n, other in enumerate(new) if other.id == question.id), None)
    if match is None:
        return 0, None
    other = new[match]
    same_shape = len(other.choices) == len(question.choices) and other.answer == question.answer
    return match, chosen if same_shape and chosen is not None and chosen < len(other.choices) else None
