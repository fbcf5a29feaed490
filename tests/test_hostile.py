"""Hostile and broken inputs, run through the installed `converter` command as a pipeline would.

Every run is a subprocess with a timeout, so a hang fails its test and not the suite. The rules, from the
exit codes documented in `converter/cli.py`:

* an input that cannot be converted gives exactly one line on stderr, `converter: error: FILE: reason`,
  a documented exit code (2 unreadable, 3 not convertible, 4 output not writable), no traceback, and
  no output file (nor a temporary one) left behind;
* an input that is merely poor converts (exit 0) to an output that `converter validate` accepts;
* `converter validate` refuses hostile XML and JSON (exit 1) without expanding or fetching anything.

Inputs are generated in temporary folders; the big ones once per module.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

TESTS = Path(__file__).resolve().parent
EXE = Path(sys.executable).parent / "converter"
CONVERTER = str(EXE) if EXE.exists() else (shutil.which("converter") or "converter")
TIMEOUT = 60  # seconds for an ordinary run: far beyond what a small input needs
HEAVY_TIMEOUT = 50  # seconds from the module's start for the big inputs, which run beside the other tests
MEMORY_LIMIT = 2 * 1024**3  # RLIMIT_AS for the big inputs
CONVERT_CODES = {0, 2, 3, 4}  # the exit codes of convert that are not a bug (5) or an interruption
IS_ROOT = os.geteuid() == 0

XBRLI = "http://www.xbrl.org/2003/instance"
NAME = "Smith & <Jones> \"Ltd\" O'Brien Co.\x07 Inc."

RELEASE = (
    "ACME Widgets Inc. (NASDAQ: ACME) today reported results for the fourth quarter ended December 31, 2004.\n"
    "\n"
    "Revenue for the quarter was $12.5 million, compared with $10.1 million a year ago \u2014 an increase of 24%. "
    "Net income was $1.2 million, or $0.10 per share.\n"
)
HTML_INTRO = (
    "<p>ACME Widgets Inc. (NASDAQ: ACME) today reported results for the fourth quarter ended December 31, 2004.</p>\n"
    "<p>Revenue for the quarter was $12.5 million, compared with $10.1 million a year ago. "
    "Net income was $1.2 million, or $0.10 per share.</p>\n"
)
HTML_TABLE = (
    "<p>(in thousands, except per share amounts)</p>\n<table>\n"
    "<tr><td></td><td>Three months ended December 31, 2004</td><td>Three months ended December 31, 2003</td></tr>\n"
    "<tr><td>Net sales</td><td>$12,500</td><td>$10,100</td></tr>\n"
    "<tr><td>Net income</td><td>1,200</td><td>900</td></tr>\n"
    "</table>\n"
)
HTML_RELEASE = "<html><body>\n" + HTML_INTRO + HTML_TABLE + "</body></html>\n"
EDGAR_HEADER = (
    "<SEC-DOCUMENT>0000950123-05-000001.txt : 20050201\n"
    "<SEC-HEADER>0000950123-05-000001.hdr.sgml : 20050201\n"
    "CONFORMED SUBMISSION TYPE:\t8-K\n"
    "FILER:\n"
    "\tCOMPANY DATA:\n"
    "\t\tCOMPANY CONFORMED NAME:\t\t\t{name}\n"
    "\t\tCENTRAL INDEX KEY:\t\t\t0000123456\n"
    "</SEC-HEADER>\n"
    "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<TEXT>\n"
)


def sample() -> Path:
    found = sorted(p for p in (TESTS / "corpus").rglob("iec_2004q2_ex991.txt"))
    assert found, "the sample tests/corpus/**/iec_2004q2_ex991.txt is missing"
    return found[0]


# ---------------------------------------------------------------------------------------------
# Running the command


def run(*args: str | Path, timeout: float = TIMEOUT, env: dict[str, str] | None = None,
        preexec_fn: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run([CONVERTER, *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=timeout, env=env, preexec_fn=preexec_fn)
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"converter {' '.join(map(str, args))} did not finish within {timeout} s (hang)")
        raise AssertionError from exc  # unreachable: pytest.fail raises


def convert(source: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run("convert", source, "-o", out, *extra)


def leftovers(folder: Path) -> list[str]:
    """Temporary files that a failed write left behind."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp"))


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert "Traceback" not in result.stdout, result.stdout[-3000:]


def assert_refused(result: subprocess.CompletedProcess[str], source: Path | str, out: Path, code: int,
                   reason: str) -> None:
    """One line `converter: error: SOURCE: reason`, the documented exit code, no output left."""
    assert_no_traceback(result)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, f"expected exactly one line on stderr, got {len(lines)}: {result.stderr[-2000:]!r}"
    assert lines[0].startswith("converter: error: "), lines[0]
    assert str(source) in lines[0], f"the message does not name {source}: {lines[0]!r}"
    said = lines[0].replace(str(source), "")  # the reason, not the file's name, must match
    assert re.search(reason, said, re.I), f"the message gives no reason matching {reason!r}: {lines[0]!r}"
    assert result.returncode == code, f"exit {result.returncode}, expected {code}: {lines[0]!r}"
    assert not out.exists(), f"{out} was left behind by a failed conversion"
    assert not leftovers(out.parent), f"temporary files left behind: {leftovers(out.parent)}"


def assert_valid_output(result: subprocess.CompletedProcess[str], out: Path) -> None:
    """Exit 0, an output file, and `converter validate` accepts it."""
    assert_no_traceback(result)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]!r}"
    assert out.is_file(), f"exit 0 but no output {out}"
    assert not leftovers(out.parent), f"temporary files left behind: {leftovers(out.parent)}"
    check = run("validate", out)
    assert_no_traceback(check)
    assert check.returncode == 0, f"the output does not validate: {check.stdout[-2000:]} {check.stderr[-2000:]}"


def assert_poor_input_handled(result: subprocess.CompletedProcess[str], source: Path, out: Path) -> None:
    """A poor but readable input: converted (exit 0, valid), or refused cleanly as not convertible (exit 3)."""
    if result.returncode == 0:
        assert_valid_output(result, out)
    else:
        assert_refused(result, source, out, 3, r"\w")


def facts_of(out: Path) -> dict[str, list[object]]:
    """concept -> values, from an xBRL-JSON output."""
    doc = json.loads(out.read_text(encoding="utf-8"))
    found: dict[str, list[object]] = {}
    for fact in doc["facts"].values():
        found.setdefault(fact["dimensions"]["concept"], []).append(fact.get("value"))
    return found


def comparable_facts(out: Path) -> list[tuple[str, str, object]]:
    doc = json.loads(out.read_text(encoding="utf-8"))
    return sorted((f["dimensions"]["concept"], f["dimensions"].get("period", ""), f.get("value"))
                  for f in doc["facts"].values())


# ---------------------------------------------------------------------------------------------
# Empty, blank and binary inputs: exit 3, one line, no output

BINARY = {
    "pdf.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n" + bytes(range(256)) * 8,
    "png.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
               + bytes(range(256)),
    "zip.zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00!\x00\xb7\xac\xce4\x00\x00\x00\x00release.htm" + bytes(range(256)),
    "elf": b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00\x01\x00\x00\x00" + bytes(range(256)) * 4,
    "pdf-no-nul.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(1, 256)) * 8,  # binary without a NUL byte
}


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  \f \n"], ids=["empty", "whitespace"])
def test_empty_input_is_refused(tmp_path: Path, content: bytes) -> None:
    source = tmp_path / "release.txt"
    source.write_bytes(content)
    out = tmp_path / "out" / "out.json"
    out.parent.mkdir()
    assert_refused(convert(source, out), source, out, 3, "empty")


@pytest.mark.parametrize("filename", sorted(BINARY))
def test_binary_input_is_refused(tmp_path: Path, filename: str) -> None:
    source = tmp_path / filename
    source.write_bytes(BINARY[filename])
    out = tmp_path / "out" / "out.json"
    out.parent.mkdir()
    assert_refused(convert(source, out), source, out, 3, r"binary|not a (text|release|document)|pdf|unsupported")


# ---------------------------------------------------------------------------------------------
# Encodings


def test_invalid_utf8_converts_as_cp1252(tmp_path: Path) -> None:
    text = RELEASE.replace("\u2014", "-").encode("ascii")
    text = text.replace(b"today reported", b"today \x93reported\x94 \x81\x8d\x9d\xff")  # cp1252 and its holes
    source = tmp_path / "cp1252.txt"
    source.write_bytes(text)
    out = tmp_path / "out.json"
    result = convert(source, out)
    if result.returncode == 0:
        assert_valid_output(result, out)
        assert "gaap:Revenues" in facts_of(out)
    else:
        assert_refused(result, source, out, 3, "utf-8|encod|decod|cp1252")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"], ids=["bom", "le-no-bom", "be-no-bom"])
def test_utf16_release(tmp_path: Path, codec: str) -> None:
    """UTF-16 text converts to the same facts as its UTF-8 twin, or is refused as UTF-16 (not as 'binary')."""
    plain = tmp_path / "utf8.txt"
    plain.write_text(RELEASE, encoding="utf-8")
    reference = tmp_path / "utf8.json"
    assert_valid_output(convert(plain, reference, "-q"), reference)

    source = tmp_path / "wide.txt"
    source.write_bytes(RELEASE.encode(codec))
    out = tmp_path / "wide.json"
    result = convert(source, out, "-q")
    if result.returncode == 0:
        assert_valid_output(result, out)
        assert comparable_facts(out) == comparable_facts(reference)
    else:
        assert_refused(result, source, out, 3, "utf-16|utf16|encoding")


# ---------------------------------------------------------------------------------------------
# Big and deep inputs: side by side, under a memory limit, each with a deadline


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@dataclass
class HeavyRun:
    source: Path
    out: Path
    returncode: int | None  # None: killed at the deadline
    stderr: str
    seconds: float

    def result(self) -> subprocess.CompletedProcess[str]:
        assert self.returncode is not None, (
            f"converter convert {self.source.name} ({self.source.stat().st_size} bytes) did not finish within "
            f"{HEAVY_TIMEOUT} s under a {MEMORY_LIMIT >> 20} MiB address-space limit (hang or runaway work); "
            f"stderr so far: {self.stderr[-1000:]!r}")
        return subprocess.CompletedProcess([], self.returncode, "", self.stderr)


def _wide_table(columns: int) -> str:
    head = "<tr><td></td>" + "".join(f"<td>Q{i % 4 + 1} {1990 + i // 4}</td>" for i in range(columns)) + "</tr>"
    sales = "<tr><td>Net sales</td>" + "".join(f"<td>${i + 1},000</td>" for i in range(columns)) + "</tr>"
    income = "<tr><td>Net income</td>" + "".join(f"<td>({i + 1})</td>" for i in range(columns)) + "</tr>"
    return "<html><body>\n" + HTML_INTRO + "<table>" + head + sales + income + "</table></body></html>\n"


HEAVY_INPUTS: dict[str, Callable[[], bytes]] = {
    "one-line-50mb.txt": lambda: b"Revenue was $1.0 million. " * (50 * 1024 * 1024 // 26 + 1),  # no newline
    "deep-100000.html": lambda: b"<html><body>" + b"<div>" * 100_000 + HTML_INTRO.encode(),
    "columns-10000.html": lambda: _wide_table(10_000).encode(),
}


class HeavyRuns:
    """The big inputs, generated once and converted side by side while the other tests run, all with one
    deadline and an address-space limit."""

    def __init__(self, folder: Path) -> None:
        self.procs: dict[str, tuple[subprocess.Popen[bytes], Path, Path, Path, float]] = {}
        self.done: dict[str, HeavyRun] = {}
        for filename, make in HEAVY_INPUTS.items():
            source = folder / filename
            source.write_bytes(make())
            out = folder / f"{filename}.out" / "out.json"
            out.parent.mkdir()
            errors = folder / f"{filename}.stderr"
            with errors.open("wb") as err:
                proc = subprocess.Popen([CONVERTER, "convert", str(source), "-o", str(out), "-q"],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                        preexec_fn=_limit_memory)
            self.procs[filename] = (proc, source, out, errors, time.monotonic())
        self.deadline = time.monotonic() + HEAVY_TIMEOUT

    def get(self, filename: str) -> HeavyRun:
        if filename not in self.done:
            proc, source, out, errors, started = self.procs[filename]
            try:
                code: int | None = proc.wait(timeout=max(0.1, self.deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                code = None
            self.done[filename] = HeavyRun(source, out, code, errors.read_text(encoding="utf-8", errors="replace"),
                                           time.monotonic() - started)
        return self.done[filename]

    def stop(self) -> None:
        for proc, *_ in self.procs.values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="module", autouse=True)
def heavy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HeavyRuns]:
    """Started before the module's first test, so that the slow runs overlap with the quick ones."""
    runs = HeavyRuns(tmp_path_factory.mktemp("heavy"))
    try:
        yield runs
    finally:
        runs.stop()


# ---------------------------------------------------------------------------------------------
# Truncated documents


def test_html_cut_in_a_table_tag(tmp_path: Path) -> None:
    for n, cut in enumerate([HTML_RELEASE[: HTML_RELEASE.index("<tr><td>Net income")] + "<tr><td>Net in",
                             HTML_RELEASE[: HTML_RELEASE.index("<td>$10,100")] + '<td class="x']):
        source = tmp_path / f"cut{n}.htm"
        source.write_text(cut, encoding="utf-8")
        out = tmp_path / f"cut{n}.json"
        assert_valid_output(convert(source, out, "-q"), out)
        assert 12500000 in [int(v) for v in facts_of(out).get("gaap:Revenues", [])], "the prose before the cut is lost"


@pytest.mark.parametrize("body", ["html", "text"])
def test_edgar_submission_cut_mid_document(tmp_path: Path, body: str) -> None:
    content = HTML_RELEASE if body == "html" else RELEASE
    cut = content[: len(content) * 2 // 3] if body == "html" else content[: content.index(" or $0.10")]
    source = tmp_path / "submission.txt"
    source.write_text(EDGAR_HEADER.format(name="ACME WIDGETS INC") + cut, encoding="utf-8")  # no closing tags
    out = tmp_path / "out.json"
    assert_valid_output(convert(source, out, "-q"), out)
    facts = facts_of(out)
    assert "gaap:Revenues" in facts
    assert facts.get("dei:EntityCentralIndexKey") == ["0000123456"]


# ---------------------------------------------------------------------------------------------
# Absurd numbers and dates

DIGITS = "9" * 500


@pytest.mark.parametrize("where", ["prose", "table", "table-decimals", "table-negative"])
def test_numbers_with_500_digits(tmp_path: Path, where: str) -> None:
    if where == "prose":
        source = tmp_path / "digits.txt"
        source.write_text(RELEASE.replace("$12.5 million", f"${DIGITS} million")
                          .replace("$1.2 million", f"${DIGITS}.{DIGITS}"), encoding="utf-8")
    else:
        cell = {"table": f"${DIGITS}", "table-decimals": f"{DIGITS}.{DIGITS}", "table-negative": f"({DIGITS})"}[where]
        source = tmp_path / "digits.htm"
        source.write_text(HTML_RELEASE.replace("<td>$12,500</td>", f"<td>{cell}</td>"), encoding="utf-8")
    out = tmp_path / "out.json"
    result = convert(source, out, "-q")
    assert result.returncode in CONVERT_CODES, f"exit {result.returncode}: {result.stderr[-2000:]!r}"
    assert_poor_input_handled(result, source, out)


@pytest.mark.parametrize("dates", [
    ("December 31, 2004", "February 30, 2005"),
    ("February 30, 2005", "February 30, 2005"),
    ("December 31, 2004", "December 31, 99999"),
    ("December 31, 99999", "year 99999"),
    ("December 31, 2004", "year 99999"),
    ("December 31, 2004", "December 31, 0000"),
], ids=["feb30-in-text", "feb30-anchor", "dec31-99999", "anchor-99999", "year-99999", "year-0000"])
def test_impossible_dates(tmp_path: Path, dates: tuple[str, str]) -> None:
    anchor, odd = dates
    text = (f"ACME Widgets Inc. (NASDAQ: ACME) today reported results for the fourth quarter ended {anchor}.\n\n"
            f"Revenue for the quarter ended {odd} was $12.5 million. Net income for {odd} was $1.2 million. "
            f"Total assets at {odd} were $40.0 million, and cash at {anchor} was $2.0 million.\n")
    source = tmp_path / "dates.txt"
    source.write_text(text, encoding="utf-8")
    for fmt in ("json", "xml"):
        out = tmp_path / f"out.{fmt}"
        result = convert(source, out, "-q")
        assert result.returncode in CONVERT_CODES, f"exit {result.returncode}: {result.stderr[-2000:]!r}"
        assert_poor_input_handled(result, source, out)


# ---------------------------------------------------------------------------------------------
# Inputs that cannot be read: exit 2


def test_directory_as_input(tmp_path: Path) -> None:
    source = tmp_path / "folder.txt"
    source.mkdir()
    out = tmp_path / "out" / "out.json"
    out.parent.mkdir()
    assert_refused(convert(source, out), source, out, 2, "directory")


def test_missing_input(tmp_path: Path) -> None:
    source = tmp_path / "no-such-release.txt"
    out = tmp_path / "out" / "out.json"
    out.parent.mkdir()
    assert_refused(convert(source, out), source, out, 2, "no such file|not found|does not exist|missing")


def test_unreadable_input(tmp_path: Path) -> None:
    source = tmp_path / "secret.txt"
    source.write_text(RELEASE, encoding="utf-8")
    source.chmod(0)
    out = tmp_path / "out" / "out.json"
    out.parent.mkdir()
    try:
        result = convert(source, out, "-q")
    finally:
        source.chmod(0o600)
    if IS_ROOT:  # root reads it anyway: either way, no traceback and a documented ending
        assert_no_traceback(result)
        assert result.returncode in (0, 2), f"exit {result.returncode}: {result.stderr!r}"
        if result.returncode == 0:
            assert_valid_output(result, out)
        else:
            assert_refused(result, source, out, 2, "permission|cannot read")
    else:
        assert_refused(result, source, out, 2, "permission|cannot read")


# ---------------------------------------------------------------------------------------------
# Outputs that cannot be written: exit 4


def test_output_into_a_missing_directory(tmp_path: Path) -> None:
    """Either the directory is created and the output written, or a clean exit 4."""
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "does" / "not" / "exist" / "out.json"
    result = convert(source, out, "-q")
    if result.returncode == 0:
        assert_valid_output(result, out)
    else:
        assert_refused(result, out, out, 4, "cannot write|no such|not exist|directory")


def _unwritable_folder(tmp_path: Path) -> Path:
    if IS_ROOT:
        return Path("/proc/self")  # not even root can create a file there
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


@pytest.mark.parametrize("case", ["unwritable-dir", "parent-is-a-file", "output-is-a-dir"])
def test_output_not_writable(tmp_path: Path, case: str) -> None:
    source = tmp_path / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    if case == "unwritable-dir":
        out = _unwritable_folder(tmp_path) / "out.json"
    elif case == "parent-is-a-file":
        (tmp_path / "plain-file").write_text("x", encoding="utf-8")
        out = tmp_path / "plain-file" / "out.json"
    else:
        out = tmp_path / "existing-dir.json"
        out.mkdir()
    try:
        result = convert(source, out, "-q")
        assert_no_traceback(result)
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("converter: error: "), result.stderr[-2000:]
        said = lines[0].replace(str(out), "")
        assert str(out) in lines[0] and re.search("cannot write|denied|directory|read-only", said, re.I), lines[0]
        assert result.returncode == 4, f"exit {result.returncode}: {lines[0]!r}"
        if case == "output-is-a-dir":
            assert out.is_dir() and not any(out.iterdir())
        elif case == "parent-is-a-file":
            assert (tmp_path / "plain-file").read_text(encoding="utf-8") == "x"
        if case != "unwritable-dir" or not IS_ROOT:
            assert not leftovers(out.parent if out.parent.is_dir() else tmp_path)
    finally:
        if case == "unwritable-dir" and not IS_ROOT:
            out.parent.chmod(0o755)


# ---------------------------------------------------------------------------------------------
# validate: hostile XML and JSON


@pytest.fixture(scope="module")
def good_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """A real converted instance in each format, to make hostile variants of."""
    folder = tmp_path_factory.mktemp("good")
    source = folder / "release.txt"
    source.write_text(RELEASE, encoding="utf-8")
    outputs = {}
    for fmt in ("xml", "json"):
        out = folder / f"good.{fmt}"
        assert_valid_output(convert(source, out, "-q", "--cik", "123456"), out)
        outputs[fmt] = out.read_bytes()
    return outputs


@pytest.fixture
def listener() -> Iterator[tuple[str, Callable[[], bool]]]:
    """An http://127.0.0.1:PORT base that nothing may connect to, and a check that nothing did."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.setblocking(False)

    def contacted() -> bool:
        try:
            conn, _ = server.accept()
        except BlockingIOError:
            return False
        conn.close()
        return True

    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}", contacted
    finally:
        server.close()


def _passwd_lines() -> list[str]:
    try:
        return [line for line in Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()
                if len(line) > 8]
    except OSError:
        return []


def _with_doctype(xml: str, doctype: str) -> str:
    end = xml.index("?>") + 2 if xml.startswith("<?xml") else 0
    return xml[:end] + "\n" + doctype + "\n" + xml[end:]


def _into_name(xml: str, content: str, attrs: str = "") -> str:
    """`content` as the text of the first dei fact (the registrant's name)."""
    m = re.search(r"<dei:EntityRegistrantName\b([^>]*)>([^<]*)<", xml)
    assert m, "the converted instance has no EntityRegistrantName fact"
    return xml[: m.start()] + f"<dei:EntityRegistrantName{m.group(1)}{attrs}>{content}<" + xml[m.end():]


def _billion_laughs() -> str:
    entities = ['<!ENTITY lol "lol">'] + [f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                                          for i in range(1, 10)]
    return "<!DOCTYPE xbrli:xbrl [\n" + "\n".join(entities) + "\n]>"


HOSTILE_XML = ["billion-laughs", "external-entity-file", "external-entity-http", "external-dtd",
               "parameter-entity", "utf16-external-entity", "xinclude-file", "xinclude-http",
               "schema-location-http", "schema-ref-http"]


@pytest.mark.parametrize("case", HOSTILE_XML)
def test_validate_refuses_hostile_xml(tmp_path: Path, good_outputs: dict[str, bytes],
                                      listener: tuple[str, Callable[[], bool]], case: str) -> None:
    base, contacted = listener
    xml = good_outputs["xml"].decode("utf-8")
    if case == "billion-laughs":
        doc = _into_name(_with_doctype(xml, _billion_laughs()), "&lol9;")
    elif case in ("external-entity-file", "utf16-external-entity"):
        doc = _into_name(_with_doctype(xml, '<!DOCTYPE xbrli:xbrl [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
                         "&xxe;")
    elif case == "external-entity-http":
        doc = _into_name(_with_doctype(xml, f'<!DOCTYPE xbrli:xbrl [<!ENTITY xxe SYSTEM "{base}/xxe">]>'), "&xxe;")
    elif case == "external-dtd":
        doc = _with_doctype(xml, f'<!DOCTYPE xbrli:xbrl SYSTEM "{base}/evil.dtd">')
    elif case == "parameter-entity":
        doc = _with_doctype(xml, f'<!DOCTYPE xbrli:xbrl [<!ENTITY % p SYSTEM "{base}/p.dtd"> %p;]>')
    elif case.startswith("xinclude"):
        href = "file:///etc/passwd" if case == "xinclude-file" else f"{base}/inc"
        doc = _into_name(xml, f'<xi:include href="{href}" parse="text"/>',
                         ' xmlns:xi="http://www.w3.org/2001/XInclude"')
    elif case == "schema-location-http":
        doc = xml.replace("<xbrli:xbrl ", f'<xbrli:xbrl xsi:schemaLocation="{XBRLI} {base}/evil.xsd" '
                          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ', 1)
        doc = doc.replace('xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsi=', "xmlns:xsi=", 1)
    else:
        doc = re.sub(r'(<link:schemaRef\b[^>]*xlink:href=")[^"]*"', rf'\g<1>{base}/evil.xsd"', xml, count=1)
        assert doc != xml
    path = tmp_path / f"{case}.xml"
    if case == "utf16-external-entity":
        path.write_bytes(doc.replace('encoding="utf-8"', 'encoding="utf-16"').replace(
            'encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    else:
        path.write_text(doc, encoding="utf-8")
    if case != "billion-laughs":  # (a parser would expand that one) the input is well-formed, else proves nothing
        parser = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True)
        etree.fromstring(path.read_bytes(), parser)

    for report in ("text", "json"):
        result = run("validate", path, "--report", report, timeout=30)
        assert_no_traceback(result)
        assert result.returncode == 1, f"exit {result.returncode}: {result.stdout[-2000:]} {result.stderr[-2000:]}"
        if report == "json":
            problems = json.loads(result.stdout)["problems"]
            assert problems, "exit 1 with no problem reported"
            assert len(result.stdout) < 100_000, "the report echoes the expanded document"
        else:
            said = re.search(r"hostile|external|refused|DTD|entit|XInclude|absolute", result.stdout, re.I)
            assert said, result.stdout
        for line in _passwd_lines():
            assert line not in result.stdout and line not in result.stderr, "the contents of /etc/passwd were printed"
        assert "lollollollol" not in result.stdout, "the entities were expanded"
    assert not contacted(), "validate fetched a URL from a hostile document"


HOSTILE_JSON = ["deep-object-100000", "deep-array-in-value-100000", "string-10mb", "string-10mb-concept",
                "number-5000-digits-decimals", "number-5000-digits-value"]


@pytest.mark.parametrize("case", HOSTILE_JSON)
def test_validate_refuses_hostile_json(tmp_path: Path, good_outputs: dict[str, bytes], case: str) -> None:
    text = good_outputs["json"].decode("utf-8")
    doc = json.loads(text)
    fid, fact = next((k, v) for k, v in doc["facts"].items() if v["dimensions"]["concept"] == "gaap:Revenues")
    name_id = next(k for k, v in doc["facts"].items() if v["dimensions"]["concept"] == "dei:EntityRegistrantName")
    marker = "\"@@HOLE@@\""
    if case == "deep-object-100000":
        raw = '{"documentInfo":' + '{"a":' * 100_000 + "1" + "}" * 100_000 + ',"facts":{}}'
    elif case == "deep-array-in-value-100000":
        doc["facts"][fid]["value"] = "@@HOLE@@"
        raw = json.dumps(doc).replace(marker, "[" * 100_000 + "]" * 100_000)
    elif case == "string-10mb":
        doc["facts"][name_id]["value"] = "A" * (10 * 1024 * 1024)
        raw = json.dumps(doc)
    elif case == "string-10mb-concept":
        doc["facts"][fid]["dimensions"]["concept"] = "gaap:" + "A" * (10 * 1024 * 1024)
        raw = json.dumps(doc)
    elif case == "number-5000-digits-decimals":
        doc["facts"][fid]["decimals"] = "@@HOLE@@"
        raw = json.dumps(doc).replace(marker, "9" * 5000)
    else:
        doc["facts"][fid]["value"] = "@@HOLE@@"
        raw = json.dumps(doc).replace(marker, "1" + "2" * 4999)
    path = tmp_path / f"{case}.json"
    path.write_text(raw, encoding="utf-8")
    for report in ("text", "json"):
        result = run("validate", path, "--report", report, timeout=30)
        assert_no_traceback(result)
        assert result.returncode == 1, f"exit {result.returncode}: {result.stdout[-2000:]} {result.stderr[-2000:]}"
        assert len(result.stdout) < 100_000, f"the report echoes the input ({len(result.stdout)} characters)"
        if report == "json":
            assert json.loads(result.stdout)["problems"], "exit 1 with no problem reported"
        else:
            assert result.stdout.strip() and "valid:" not in result.stdout


# ---------------------------------------------------------------------------------------------
# Output safety: markup characters and control characters in the company name


def _name_facts(out_xml: Path, out_json: Path) -> tuple[str, str]:
    root = etree.parse(str(out_xml), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    xml_names = [el.text or "" for el in root if isinstance(el.tag, str) and etree.QName(el).localname ==
                 "EntityRegistrantName"]
    doc = json.loads(out_json.read_text(encoding="utf-8"))
    json_names = [f["value"] for f in doc["facts"].values() if f["dimensions"]["concept"] == "dei:EntityRegistrantName"]
    assert len(xml_names) == 1 and len(json_names) == 1, (xml_names, json_names)
    return xml_names[0], json_names[0]


def _expected_name(found: str) -> None:
    """The name as written, its markup characters intact, the control character gone or replaced."""
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", found), f"a control character survived: {found!r}"
    folded = re.sub(r"\s+", " ", re.sub(r"[\ufffd\x00-\x1f]", " ", found)).strip()
    assert folded in ("Smith & <Jones> \"Ltd\" O'Brien Co. Inc.", "Smith & <Jones> \"Ltd\" O'Brien Co.Inc."), found


def _convert_both(tmp_path: Path, source: Path) -> tuple[Path, Path]:
    out_xml, out_json = tmp_path / "name.xml", tmp_path / "name.json"
    for out in (out_xml, out_json):
        result = convert(source, out, "-q")
        assert_no_traceback(result)
        assert result.returncode == 0, result.stderr
        assert out.is_file()
    check = run("validate", out_xml, out_json)
    assert_no_traceback(check)
    assert check.returncode == 0, f"outputs do not validate: {check.stdout[-2000:]}"
    etree.parse(str(out_xml), etree.XMLParser(resolve_entities=False, no_network=True))
    json.loads(out_json.read_text(encoding="utf-8"))
    return out_xml, out_json


def test_markup_and_control_characters_in_the_edgar_company_name(tmp_path: Path) -> None:
    """The EDGAR header's conformed name (used when the text names no company) is escaped and cleaned."""
    body = ("Today we reported results for the fourth quarter ended December 31, 2004.\n\n"
            "Revenue for the quarter was $12.5 million, compared with $10.1 million a year ago.\n")
    source = tmp_path / "submission.txt"
    source.write_text(EDGAR_HEADER.format(name=NAME) + body + "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n",
                      encoding="utf-8")
    xml_name, json_name = _name_facts(*_convert_both(tmp_path, source))
    assert xml_name == json_name
    _expected_name(xml_name)


def test_markup_and_control_characters_in_the_release_company_name(tmp_path: Path) -> None:
    """The name as the release's first sentence gives it converts, validates and is reported whole."""
    source = tmp_path / "release.txt"
    source.write_text(RELEASE.replace("ACME Widgets Inc. (NASDAQ: ACME)", f"{NAME} (NASDAQ: SJL)"), encoding="utf-8")
    xml_name, json_name = _name_facts(*_convert_both(tmp_path, source))
    assert xml_name == json_name
    _expected_name(xml_name)


# ---------------------------------------------------------------------------------------------
# Determinism


def test_outputs_are_byte_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    source = sample()
    outputs: dict[str, list[bytes]] = {"xml": [], "json": []}
    for n, seed in enumerate(["0", "12345", "12345"]):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        for fmt in outputs:
            folder = tmp_path / f"run{n}"
            out = folder / f"out.{fmt}"
            result = run("convert", source, "-o", out, "-q", env=env)
            assert_no_traceback(result)
            assert result.returncode == 0, result.stderr
            outputs[fmt].append(out.read_bytes())
    for fmt, versions in outputs.items():
        assert versions[0], f"empty {fmt} output"
        assert all(v == versions[0] for v in versions), f"{fmt} outputs differ between runs or hash seeds"


# ---------------------------------------------------------------------------------------------
# The big inputs, started by the `heavy` fixture before the module's first test


@pytest.mark.parametrize("filename", sorted(HEAVY_INPUTS))
def test_big_and_deep_inputs_finish_within_memory(heavy: HeavyRuns, filename: str) -> None:
    """Converted or refused (exit 0 or 3) within the deadline and the memory limit: no hang, no crash."""
    run_ = heavy.get(filename)
    result = run_.result()
    assert result.returncode in CONVERT_CODES, f"exit {result.returncode}: {result.stderr[-2000:]!r}"
    assert_poor_input_handled(result, run_.source, run_.out)
