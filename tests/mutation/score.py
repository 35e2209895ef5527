"""`make mutate`'s summary: the share of mutants the tests kill, and every survivor that
is neither killed nor listed, with its reason, in EQUIVALENT.md beside this file.

Exit 1 when fewer than 85% are killed or a survivor is not accounted for.
"""

from __future__ import annotations

import fnmatch
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

GOAL = 85.0
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def say(line: str) -> None:
    sys.stdout.write(line + "\n")


def results() -> dict[str, str]:
    mutmut = Path(sys.executable).with_name("mutmut")
    done = subprocess.run([str(mutmut), "results", "--all", "true"], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    found = {}
    for line in done.stdout.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name:
            found[name] = status
    return found


def equivalent_patterns() -> list[str]:
    """The `pattern` at the start of each '- ' line of EQUIVALENT.md."""
    text = (HERE / "EQUIVALENT.md").read_text("utf-8")
    return re.findall(r"(?m)^- `([^`]+)`", text)


def main() -> int:
    found = results()
    if not found:
        say("no mutation results: run `make mutate`")
        return 1
    counts = Counter(found.values())
    checked = sum(n for status, n in counts.items() if status != "not checked")
    caught = counts["killed"] + counts["timeout"]
    patterns = equivalent_patterns()
    survivors = sorted(name for name, status in found.items() if status in ("survived", "suspicious"))
    listed = [s for s in survivors if any(fnmatch.fnmatchcase(s, p) for p in patterns)]
    unlisted = [s for s in survivors if s not in listed]
    score = 100.0 * caught / checked if checked else 0.0
    say(", ".join(f"{n} {status}" for status, n in sorted(counts.items())))
    say(f"mutation score: {score:.1f}% killed ({caught} of {checked}); goal {GOAL:.0f}%")
    say(f"survivors listed as equivalent in tests/mutation/EQUIVALENT.md: {len(listed)}")
    if unlisted:
        say(f"survivors neither killed nor listed ({len(unlisted)}); see `.venv/bin/mutmut show NAME`:")
        for name in unlisted:
            say(f"  {name}")
    return 0 if score >= GOAL and not unlisted else 1


if __name__ == "__main__":
    sys.exit(main())
