"""`kiosk check`: every problem as `path:line: message`, authoring warnings, reading grades."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kiosk.content.loader import display_path
from kiosk.content.model import Severity
from kiosk.core.content_status import collect


def run_check(root: Path, output: str = "text") -> int:
    problems, languages = collect(root)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if output == "json":
        print(json.dumps({
            "content": display_path(root),
            "ok": not errors,
            "problems": [{"path": p.path, "line": p.line, "severity": str(p.severity),
                          "message": p.message} for p in problems],
            "languages": languages,
        }, indent=2, ensure_ascii=False))
        return 1 if errors else 0
    for problem in problems:
        print(problem)
    for lang, info in languages.items():
        print(f"{lang}: {len(info['pages'])} pages: {', '.join(info['pages'])}")
        grades = [r for r in info["readability"] if r.get("grade") is not None]
        if grades:
            hardest = max(grades, key=lambda r: r["grade"])
            print(f"{lang}: reading grade {min(r['grade'] for r in grades):.1f} to "
                  f"{hardest['grade']:.1f} (hardest: {hardest['page_id']})")
    warnings = len(problems) - len(errors)
    if errors:
        print(f"{len(errors)} problem(s) and {warnings} warning(s) in {display_path(root)}",
              file=sys.stderr)
        return 1
    print(f"{display_path(root)}: no problems" + (f", {warnings} warning(s)" if warnings else ""))
    return 0
