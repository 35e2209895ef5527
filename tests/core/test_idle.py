"""The idle policy, driven with made-up times."""

from kiosk.core.idle import Event, IdlePolicy, IdleSettings, Phase

SETTINGS = IdleSettings(timeout_s=90, warning_s=20, attract_after_s=60)


def test_warning_after_timeout_then_countdown_then_reset() -> None:
    policy = IdlePolicy(SETTINGS, now=0)
    assert policy.tick(89, pristine=False) == []
    assert policy.tick(90, pristine=False) == [Event.WARN]
    assert policy.remaining == 20
    assert policy.tick(91, pristine=False) == [Event.COUNTDOWN]
    assert policy.remaining == 19
    assert policy.tick(109.5, pristine=False) == [Event.COUNTDOWN]
    assert policy.remaining == 1
    assert policy.tick(110, pristine=False) == [Event.RESET]
    assert policy.phase is Phase.ACTIVE


def test_a_touch_during_the_warning_keeps_the_page() -> None:
    policy = IdlePolicy(SETTINGS, now=0)
    policy.tick(90, pristine=False)
    assert policy.touch(95) == [Event.DISMISS]
    assert policy.tick(150, pristine=False) == []
    assert policy.tick(185, pristine=False) == [Event.WARN]


def test_pristine_home_never_warns_but_attracts() -> None:
    policy = IdlePolicy(SETTINGS, now=0)
    assert policy.tick(59, pristine=True) == []
    assert policy.tick(60, pristine=True) == [Event.ATTRACT]
    assert policy.tick(500, pristine=True) == []
    assert policy.touch(501) == [Event.WAKE]
    assert policy.phase is Phase.ACTIVE


def test_attract_off_when_zero() -> None:
    policy = IdlePolicy(IdleSettings(90, 20, 0), now=0)
    assert policy.tick(10_000, pristine=True) == []


def test_input_keeps_the_kiosk_awake() -> None:
    policy = IdlePolicy(SETTINGS, now=0)
    for second in range(0, 600, 30):
        policy.touch(second)
        assert policy.tick(second + 29, pristine=False) == []


def test_a_new_policy_is_active_with_the_whole_countdown_ahead() -> None:
    policy = IdlePolicy(SETTINGS, now=500)
    assert policy.phase is Phase.ACTIVE
    assert policy.remaining == 20
    assert policy.touch(501) == []


def test_after_a_reset_the_idle_time_counts_from_the_reset() -> None:
    policy = IdlePolicy(SETTINGS, now=0)
    policy.tick(90, pristine=False)
    assert policy.tick(110, pristine=False) == [Event.RESET]
    assert policy.tick(150, pristine=False) == []
    assert policy.tick(199, pristine=False) == []
    assert policy.tick(200, pristine=False) == [Event.WARN]


def test_a_touch_wakes_the_attract_loop_and_the_policy_is_active_again() -> None:
    policy = IdlePolicy(SETTINGS, now=0)
    assert policy.tick(60, pristine=True) == [Event.ATTRACT]
    assert policy.touch(70) == [Event.WAKE]
    assert policy.phase is Phase.ACTIVE
    assert policy.touch(71) == []


def test_an_attract_delay_of_one_second_still_attracts() -> None:
    policy = IdlePolicy(IdleSettings(timeout_s=90, warning_s=20, attract_after_s=1), now=0)
    assert policy.tick(0.5, pristine=True) == []
    assert policy.tick(1, pristine=True) == [Event.ATTRACT]
