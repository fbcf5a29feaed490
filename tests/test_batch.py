"""`converter batch`: many documents, bad ones skipped, resumable, interruptible, the same bytes however it runs."""

from __future__ import annotations

import importlib
import io
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CORPUS
from lxml import etree

from converter.batching import (
    Interrupted,
    Progress,
    ProgressBar,
    Result,
    _Stop,
    batch,
    find_inputs,
    looks_like_release,
    output_names,
)

# the module itself, whether or not `converter.batching` is (also) re-exported as the function
batch_module = importlib.import_module("converter.batching")

SMALL = ["iec_2004q2_ex991.txt", "kroger_fy1993q4_8k_fullsubmission.txt",
         "humana_2000q2_guidance_8k_fullsubmission_EDGE.txt", "pnc_2021-06-01_bbva_acquisition_NEGATIVE.htm"]
TAXONOMY = {"converter.xsd", "converter-gaap.xsd", "converter-dei.xsd", "converter-gaap-lab.xml",
            "converter-dei-lab.xml", "converter-gaap-cal.xml"}


def small_corpus(folder: Path, names: list[str] = SMALL) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def manifest(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]


def documents(out: Path) -> dict[str, bytes]:
    """The outputs of a batch (not the taxonomy or the manifest), by file name."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())
            if p.suffix in (".xml", ".json") and p.name not in TAXONOMY}


def run_batch(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "converter.batching", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


# --- names and inputs -----------------------------------------------------------------------------------------------


def test_output_names_do_not_collide_and_do_not_depend_on_order() -> None:
    inputs = ["/d/a/release.txt", "/d/b/release.txt", "/d/a/release.htm", "/d/q3.htm", "/d/c/converter.txt",
              "/d/x/Report.txt", "/d/y/report.txt", "/d/a__b/c.txt", "/d/a/b__c.txt", "s3://bucket/a/release.txt"]
    names = output_names(inputs)
    assert len({n.lower() for n in names.values()}) == len(inputs)
    assert names["/d/q3.htm"] == "q3"  # an unclashing input keeps its plain stem
    assert names["/d/b/release.txt"] == "b__release"
    assert names["/d/a/release.htm"] == "release.htm"  # the extension is enough to tell it apart
    assert names["/d/a/release.txt"] == "d__a__release"  # a/release.txt is also in the bucket: one folder more
    assert names["s3://bucket/a/release.txt"] == "bucket__a__release"
    assert names["/d/c/converter.txt"] == "converter.txt"  # converter.xml would be taken for the taxonomy's
    assert names["/d/x/Report.txt"] == "x__Report" and names["/d/y/report.txt"] == "y__report"
    assert output_names(list(reversed(inputs))) == names
    assert output_names(["/d/a/release.txt"]) == {"/d/a/release.txt": "release"}


def test_two_inputs_of_the_same_name_do_not_overwrite_each_other(tmp_path: Path) -> None:
    small_corpus(tmp_path / "a", ["iec_2004q2_ex991.txt"])
    (tmp_path / "b").mkdir()
    shutil.copy(CORPUS / "kroger_fy1993q4_8k_fullsubmission.txt", tmp_path / "b" / "iec_2004q2_ex991.txt")
    out = tmp_path / "out"
    summary = batch([tmp_path / "a", tmp_path / "b" / "iec_2004q2_ex991.txt"], out, jobs=1)
    assert summary.exit_code == 0 and summary.converted == 2
    outputs = documents(out)
    assert set(outputs) == {"a__iec_2004q2_ex991.xml", "a__iec_2004q2_ex991.json",
                            "b__iec_2004q2_ex991.xml", "b__iec_2004q2_ex991.json"}
    assert outputs["a__iec_2004q2_ex991.json"] != outputs["b__iec_2004q2_ex991.json"]
    assert {p.name for p in out.iterdir()} >= TAXONOMY  # the taxonomy once, beside the outputs


def test_directories_are_recursed_and_list_files_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tree = tmp_path / "tree"
    small_corpus(tree / "sub" / "deeper", ["iec_2004q2_ex991.txt"])
    shutil.copy(CORPUS / "pnc_2021-06-01_bbva_acquisition_NEGATIVE.htm", tree / "sub" / "page.HTML")
    shutil.copy(CORPUS / "kroger_fy1993q4_8k_fullsubmission.txt", tree / "release")  # no extension, a release
    (tree / "README").write_text("How to use this folder.\n", encoding="utf-8")  # no extension, no release
    (tree / "photo").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tree / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tree / ".hidden.txt").write_text("Revenue was $5 million.", encoding="utf-8")
    (tree / ".git").mkdir()
    (tree / ".git" / "x.txt").write_text("Revenue was $5 million.", encoding="utf-8")
    (tree / "out").mkdir()
    (tree / "out" / "old.txt").write_text("Revenue was $5 million.", encoding="utf-8")  # the output folder
    found = find_inputs([tree], exclude=str(tree / "out"))
    assert found == [str(tree / "release"), str(tree / "sub" / "page.HTML"),  # a folder's files, then its folders
                     str(tree / "sub" / "deeper" / "iec_2004q2_ex991.txt")]

    listing = tmp_path / "list.txt"
    listing.write_text("# this season's releases\n\ntree/sub\n  tree/release  \ntree/release\nmissing.txt\n",
                       encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert find_inputs(["@list.txt", "tree/sub/page.HTML"]) == [
        str(tree / "sub" / "page.HTML"), str(tree / "sub" / "deeper" / "iec_2004q2_ex991.txt"),
        str(tree / "release"), str(tmp_path / "missing.txt")]  # each once; a missing file stays, to be reported


def test_sniffing_files_without_extension() -> None:
    assert looks_like_release(b"<SEC-DOCUMENT>0000950123-94-000001.txt")
    assert looks_like_release(b"<html><body><p>Results</p></body></html>")
    assert looks_like_release(b"ACME CORP reports net income of $4.2 million for the quarter.")
    assert not looks_like_release(b"Build with make; see LICENSE.")
    assert not looks_like_release(b"\x7fELF\x02\x01\x01\x00\x00")
    assert not looks_like_release(b"")


# --- failures, manifest, exit codes ---------------------------------------------------------------------------------


def test_a_bad_document_is_skipped_and_reported(tmp_path: Path) -> None:
    folder = small_corpus(tmp_path / "in", SMALL[:2])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.htm").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out = tmp_path / "out"
    result = run_batch(str(folder), "--out-dir", str(out), "--jobs", "2")
    assert result.returncode == 3, result.stderr  # 3: an input that is not a release, as `convert` says
    assert "Traceback" not in result.stderr
    assert "empty.txt" in result.stderr and "2 converted" in result.stderr and "2 failed" in result.stderr
    records = {Path(str(r["input"])).name: r for r in manifest(out)}
    assert set(records) == {*SMALL[:2], "empty.txt", "binary.htm"}
    for name in ("empty.txt", "binary.htm"):
        assert records[name]["status"] == "error" and records[name]["exit_code"] == 3
        assert name in str(records[name]["error"])
        assert not (out / (name.split(".")[0] + ".xml")).exists()
    good = records[SMALL[0]]
    assert good["status"] == "ok" and good["error"] is None and int(good["facts"]) > 10  # type: ignore[arg-type]
    assert good["version"] == batch_module.__version__ and isinstance(good["seconds"], float)
    assert all(Path(p).exists() for p in good["outputs"])  # type: ignore[union-attr]
    assert isinstance(good["warnings"], list)


def test_an_unreadable_input_gives_exit_2_and_nothing_found_is_a_usage_error(tmp_path: Path) -> None:
    missing = run_batch(str(CORPUS / SMALL[0]), str(tmp_path / "nope.txt"), "--out-dir", str(tmp_path / "o"), "-q")
    assert missing.returncode == 2 and missing.stderr == ""  # --quiet: the manifest tells
    assert manifest(tmp_path / "o")[1]["exit_code"] == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    nothing = run_batch(str(empty), "--out-dir", str(tmp_path / "o2"))
    assert nothing.returncode == 2 and "no documents found" in nothing.stderr


# --- resuming -------------------------------------------------------------------------------------------------------


def test_rerun_skips_what_is_up_to_date_and_force_redoes(tmp_path: Path) -> None:
    folder = small_corpus(tmp_path / "in")
    out = tmp_path / "out"
    first = batch([folder], out, jobs=1)
    assert first.converted == len(SMALL) and first.skipped == 0
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}

    again = batch([folder], out, jobs=1)
    assert again.converted == 0 and again.skipped == len(SMALL) and again.exit_code == 0
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.name != "manifest.jsonl"} == {
        k: v for k, v in stamps.items() if k != "manifest.jsonl"}
    assert len(manifest(out)) == len(SMALL)  # one line per input, not one per run

    earlier = time.time() - 3600
    for suffix in (".xml", ".json"):  # the input changed after its outputs were made
        os.utime(out / (Path(SMALL[0]).stem + suffix), (earlier, earlier))
    lines = manifest(out)
    next(r for r in lines if str(r["input"]).endswith(SMALL[1]))["version"] = "0.0.1"  # by another version
    (out / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in lines) + '{"input": "cut sh',
                                        encoding="utf-8")  # and a run killed in mid-line
    third = batch([folder], out, jobs=1)
    assert third.converted == 2 and third.skipped == len(SMALL) - 2
    assert {r["input"] for r in manifest(out)} == {str(folder / n) for n in SMALL}

    (out / (Path(SMALL[2]).stem + ".json")).unlink()  # an output removed
    assert batch([folder], out, jobs=1).converted == 1
    assert batch([folder], out, jobs=1, formats=("xml",)).converted == len(SMALL)  # other outputs asked for
    assert batch([folder], out, jobs=1, force=True).converted == len(SMALL)


# --- the same bytes whichever way it runs ---------------------------------------------------------------------------


def test_two_jobs_give_the_bytes_of_one_and_of_convert(tmp_path: Path) -> None:
    folder = small_corpus(tmp_path / "in", [*SMALL, "sears_2004q2_8k_fullsubmission.txt"])
    one, two = tmp_path / "one", tmp_path / "two"
    assert batch([folder], one, jobs=1).exit_code == 0
    assert batch([folder], two, jobs=2).exit_code == 0
    assert documents(one) == documents(two) and len(documents(one)) == 2 * (len(SMALL) + 1)
    from converter.cli import main

    single = tmp_path / "single"
    assert main(["convert", str(folder / SMALL[0]), "--out-dir", str(single), "-q"]) == 0
    stem = Path(SMALL[0]).stem
    for suffix in (".xml", ".json"):
        assert (single / (stem + suffix)).read_bytes() == documents(one)[stem + suffix]


def test_inline_xbrl_too(tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = batch([CORPUS / SMALL[0]], out, formats=("ixbrl", "xml"), jobs=1)
    assert summary.exit_code == 0
    page = (out / (Path(SMALL[0]).stem + ".html")).read_text(encoding="utf-8")
    assert "ix:nonFraction" in page or "ix:nonfraction" in page.lower()


def test_a_dask_cluster_gives_the_same_bytes(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    folder = small_corpus(tmp_path / "in", SMALL[:3])
    local, remote = tmp_path / "local", tmp_path / "dask"
    assert batch([folder], local, jobs=1).exit_code == 0
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        summary = batch([folder.as_uri()], remote.as_uri(), client=client)  # file:// URLs: workers share the disk
    assert summary.exit_code == 0 and summary.converted == 3
    assert documents(local) == documents(remote)
    assert {p.name for p in remote.iterdir()} >= TAXONOMY


def test_fsspec_urls_in_and_out(tmp_path: Path) -> None:
    fsspec = pytest.importorskip("fsspec")
    memory = fsspec.filesystem("memory")
    for name in SMALL[:2]:
        memory.pipe_file(f"/releases/q1/{name}", (CORPUS / name).read_bytes())
    memory.pipe_file("/releases/q1/image.png", b"\x89PNG")
    try:
        summary = batch(["memory://releases"], "memory://converted", jobs=1)
        assert summary.exit_code == 0 and summary.converted == 2
        local = tmp_path / "local"
        batch([CORPUS / name for name in SMALL[:2]], local, jobs=1)
        for name, data in documents(local).items():
            assert memory.cat_file(f"/converted/{name}") == data
        assert len(memory.cat_file("/converted/manifest.jsonl").splitlines()) == 2
        assert batch(["memory://releases"], "memory://converted", jobs=1).skipped == 2  # resumable there too
    finally:
        memory.rm("/releases", recursive=True)
        memory.rm("/converted", recursive=True)


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="patches the worker through fork")
def test_a_document_that_kills_its_worker_is_the_only_one_failed(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import converter.pipeline

    real = converter.pipeline.convert

    def convert(source: object, **kwargs: object) -> object:
        if "crash" in str(source):
            os._exit(9)  # as a segfault or the OOM killer would
        return real(source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(converter.pipeline, "convert", convert)
    folder = small_corpus(tmp_path / "in")
    shutil.copy(CORPUS / SMALL[0], folder / "crash.txt")
    summary = batch([folder], tmp_path / "out", jobs=2)
    assert summary.converted == len(SMALL) and summary.failed == 1 and summary.exit_code == 5
    assert "worker process died" in str(summary.failures[0].error) and "crash.txt" in summary.failures[0].input


# --- Ctrl-C ---------------------------------------------------------------------------------------------------------


def _many(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    source = (CORPUS / "iec_2004q2_ex991.txt").read_bytes()
    for i in range(count):
        (folder / f"release{i:03d}.txt").write_bytes(source)
    return folder


def _interrupt(args: list[str], out: Path, signals: int) -> subprocess.CompletedProcess[str]:
    """Start a batch, wait until it has written something, then press Ctrl-C `signals` times."""
    process = subprocess.Popen([sys.executable, "-m", "converter.batching", *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if (out / "manifest.jsonl").exists() and (out / "manifest.jsonl").stat().st_size > 0:
            break
        time.sleep(0.02)
    for _ in range(signals):
        process.send_signal(signal.SIGINT)
        time.sleep(0.05)
    stdout, stderr = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def _complete_and_parsable(out: Path) -> set[str]:
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]  # no temporary file left
    for path in out.iterdir():
        if path.suffix == ".json":
            json.loads(path.read_bytes())
        elif path.suffix in (".xml", ".xsd"):
            etree.fromstring(path.read_bytes())
    recorded = {str(r["input"]) for r in manifest(out) if r["status"] == "ok"}
    for record in manifest(out):
        assert all(Path(p).exists() for p in record["outputs"])  # type: ignore[union-attr]
    return recorded


@pytest.mark.parametrize("jobs,signals", [("2", 1), ("2", 2), ("1", 1), ("1", 2)])
def test_ctrl_c_stops_cleanly_and_the_rerun_goes_on(tmp_path: Path, jobs: str, signals: int) -> None:
    folder = _many(tmp_path / "in", 80)
    out = tmp_path / "out"
    stopped = _interrupt([str(folder), "--out-dir", str(out), "--jobs", jobs], out, signals)
    assert stopped.returncode == 130, stopped.stderr
    assert "Traceback" not in stopped.stderr and "interrupted" in stopped.stderr
    done = _complete_and_parsable(out)
    assert 0 < len(done) < 80
    resumed = run_batch(str(folder), "--out-dir", str(out), "--jobs", jobs)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(done)} up to date" in resumed.stderr
    assert len(_complete_and_parsable(out)) == 80


# --- what a person sees ---------------------------------------------------------------------------------------------


def _progress(done: int, failed: int = 0, last: Result | None = None) -> Progress:
    return Progress(total=10, done=done, converted=done - failed, skipped=0, failed=failed, facts=40 * done,
                    warnings=0, elapsed=float(done), last=last)


def test_progress_bar_on_a_terminal_and_plain_lines_elsewhere() -> None:
    screen = io.StringIO()
    bar = ProgressBar(screen, tty=True)
    bar(_progress(2))
    bad = Result("/in/x.txt", (), "error", error="/in/x.txt: the file is empty", exit_code=3)
    time.sleep(0.11)
    bar(_progress(5, failed=1, last=bad))
    bar.close()
    text = screen.getvalue()
    assert text.startswith("\r[####") and "2/10 docs" in text and "80 facts" in text and "0:08 left" in text
    assert "converter: error: /in/x.txt: the file is empty\n" in text  # on a line of its own, above the bar
    assert "5/10 docs" in text and "1 errors" in text and "1.0 docs/s" in text and text.endswith("\n")

    log = io.StringIO()
    plain = ProgressBar(log, tty=False, interval=3600)
    for done in range(1, 11):
        plain(_progress(done))
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue()
    assert lines == ["converter: batch: 1/10 documents, 40 facts, 0 errors, 1.0 documents/s, about 0:09 left",
                     "converter: batch: 10/10 documents, 400 facts, 0 errors, 1.0 documents/s"]


def test_library_interrupt_carries_the_summary() -> None:
    summary = batch_module.Summary(3, 1, 0, 0, 10, 0, 1.0, "m", (), True)
    assert isinstance(Interrupted(summary), KeyboardInterrupt) and Interrupted(summary).summary.exit_code == 130


def test_a_second_ctrl_c_landing_in_a_finalizer_is_not_printed_as_a_traceback() -> None:
    """Python prints an exception raised in a weakref callback (the pool's finalizers) as "Exception ignored in":
    while a batch runs, a KeyboardInterrupt there is dropped; anything else still reaches the previous hook."""
    from types import SimpleNamespace

    from converter.batching import _Stop

    seen: list[object] = []
    previous = sys.unraisablehook
    sys.unraisablehook = seen.append
    try:
        with _Stop():
            sys.unraisablehook(SimpleNamespace(exc_type=KeyboardInterrupt))
            sys.unraisablehook(SimpleNamespace(exc_type=OSError))
        assert [u.exc_type for u in seen] == [OSError]  # type: ignore[attr-defined]
        assert sys.unraisablehook == seen.append  # restored
    finally:
        sys.unraisablehook = previous


def test_a_second_ctrl_c_while_the_manifest_is_written_waits_for_it() -> None:
    """The manifest is written last through a temporary file: a Ctrl-C then would leave that file behind."""
    stop = _Stop()
    stop._handle(2, None)  # the first asks to stop
    stop.holding = True
    try:
        stop._handle(2, None)  # the second, while the manifest is written
    except KeyboardInterrupt:
        pytest.fail("a second Ctrl-C interrupted the manifest mid-write")
    stop.holding = False
    with pytest.raises(KeyboardInterrupt):
        stop._handle(2, None)
