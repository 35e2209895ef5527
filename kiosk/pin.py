"""The staff PIN: stored only as a salted scrypt hash, checked with a lockout."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
MAX_TRIES = 5
LOCK_SECONDS = 60.0
MIN_LENGTH = 4
MAX_LENGTH = 12


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


def hash_pin(pin: str) -> str:
    """``scrypt$n$r$p$salt$hash`` for a PIN of digits; the PIN itself is never kept."""
    problem = pin_problem(pin)
    if problem:
        raise ValueError(problem)
    salt = os.urandom(16)
    return f"{SCHEME}${N}${R}${P}${salt.hex()}${_derive(pin, salt, N, R, P).hex()}"


def pin_problem(pin: str) -> str | None:
    if not pin.isdigit() or not pin.isascii():
        return "a PIN is made of digits only"
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        return f"a PIN has {MIN_LENGTH} to {MAX_LENGTH} digits"
    return None


def hash_problem(stored: str) -> str | None:
    """Why a stored hash cannot be used, or None."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return "staff_pin_hash is not a hash written by 'kiosk set-pin'"
    try:
        (
            int(parts[1]),
            int(parts[2]),
            int(parts[3]),
            bytes.fromhex(parts[4]),
            bytes.fromhex(parts[5]),
        )
    except ValueError:
        return "staff_pin_hash is damaged; run 'kiosk set-pin' again"
    return None


def verify_pin(pin: str, stored: str) -> bool:
    if hash_problem(stored):
        return False
    _, n, r, p, salt, digest = stored.split("$")
    candidate = _derive(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, bytes.fromhex(digest))


@dataclass
class PinLock:
    """Counts wrong PINs; after five, refuses every try for a minute."""

    stored: str
    tries: int = 0
    locked_until: float = 0.0

    def locked_for(self, now: float) -> float:
        return max(0.0, self.locked_until - now)

    def attempt(self, pin: str, now: float) -> bool:
        if self.locked_for(now) > 0:
            return False
        if verify_pin(pin, self.stored):
            self.tries = 0
            return True
        self.tries += 1
        if self.tries >= MAX_TRIES:
            self.tries = 0
            self.locked_until = now + LOCK_SECONDS
        return False
