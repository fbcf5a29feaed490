"""Atheris (libFuzzer) harness for the readers and the whole conversion.

Each input is a byte string handed to `converter.pipeline.read` (decode, then the text, HTML or EDGAR
reader) and to `converter.convert`, whose Report is then rendered as xBRL-XML and xBRL-JSON and parsed
back. `InputError` is the documented refusal of bad input; any other exception escaping is a crash,
and libFuzzer saves the input that caused it (`crash-<sha1>`).

    python fuzz/fuzz_readers.py -max_total_time=60                      # a fixed time, no corpus
    mkdir -p /tmp/fuzz-corpus
    python fuzz/fuzz_readers.py /tmp/fuzz-corpus fuzz/seeds -max_total_time=600 -timeout=20
    python fuzz/fuzz_readers.py crash-0123abcd                          # run one saved input again

See fuzz/README.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout without installing

with atheris.instrument_imports(include=["converter"]):
    import converter
    from converter import pipeline
    from converter.errors import InputError

from lxml import etree  # noqa: E402  (not instrumented: C code)


def check(data: bytes) -> None:
    """One input: `InputError` or a Report whose outputs parse; anything else propagates as a crash."""
    try:
        pipeline.read(data)
    except InputError:
        return  # convert reads the same way, and refuses it the same way
    try:
        report = converter.convert(data)
    except InputError:
        return  # read, but not a document to convert
    xml_text = report.to_xml()
    json_text = report.to_json()
    etree.fromstring(xml_text.encode("utf-8"))
    json.loads(json_text)


def TestOneInput(data: bytes) -> None:  # noqa: N802  (the name Atheris looks for)
    check(data)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
