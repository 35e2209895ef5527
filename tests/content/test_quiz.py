import pytest

from kiosk.content.quiz import parse_quiz, plain_words

GOOD = """Three quick questions.

### How long does a usual treatment take?
- [ ] About two hours
- [x] About 15 minutes
A usual treatment takes about 15 minutes.

### Who should do the treatment?
- [x] A licensed dermatologist
- [ ] Anyone, at home
> At-home devices can cause scars and infection.
"""


def test_questions_choices_answer_and_explanation() -> None:
    questions, problems = parse_quiz(GOOD, first_line=10)
    assert problems == []
    assert [q.id for q in questions] == ["q1", "q2"]
    first = questions[0]
    assert first.prompt == "How long does a usual treatment take?"
    assert first.choices == ("About two hours", "About 15 minutes")
    assert first.answer == 1 and first.line == 12
    assert first.explanation == "A usual treatment takes about 15 minutes."
    assert questions[1].explanation == "At-home devices can cause scars and infection."


def test_every_mistake_is_reported_with_its_line() -> None:
    body = "### One?\n- [x] a\n- [x] b\nWhy.\n### Two?\n- a\n- [ ] b\n### Three?\n- [x] a\n- [ ] b\n"
    _, problems = parse_quiz(body, first_line=1)
    messages = dict(problems)
    assert "2 right answers" in messages[1]
    assert "starts with '- [ ] '" in messages[6]
    assert any(line == 5 and "0 right answers" in m for line, m in problems)
    assert any(line == 8 and "needs a short explanation" in m for line, m in problems)


def test_a_quiz_without_questions() -> None:
    _, problems = parse_quiz("Just words.\n", first_line=7)
    assert problems == [(7, "a quiz needs questions: start each with '### ' and its words")]


def test_quiz_words_show_as_a_patient_reads_them() -> None:
    body = (
        "### What does **numbing cream** do?\n"
        "- [x] It dulls the *feeling*\n"
        "- [ ] It makes Tom &amp; Jerry laugh\n"
        "It helps you feel less. See [the steps](walkthrough); 2 \\* 3 \\* 4.\n"
    )
    questions, problems = parse_quiz(body, first_line=1)
    assert problems == []
    question = questions[0]
    assert question.prompt == "What does numbing cream do?"
    assert question.choices == ("It dulls the feeling", "It makes Tom & Jerry laugh")
    assert question.explanation == "It helps you feel less. See the steps; 2 * 3 * 4."


def test_an_id_written_after_the_question_is_its_id_and_not_shown() -> None:
    body = GOOD.replace("take?\n", "take? {#treatment-time}\n")
    questions, problems = parse_quiz(body, first_line=1)
    assert problems == []
    assert [q.id for q in questions] == ["treatment-time", "q2"]
    assert questions[0].prompt == "How long does a usual treatment take?"


def test_the_same_question_has_the_same_id_in_every_language() -> None:
    spanish = GOOD.replace("How long does a usual treatment take?", "¿Cuánto dura un tratamiento?")
    english_ids = [q.id for q in parse_quiz(GOOD, 1)[0]]
    assert english_ids == [q.id for q in parse_quiz(spanish, 1)[0]]


def test_a_badly_written_or_repeated_id_is_reported() -> None:
    bad = GOOD.replace("take?\n", "take? {#Treatment Time}\n")
    _, problems = parse_quiz(bad, first_line=1)
    assert [line for line, message in problems if "{#cream-first}" in message] == [3]
    twice = GOOD.replace("take?\n", "take? {#who}\n").replace("treatment?\n", "treatment? {#who}\n")
    _, problems = parse_quiz(twice, first_line=1)
    assert problems == [(8, "two questions have the id 'who' (line 3); give each its own")]


def question(number: int, choices: int = 2) -> str:
    marks = ["- [x] Right"] + [f"- [ ] Wrong {n}" for n in range(1, choices)]
    return f"### Question {number}?\n" + "\n".join(marks) + "\nBecause.\n"


def test_five_questions_of_four_choices_are_allowed_and_a_sixth_question_is_not() -> None:
    five = "".join(question(n, choices=4) for n in range(1, 6))
    questions, problems = parse_quiz(five, first_line=1)
    assert problems == [] and len(questions) == 5 and len(questions[0].choices) == 4
    _, problems = parse_quiz(five + question(6), first_line=1)
    assert problems == [(31, "a quiz has at most 5 questions")]
    _, problems = parse_quiz(question(1, choices=5), first_line=1)
    assert problems == [(1, "question 1 has 5 choices; give 2 to 4")]


def test_a_plain_list_item_is_told_how_to_write_a_choice() -> None:
    _, problems = parse_quiz("### One?\n- [x] Yes\n- [ ] Maybe\n- No\nWhy.\n", first_line=1)
    assert problems == [(4, "a choice starts with '- [ ] ' (or '- [x] ' for the right answer)")]


def test_an_explanation_over_several_lines_reads_as_one() -> None:
    [one], problems = parse_quiz("### One?\n- [x] Yes\n- [ ] No\nFirst line.\n> Second line.\n", 1)
    assert problems == [] and one.explanation == "First line. Second line."


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("Use `SPF 30` daily", "Use SPF 30 daily"),
        ("It is _very_ gentle", "It is very gentle"),
        ("It is *very* gentle", "It is very gentle"),
        ("A \\*star\\* and \x02 a mark", "A *star* and a mark"),
        ("Fish &amp; chips", "Fish & chips"),
    ],
)
def test_quiz_words_are_shown_as_a_patient_reads_them(written: str, shown: str) -> None:
    assert plain_words(written) == shown


QUIZ_ID_MESSAGE = ("a question id is written like {#cream-first}: lowercase letters, digits and '-' "
                   "inside {# }")


def test_an_explanation_keeps_its_first_letter_and_a_bad_id_is_named_word_for_word() -> None:
    body = "### Is it an X-ray? {#Bad Id}\n- [x] No\n- [ ] Yes\n> X-rays are not used.\n"
    questions, problems = parse_quiz(body, first_line=1)
    assert questions[0].explanation == "X-rays are not used."
    assert problems == [(1, QUIZ_ID_MESSAGE)]


def test_the_same_quiz_in_other_words_keeps_the_question_and_the_answer_when_it_can() -> None:
    from kiosk.content.quiz import same_place

    english, _ = parse_quiz(GOOD, first_line=1)
    spanish, _ = parse_quiz(GOOD.replace("How long", "Cuánto").replace("Who should", "Quién"), 1)
    assert same_place(english, 1, 0, spanish) == (1, 0)
    assert same_place(english, 1, None, spanish) == (1, None)
    reordered, _ = parse_quiz(GOOD.replace("- [x] A licensed dermatologist\n- [ ] Anyone, at home",
                                           "- [ ] Anyone, at home\n- [x] A licensed dermatologist"), 1)
    assert same_place(english, 1, 0, reordered) == (1, None), "the marks would point elsewhere"
    named, _ = parse_quiz(GOOD.replace("take?", "take? {#how-long}"), 1)
    assert same_place(english, 0, 1, named) == (0, None), "no question q1 there: the first, fresh"
    assert same_place(named, 0, 1, named[::-1]) == (1, 1)
    assert same_place(english, 5, 0, spanish) == (0, None)
    assert same_place(english, len(english), 0, spanish) == (0, None), "one past the end: the first"
    assert same_place(english, 1, len(english[1].choices), spanish) == (1, None), "no such answer"
