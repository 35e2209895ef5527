from kiosk.content.quiz import parse_quiz

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
