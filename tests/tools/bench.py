"""`make bench`: the kiosk's speed and memory against a bare PySide6 app.

Every figure is a ratio or a percentile measured within one run, so a noisy or
slow machine moves both sides of a comparison alike:

1. start-up: ``python -m kiosk snapshot --page home`` against a bare PySide6
   process that shows the same source text in one QTextBrowser at the same size
   and saves one frame; the two alternate, medians and their ratio;
2. page switch: from the tap's handler to the painted frame, over every page and
   walkthrough card, p50 / p95 / max;
3. memory: peak RSS after visiting every page against the bare process, and the
   growth over 10,000 page switches and 100 idle resets after a warm-up;
4. idle: CPU used untouched on Home, and while the attract loop plays;
5. content: load and validate time for the bundled pack and for generated packs
   of up to 500 pages, and whether it grows linearly.

It prints a Markdown table (for the README) and writes the same figures as JSON.
Run ``python -m tests.tools.bench --quick`` for a short smoke run. The in-process parts
run in a child process (``--child``), so the bench's own work never counts.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any

# Optional: a longer source text for the start-up comparison (KIOSK_BENCH_TEXT=/path/to/file.txt);
# by default both processes show the bundled English pages.
SEED_TEXT = Path(os.environ.get("KIOSK_BENCH_TEXT", ""))
WIDTH, HEIGHT = 1920, 1080
STARTUP_RATIO = 1.5
SWITCH_P95_MS = 16.0
FRAME_MS = 16.7
"""One frame at 60 Hz."""
RSS_RATIO = 1.3
GROWTH_MB = 5.0
IDLE_PERCENT = 0.3
ATTRACT_PERCENT = 5.0
"""The attract loop moves, so it may use more: at most 5% of one core."""
SCALE_PAGES = 500
SCALE_SECONDS = 1.0
LINEAR_SLACK = 1.5
"""Linear growth: the time per page at 500 pages is at most this times the time at 50."""

BARE_APP = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QTextBrowser
app = QApplication(sys.argv[:1])
view = QTextBrowser()
view.setPlainText(Path(sys.argv[1]).read_text("utf-8"))
view.resize(int(sys.argv[3]), int(sys.argv[4]))
view.show()
app.processEvents()
saved = view.grab().save(sys.argv[2])
try:
    import resource
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
except ImportError:
    print(0)
sys.exit(0 if saved else 1)
"""
"""The bare process: one QTextBrowser with the text, one frame saved, nothing else."""


@dataclass
class Figure:
    name: str
    measured: str
    target: str
    passed: bool | None
    """None when the figure has no target or could not be measured."""
    value: float | None = None
    unit: str = ""

    @property
    def verdict(self) -> str:
        return {True: "pass", False: "**miss**", None: "—"}[self.passed]


# -- helpers -------------------------------------------------------------------------------


CACHE = Path(tempfile.mkdtemp(prefix="kiosk-bench-cache-"))
"""The kiosks timed here keep their start cache (kiosk/core/start_cache.py) here, not in the user's."""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(CACHE)}


def _no_start_cache() -> None:
    shutil.rmtree(CACHE / "kiosk", ignore_errors=True)


def _maxrss_mb(value: int) -> float:
    """ru_maxrss is in KB on Linux and in bytes on macOS."""
    return value / (1024 * 1024) if sys.platform == "darwin" else value / 1024


def _rss_mb() -> float | None:
    """The resident memory of this process now, or None where it cannot be read."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    try:
        import psutil  # type: ignore[import-not-found,import-untyped,unused-ignore]

        return float(psutil.Process().memory_info().rss) / (1024 * 1024)
    except ImportError:
        return None


def _peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:
        return None
    return _maxrss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def source_text() -> tuple[str, str]:
    """The text both start-up processes show, and where it came from."""
    if SEED_TEXT.name and SEED_TEXT.is_file():
        return SEED_TEXT.read_text("utf-8"), str(SEED_TEXT)
    from kiosk.content.loader import page_files
    from kiosk.core.resources import bundled

    files = page_files(bundled("content") / "en")
    return "\n\n".join(p.read_text("utf-8") for p in files), "the bundled English pages"


# -- 1. start-up ---------------------------------------------------------------------------


def _timed(command: list[str]) -> tuple[float, str, float]:
    """Wall time from spawn to exit, what the process printed, and its peak RSS in MB
    (the kernel's count for that one child, taken the same way for both processes)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, env=_env(), stdout=out, stderr=err, text=True)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        printed, errors = out.read(), err.read()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:4])}... failed ({process.returncode}):\n{errors}")
    return seconds, printed, _maxrss_mb(usage.ru_maxrss)


def _compiled(package: Path) -> None:
    """Byte-compile the kiosk's modules, as pip does when it installs the wheel; otherwise
    (PYTHONDONTWRITEBYTECODE, a fresh checkout) the kiosk would be timed compiling itself,
    while PySide6 in site-packages was compiled at install."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], env=_env(),
                   capture_output=True, check=False, timeout=300)


def startup(runs: int, work: Path) -> dict[str, Any]:
    text, origin = source_text()
    text_file = work / "source.txt"
    text_file.write_text(text, "utf-8")
    kiosk = [
        sys.executable, "-m", "kiosk", "snapshot", "--page", "home",
        "--size", f"{WIDTH}x{HEIGHT}", "--out", str(work / "kiosk-shot"),
    ]
    bare = [
        sys.executable, "-c", BARE_APP, str(text_file), str(work / "bare.png"),
        str(WIDTH), str(HEIGHT),
    ]
    import kiosk as package

    _compiled(Path(package.__file__ or ".").parent)
    for command in (kiosk, bare):  # warm the file cache and the start cache; not counted
        _timed(command)
    kiosk_s: list[float] = []
    bare_s: list[float] = []
    kiosk_rss: list[float] = []
    bare_rss: list[float] = []
    cold_s: list[float] = []
    cold_rss: list[float] = []
    for run in range(runs):
        order = (kiosk, bare) if run % 2 == 0 else (bare, kiosk)
        for command in order:
            seconds, _out, peak = _timed(command)
            (kiosk_s if command is kiosk else bare_s).append(seconds)
            (kiosk_rss if command is kiosk else bare_rss).append(peak)
        _no_start_cache()  # the first start after new content: everything read and rendered
        seconds, _out, peak = _timed(kiosk)
        cold_s.append(seconds)
        cold_rss.append(peak)
    return {
        "source": origin,
        "source_chars": len(text),
        "kiosk_s": kiosk_s,
        "bare_s": bare_s,
        "cold_s": cold_s,
        "kiosk_median_s": statistics.median(kiosk_s),
        "bare_median_s": statistics.median(bare_s),
        "cold_median_s": statistics.median(cold_s),
        "ratio": statistics.median(kiosk_s) / statistics.median(bare_s),
        "cold_ratio": statistics.median(cold_s) / statistics.median(bare_s),
        "kiosk_peak_rss_mb": statistics.median(kiosk_rss),
        "bare_peak_rss_mb": statistics.median(bare_rss),
        "cold_peak_rss_mb": statistics.median(cold_rss),
    }


# -- 2 to 4. in a child process: switches, memory, idle ----------------------------------


def _child(args: argparse.Namespace) -> dict[str, Any]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from kiosk.commands.snapshot import snapshot_ids
    from kiosk.core.config import Config
    from kiosk.core.resources import bundled
    from kiosk.core.startup import load_packs
    from kiosk.ui.window import KioskWindow

    app = QApplication(sys.argv[:1])
    config = Config(speech_engine="none")
    packs = load_packs(bundled("content"), config.language)
    window = KioskWindow(packs, config)
    app.installEventFilter(window.idle)  # as the running kiosk does
    window.resize(WIDTH, HEIGHT)
    window.show()
    app.processEvents()
    window.restyle()
    app.processEvents()

    actions: list[Callable[[], None]] = []
    for page_id in snapshot_ids(window)[1:]:
        actions += [partial(window.open_page, page_id), window.session.navigator.home]
    walkthrough = window.session.pack.walkthrough
    if walkthrough is not None:
        actions.append(partial(window.open_page, walkthrough.id))
        actions += [window.next_card] * len(window.session.cards)  # the last one finishes, Home

    def switch(action: Callable[[], None]) -> float:
        """A tap's handler, then Qt's posted events up to the painted frame."""
        start = time.perf_counter()
        action()
        app.sendPostedEvents()  # layout requests, then the update request that paints
        seconds = time.perf_counter() - start
        app.processEvents()  # timers and the slide animation; not timed
        # deleteLater() runs only in a real event loop: do what returning to it would do.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return seconds

    for action in actions:  # every page and card once
        switch(action)
    result: dict[str, Any] = {"screens": len(actions), "peak_rss_mb": _peak_rss_mb()}

    # PySide6 6.12.0 gave back one reference too few to None on many calls; None is not
    # immortal before Python 3.12, so a kiosk aborted after some hundreds of taps.
    none_before = sys.getrefcount(None)
    times = [switch(actions[n % len(actions)]) for n in range(args.switches)]
    lost = (none_before - sys.getrefcount(None)) / len(times)
    result["none_refs"] = none_before
    result["none_lost_per_switch"] = lost
    result["switch_ms"] = [t * 1000 for t in times]
    result["slide_frame_ms"] = _slide_frames(window, actions)
    resets_every = max(1, args.growth_switches // args.resets)
    for n in range(max(1000, args.growth_switches // 10)):  # warm-up
        switch(actions[n % len(actions)])
        if n % resets_every == resets_every - 1:
            window.reset_for_next_patient()
    gc.collect()
    app.processEvents()
    before = _rss_mb()
    for n in range(args.growth_switches):
        switch(actions[n % len(actions)])
        if n % resets_every == resets_every - 1:
            window.reset_for_next_patient()
    gc.collect()
    app.processEvents()
    after = _rss_mb()
    result["rss_before_mb"], result["rss_after_mb"] = before, after
    result["growth_mb"] = after - before if before is not None and after is not None else None
    result["resets"] = args.growth_switches // resets_every

    from kiosk.ui.platform.signal_wakeup import SignalWakeup

    SignalWakeup(app)  # as the running kiosk has it
    window.reset_for_next_patient()
    window.idle.start()
    _cpu_share(2.0, lambda: True)  # the frame after the reset is drawn: idle is what follows
    attract_after = config.attract_after_s
    home_seconds = min(args.idle_seconds, attract_after - 1) if attract_after else args.idle_seconds
    result["home_idle"] = _cpu_share(
        home_seconds, lambda: window.isVisible() and window.current_id == "home"
    )
    window.waiting_room.attract().start()
    result["attract_idle"] = _cpu_share(args.idle_seconds, lambda: window.waiting_room.attract().running)
    window.waiting_room.attract().stop()
    return result


def _slide_frames(window: Any, actions: list[Callable[[], None]]) -> list[float]:
    """Time to draw each frame of the page slide, stepping its animation by 1/60 s.

    A frame that takes longer than 16.7 ms would be dropped on a 60 Hz screen.
    """
    from PySide6.QtCore import QAbstractAnimation

    animation = window.slide.animation
    frames: list[float] = []
    for action in actions:
        action()
        page = window.pages.currentWidget()
        if animation.state() != QAbstractAnimation.State.Running or page is None:
            continue
        animation.pause()
        for step in range(0, animation.duration() + 1, 16):
            start = time.perf_counter()
            animation.setCurrentTime(step)
            page.repaint()
            frames.append((time.perf_counter() - start) * 1000)
        animation.stop()
    return frames


def _cpu_share(seconds: float, showing: Callable[[], bool]) -> dict[str, Any]:
    """Run an event loop untouched for ``seconds``; CPU time as a share of one core.

    A local QEventLoop, not app.exec(): QApplication.quit() closes every window first.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    cpu, wall = time.process_time(), time.perf_counter()
    loop.exec()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"seconds": wall, "cpu_s": cpu, "percent": 100 * cpu / wall, "showing": showing()}


def inprocess(args: argparse.Namespace) -> dict[str, Any]:
    command = [
        sys.executable, "-m", "tests.tools.bench", "--child",
        "--switches", str(args.switches), "--growth-switches", str(args.growth_switches),
        "--resets", str(args.resets), "--idle-seconds", str(args.idle_seconds),
    ]
    done = subprocess.run(command, env=_env(), capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        crash = "none_dealloc" in done.stderr
        raise RuntimeError(
            "the kiosk process "
            + ("aborted: PySide6 lost every reference to None" if crash else "failed")
            + f" (exit {done.returncode}):\n{done.stderr[-3000:]}"
        )
    data: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return data


# -- 5. content scale ----------------------------------------------------------------------


def _generated_pack(folder: Path, pages: int) -> Path:
    """The bundled English pack, plus copies of its sections under new ids, ``pages`` in all."""
    from kiosk.content.loader import page_files
    from kiosk.core.resources import bundled

    source = bundled("content") / "en"
    shutil.copytree(source, folder)
    sections = [
        p.read_text("utf-8") for p in page_files(source) if "\nkind: section" in p.read_text("utf-8")
    ]
    have = len(page_files(folder))
    for number in range(max(0, pages - have)):
        text = sections[number % len(sections)]
        text = re.sub(r"(?m)^id: (.+)$", rf"id: \1-copy-{number}", text, count=1)
        text = re.sub(r"(?m)^order: .*$", f"order: {100 + number}", text, count=1)
        (folder / "more" / f"copy-{number:04}.md").parent.mkdir(exist_ok=True)
        (folder / "more" / f"copy-{number:04}.md").write_text(text, "utf-8")
    return folder


def content_scale(repeats: int, work: Path) -> dict[str, Any]:
    from kiosk.content.loader import load_pack
    from kiosk.core.resources import bundled

    assets = bundled("assets")

    def timed_load(folder: Path) -> tuple[float, int, int]:
        load_pack(folder, "en", assets)  # warm up imports and the file cache
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            result = load_pack(folder, "en", assets)
            times.append(time.perf_counter() - start)
        return statistics.median(times), len(result.pack.pages), len(result.problems)

    seconds, pages, problems = timed_load(bundled("content") / "en")
    sizes: dict[str, Any] = {"bundled": {"pages": pages, "seconds": seconds, "problems": problems}}
    for count in (50, 100, 250, SCALE_PAGES):
        folder = _generated_pack(work / f"pack-{count}", count)
        seconds, pages, problems = timed_load(folder)
        sizes[str(count)] = {"pages": pages, "seconds": seconds, "problems": problems}
    small, large = sizes["50"], sizes[str(SCALE_PAGES)]
    per_page_growth = (large["seconds"] / large["pages"]) / (small["seconds"] / small["pages"])
    return {"sizes": sizes, "per_page_growth": per_page_growth}


# -- the report ----------------------------------------------------------------------------


def figures(start: dict[str, Any] | None, inproc: dict[str, Any] | None,
            scale: dict[str, Any], errors: dict[str, str]) -> list[Figure]:
    found: list[Figure] = []
    if start is not None:
        runs = len(start["kiosk_s"])
        found += [
            Figure(f"Start-up: `kiosk snapshot --page home`, content as at the last start, median of {runs}",
                   f"{start['kiosk_median_s'] * 1000:.0f} ms", "", None,
                   start["kiosk_median_s"] * 1000, "ms"),
            Figure(f"Start-up: bare PySide6 QTextBrowser, median of {runs}",
                   f"{start['bare_median_s'] * 1000:.0f} ms", "", None,
                   start["bare_median_s"] * 1000, "ms"),
            Figure("Start-up ratio, kiosk / bare", f"{start['ratio']:.2f}",
                   f"≤ {STARTUP_RATIO}", start["ratio"] <= STARTUP_RATIO, start["ratio"]),
            Figure("Start-up after new content (no start cache: all read, checked, rendered), "
                   "kiosk / bare", f"{start['cold_median_s'] * 1000:.0f} ms = {start['cold_ratio']:.2f}",
                   "—", None, start["cold_ratio"]),
        ]
    else:
        found.append(Figure("Start-up ratio, kiosk / bare", errors.get("startup", "n/a"),
                            f"≤ {STARTUP_RATIO}", None))
    if inproc is not None:
        ms = inproc["switch_ms"]
        p50, p95, worst = statistics.median(ms), _percentile(ms, 0.95), max(ms)
        found.append(Figure(
            f"Page switch, tap to painted frame, p50 / p95 / max ({len(ms):,} switches)",
            f"{p50:.1f} / {p95:.1f} / {worst:.1f} ms", f"p95 ≤ {SWITCH_P95_MS:.0f} ms",
            p95 <= SWITCH_P95_MS, p95, "ms"))
        frames = inproc.get("slide_frame_ms") or [0.0]
        dropped = sum(1 for f in frames if f > FRAME_MS)
        found.append(Figure(
            f"Page slide, time to draw each frame, p95 / max ({len(frames):,} frames)",
            f"{_percentile(frames, 0.95):.1f} / {max(frames):.1f} ms; {dropped} over {FRAME_MS} ms",
            f"none over {FRAME_MS} ms", dropped == 0, dropped, "frames"))
        lost = inproc["none_lost_per_switch"]
        stable = f"{lost:.0f} lost per switch" if lost > 0 else "0 lost"
        if lost > 0:
            stable += f"; aborts after ~{inproc['none_refs'] / lost:,.0f} switches"
        found.append(Figure("Stability: Python references to None kept by Qt calls", stable,
                            "0 lost", lost <= 0, lost))
        if start is not None and inproc["peak_rss_mb"]:
            ratio = start["kiosk_peak_rss_mb"] / start["bare_peak_rss_mb"]
            found.append(Figure(
                "Peak RSS at start-up (Home saved), kiosk / bare",
                f"{start['kiosk_peak_rss_mb']:.0f} / {start['bare_peak_rss_mb']:.0f} MB = {ratio:.2f}",
                f"≤ {RSS_RATIO}", ratio <= RSS_RATIO, ratio))
            ratio = inproc["peak_rss_mb"] / start["bare_peak_rss_mb"]
            found.append(Figure(
                "Peak RSS after every page, kiosk / bare",
                f"{inproc['peak_rss_mb']:.0f} / {start['bare_peak_rss_mb']:.0f} MB = {ratio:.2f}",
                f"≤ {RSS_RATIO}", ratio <= RSS_RATIO, ratio))
        growth = inproc["growth_mb"]
        found.append(Figure(
            f"RSS growth, {inproc['growth_switches']:,} switches + {inproc['resets']} resets"
            " after a warm-up",
            "n/a" if growth is None else f"{growth:+.1f} MB", f"≤ {GROWTH_MB:.0f} MB",
            None if growth is None else growth <= GROWTH_MB, growth, "MB"))
        for key, label, limit in (("home_idle", "untouched on Home", IDLE_PERCENT),
                                  ("attract_idle", "attract loop playing", ATTRACT_PERCENT)):
            idle = inproc[key]
            shown = idle["showing"]
            found.append(Figure(
                f"Idle CPU, {label} ({idle['seconds']:.0f} s)",
                f"{idle['percent']:.2f} % of a core" if shown else "n/a (it was not on screen)",
                f"≤ {limit} %", idle["percent"] <= limit if shown else None,
                idle["percent"], "%"))
    else:
        found.append(Figure("Page switch, memory and idle figures",
                            errors.get("inprocess", "n/a"), "", None))
    sizes = scale["sizes"]
    bundled_pack, large = sizes["bundled"], sizes[str(SCALE_PAGES)]
    found += [
        Figure(f"Content: load + validate the bundled pack ({bundled_pack['pages']} pages)",
               f"{bundled_pack['seconds'] * 1000:.0f} ms", "", None,
               bundled_pack["seconds"] * 1000, "ms"),
        Figure(f"Content: load + validate {large['pages']} pages",
               f"{large['seconds'] * 1000:.0f} ms", f"< {SCALE_SECONDS:.0f} s",
               large["seconds"] < SCALE_SECONDS and large["problems"] == 0,
               large["seconds"] * 1000, "ms"),
        Figure("Content: time per page, 500 pages / 50 pages",
               f"{scale['per_page_growth']:.2f}", f"≤ {LINEAR_SLACK} (linear)",
               scale["per_page_growth"] <= LINEAR_SLACK, scale["per_page_growth"]),
    ]
    return found


def table(found: list[Figure]) -> str:
    rows = ["| Figure | Measured | Target | Result |", "|---|---|---|---|"]
    rows += [f"| {f.name} | {f.measured} | {f.target or '—'} | {f.verdict} |" for f in found]
    return "\n".join(rows)


NOTES = """\
What is measured (offscreen Qt platform, {width}x{height}, {cpus} CPU cores, {machine}):
- start-up: wall time of the whole process, from spawn to exit, alternating the two, and each
  one's peak RSS (wait4); the bare process shows {source} ({chars:,} characters) with
  setPlainText in one QTextBrowser; the kiosk's modules are byte-compiled first, as pip
  does when it installs the wheel; the kiosk keeps its start cache between runs, as a kiosk
  restarted with the same content does; "after new content" times a start without it;
- page switch: window.open_page / navigator.home / next_card (what a tap calls), then Qt's
  posted events, which lay out and paint the changed region into the backing store (the frame
  a screen would show); every page and walkthrough card in turn;
- memory: peak RSS (getrusage) after each page and card has been shown once; growth is the
  resident size after a warm-up and gc, against after the switches and
  {resets} idle resets (window.reset_for_next_patient);
- idle: process CPU time (all threads) over wall time, with the idle watcher and the signal
  wakeup as in the kiosk, from 2 s after a reset (its one redraw is not idle); the attract
  loop started by hand;
- content: kiosk.content.loader.load_pack, median of {repeats}; generated packs are the bundled
  English pages plus copies of its sections under new ids."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.tools.bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run of every part")
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"),
                        help="where to write the figures (default: bench-results.json)")
    parser.add_argument("--runs", type=int, help="start-up runs of each process (default 7)")
    parser.add_argument("--idle-seconds", type=float, help="seconds of each idle part (default 30)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--switches", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--growth-switches", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--resets", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    quick = args.quick
    args.runs = args.runs or (3 if quick else 7)
    args.idle_seconds = args.idle_seconds or (3.0 if quick else 30.0)
    args.switches = args.switches or (200 if quick else 1500)
    args.growth_switches = args.growth_switches or (1000 if quick else 10_000)
    args.resets = args.resets or (10 if quick else 100)
    if args.child:
        print(json.dumps(_child(args)))
        return 0

    errors: dict[str, str] = {}
    start: dict[str, Any] | None = None
    inproc: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
        work = Path(folder)
        print("start-up...", file=sys.stderr, flush=True)
        try:
            start = startup(args.runs, work)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            errors["startup"] = f"failed: {str(error).splitlines()[0]}"
        print("page switches, memory, idle...", file=sys.stderr, flush=True)
        try:
            inproc = inprocess(args)
            inproc["growth_switches"] = args.growth_switches
        except (RuntimeError, subprocess.TimeoutExpired, json.JSONDecodeError) as error:
            errors["inprocess"] = f"failed: {str(error).splitlines()[0]}"
        print("content scale...", file=sys.stderr, flush=True)
        scale = content_scale(2 if quick else 5, work)
    found = figures(start, inproc, scale, errors)
    notes = NOTES.format(
        width=WIDTH, height=HEIGHT, cpus=os.cpu_count(), machine=platform.platform(terse=True),
        source=start["source"] if start else "the source text",
        chars=start["source_chars"] if start else 0, resets=args.resets,
        repeats=2 if quick else 5,
    )
    print(table(found))
    print()
    print(notes)
    if quick:
        print("\n(--quick: a smoke run; the figures are not the real ones)")
    report = {
        "quick": quick,
        "python": sys.version.split()[0],
        "pyside6": _pyside_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "figures": [asdict(f) | {"verdict": f.verdict.strip("*")} for f in found],
        "errors": errors,
        "startup": start,
        "inprocess": {k: v for k, v in (inproc or {}).items() if k != "switch_ms"},
        "switch_ms": (inproc or {}).get("switch_ms", []),
        "content_scale": scale,
    }
    args.json.write_text(json.dumps(report, indent=2), "utf-8")
    print(f"\nfigures written to {args.json}", file=sys.stderr)
    return 0 if all(f.passed is not False for f in found) else 1


def _pyside_version() -> str:
    try:
        import PySide6

        return str(PySide6.__version__)
    except ImportError:
        return "not installed"


if __name__ == "__main__":
    sys.exit(main())
