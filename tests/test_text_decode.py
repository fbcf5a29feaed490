"""decode()'s binary check: control bytes in the first 64 KB are counted exactly as before (C-speed now)."""

from __future__ import annotations

import random

import pytest

from converter.errors import InputError
from converter.readers.text import _CONTROL_BYTES, decode

CONTROLS = {b for b in range(256) if b < 9 or 13 < b < 32 or b == 127}  # the rule, written as it was


def test_the_control_bytes_are_the_c0_controls_but_white_space_and_del() -> None:
    assert set(_CONTROL_BYTES) == CONTROLS
    assert len(_CONTROL_BYTES) == len(CONTROLS) == 28


@pytest.mark.parametrize("byte", range(1, 256))
def test_each_byte_counts_as_before(byte: int) -> None:
    """2,000 bytes allow 100 control bytes: 101 copies of a control byte are refused, of any other not."""
    data = b"a" * 1899 + bytes([byte]) * 101
    if byte in CONTROLS:
        with pytest.raises(InputError, match="binary data"):
            decode(data)
    else:
        assert len(decode(data)) >= 1900


def test_the_threshold_is_a_twentieth_of_the_first_64_kb() -> None:
    assert decode(b"a" * 1900 + b"\x01" * 100).endswith("\x01")
    with pytest.raises(InputError, match="binary data"):
        decode(b"a" * 1899 + b"\x01" * 101)
    # only the first 64 KB count: controls after it are not seen
    head = b"a" * 65536
    assert decode(head + b"\x1b" * 100_000).startswith("a")
    with pytest.raises(InputError, match="binary data"):
        decode(b"a" * 62_000 + b"\x1b" * 3_536 + head)


def test_random_bytes_are_judged_as_the_old_count_judged_them() -> None:
    rng = random.Random(5)
    for _ in range(300):
        data = bytes(rng.choice(b"abc \n\t\x01\x02\x1b\x7f\x80\xe9") for _ in range(rng.randint(40, 400)))
        head = data[:65536]
        binary = sum(1 for b in head if b < 9 or 13 < b < 32 or b == 127) > len(head) // 20
        try:
            decode(data)
            refused = False
        except InputError as exc:
            assert "binary data" in str(exc)
            refused = True
        assert refused == binary, data
