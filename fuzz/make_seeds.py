"""Write starting corpora for the harnesses from the invented pages in samples/.

    python fuzz/make_seeds.py          # -> fuzz/corpus/text, fuzz/corpus/html

The first byte of each seed selects the harness's mode (see fuzz_text.py/fuzz_html.py):
``\\x01`` = raw bytes for the text harness, ``\\x00`` = raw bytes for the HTML harness.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parent / "samples"


def _write(folder: Path, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main() -> None:
    for page in sorted(SAMPLES.glob("*.txt")):
        _write(HERE / "corpus" / "text", b"\x01" + page.read_bytes())
    for page in sorted(SAMPLES.glob("*.html")):
        _write(HERE / "corpus" / "html", b"\x00" + page.read_bytes())
    # a few short shapes the samples lack
    for extra in (b"\x01By Ann Lee\n\nMarch 3, 2024\n\nA sentence.", b"\x01\xef\xbb\xbfBOM text",
                  b"\x01<p>one</p><p>two</p><div>three</div><span>four</span><a>five</a>"):
        _write(HERE / "corpus" / "text", extra)
    for extra in (b"\x00<html><frameset><frame src=a></frameset></html>",
                  b"\x00<html><head><script>var a=1</script></head></html>"):
        _write(HERE / "corpus" / "html", extra)


if __name__ == "__main__":
    main()
