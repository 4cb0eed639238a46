"""atheris harness for the HTML path. See fuzz/README.md.

The fuzzer's bytes are spliced into a page skeleton half of the time, so mutations
reach trafilatura's main-content choice and our stages instead of dying as
"no main content" at the first byte.
"""

import sys

import atheris

# only our code and the HTML extraction libraries: instrumenting the pure-Python parser of the
# `regex` module makes its one-off pattern compilation minutes long and reports false timeouts
with atheris.instrument_imports(include=["newsclean", "trafilatura", "justext", "htmldate", "courlan"]):
    import newsclean  # noqa: F401

from _common import check, warm_up  # noqa: E402

_HEAD = "<!doctype html><html><head><title>{t}</title></head><body><article><h1>{t}</h1>"
_TAIL = "</article></body></html>"


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 2)
    if mode == 0:
        check(fdp.ConsumeBytes(fdp.remaining_bytes()), "html")
    elif mode == 1:
        check(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()), "html")
    else:
        title = fdp.ConsumeUnicodeNoSurrogates(40)
        paras = []
        while fdp.remaining_bytes() and len(paras) < 40:
            tag = fdp.PickValueInList(["p", "p", "p", "li", "h2", "blockquote", "div", "figcaption", "td", "span"])
            paras.append(f"<{tag}>{fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 400))}</{tag}>")
        check(_HEAD.format(t=title) + "".join(paras) + _TAIL, "html")


if __name__ == "__main__":
    warm_up()
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
