"""The `converter` command: convert, batch, facts, review, validate.

Exit codes (also in the README): 0 success; 1 `validate` found problems; 2 usage error or an
input that cannot be read (missing, unreadable, a directory); 3 an input that is not a release
we can convert (empty, binary, unsupported kind); 4 an output that cannot be written;
5 an internal error (a bug: please report it); 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import EXIT_INVALID, EXIT_OK, EXIT_USAGE, ConverterError, OutputError

EXIT_INTERNAL = 5
EXIT_INTERRUPTED = 130
FORMATS = {"xml": ".xml", "json": ".json", "ixbrl": ".html"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="converter",
        description="Turn earnings press releases into valid XBRL (xBRL-XML and xBRL-JSON).",
        epilog="Exit codes: 0 ok, 1 invalid (validate), 2 usage or unreadable input, 3 input not convertible, "
               "4 output not writable, 5 internal error, 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"converter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    conv = sub.add_parser("convert", help="convert releases into xBRL-XML and/or xBRL-JSON",
                          description="Convert releases. -o X.json writes xBRL-JSON, -o X.xml xBRL-XML, "
                                      "-o - writes to standard output; --out-dir writes NAME.xml/NAME.json "
                                      "for each input. The taxonomy files are written beside each output so "
                                      "that it validates offline.")
    conv.add_argument("inputs", nargs="+", metavar="INPUT", help="a release file, or - for standard input")
    where = conv.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="OUTPUT", help="output file (one input), or - for stdout")
    where.add_argument("--out-dir", metavar="DIR", type=Path, help="write every output into DIR")
    conv.add_argument("--format", choices=("xml", "json", "ixbrl", "both"),
                      help="output format: xml, json, ixbrl (Inline XBRL: the release itself, tagged) or both "
                           "(xml and json) (default: from the -o extension; json for stdout; both for --out-dir)")
    conv.add_argument("--cik", help="the company's SEC Central Index Key, for the entity identifier")
    conv.add_argument("--taxonomy", default="converter", metavar="NAME",
                      help="write against the bundled taxonomy (default, validates offline) or a published one: "
                           "us-gaap-2021 ... us-gaap-2025 (FASB and SEC namespaces and entry points)")
    conv.add_argument("--no-taxonomy", action="store_true", help="do not write the taxonomy files beside outputs")
    conv.add_argument("-q", "--quiet", action="store_true", help="print no warnings")

    facts = sub.add_parser("facts", help="print the facts of a release as a table",
                           description="Print concept, period, value, unit and source phrase of each fact.")
    facts.add_argument("input", metavar="INPUT")
    facts.add_argument("--csv", action="store_true", help="CSV rows for a spreadsheet")
    facts.add_argument("--cik", help="the company's SEC Central Index Key")

    rev = sub.add_parser("review", help="write a review page: the release with its tagged numbers highlighted",
                         description="Write one self-contained HTML page: the document with every tagged number "
                                     "highlighted by concept family, the facts beside it, the warnings on top.")
    rev.add_argument("input", metavar="INPUT", help="a release file, or - for standard input")
    rev.add_argument("-o", "--output", metavar="OUTPUT", required=True, help="the page to write, or - for stdout")
    rev.add_argument("--cik", help="the company's SEC Central Index Key")

    val = sub.add_parser("validate", help="validate xBRL-XML (.xml) and xBRL-JSON (.json) files",
                         description="Check instances against the taxonomy and the XBRL 2.1 rules. "
                                     "Exit 0 when all are valid, 1 when any is invalid, 2 when one cannot be read.")
    val.add_argument("files", nargs="+", metavar="FILE")
    val.add_argument("--report", choices=("text", "json"), default="text", help="how to print the problems")

    from .batching import add_parser as add_batch_parser

    add_batch_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "batch":
            from .batching import run as run_batch

            return run_batch(args)
        if args.command == "convert":
            return _convert(args)
        if args.command == "facts":
            return _facts(args)
        if args.command == "review":
            return _review(args)
        return _validate(args)
    except ConverterError as exc:
        _error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except RecursionError:
        _error("the input is nested too deeply to read")
        return 3
    except MemoryError:
        _error("the input is too large to convert in memory")
        return 3
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        _error(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_INTERNAL


def _error(message: str) -> None:
    print(f"converter: error: {message}", file=sys.stderr)


def _read_input(name: str) -> object:
    if name == "-":
        return sys.stdin.buffer.read()
    return Path(name)


def _convert(args: argparse.Namespace) -> int:
    from .pipeline import convert
    from .taxonomy import entry_point_names

    if args.taxonomy not in entry_point_names():
        raise ConverterError(f"--taxonomy: unknown taxonomy {args.taxonomy!r}; known: "
                             + ", ".join(entry_point_names()), EXIT_USAGE)
    if args.output and len(args.inputs) > 1:
        raise ConverterError("-o takes one input; use --out-dir for several", EXIT_USAGE)
    jobs: list[tuple[str, list[tuple[str, Path | None]]]] = []  # input -> [(format, path or None for stdout)]
    for name in args.inputs:
        if args.out_dir is not None:
            fmts = ["xml", "json"] if args.format in (None, "both") else [args.format]
            stem = "stdin" if name == "-" else Path(name).name.rsplit(".", 1)[0]
            jobs.append((name, [(f, args.out_dir / (stem + FORMATS[f])) for f in fmts]))
        elif args.output and args.output != "-":
            out = Path(args.output)
            if args.format == "both":
                jobs.append((name, [(f, out.with_suffix(FORMATS[f])) for f in ("xml", "json")]))
            else:
                suffix = out.suffix.lower()
                fmt = args.format or ("xml" if suffix in (".xml", ".xbrl") else
                                      "ixbrl" if suffix in (".html", ".htm", ".xhtml") else "json")
                jobs.append((name, [(fmt, out)]))
        else:
            if args.format == "both":
                raise ConverterError("--format both needs -o FILE or --out-dir", EXIT_USAGE)
            jobs.append((name, [(args.format or "json", None)]))
    worst = EXIT_OK
    for name, outputs in jobs:
        try:
            report = convert(_read_input(name), cik=args.cik, name=None if name == "-" else name)
            if not args.quiet:
                for warning in report.warnings:
                    print(f"converter: warning: {name}: {warning}", file=sys.stderr)
            writers = {"xml": report.to_xml, "json": report.to_json, "ixbrl": report.to_ixbrl}
            rendered = [(fmt, path, writers[fmt](args.taxonomy)) for fmt, path in outputs]
            for _, path, text in rendered:
                if path is None:
                    sys.stdout.write(text)
                    continue
                _refuse_input_overwrite(path, args.inputs)
                write_atomic(path, text)
                if not args.no_taxonomy and args.taxonomy == "converter":
                    write_taxonomy(path.parent)
        except ConverterError as exc:
            _error(str(exc))
            worst = max(worst, exc.exit_code)
    return worst


def _refuse_input_overwrite(path: Path, inputs: Sequence[str]) -> None:
    for name in inputs:
        if name != "-" and Path(name).exists() and path.exists() and path.resolve() == Path(name).resolve():
            raise OutputError(f"{path}: refusing to overwrite an input with an output")


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and rename: a failure leaves the old file or none."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def write_taxonomy(folder: Path) -> None:
    """The taxonomy files beside an output, so that its schemaRef resolves offline."""
    from .resources import schema_path
    from .taxonomy import TAXONOMY_FILES

    for filename in TAXONOMY_FILES:
        target = folder / filename
        text = schema_path(filename).read_text(encoding="utf-8")
        if not target.exists() or target.read_text(encoding="utf-8", errors="replace") != text:
            write_atomic(target, text)


def _facts(args: argparse.Namespace) -> int:
    from .pipeline import convert
    from .render.table import render_csv, render_text

    report = convert(_read_input(args.input), cik=args.cik, name=None if args.input == "-" else args.input)
    sys.stdout.write(render_csv(report) if args.csv else render_text(report))
    return EXIT_OK


def _review(args: argparse.Namespace) -> int:
    from .pipeline import convert

    report = convert(_read_input(args.input), cik=args.cik, name=None if args.input == "-" else args.input)
    page = report.to_review()
    if args.output == "-":
        sys.stdout.write(page)
        return EXIT_OK
    path = Path(args.output)
    _refuse_input_overwrite(path, [args.input])
    write_atomic(path, page)
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from .validation import validate_file

    problems = []
    unreadable = False
    for name in args.files:
        try:
            problems += validate_file(Path(name))
        except OSError as exc:
            _error(f"{name}: cannot read ({exc.strerror or exc})")
            unreadable = True
    if args.report == "json":
        print(json.dumps({"valid": not problems and not unreadable, "problems": [p.to_dict() for p in problems]},
                         indent=1))
    else:
        for p in problems:
            print(f"{p.file}: {p.where}: {p.code}: {p.message}")
        if not problems and not unreadable:
            print(f"valid: {len(args.files)} file(s)")
    if unreadable:
        return EXIT_USAGE
    return EXIT_INVALID if problems else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
