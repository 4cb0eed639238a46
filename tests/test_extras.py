"""The integrations stay optional: the base install needs neither Scrapy nor datatrove, the
extras name them, `all` holds every extra and `test` holds what CI must run (not skip)."""

import subprocess
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

PROJECT = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))["project"]
INTEGRATIONS = ("scrapy", "datatrove")


def _names(requirements):
    import re

    return {re.split(r"[\s<>=!~;\[]", r, maxsplit=1)[0].lower() for r in requirements}


def test_base_install_needs_no_integration_library():
    base = _names(PROJECT["dependencies"])
    assert not base & {"scrapy", "twisted", "datatrove", "orjson", "python-magic", "faust-cchardet"}


def test_each_integration_has_an_extra_and_all_and_test_include_them():
    extras = PROJECT["optional-dependencies"]
    for name in INTEGRATIONS:
        assert name in _names(extras[name])
        assert _names(extras[name]) <= _names(extras["all"])
        assert _names(extras[name]) <= _names(extras["test"])  # CI installs [test]: the tests run there


def test_importing_newsclean_imports_no_integration_library():
    code = ("import sys, newsclean; newsclean.extract('Rain\\n\\nIt rained all day in the valley.');"
            " print(sorted(m for m in ('scrapy', 'twisted', 'datatrove') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    assert out.stdout.strip() == "[]"
