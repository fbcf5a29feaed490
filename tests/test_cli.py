"""The command line as a pipeline sees it: outputs, messages and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS

from converter.cli import main

SAMPLE = CORPUS / "iec_2004q2_ex991.txt"


def run(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "converter"
    return subprocess.run([str(exe), *args], capture_output=True, text=stdin is None, input=stdin, cwd=cwd,
                          timeout=120)


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("converter ")
    assert run("--version").returncode == 0
    assert "convert" in run("--help").stdout


def test_installed_command_works_from_any_directory(tmp_path: Path) -> None:
    result = run("convert", str(SAMPLE), "-o", "out.json", "-q", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(doc["facts"]) > 14
    assert (tmp_path / "converter.xsd").exists()  # the taxonomy travels with the output


def test_output_format_follows_the_extension(tmp_path: Path) -> None:
    assert main(["convert", str(SAMPLE), "-o", str(tmp_path / "a.xml"), "-q"]) == 0
    assert (tmp_path / "a.xml").read_text(encoding="utf-8").startswith("<?xml")
    assert main(["convert", str(SAMPLE), "-o", str(tmp_path / "b.json"), "-q"]) == 0
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["facts"]
    assert main(["convert", str(SAMPLE), "-o", str(tmp_path / "c"), "--format", "both", "-q"]) == 0
    assert (tmp_path / "c.xml").exists() and (tmp_path / "c.json").exists()


def test_stdin_to_stdout() -> None:
    result = run("convert", "-", "-o", "-", "--format", "xml", "-q", stdin=SAMPLE.read_bytes())
    assert result.returncode == 0
    assert result.stdout.startswith(b"<?xml") and b"gaap:Revenues" in result.stdout


def test_warning_on_stderr_without_cik(tmp_path: Path) -> None:
    result = run("convert", str(SAMPLE), "-o", str(tmp_path / "x.json"))
    assert result.returncode == 0
    assert "warning" in result.stderr and "CIK" in result.stderr


def test_facts_table_and_csv() -> None:
    table = run("facts", str(SAMPLE))
    assert table.returncode == 0
    lines = table.stdout.splitlines()
    assert lines[0].split()[:4] == ["concept", "period", "value", "unit"]
    assert any("Revenues" in line and "7300000" in line and "revenue of $7.3 million" in line for line in lines)
    csv_out = run("facts", str(SAMPLE), "--csv").stdout.splitlines()
    assert csv_out[0] == "concept,period,value,unit,decimals,inferred,source"
    assert "NetIncomeLoss,2003-12-27..2004-03-26,124000,USD,0,start,\"net income of $124,000\"" in csv_out
    assert "LongTermDebt,2003-03-28,4400000,USD,-5,instant,$4.4 million" in csv_out


@pytest.mark.parametrize("content,code", [(b"", 3), (b"   \n\t\n", 3), (b"\x89PNG\r\n\x1a\n\x00\x00\x00", 3)])
def test_bad_input_gives_a_message_an_exit_code_and_no_output(tmp_path: Path, content: bytes, code: int) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes(content)
    out = tmp_path / "out.json"
    result = run("convert", str(source), "-o", str(out))
    assert result.returncode == code
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("converter: error: ") and str(source) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_missing_file_and_directory_are_usage_errors(tmp_path: Path) -> None:
    assert run("convert", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.json")).returncode == 2
    assert run("convert", str(tmp_path), "-o", str(tmp_path / "o.json")).returncode == 2
    assert run("convert").returncode == 2  # argparse: an input is required


def test_failed_conversion_leaves_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("previous good output", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["convert", str(empty), "-o", str(out)]) == 3
    assert out.read_text(encoding="utf-8") == "previous good output"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_input_is_never_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "release.json"
    source.write_bytes(SAMPLE.read_bytes())
    assert main(["convert", str(source), "-o", str(source), "-q"]) == 4
    assert source.read_bytes() == SAMPLE.read_bytes()


def test_validate_exit_codes(tmp_path: Path) -> None:
    assert main(["convert", str(SAMPLE), "--out-dir", str(tmp_path), "-q"]) == 0
    good_xml, good_json = tmp_path / "iec_2004q2_ex991.xml", tmp_path / "iec_2004q2_ex991.json"
    assert run("validate", str(good_xml), str(good_json)).returncode == 0
    broken = tmp_path / "broken.xml"
    broken.write_text(good_xml.read_text(encoding="utf-8").replace('unitRef="USD_per_shares"', 'unitRef="USD"', 1),
                      encoding="utf-8")
    result = run("validate", str(broken), "--report", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["valid"] is False and any(p["code"] == "per-share-unit" for p in report["problems"])
    assert run("validate", str(tmp_path / "missing.xml")).returncode == 2


def test_no_traceback_on_internal_error(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import converter.pipeline

    def boom(*args: object, **kwargs: object) -> None:
        raise ValueError("simulated bug")

    monkeypatch.setattr(converter.pipeline, "convert", boom)
    assert main(["convert", str(SAMPLE), "-o", os.devnull]) == 5
    assert "internal error" in capsys.readouterr().err
