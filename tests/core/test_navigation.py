from kiosk.core.navigation import HOME, Location, Navigator

PAGES = ("what", "hurt", "walkthrough", "safety")
CARDS = ("safety", "step-1", "step-2")


def make() -> tuple[Navigator, list[Location]]:
    nav = Navigator(PAGES, "walkthrough", CARDS)
    seen: list[Location] = []
    nav.subscribe(lambda _old, new: seen.append(new))
    return nav, seen


def test_pages_and_back_history() -> None:
    nav, seen = make()
    assert nav.current == Location(HOME)
    nav.go("what")
    nav.go("hurt")
    nav.back()
    assert nav.current == Location("what")
    nav.back()
    assert nav.current == Location(HOME)
    assert seen == [Location("what"), Location("hurt"), Location("what"), Location(HOME)]


def test_walkthrough_cards_then_finish_goes_home() -> None:
    nav, _ = make()
    nav.go("walkthrough")
    assert nav.card_id == "safety"
    nav.next()
    assert nav.card_id == "step-1"
    nav.back()
    assert nav.card_id == "safety"
    nav.next()
    nav.next()
    assert nav.is_last_card and nav.card_id == "step-2"
    nav.next()
    assert nav.current == Location(HOME) and nav.history == []


def test_step_id_opens_the_walkthrough_at_that_step() -> None:
    nav, _ = make()
    assert nav.go("step-2")
    assert nav.in_walkthrough and nav.card_id == "step-2"


def test_unknown_page_is_refused_and_reset_forgets_the_visit() -> None:
    nav, _ = make()
    assert not nav.go("nowhere")
    nav.go("what")
    nav.go("walkthrough")
    nav.next()
    nav.reset()
    assert nav.current == Location(HOME) and nav.history == []


def test_safety_opens_as_its_own_page_even_though_it_is_the_first_card() -> None:
    nav, _ = make()
    nav.go("safety")
    assert nav.current == Location("safety") and not nav.in_walkthrough


def test_quiz_comes_after_the_last_step_only_when_asked_for() -> None:
    nav = Navigator(PAGES, "walkthrough", (*CARDS, "quiz"), extras=1)
    nav.go("walkthrough")
    nav.next()
    nav.next()
    assert nav.card_id == "step-2" and nav.is_last_card
    nav.go("quiz")
    assert nav.card_id == "quiz" and nav.is_last_card
    nav.back()
    assert nav.card_id == "step-2"
    nav.next()
    assert nav.current == Location(HOME), "Finish on the last step goes Home"


def test_back_on_the_first_card_leaves_the_walkthrough_and_never_wraps_to_the_last() -> None:
    nav, _ = make()
    nav.go("what")
    nav.go("walkthrough")
    assert nav.current == Location("walkthrough", 0)
    nav.back()
    assert nav.current == Location("what")
    nav.go("step-1")
    nav.back()
    assert nav.current == Location("walkthrough", 0) and nav.card_id == "safety"
    nav.back()
    assert nav.current == Location("what")


def test_listeners_hear_where_the_patient_came_from() -> None:
    nav = Navigator(PAGES, "walkthrough", CARDS)
    moves: list[tuple[Location, Location]] = []
    nav.subscribe(lambda old, new: moves.append((old, new)))
    nav.go("what")
    nav.go("step-2")
    nav.back()
    assert moves == [
        (Location(HOME), Location("what")),
        (Location("what"), Location("walkthrough", 2)),
        (Location("walkthrough", 2), Location("walkthrough", 1)),
    ]


def test_a_place_past_the_last_card_is_not_taken() -> None:
    """A stale place (a card the other pack no longer has) leaves this navigator at Home."""
    nav, seen = make()
    other, _ = make()
    other.current = Location("walkthrough", len(CARDS))
    nav.take_place(other)
    assert nav.current == Location(HOME) and nav.history == [] and seen == []
