"""`converter batch`: many releases in one run, on every core or on a Dask cluster.

Why a module of its own: a data team converts a whole earnings season (tens of thousands of
documents) at once. That needs things a single `convert` does not: one bad document must not stop
the rest, a person must see how far the run is, an interrupted run must resume where it stopped
instead of starting over, and the work must spread over processes or machines without changing
the result. Every document goes through the same `_work` function whichever way it runs (in
this process, in a process pool, on a Dask worker), so the outputs are byte for byte the same.

This module is imported when the command line builds its parser, so its top level imports
only what `converter --version` already pays for; the rest is imported where it is used.

Exit codes (the `convert` ones, worst document wins): 0 every document converted or already up
to date; 2 usage error, or an input that could not be read; 3 an input that is not a release we
can convert; 4 an output that could not be written; 5 an internal error; 130 interrupted.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from typing import IO, TYPE_CHECKING, Any, NamedTuple

from . import __version__
from .errors import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, ConverterError

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Iterable, Iterator, Sequence
    from concurrent.futures import Executor, Future

EXIT_INTERNAL = 5
EXIT_INTERRUPTED = 130
MANIFEST = "manifest.jsonl"
RELEASE_SUFFIXES = (".txt", ".htm", ".html")
SUFFIXES = {"xml": ".xml", "json": ".json", "ixbrl": ".html"}
FLUSH_SECONDS = 30.0  # how often a manifest on a remote file system (which cannot append) is rewritten
_SNIFF_BYTES = 8192


# --- records --------------------------------------------------------------------------------------------------------
# NamedTuples rather than dataclasses: they pickle to workers cheaply and `dataclasses` would cost
# `converter --version` the import of `inspect`.


class Task(NamedTuple):
    """One document to convert: where it is, where each format goes, against which taxonomy."""

    input: str  # an absolute local path or an fsspec URL
    outputs: tuple[tuple[str, str], ...]  # (format, absolute path or URL)
    taxonomy: str = "converter"


class Result(NamedTuple):
    """What became of one document; one line of the manifest."""

    input: str
    outputs: tuple[str, ...]
    status: str  # "ok", "error", or "skipped" (up to date; never written to the manifest)
    facts: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None
    exit_code: int = EXIT_OK
    seconds: float = 0.0
    version: str = __version__  # of the converter that made the outputs (a Dask worker's may differ)
    taxonomy: str = "converter"

    def record(self) -> dict[str, Any]:
        """The manifest line: plain JSON types, in a fixed key order."""
        return {"input": self.input, "outputs": list(self.outputs), "status": self.status, "facts": self.facts,
                "warnings": list(self.warnings), "error": self.error, "exit_code": self.exit_code,
                "seconds": round(self.seconds, 4), "version": self.version, "taxonomy": self.taxonomy}


class Progress(NamedTuple):
    """A snapshot handed to the `progress` callback after each document (and once when stopping)."""

    total: int
    done: int  # converted + skipped + failed
    converted: int
    skipped: int
    failed: int
    facts: int
    warnings: int
    elapsed: float
    last: Result | None = None
    stopping: bool = False  # Ctrl-C was pressed: the documents in progress finish, no new one starts

    @property
    def rate(self) -> float:
        """Documents per second actually converted (up-to-date ones cost nothing and would flatter it)."""
        worked = self.converted + self.failed
        return worked / self.elapsed if self.elapsed > 0 and worked else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left at the current rate, None before there is a rate."""
        rate = self.rate
        return (self.total - self.done) / rate if rate else None


class Summary(NamedTuple):
    """The outcome of a batch: counts, the failures, and where the manifest is."""

    total: int
    converted: int
    skipped: int
    failed: int
    facts: int
    warnings: int
    seconds: float
    manifest: str
    failures: tuple[Result, ...] = ()
    interrupted: bool = False

    @property
    def exit_code(self) -> int:
        """0 when every document succeeded; else the worst document's code, as `convert` does; 130 interrupted."""
        if self.interrupted:
            return EXIT_INTERRUPTED
        return max((r.exit_code for r in self.failures), default=EXIT_OK)


class Interrupted(KeyboardInterrupt):
    """Ctrl-C (or SIGTERM) stopped a batch; `summary` says what was done. A KeyboardInterrupt, so that
    code which does not know about batches still stops."""

    def __init__(self, summary: Summary) -> None:
        super().__init__("interrupted")
        self.summary = summary


# --- locations: local paths and fsspec URLs -------------------------------------------------------------------------


def _is_url(location: str) -> bool:
    scheme, sep, _ = location.partition("://")
    return bool(sep) and scheme.replace("+", "").replace("-", "").replace(".", "").isalnum() and len(scheme) > 1


def _normalise(location: str | os.PathLike[str]) -> str:
    """An absolute local path, or a URL; `file://` URLs become paths so that they get atomic local writes."""
    text = os.fspath(location)
    if _is_url(text):
        if text.startswith(("file://", "local://")):
            return os.path.abspath(text.split("://", 1)[1])
        return text
    return os.path.abspath(os.path.expanduser(text))


def _fs(url: str) -> tuple[Any, str]:
    from fsspec.core import url_to_fs

    return url_to_fs(url)


def _join(folder: str, name: str) -> str:
    return folder.rstrip("/") + "/" + name if _is_url(folder) else os.path.join(folder, name)


def _mtime(location: str) -> float:
    """Modification time in seconds; OSError when it cannot be known."""
    if not _is_url(location):
        return os.stat(location).st_mtime
    fs, path = _fs(location)
    try:
        return float(fs.modified(path).timestamp())
    except NotImplementedError as exc:
        raise OSError(f"{location}: no modification time") from exc


def _read_head(location: str) -> bytes:
    if _is_url(location):
        fs, path = _fs(location)
        return bytes(fs.cat_file(path, start=0, end=_SNIFF_BYTES))
    with open(location, "rb") as handle:
        return handle.read(_SNIFF_BYTES)


def _write_text(location: str, text: str) -> None:
    """Write a whole file so that nobody ever sees part of it: a temporary file renamed over it
    locally; one PUT (atomic on object stores) through fsspec."""
    if not _is_url(location):
        from pathlib import Path

        from .cli import write_atomic

        write_atomic(Path(location), text)
        return
    fs, path = _fs(location)
    try:
        fs.makedirs(fs._parent(path), exist_ok=True)
        fs.pipe_file(path, text.encode("utf-8"))
    except OSError as exc:
        raise ConverterError(f"{location}: cannot write ({exc})", EXIT_OUTPUT) from None


def _remove_temporaries(locations: Iterable[str]) -> None:
    """Delete what an interrupted `write_atomic` may have left (`.NAME.xxxx.tmp` beside NAME)."""
    by_folder: dict[str, set[str]] = {}
    for location in locations:
        if not _is_url(location):
            by_folder.setdefault(os.path.dirname(location), set()).add(os.path.basename(location))
    for folder, names in by_folder.items():
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        for entry in entries:
            if entry.startswith(".") and entry.endswith(".tmp") and entry[1:].rsplit(".", 2)[0] in names:
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, entry))


# --- finding the documents ------------------------------------------------------------------------------------------


def looks_like_release(head: bytes) -> bool:
    """Whether a file without an extension is worth converting, from its first bytes: an EDGAR
    submission, an HTML page, or plain text that speaks of money (a README or a log does not)."""
    if not head.strip() or b"\x00" in head:
        return False
    text = head.decode("utf-8", errors="replace")
    if "\ufffd" in text:
        text = head.decode("latin-1")
    lowered = text.lower()
    if "<sec-document>" in lowered or "<sec-header>" in lowered or "<document>" in lowered:
        return True
    if "<html" in lowered or "<body" in lowered or "<table" in lowered:
        return True
    printable = sum(ch.isprintable() or ch in "\r\n\t\f" for ch in text)
    if printable < 0.95 * len(text):
        return False
    import re

    return bool(re.search(r"\$\s?\d|\b(?:revenues?|net (?:income|loss|sales)|earnings|per share)\b", lowered))


def find_inputs(arguments: Iterable[str | os.PathLike[str]], *, exclude: str | None = None) -> list[str]:
    """The documents named by `arguments`, in order and each once, as absolute paths or URLs.

    A file is taken whatever its name (it was asked for); a directory is walked in sorted order
    for .txt, .htm and .html files and extension-less files that look like releases, leaving out
    hidden files and `exclude` (the output folder); `@FILE` reads one argument per line (blank
    lines and `#` comments skipped, relative paths from the current directory, as argparse does
    for @-files); a path that does not exist but holds `*` or `?` is a glob. A missing file is
    kept, so that it is reported as that document's error rather than silently dropped.
    """
    found: dict[str, None] = {}
    seen_lists: set[str] = set()

    def add(argument: str) -> None:
        if argument.startswith("@") and len(argument) > 1:
            list_file = os.path.abspath(argument[1:])
            if list_file in seen_lists:
                return
            seen_lists.add(list_file)
            try:
                with open(list_file, encoding="utf-8") as handle:
                    lines = handle.read().splitlines()
            except OSError as exc:
                raise ConverterError(f"{argument[1:]}: cannot read the list ({exc.strerror or exc})",
                                     EXIT_USAGE) from None
            for line in lines:
                entry = line.strip()
                if entry and not entry.startswith("#"):
                    add(entry)
            return
        location = _normalise(argument)
        if _is_url(location):
            for item in _expand_url(location):
                found.setdefault(item)
        elif os.path.isdir(location):
            for item in _walk(location, exclude):
                found.setdefault(item)
        elif not os.path.exists(location) and any(ch in location for ch in "*?["):
            import glob

            for item in sorted(glob.glob(location, recursive=True)):
                if os.path.isdir(item):
                    for sub in _walk(item, exclude):
                        found.setdefault(sub)
                else:
                    found.setdefault(os.path.abspath(item))
        else:
            found.setdefault(location)

    for argument in arguments:
        add(os.fspath(argument))
    return list(found)


def _wanted(name: str, read_head: Callable[[], bytes]) -> bool:
    if name.startswith("."):
        return False
    suffix = os.path.splitext(name)[1].lower()
    if suffix in RELEASE_SUFFIXES:
        return True
    if suffix:
        return False
    try:
        return looks_like_release(read_head())
    except OSError:
        return False


def _walk(folder: str, exclude: str | None) -> Iterator[str]:
    from functools import partial

    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and os.path.join(root, d) != exclude)
        for name in sorted(files):
            path = os.path.join(root, name)
            if _wanted(name, partial(_read_head, path)):
                yield path


def _expand_url(url: str) -> list[str]:
    from functools import partial

    fs, path = _fs(url)
    if any(ch in path for ch in "*?["):
        paths = [p for p in sorted(fs.glob(path)) if not fs.isdir(p)]
    elif fs.isdir(path):
        paths = [p for p in sorted(fs.find(path))
                 if _wanted(p.rsplit("/", 1)[-1], partial(fs.cat_file, p, start=0, end=_SNIFF_BYTES))]
    else:
        return [url]
    return [fs.unstrip_protocol(p) for p in paths]


# --- output names ---------------------------------------------------------------------------------------------------

_RESERVED = frozenset({"converter", "converter-gaap", "converter-dei", "converter-gaap-lab", "converter-dei-lab",
                       "converter-gaap-cal", "manifest"})  # would clash with the taxonomy files or the manifest


def output_names(inputs: Sequence[str]) -> dict[str, str]:
    """A file name stem for each input, unique in the output folder and derived from the input's path.

    Each input starts with its own stem (`release` for a/release.txt); only inputs whose names
    clash (ignoring case, for file systems that do) are given more of their path, one step at a
    time: the file name with its extension, then the parent folder (`a__release`), and so on; a
    short hash of the whole path settles the rest. So two a/release.txt and b/release.txt become
    a__release and b__release, the same set of inputs always gets the same names whatever their
    order, and adding a document renames only those that clash with it.
    """
    parts = {item: _path_parts(item) for item in inputs}
    level = dict.fromkeys(inputs, 0)
    for _ in range(10_000):
        names = {item: _candidate(parts[item], level[item], item) for item in inputs}
        groups: dict[str, list[str]] = {}
        for item, name in names.items():
            groups.setdefault(name.lower(), []).append(item)
        clashes = [item for key, group in groups.items() if len(group) > 1 or key in _RESERVED for item in group]
        if not clashes:
            return names
        for item in clashes:
            level[item] += 1
    raise AssertionError("output names did not settle")  # pragma: no cover - the hash level always settles


def _path_parts(location: str) -> list[str]:
    if _is_url(location):
        rest = location.split("://", 1)[1]
        return [p for p in rest.split("?", 1)[0].split("/") if p]
    return [p for p in location.replace("\\", "/").split("/") if p and not p.endswith(":")]


def _candidate(parts: list[str], level: int, item: str) -> str:
    import re

    filename = parts[-1] if parts else "document"
    stem, ext = os.path.splitext(filename)
    folders = parts[:-1]
    if level <= 2 * len(folders) + 1:
        depth, with_ext = divmod(level, 2)
        pieces = [*folders[len(folders) - depth:], filename if with_ext and ext else stem]
        name = "__".join(pieces)
    else:
        import hashlib

        digits = 8 if level == 2 * len(folders) + 2 else 40
        name = f"{stem}_{hashlib.sha1(item.encode('utf-8')).hexdigest()[:digits]}"
    name = re.sub(r"[^\w.\-]+", "_", name).strip(".") or "document"
    return name


# --- the work, wherever it runs -------------------------------------------------------------------------------------


def _work(task: Task) -> Result:
    """Convert one document and write its outputs: the same function in-process, in a pool, on Dask.

    Every failure becomes a Result (never an exception), so that a bad document is one line in
    the manifest; only Ctrl-C and the like pass through. All formats are rendered before any is
    written, so that a failure does not leave one format without the other."""
    from .errors import ConverterError as Error
    from .pipeline import MAX_INPUT_BYTES, convert

    start = time.perf_counter()
    outputs = tuple(location for _, location in task.outputs)
    try:
        source: object
        if _is_url(task.input):
            fs, path = _fs(task.input)
            try:
                size = fs.size(path)
                if size is not None and size > MAX_INPUT_BYTES:
                    raise Error(f"{task.input}: {size} bytes is larger than the {MAX_INPUT_BYTES} bytes we read")
                source = bytes(fs.cat_file(path))
            except FileNotFoundError:
                raise Error(f"{task.input}: no such file", EXIT_USAGE) from None
            except OSError as exc:
                raise Error(f"{task.input}: cannot read ({exc})", EXIT_USAGE) from None
        else:
            from pathlib import Path

            source = Path(task.input)
        report = convert(source, name=task.input)
        writers = {"xml": report.to_xml, "json": report.to_json, "ixbrl": report.to_ixbrl}
        rendered = [(location, writers[fmt](task.taxonomy)) for fmt, location in task.outputs]
        for location, text in rendered:
            _write_text(location, text)
        return Result(task.input, outputs, "ok", len(report.facts), tuple(report.warnings),
                      seconds=time.perf_counter() - start, taxonomy=task.taxonomy)
    except Error as exc:
        message, code = str(exc), exc.exit_code
    except RecursionError:
        message, code = f"{task.input}: the input is nested too deeply to read", EXIT_INPUT
    except MemoryError:
        message, code = f"{task.input}: the input is too large to convert in memory", EXIT_INPUT
    except Exception as exc:  # noqa: BLE001 - one document's bug must not stop the batch
        message, code = f"{task.input}: internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL
    return Result(task.input, outputs, "error", error=message, exit_code=code,
                  seconds=time.perf_counter() - start, taxonomy=task.taxonomy)


def _init_worker() -> None:
    """Pool workers leave Ctrl-C to the parent, which lets the documents in progress finish: a
    worker killed by the terminal's SIGINT in mid-write would leave a temporary file behind."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the parent's handler


def _worker_version() -> str:
    from converter import __version__ as version

    return version


def _crashed(task: Task) -> Result:
    return Result(task.input, tuple(location for _, location in task.outputs), "error",
                  error=f"{task.input}: internal error: the worker process died converting it "
                        "(a crash, or killed for lack of memory)",
                  exit_code=EXIT_INTERNAL, taxonomy=task.taxonomy)


# --- the manifest ---------------------------------------------------------------------------------------------------


class _Manifest:
    """JSON Lines, one record per document, appended as documents finish so that a crash loses
    nothing; rewritten at the end with one line per input (the latest), so that it reads as the
    state of the output folder. A remote file system cannot append: there the file is rewritten
    every FLUSH_SECONDS instead."""

    def __init__(self, out_dir: str) -> None:
        self.location = _join(out_dir, MANIFEST)
        self.remote = _is_url(out_dir)
        self.previous: dict[str, dict[str, Any]] = {}
        self.current: dict[str, dict[str, Any]] = {}
        self._handle: IO[bytes] | None = None
        self._flushed = time.monotonic()

    def load(self) -> dict[str, dict[str, Any]]:
        """The latest record of each input from earlier runs; unreadable lines (a run killed in mid-line) skipped."""
        try:
            if self.remote:
                fs, path = _fs(self.location)
                text = fs.cat_file(path).decode("utf-8") if fs.exists(path) else ""
            else:
                with open(self.location, encoding="utf-8") as handle:
                    text = handle.read()
        except FileNotFoundError:
            text = ""
        for line in text.splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("input"), str):
                self.previous[record["input"]] = record
        return self.previous

    def append(self, record: dict[str, Any]) -> None:
        self.current[record["input"]] = record
        line = json.dumps(record, ensure_ascii=False) + "\n"
        if self.remote:
            if time.monotonic() - self._flushed > FLUSH_SECONDS:
                self._rewrite(list(self.current))
            return
        if self._handle is None:
            self._handle = self._open()
        self._handle.write(line.encode("utf-8"))
        self._handle.flush()

    def _open(self) -> IO[bytes]:
        try:
            handle = open(self.location, "ab+")  # noqa: SIM115 - kept open for the run, closed by close()
            if handle.tell() > 0:
                handle.seek(-1, os.SEEK_END)
                if handle.read(1) != b"\n":
                    handle.write(b"\n")  # the end of a line cut short by a killed run
            return handle
        except OSError as exc:
            raise ConverterError(f"{self.location}: cannot write ({exc.strerror or exc})", EXIT_OUTPUT) from None

    def close(self, order: Sequence[str]) -> None:
        """Rewrite atomically: this run's inputs in their order, then those of earlier runs."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        if self.current or self.remote:
            self._rewrite(order)

    def _rewrite(self, order: Sequence[str]) -> None:
        merged = dict(self.previous)
        merged.update(self.current)
        keys = [k for k in order if k in merged]
        keys += [k for k in merged if k not in set(keys)]
        _write_text(self.location, "".join(json.dumps(merged[k], ensure_ascii=False) + "\n" for k in keys))
        self._flushed = time.monotonic()


def _up_to_date(task: Task, record: dict[str, Any] | None) -> bool:
    """Converted before by this converter version and taxonomy into these outputs, each not older than the input."""
    if (not record or record.get("status") != "ok" or record.get("version") != __version__
            or record.get("taxonomy", "converter") != task.taxonomy
            or sorted(record.get("outputs") or ()) != sorted(location for _, location in task.outputs)):
        return False
    try:
        source = _mtime(task.input)
        return all(_mtime(location) >= source for _, location in task.outputs)
    except OSError:
        return False


# --- running --------------------------------------------------------------------------------------------------------


class _Stop:
    """Ctrl-C (SIGINT, or SIGTERM from a scheduler): the first asks the batch to finish the documents
    in progress and start no new one; the second stops at once. The handler only sets a flag:
    printing from it could re-enter a stream the main loop is writing."""

    def __init__(self) -> None:
        self.requested = False
        self.holding = False  # while the manifest is written last: a second Ctrl-C waits for it
        self._saved: dict[int, Any] = {}
        self._hook: Any = None

    def __enter__(self) -> _Stop:
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGINT, signal.SIGTERM):
                current = signal.getsignal(signum)
                if signum == signal.SIGINT or current == signal.SIG_DFL:
                    self._saved[signum] = current
                    signal.signal(signum, self._handle)
            self._hook, sys.unraisablehook = sys.unraisablehook, self._unraisable
        return self

    def __exit__(self, *exc: object) -> None:
        import signal

        for signum, handler in self._saved.items():
            signal.signal(signum, handler)
        if self._hook is not None:
            sys.unraisablehook = self._hook

    def _unraisable(self, unraisable: Any) -> None:
        """The second Ctrl-C may land in a finalizer the pool's shutdown runs (a weakref callback), where
        Python can only print it: the batch is stopping already, so it is dropped, not printed as a traceback."""
        if unraisable.exc_type is not None and issubclass(unraisable.exc_type, KeyboardInterrupt):
            return
        self._hook(unraisable)

    def _handle(self, signum: int, frame: object) -> None:
        if self.requested and not self.holding:
            raise KeyboardInterrupt
        self.requested = True


class _State:
    """Counts, the manifest and the progress callback, all in the parent process."""

    def __init__(self, total: int, manifest: _Manifest, progress: Callable[[Progress], object] | None) -> None:
        self.total = total
        self.manifest = manifest
        self.progress = progress
        self.converted = self.skipped = self.failed = self.facts = self.warnings = 0
        self.failures: list[Result] = []
        self.start = time.perf_counter()
        self.stop_reported = False

    def finish(self, result: Result) -> None:
        if result.status == "skipped":
            self.skipped += 1
        else:
            if result.status == "ok":
                self.converted += 1
                self.facts += result.facts
                self.warnings += len(result.warnings)
            else:
                self.failed += 1
                self.failures.append(result)
            self.manifest.append(result.record())
        self.report(result)

    def report(self, last: Result | None = None, stopping: bool = False) -> None:
        if self.progress is not None:
            self.progress(self.snapshot(last, stopping))

    def snapshot(self, last: Result | None = None, stopping: bool = False) -> Progress:
        return Progress(self.total, self.converted + self.skipped + self.failed, self.converted, self.skipped,
                        self.failed, self.facts, self.warnings, time.perf_counter() - self.start, last, stopping)

    def notice_stop(self, stop: _Stop) -> bool:
        if stop.requested and not self.stop_reported:
            self.stop_reported = True
            self.report(stopping=True)
        return stop.requested


def default_jobs() -> int:
    """The cores this process may use (a container's or `taskset`'s limit, not the machine's)."""
    counter = getattr(os, "process_cpu_count", None)
    if counter is not None:
        return counter() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def batch(inputs: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *,
          formats: Sequence[str] = ("xml", "json"), jobs: int | None = None, force: bool = False,
          client: Any = None, progress: Callable[[Progress], object] | None = None,
          taxonomy: str = "converter") -> Summary:
    """Convert many releases into `out_dir`, going on past bad ones; the library side of `converter batch`.

    `inputs` are files, folders, `@list` files or fsspec URLs (see `find_inputs`); `out_dir` a
    folder or URL, which receives NAME.xml / NAME.json per document (`output_names`), the
    taxonomy files once, and `manifest.jsonl`. Documents already converted by this version into
    outputs newer than their input are skipped unless `force`. `jobs` processes (default: every
    core; 1 runs in this process), or the Dask `client`'s cluster when one is given. `progress`
    is called with a `Progress` after each document. Ctrl-C finishes the documents in progress
    and raises `Interrupted` (a KeyboardInterrupt carrying the Summary); a second Ctrl-C stops
    at once. No output is ever left half-written.
    """
    formats = tuple(dict.fromkeys(formats))
    if not formats or any(f not in SUFFIXES for f in formats):
        raise ConverterError(f"formats must be among {sorted(SUFFIXES)}, not {list(formats)}", EXIT_USAGE)
    if jobs is not None and jobs < 1:
        raise ConverterError(f"jobs must be at least 1, not {jobs}", EXIT_USAGE)
    from .taxonomy import entry_point_names

    if taxonomy not in entry_point_names():
        raise ConverterError(f"unknown taxonomy {taxonomy!r}; known: " + ", ".join(entry_point_names()), EXIT_USAGE)
    out = _normalise(out_dir)
    if not _is_url(out) and os.path.exists(out) and not os.path.isdir(out):
        raise ConverterError(f"{out_dir}: the output folder is a file", EXIT_OUTPUT)
    sources = find_inputs([os.fspath(i) for i in inputs], exclude=None if _is_url(out) else out)
    if not sources:
        raise ConverterError("no documents found in " + " ".join(os.fspath(i) for i in inputs), EXIT_USAGE)
    names = output_names(sources)
    tasks = [Task(source, tuple((fmt, _join(out, names[source] + SUFFIXES[fmt])) for fmt in formats), taxonomy)
             for source in sources]

    _prepare(out, taxonomy)
    manifest = _Manifest(out)
    previous = manifest.load()
    if not _is_url(out):
        _remove_temporaries(location for task in tasks for _, location in task.outputs)  # from a killed run
    state = _State(len(tasks), manifest, progress)
    inputs_set = set(sources)

    def todo() -> Iterator[Task]:
        for task in tasks:
            clash = next((loc for _, loc in task.outputs if loc in inputs_set), None)
            if clash is not None:
                state.finish(Result(task.input, (), "error", error=f"{clash}: refusing to overwrite an input "
                                    "with an output", exit_code=EXIT_OUTPUT, taxonomy=task.taxonomy))
            elif not force and _up_to_date(task, previous.get(task.input)):
                record = previous[task.input]
                state.finish(Result(task.input, tuple(record["outputs"]), "skipped", int(record.get("facts", 0)),
                                    version=str(record.get("version")), taxonomy=task.taxonomy))
            else:
                yield task

    interrupted = False
    parallel = client is not None or ((jobs or default_jobs()) > 1 and len(tasks) > 1)
    if parallel:
        tasks = _largest_first(tasks)
    with _Stop() as stop:
        try:
            if client is not None:
                _run_dask(todo(), client, state, stop)
            elif not parallel:
                _run_inline(todo(), state, stop)
            else:
                _run_pool(todo(), min(jobs or default_jobs(), len(tasks)), state, stop)
            # a Ctrl-C that came after the last document stopped nothing
            interrupted = stop.requested and state.converted + state.skipped + state.failed < len(tasks)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            # (a Ctrl-C landing mid-write would leave the manifest's temporary file behind)
            stop.holding = True
            manifest.close(sources)
    summary = Summary(len(tasks), state.converted, state.skipped, state.failed, state.facts, state.warnings,
                      time.perf_counter() - state.start, manifest.location, tuple(state.failures), interrupted)
    if interrupted:
        raise Interrupted(summary)
    return summary


def _largest_first(tasks: list[Task]) -> list[Task]:
    """The biggest documents first, so that no worker is left converting a large one alone at the
    end while the others idle (longest-processing-time-first; size stands in for time). Remote
    inputs keep their order: a size would cost a request each."""
    def size(task: Task) -> int:
        if _is_url(task.input):
            return 0
        try:
            return os.stat(task.input).st_size
        except OSError:
            return 0

    if all(_is_url(task.input) for task in tasks):
        return tasks
    return sorted(tasks, key=size, reverse=True)


def _prepare(out: str, taxonomy: str) -> None:
    """The output folder, and the taxonomy files in it once (the outputs' schemaRef points beside them)."""
    if _is_url(out):
        fs, path = _fs(out)
        try:
            fs.makedirs(path, exist_ok=True)
        except OSError as exc:
            raise ConverterError(f"{out}: cannot create the output folder ({exc})", EXIT_OUTPUT) from None
    else:
        try:
            os.makedirs(out, exist_ok=True)
        except OSError as exc:
            raise ConverterError(f"{out}: cannot create the output folder ({exc.strerror or exc})",
                                 EXIT_OUTPUT) from None
    if taxonomy != "converter":
        return
    from .resources import schema_path
    from .taxonomy import TAXONOMY_FILES

    for filename in TAXONOMY_FILES:
        text = schema_path(filename).read_text(encoding="utf-8")
        target = _join(out, filename)
        try:
            if _is_url(target):
                fs, path = _fs(target)
                same = fs.exists(path) and fs.cat_file(path) == text.encode("utf-8")
            else:
                with open(target, encoding="utf-8", errors="replace") as handle:
                    same = handle.read() == text
        except OSError:
            same = False
        if not same:
            _write_text(target, text)


def _run_inline(tasks: Iterator[Task], state: _State, stop: _Stop) -> None:
    """--jobs 1: in this process, no pickling, and a debugger works."""
    current: Task | None = None
    try:
        for task in tasks:
            current = task
            state.finish(_work(task))
            current = None
            if state.notice_stop(stop):
                return
    except KeyboardInterrupt:
        if current is not None:
            _remove_temporaries(location for _, location in current.outputs)
        raise


def _run_pool(tasks: Iterator[Task], jobs: int, state: _State, stop: _Stop) -> None:
    """--jobs N: a process pool fed a few documents ahead (so that millions of inputs cost no memory).

    A worker that dies (a crash, the kernel's OOM killer) breaks the whole pool; the documents that
    were in flight are then retried one at a time in a fresh pool, so that only the one that kills
    its worker is reported as failed."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    import converter.pipeline  # noqa: F401 - imported once here, inherited by forked workers

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker)

    holder = [new_pool()]

    def renew() -> None:
        holder[0].shutdown(wait=False, cancel_futures=True)
        holder[0] = new_pool()

    def solo(suspects: list[Task]) -> None:
        renew()
        for task in suspects:
            if state.notice_stop(stop):
                return
            try:
                state.finish(holder[0].submit(_work, task).result())
            except BrokenProcessPool:
                state.finish(_crashed(task))
                renew()

    _run_futures(tasks, lambda task: holder[0].submit(_work, task), 2 * jobs + 2, state, stop,
                 broken=BrokenProcessPool, recover=solo, kill=lambda: _kill_pool(holder[0]))
    holder[0].shutdown(wait=True)


def _kill_pool(pool: Any) -> None:
    killer = getattr(pool, "kill_workers", None)  # Python 3.14
    if killer is not None:
        killer()
    else:
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(tasks: Iterator[Task], client: Any, state: _State, stop: _Stop) -> None:
    """On a Dask cluster: the same `_work` on the workers, which read and write the inputs and
    outputs themselves (shared paths or fsspec URLs); only small Results come back."""
    try:
        versions = set(client.run(_worker_version).values())
    except Exception as exc:  # noqa: BLE001 - any failure here means the workers cannot run us
        raise ConverterError(f"the Dask workers cannot run the converter ({type(exc).__name__}: {exc}); "
                             "install converter[dask] on every worker", EXIT_USAGE) from None
    if not versions:
        raise ConverterError("the Dask cluster has no workers", EXIT_USAGE)
    threads = sum(client.nthreads().values()) or 1
    executor: Executor = client.get_executor(pure=False)
    _run_futures(tasks, lambda task: executor.submit(_work, task), 2 * threads + 2, state, stop)


def _run_futures(tasks: Iterator[Task], submit: Callable[[Task], Future[Result]], limit: int, state: _State,
                 stop: _Stop, *, broken: type[BaseException] | None = None,
                 recover: Callable[[list[Task]], None] | None = None, kill: Callable[[], None] | None = None) -> None:
    """Keep `limit` documents in flight and record each as it finishes; on the first Ctrl-C submit no
    more and cancel what has not started; on the second kill what runs and clear its temporary files."""
    from concurrent.futures import FIRST_COMPLETED, CancelledError, wait

    running: dict[Future[Result], Task] = {}
    exhausted = False
    try:
        while True:
            while not exhausted and not stop.requested and len(running) < limit:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                else:
                    running[submit(task)] = task
            if not running:
                return
            done, _ = wait(running, timeout=0.25, return_when=FIRST_COMPLETED)
            suspects: list[Task] = []
            for future in done:
                task = running.pop(future)
                try:
                    state.finish(future.result())
                except CancelledError:
                    pass
                except Exception as exc:  # noqa: BLE001 - the executor failed, not the document
                    if broken is not None and isinstance(exc, broken):
                        suspects.append(task)
                    else:
                        state.finish(Result(task.input, tuple(loc for _, loc in task.outputs), "error",
                                            error=f"{task.input}: internal error: {type(exc).__name__}: {exc}",
                                            exit_code=EXIT_INTERNAL, taxonomy=task.taxonomy))
            if suspects and recover is not None:
                for future, task in list(running.items()):  # the pool is gone: every one in flight is lost
                    del running[future]
                    if future.done() and not future.cancelled() and future.exception() is None:
                        state.finish(future.result())
                    else:
                        suspects.append(task)
                recover(suspects)
            if state.notice_stop(stop):
                for future in list(running):
                    if future.cancel():
                        del running[future]
    except KeyboardInterrupt:
        for future in running:
            future.cancel()
        if kill is not None:
            kill()
        _remove_temporaries(location for task in running.values() for _, location in task.outputs)
        raise


# --- what a person sees ---------------------------------------------------------------------------------------------


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class ProgressBar:
    """The `progress` callback of the command line: on a terminal one line redrawn with `\\r`
    (documents done, facts, errors, rate, time left), elsewhere (a log, CI) a plain line every
    `interval` seconds, since carriage returns make a log unreadable. Failed documents are
    printed as they happen, above the bar."""

    def __init__(self, stream: IO[str] | None = None, *, tty: bool | None = None, interval: float = 10.0,
                 errors: bool = True) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.interval = interval
        self.errors = errors
        self._last_draw = float("-inf")  # the first document is shown at once
        self._width = 0

    def __call__(self, progress: Progress) -> None:
        last = progress.last
        if self.errors and last is not None and last.status == "error":
            self._line(f"converter: error: {last.error}")
        if progress.stopping:
            self._line("converter: batch: stopping after the documents in progress (Ctrl-C again to stop at once)")
        now = time.monotonic()
        final = progress.done == progress.total
        if self.tty:
            if final or now - self._last_draw >= 0.1:
                self._draw(progress)
                self._last_draw = now
        elif final or now - self._last_draw >= self.interval:
            self._last_draw = now
            self._plain(progress)

    def close(self) -> None:
        """End the bar's line so that what follows starts on a fresh one."""
        if self.tty and self._width:
            self.stream.write("\n")
            self.stream.flush()
            self._width = 0

    def _line(self, text: str) -> None:
        if self.tty and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0
        self.stream.write(text + "\n")
        self.stream.flush()

    def _draw(self, p: Progress) -> None:
        import shutil

        columns = shutil.get_terminal_size((80, 24)).columns
        cells = 20
        filled = int(cells * p.done / p.total) if p.total else cells
        parts = [f"[{'#' * filled}{'.' * (cells - filled)}]", f"{p.done}/{p.total} docs", f"{p.facts:,} facts",
                 f"{p.failed} errors"]
        if p.skipped:
            parts.append(f"{p.skipped} up to date")
        parts.append(f"{p.rate:.1f} docs/s")
        parts.append(f"{_clock(p.eta)} left" if p.eta is not None else "--:-- left")
        text = "  ".join(parts)[: max(columns - 1, 10)]
        self.stream.write("\r" + text + " " * max(self._width - len(text), 0))
        self.stream.flush()
        self._width = len(text)

    def _plain(self, p: Progress) -> None:
        left = f", about {_clock(p.eta)} left" if p.eta is not None and p.done < p.total else ""
        skipped = f", {p.skipped} up to date" if p.skipped else ""
        self._line(f"converter: batch: {p.done}/{p.total} documents{skipped}, {p.facts} facts, {p.failed} errors, "
                   f"{p.rate:.1f} documents/s{left}")


def describe(summary: Summary) -> str:
    """The closing lines a person reads: counts, time, rate, where the manifest is, the first failures."""
    worked = summary.converted + summary.failed
    rate = f" ({worked / summary.seconds:.1f} documents/s)" if summary.seconds > 0 and worked else ""
    state = "interrupted" if summary.interrupted else "done"
    lines = [f"converter: batch {state}: {summary.total} documents: {summary.converted} converted, "
             f"{summary.skipped} up to date, {summary.failed} failed; {summary.facts} facts, "
             f"{summary.warnings} warnings; {summary.seconds:.1f} s{rate}",
             f"converter: manifest: {summary.manifest}"]
    if summary.interrupted:
        left = summary.total - summary.converted - summary.skipped - summary.failed
        lines.append(f"converter: {left} documents not converted; run the same command again to go on")
    for result in summary.failures[:20]:
        lines.append(f"converter: failed: {result.error}")
    if len(summary.failures) > 20:
        lines.append(f"converter: ... and {len(summary.failures) - 20} more failures: see the manifest")
    return "\n".join(lines)


# --- the command line -----------------------------------------------------------------------------------------------


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Define `converter batch` on the command line's subparsers (cli.py calls this; `run` executes it)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "batch", help="convert many releases into a folder, on every core or a Dask cluster",
        description="Convert files, folders (searched for .txt, .htm, .html and extension-less releases) and "
                    "@LIST files (one input per line) into OUT-DIR: NAME.xml and/or NAME.json per document, "
                    "the taxonomy files once, and manifest.jsonl (one JSON record per document). A bad "
                    "document is reported and skipped. A rerun skips documents already converted by this "
                    "version (outputs newer than the input); Ctrl-C finishes the documents in progress, twice "
                    "stops at once, and leaves no partial file.",
        epilog="Exit codes: 0 every document converted or up to date; otherwise the worst document's: "
               "2 unreadable input (or usage error), 3 input not convertible, 4 output not writable, "
               "5 internal error; 130 interrupted.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="a release file, a folder, @LIST (a file of inputs), or an fsspec URL (s3://...)")
    parser.add_argument("--out-dir", required=True, metavar="DIR", help="output folder or fsspec URL")
    parser.add_argument("--format", choices=("xml", "json", "ixbrl", "both"), default="both",
                        help="what to write per document: xml, json, ixbrl (Inline XBRL, NAME.html) or both "
                             "(xml and json, the default)")
    parser.add_argument("-j", "--jobs", type=int, metavar="N",
                        help="worker processes (default: one per core; 1 converts in this process)")
    parser.add_argument("--force", action="store_true", help="convert again documents that are up to date")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="print nothing but fatal errors (the manifest and the exit code tell the rest)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="run on a Dask cluster (tcp://host:8786); needs pip install 'converter[dask]'")
    parser.add_argument("--taxonomy", default="converter", metavar="NAME",
                        help="the bundled taxonomy (default) or a published one, as for convert")
    return parser


def run(args: argparse.Namespace) -> int:
    """Execute `converter batch`; returns the exit code (ConverterError for a fatal one is left to cli.main)."""
    formats = ("xml", "json") if args.format == "both" else (args.format,)
    bar = None if args.quiet else ProgressBar()
    client = None
    if args.scheduler:
        try:
            from distributed import Client
        except ImportError:
            raise ConverterError("--scheduler needs Dask: pip install 'converter[dask]'", EXIT_USAGE) from None
        try:
            client = Client(args.scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise ConverterError(f"--scheduler {args.scheduler}: cannot connect ({exc})", EXIT_USAGE) from None
    try:
        summary = batch(args.inputs, args.out_dir, formats=formats, jobs=args.jobs, force=args.force,
                        client=client, progress=bar, taxonomy=args.taxonomy)
    except Interrupted as stopped:
        summary = stopped.summary
        _ignore_further_interrupts()
    finally:
        if bar is not None:
            bar.close()
        if client is not None:
            client.close()
    if not args.quiet:
        print(describe(summary), file=sys.stderr)
    return summary.exit_code


def _ignore_further_interrupts() -> None:
    """The command is stopping anyway: a Ctrl-C pressed again while it prints its summary would
    only turn the documented exit code 130 into a death by signal."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m converter.batching ...`: the batch command on its own, with cli.main's handling of
    fatal errors (a message and the exit code, never a traceback)."""
    import argparse

    parser = argparse.ArgumentParser(prog="converter")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["batch", *(sys.argv[1:] if argv is None else argv)])
    try:
        return run(args)
    except ConverterError as exc:
        print(f"converter: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        _ignore_further_interrupts()
        print("converter: error: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
