"""Random tests can be replayed: KIOSK_SEED gives the same numbers again."""

from __future__ import annotations

import os
import random

import pytest

from tests.conftest import SEED_VARIABLE, test_seed


def test_kiosk_seed_replays_the_same_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SEED_VARIABLE, "4242")
    assert test_seed() == 4242
    first = random.Random(test_seed())
    again = random.Random(test_seed())
    assert [first.random() for _ in range(5)] == [again.random() for _ in range(5)]


def test_without_kiosk_seed_each_run_gets_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SEED_VARIABLE, raising=False)
    assert len({test_seed() for _ in range(20)}) > 1


def test_the_rng_fixture_prints_its_seed(
    capsys: pytest.CaptureFixture[str], rng: random.Random, request: pytest.FixtureRequest
) -> None:
    seed = request.node.kiosk_seed
    assert f"replay with {SEED_VARIABLE}={seed}" in capsys.readouterr().out
    assert rng.random() == random.Random(seed).random()


def test_hypothesis_runs_on_the_seed_in_the_header(request: pytest.FixtureRequest) -> None:
    from hypothesis import core

    seed = request.config.option.hypothesis_seed
    given = os.environ.get(SEED_VARIABLE, "").strip()
    assert seed == (int(given) if given else seed) and seed is not None
    assert core.global_force_seed == seed, "every Hypothesis test draws from the printed seed"
