"""The staff PIN: stored only as a salted scrypt hash, checked with a lockout."""

from __future__ import annotations

import hashlib
import hmac
import os
import re
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


MAX_N = 2**20
MAX_R = 32
MAX_P = 16
SCRYPT_MAXMEM = 64 * 1024 * 1024


def hash_problem(stored: str) -> str | None:
    """Why a stored hash cannot be used, or None.

    Every part is checked as scrypt will use it (N a power of two, the memory it
    takes within bounds, a salt and a 32-byte digest), so a damaged or hand-edited
    hash is a config error at start and never a crash at the first PIN typed.
    """
    parts = stored.split("$")
    again = "; run 'kiosk set-pin' again"
    if len(parts) != 6 or parts[0] != SCHEME:
        return "staff_pin_hash is not a hash written by 'kiosk set-pin'" + again
    try:
        if not all(part.isascii() and part.isdigit() for part in parts[1:4]):
            raise ValueError
        if not all(re.fullmatch(r"[0-9a-f]*", part) for part in parts[4:]):
            raise ValueError
        n, r, p = (int(part, 10) for part in parts[1:4])
        salt, digest = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
    except ValueError:
        return "staff_pin_hash is damaged (a part of it is not a number)" + again
    if not (2 <= n <= MAX_N and n & (n - 1) == 0):
        return f"staff_pin_hash is damaged (its N, {n}, must be a power of two from 2 to {MAX_N})" + again
    if not (1 <= r <= MAX_R and 1 <= p <= MAX_P) or 128 * n * r * p > SCRYPT_MAXMEM:
        return "staff_pin_hash is damaged (its r or p is out of range)" + again
    if len(salt) < 8 or len(digest) != 32:
        return "staff_pin_hash is damaged (its salt or hash has the wrong length)" + again
    return None


def verify_pin(pin: str, stored: str) -> bool:
    if hash_problem(stored):
        return False
    _, n, r, p, salt, digest = stored.split("$")
    try:
        candidate = hashlib.scrypt(
            pin.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
            dklen=32, maxmem=SCRYPT_MAXMEM + 1024 * 1024,
        )
    except (ValueError, MemoryError):
        return False  # never a crash at the PIN pad; the config check names the hash at start
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
