"""The package's shape, as issue 16 measures it: modules small enough to read in one sitting."""

from __future__ import annotations

import pathlib

import newsclean

# a module longer than this is split along its seams (see README, "Working on newsclean")
MAX_MODULE_LINES = 600


def test_no_module_is_longer_than_the_bound():
    package = pathlib.Path(newsclean.__file__).parent
    lengths = {p.relative_to(package).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
               for p in package.rglob("*.py")}
    assert lengths, "no modules found"
    too_long = {name: n for name, n in lengths.items() if n > MAX_MODULE_LINES}
    assert not too_long, f"split these modules along their seams: {too_long}"
