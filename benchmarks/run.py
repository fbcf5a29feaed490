"""What a conversion costs, measured side by side in one run, as ratios against a yardstick.

Why ratios: absolute seconds depend on the machine (and on whoever else uses it); a ratio to
something measured in the same run on the same input (lxml parsing the page, Arelle validating
our instance, one process against two, the smallest input against the largest, `python -c pass`)
says whether the converter itself is the cost. Each section prints its figures and the goal of
issue 5, marked "ok" or "MISSED".

    .venv/bin/python benchmarks/run.py                 # everything (a few minutes on 2 cores)
    .venv/bin/python benchmarks/run.py parse startup   # some sections
    .venv/bin/python benchmarks/run.py growth --max-mb 10
    .venv/bin/python benchmarks/run.py profile         # cProfile of the corpus and of 10 MB inputs

Not timed tests: nothing here fails a build. Timings are the best of a few repeats, after one
warm-up, so that a neighbour's burst of CPU does not count against us; the load average is
printed, because on a shared machine it is the first thing to check when a figure moves.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "dev"
PYTHON = sys.executable
HTML_SOURCE = CORPUS / "microsoft_fy2020q3_ex991.htm"
TEXT_SOURCE = CORPUS / "iec_2004q2_ex991.txt"
SIZES = {"100KB": 100_000, "1MB": 1_000_000, "10MB": 10_000_000, "30MB": 30_000_000}

sys.path.insert(0, str(ROOT))


def corpus_documents() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in (".htm", ".html", ".txt"))


def best(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best of `repeat` runs after one warm-up: the cost of the code, not of the neighbours."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def header(title: str) -> None:
    print(f"\n== {title} " + "=" * max(0, 96 - len(title)))


def convert_all(path: Path) -> int:
    """What one document costs: read, extract, render xBRL-XML and xBRL-JSON."""
    from converter.pipeline import convert

    report = convert(path)
    report.to_xml()
    report.to_json()
    return len(report.facts)


# --- 1. conversion against parsing ----------------------------------------------------------------------------------


def html_pages(path: Path) -> tuple[list[bytes], bool]:
    """The HTML a document holds (the page itself, or the HTML parts of an EDGAR submission), and
    whether that is all it holds (a submission may carry its release as plain text)."""
    from converter.readers import detect_kind
    from converter.readers.edgar import parts

    text = path.read_bytes().decode("utf-8", errors="replace")
    if detect_kind(text) == "edgar":
        found = parts(text)
        return [text[p.start : p.end].encode("utf-8") for p in found if p.html], all(p.html for p in found)
    return ([path.read_bytes()], True) if detect_kind(text) == "html" else ([], False)


def events_only(data: bytes) -> None:
    """lxml's pull parser with every start and end event handed to Python and nothing done with it:
    the least that a reader walking the page in Python (as ours does, to free the tree as it goes) pays."""
    from lxml import etree

    parser = etree.HTMLPullParser(events=("start", "end"), recover=True, remove_comments=True)
    for at in range(0, len(data), 1 << 16):
        parser.feed(data[at : at + (1 << 16)])
        for _ in parser.read_events():
            pass
    parser.close()


def bench_parse(results: dict[str, object]) -> None:
    header("1. conversion (read, extract, XML + JSON) against lxml parsing the same HTML (plain text: reading it)")
    from lxml import html as lxml_html

    print(f"{'document':46} {'KB':>5} {'facts':>5} {'convert ms':>10} {'parse ms':>8} {'ratio':>7} "
          f"{'events ms':>9} {'ratio':>6}")
    rows = []
    for path in corpus_documents():
        facts = convert_all(path)
        convert_s = best(lambda path=path: convert_all(path))
        data = path.read_bytes()
        pages, all_html = html_pages(path)
        events_s = None
        if not pages:
            base_s = best(lambda data=data: data.decode("utf-8", errors="replace"), repeat=20)
            kind = "text"
        else:
            base_s = best(lambda pages=pages: [lxml_html.document_fromstring(page) for page in pages], repeat=10)
            events_s = best(lambda pages=pages: [events_only(page) for page in pages], repeat=10)
            kind = "html" if all_html else "mixed"
        ratio = convert_s / base_s
        rows.append({"document": path.name, "kind": kind, "bytes": len(data), "facts": facts,
                     "convert_s": convert_s, "base_s": base_s, "ratio": ratio, "events_s": events_s})
        line = (f"{path.name[:46]:46} {len(data) / 1000:5.0f} {facts:5d} {convert_s * 1000:10.1f} "
                f"{base_s * 1000:8.2f} {ratio:6.1f}x")
        tail = "  (plain text: against reading)"
        if events_s:
            tail = f" {events_s * 1000:9.2f} {convert_s / events_s:5.1f}x" + ("" if all_html else "  (HTML and text)")
        print(line + tail)
    html_rows = [r for r in rows if r["kind"] == "html"]
    html_ratios = [r["ratio"] for r in html_rows]
    worst = max(html_ratios)
    whole = sum(r["convert_s"] for r in html_rows) / sum(r["base_s"] for r in html_rows)
    floor = sum(r["events_s"] for r in html_rows) / sum(r["base_s"] for r in html_rows)
    print(f"HTML documents: median {statistics.median(html_ratios):.1f}x, worst {worst:.1f}x, all together "
          f"{whole:.1f}x the lxml parse; goal <= 3x: {verdict(worst <= 3)}")
    print(f"  yardstick: merely handing lxml's events to Python costs {floor:.1f}x the parse on these pages")
    results["parse"] = rows


# --- 2. conversion against Arelle -----------------------------------------------------------------------------------


def bench_arelle(results: dict[str, object]) -> None:
    header("2. converting a document against Arelle loading + validating the instance we made (in-process, warm)")
    try:
        from arelle.api.Session import Session
        from arelle.RuntimeOptions import RuntimeOptions
    except ImportError:
        print("Arelle is not installed (pip install '.[test]'): skipped")
        return
    from converter.batching import batch

    rows = []
    with tempfile.TemporaryDirectory() as tmp, Session() as session:
        out = Path(tmp)
        batch([CORPUS], out, formats=("xml",), jobs=1)

        def validate(instance: Path) -> list[str]:
            session.run(RuntimeOptions(entrypointFile=str(instance), validate=True, internetConnectivity="offline",
                                       keepOpen=False, logFile="logToBuffer"))
            logs = json.loads(session.get_logs("json", clear_logs=True) or "{}").get("log", [])
            return [m.get("code", "") for m in logs if m.get("level") in ("warning", "error", "critical")]

        print(f"{'document':52} {'convert ms':>10} {'Arelle ms':>10} {'ratio':>7} {'Arelle problems':>16}")
        for path in corpus_documents():
            instance = out / (path.stem + ".xml")
            problems = validate(instance)
            convert_s = best(lambda path=path: convert_all(path))
            arelle_s = best(lambda instance=instance: validate(instance))
            ratio = convert_s / arelle_s
            rows.append({"document": path.name, "convert_s": convert_s, "arelle_s": arelle_s, "ratio": ratio,
                         "problems": problems})
            print(f"{path.name[:52]:52} {convert_s * 1000:10.1f} {arelle_s * 1000:10.1f} {ratio:6.2f}x "
                  f"{len(problems):16d}")
    total = sum(r["convert_s"] for r in rows) / sum(r["arelle_s"] for r in rows)
    print(f"whole corpus: converting costs {total:.2f}x what Arelle's load + validate costs "
          f"(median {statistics.median(r['ratio'] for r in rows):.2f}x); goal well under 1x: {verdict(total < 0.75)}")
    results["arelle"] = {"rows": rows, "total_ratio": total, "method": "arelle.api.Session, in-process, warm"}


# --- 3. one process against two -------------------------------------------------------------------------------------


def bench_jobs(results: dict[str, object], copies: int = 5) -> None:
    header(f"3. documents per second, `converter batch` --jobs 1 against --jobs 2 (dev corpus x{copies}, end to end)")
    with tempfile.TemporaryDirectory() as tmp:
        inputs = []
        for i in range(copies):
            folder = Path(tmp) / f"copy{i}"
            folder.mkdir()
            for path in corpus_documents():
                shutil.copy(path, folder / path.name)
            inputs.append(str(folder))
        count = copies * len(corpus_documents())
        rates, busy = {}, {}
        for jobs in (1, 2):
            runs = []
            for attempt in range(3):  # the first also warms the page cache
                import resource

                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                done = subprocess.run([PYTHON, "-m", "converter.batching", *inputs, "--out-dir",
                                       str(Path(tmp) / f"out{jobs}"), "--jobs", str(jobs), "--force", "-q"],
                                      cwd=ROOT, timeout=1800)
                wall = time.perf_counter() - start
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                assert done.returncode == 0
                cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                if attempt:
                    runs.append((wall, cpu))
            wall, cpu = min(runs)
            rates[jobs], busy[jobs] = count / wall, cpu / wall
            print(f"--jobs {jobs}: {count} documents in {wall:.2f} s = {rates[jobs]:.2f} documents/s "
                  f"(CPU busy {busy[jobs]:.2f} cores on average)")
    speedup = rates[2] / rates[1]
    capacity = two_core_capacity()
    print(f"speed-up with two processes: {speedup:.2f}x; goal >= 1.8x: {verdict(speedup >= 1.8)}")
    print(f"  yardstick: two plain CPU-bound processes ran {capacity:.2f}x as fast as one just now (load average "
          f"{os.getloadavg()[0]:.2f}); a speed-up near that figure is all the machine had to give")
    results["jobs"] = {"documents": count, "rate_1": rates[1], "rate_2": rates[2], "speedup": speedup,
                       "cores_busy_1": busy[1], "cores_busy_2": busy[2], "two_process_capacity": capacity}


def two_core_capacity(seconds: float = 1.0) -> float:
    """How much faster two CPU-bound processes get through the same work as one, on this machine now:
    2.0 on two idle cores, less when a neighbour holds one. The yardstick for the --jobs speed-up."""
    loop = f"import time\nend = time.process_time() + {seconds}\nwhile time.process_time() < end: pass"

    def run(count: int) -> float:
        start = time.perf_counter()
        processes = [subprocess.Popen([PYTHON, "-c", loop]) for _ in range(count)]
        for process in processes:
            process.wait()
        return time.perf_counter() - start

    return min(2 * run(1) / run(2) for _ in range(2))


# --- 4. growth ------------------------------------------------------------------------------------------------------


def grown_html(size: int) -> str:
    """The Microsoft release grown to about `size` characters: the blocks of the element that holds
    most of the page (a <div> of paragraphs and tables inside EDGAR's <document> wrapper) cycled,
    inside the page's own wrapper, so that the document stays one release, only longer."""
    from lxml import html as lxml_html

    from converter.readers.text import decode

    # decoded as the converter decodes it: lxml alone would take the page's UTF-8 for Latin-1
    tree = lxml_html.document_fromstring(decode(HTML_SOURCE.read_bytes(), HTML_SOURCE.name))
    container = tree.find("body")
    total = len(lxml_html.tostring(container))
    while len(container):
        children = list(container)
        biggest = max(children, key=lambda child: len(lxml_html.tostring(child)))
        if len(lxml_html.tostring(biggest)) < total / 2:
            break
        container = biggest
    def ascii_html(element: object) -> str:  # characters as references, as the page has them (no encoding guess)
        return lxml_html.tostring(element, encoding="us-ascii").decode("ascii")

    blocks = [ascii_html(child) for child in container]
    for child in list(container):
        container.remove(child)
    container.text = "GROWN-BLOCKS-HERE"
    prefix, suffix = ascii_html(tree).split("GROWN-BLOCKS-HERE")
    parts, length, i = [prefix], len(prefix) + len(suffix), 0
    while length < size:
        parts.append(blocks[i % len(blocks)])
        length += len(parts[-1])
        i += 1
    parts.append(suffix)
    return "".join(parts)


def grown_text(size: int) -> str:
    """The IEC text release repeated until `size` characters (a page break between copies, as EDGAR has)."""
    text = TEXT_SOURCE.read_text(encoding="utf-8", errors="replace")
    copies = max(1, -(-size // (len(text) + 2)))
    return "\f\n".join([text] * copies)


_CHILD = """
import json, resource, sys, time
from converter.pipeline import convert
warm = convert(sys.argv[2])  # imports, the taxonomy, compiled patterns: not what growth is about
warm.to_xml(); warm.to_json()
start = time.perf_counter()
report = convert(sys.argv[1])
report.to_xml(); report.to_json()
seconds = time.perf_counter() - start
try:  # this process's own high-water mark: ru_maxrss would include the parent's, inherited through exec
    status = open("/proc/self/status").read()
    peak = int(status.split("VmHWM:")[1].split()[0]) * 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": seconds, "facts": len(report.facts), "maxrss": peak}))
"""


def measure_child(path: Path, timeout: float) -> dict[str, float]:
    """Convert `path` in a fresh process after a warm-up conversion of a small release: the time of
    the conversion alone, and the process's peak resident memory."""
    try:
        done = subprocess.run([PYTHON, "-c", _CHILD, str(path), str(TEXT_SOURCE)], cwd=ROOT, capture_output=True,
                              text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": float("inf"), "facts": -1, "maxrss": float("nan")}
    if done.returncode != 0:
        raise RuntimeError(f"{path}: {done.stderr[-2000:]}")
    return json.loads(done.stdout)


def bench_growth(results: dict[str, object], max_mb: float = 30, timeout: float = 900) -> None:
    header("4. growth: one release repeated to 100 KB .. 30 MB (time per MB; peak memory in a child process)")
    sizes = {k: v for k, v in SIZES.items() if v <= max_mb * 1_000_000}
    found: dict[str, list[dict[str, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text(TEXT_SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
        base = measure_child(tiny, timeout)["maxrss"]  # the interpreter, lxml, the taxonomy: the fixed base
        print(f"fixed base (a child converting a 5 KB release): {base / 1e6:.0f} MB peak RSS")
        for kind, make, suffix in (("html", grown_html, ".htm"), ("text", grown_text, ".txt")):
            rows = []
            print(f"{kind:5} {'size':>6} {'MB':>7} {'facts':>6} {'seconds':>8} {'s/MB':>7} {'peak MB':>8} "
                  f"{'(peak-base)/size':>16}")
            for label, size in sizes.items():
                path = Path(tmp) / f"{kind}-{label}{suffix}"
                path.write_text(make(size), encoding="utf-8")
                megabytes = path.stat().st_size / 1e6
                figures = measure_child(path, timeout)
                row = {"size": label, "mb": megabytes, "facts": figures["facts"], "seconds": figures["seconds"],
                       "s_per_mb": figures["seconds"] / megabytes, "peak": figures["maxrss"],
                       "over_base_per_size": (figures["maxrss"] - base) / (megabytes * 1e6)}
                rows.append(row)
                print(f"{'':5} {label:>6} {megabytes:7.2f} {row['facts']:6.0f} {row['seconds']:8.2f} "
                      f"{row['s_per_mb']:7.2f} {row['peak'] / 1e6:8.0f} {row['over_base_per_size']:15.1f}x")
                path.unlink()
            growth = rows[-1]["s_per_mb"] / rows[0]["s_per_mb"]
            memory = max(r["over_base_per_size"] for r in rows)
            print(f"{kind}: time per MB grows {growth:.2f}x from {rows[0]['size']} to {rows[-1]['size']} "
                  f"(goal <= 1.5x: {verdict(growth <= 1.5)}); peak memory {memory:.1f}x the input over the base "
                  f"(goal < 10x: {verdict(memory < 10)})")
            found[kind] = rows
    results["growth"] = {"base": base, **found}


# --- 5. start-up ----------------------------------------------------------------------------------------------------


def bench_startup(results: dict[str, object], repeat: int = 15) -> None:
    header("5. start-up: `converter --version` against `python -c pass`")
    converter_exe = Path(PYTHON).parent / "converter"
    command = [str(converter_exe)] if converter_exe.exists() else [PYTHON, "-m", "converter"]

    def timed(argv: list[str], env: dict[str, str]) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
        return min(times)

    found = {}
    with tempfile.TemporaryDirectory() as cache:
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = cache  # compiled once, as an installed wheel would be
        uncached = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
        uncached["PYTHONDONTWRITEBYTECODE"] = "1"  # an editable install run that way compiles us every time
        wired = [PYTHON, "-c", "import sys, converter.batching; from converter.cli import main; "
                               "sys.argv = ['converter', '--version']; main()"]  # as after `batch` joins the parser
        for label, env in (("bytecode cached (an installed wheel)", cached),
                           ("our modules compiled each run", uncached)):
            subprocess.run(command + ["--version"], env=env, stdout=subprocess.DEVNULL, check=True)
            python = timed([PYTHON, "-c", "pass"], env)
            ours = timed([*command, "--version"], env)
            with_batch = timed(wired, env)
            found[label] = {"python_s": python, "converter_s": ours, "ratio": ours / python,
                            "with_batch_s": with_batch, "with_batch_ratio": with_batch / python}
            print(f"{label}: python -c pass {python * 1000:.1f} ms, converter --version {ours * 1000:.1f} ms "
                  f"= {ours / python:.2f}x, with converter.batching imported {with_batch * 1000:.1f} ms = "
                  f"{with_batch / python:.2f}x; goal <= 3x: {verdict(max(ours, with_batch) / python <= 3)}")
        script = "import sys; from converter.cli import main; sys.argv = ['converter', '--version']; main()"
        imports = subprocess.run([PYTHON, "-X", "importtime", "-c", script], capture_output=True, text=True, env=cached)
        pattern = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(.*)")
        own = sorted(((int(m.group(1)), m.group(3).strip()) for m in pattern.finditer(imports.stderr)), reverse=True)
        print("most expensive imports at --version (self time, ms): "
              + ", ".join(f"{name} {us / 1000:.1f}" for us, name in own[:8]))
    results["startup"] = found


# --- profile --------------------------------------------------------------------------------------------------------


def profile(results: dict[str, object], top: int = 25) -> None:
    header("profile: where the time goes (cProfile, self time), dev corpus and 10 MB inputs")
    import cProfile
    import pstats

    from converter.pipeline import convert

    def show(title: str, work: Callable[[], object]) -> None:
        profiler = cProfile.Profile()
        profiler.enable()
        work()
        profiler.disable()
        stats = pstats.Stats(profiler)
        total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
        print(f"\n-- {title}: {total:.2f} s of self time")
        rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)  # type: ignore[attr-defined]
        for (filename, line, name), (_, calls, self_time, cumulative, _) in rows[:top]:
            where = filename.replace(str(ROOT) + "/", "")
            where = re.sub(r".*/site-packages/", "", where)
            print(f"{self_time:7.3f} s self {cumulative:7.3f} s cum {calls:9d} calls  {where}:{line}:{name}")

    convert_all(TEXT_SOURCE)  # imports and caches out of the way
    show("dev corpus", lambda: [convert_all(p) for p in corpus_documents()])
    with tempfile.TemporaryDirectory() as tmp:
        for kind, make, suffix in (("html", grown_html, ".htm"), ("text", grown_text, ".txt")):
            path = Path(tmp) / f"big{suffix}"
            path.write_text(make(10_000_000), encoding="utf-8")

            def work(path: Path = path) -> None:
                report = convert(path)
                report.to_xml()
                report.to_json()

            show(f"{kind} 10 MB", work)


SECTIONS = {"parse": bench_parse, "arelle": bench_arelle, "jobs": bench_jobs, "growth": bench_growth,
            "startup": bench_startup}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sections", nargs="*", metavar="SECTION",
                        help=f"any of {', '.join(SECTIONS)}, profile (default: all but profile)")
    parser.add_argument("--max-mb", type=float, default=30, help="largest growth size (default 30)")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args()
    chosen = args.sections or list(SECTIONS)
    unknown = [name for name in chosen if name not in SECTIONS and name != "profile"]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}, profile")
    print(f"converter benchmarks: Python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.2f}")
    results: dict[str, object] = {}
    for name in chosen:
        if name == "profile":
            profile(results)
        elif name == "growth":
            bench_growth(results, max_mb=args.max_mb)
        else:
            SECTIONS[name](results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
