"""atheris harness for the visible-text path. See fuzz/README.md."""

import sys

import atheris

# only our code and the HTML extraction libraries: instrumenting the pure-Python parser of the
# `regex` module makes its one-off pattern compilation minutes long and reports false timeouts
with atheris.instrument_imports(include=["newsclean"]):
    import newsclean  # noqa: F401
    from newsclean.inputs import decode  # noqa: F401

from _common import check, warm_up  # noqa: E402


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    as_bytes = fdp.ConsumeBool()
    if as_bytes:
        # the bytes path: decoding, binary sniffing, charset detection, then text
        check(fdp.ConsumeBytes(fdp.remaining_bytes()), None)
    else:
        check(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()), "text")


if __name__ == "__main__":
    warm_up()
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
