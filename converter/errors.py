"""Errors the converter reports to people, each with the exit code the command line documents."""

from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1  # validate: the instance has problems
EXIT_USAGE = 2  # bad arguments, or an input that cannot be read at all
EXIT_INPUT = 3  # convert: the input was read but is not a document we can convert
EXIT_OUTPUT = 4  # an output could not be written


class ConverterError(Exception):
    """A failure with a one-line message for people and an exit code for pipelines."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class InputError(ConverterError):
    """The input is empty, binary, truncated or otherwise not a press release we can read."""

    exit_code = EXIT_INPUT


class OutputError(ConverterError):
    exit_code = EXIT_OUTPUT
