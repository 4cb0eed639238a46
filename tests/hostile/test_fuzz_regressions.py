"""Inputs the atheris harnesses (fuzz/) reported, kept as regression tests.

Each entry is the input the harness built from the fuzzer's bytes (the first byte chose the
mode; here the resulting bytes or string is given directly), the bug, and the fix.
"""

from __future__ import annotations

import time

import pytest

from newsclean import extract
from newsclean.errors import NewscleanError

# fuzz_text.py, raw-bytes mode, 2026-11-23 (timeout-70860e87, timeout-d5b6585e): a line whose
# case-insensitive caption pattern backtracked exponentially under the regex module's full case
# folding (VERSION1) on a run of "i" (İ folds to two characters): minutes on one 238-character line.
# Fix: rule patterns compile with simple case folding (rules/__init__.py, VERSION0).
TEXT_TIMEOUT_1 = b'Startseite\nLokal\nF\xc3\xbcr dich\nThemen\nAnmeldeiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii:><span"fos parliament apssed a \xff\xff\xff\xff\xff\xff\xff\xff\xffp/p><p>two<p>8888887- Glenmora\'s parliameime:><span>fouauerei Hofmann & S\xc3\xb6hne stellt komplett auf \xc3\x96kostrom um\n\nVon Anna Br\xc3\xbcckner\nKellerbacher Rundschau\nvor 5 Tagen\x01<ra\'s pF\x00a\'s parli\nDie Sudhalle der B...\nvor 6 Tagen\n\n#KelTagen\nDie Sudhalle der B...\nvor 6 Tagen\n\n#Kel\x00amen\x00\x00\x00ach#Brauerei#t pasEsed '
TEXT_TIMEOUT_2 = b'<p><p>p\x19o<pan><a>ffffffffffffffffffffffffffffffffffffffAfffffffffffffffffo<pan><a>ffffffffffffffffffffffffffffffffffffffAffffffffffffffffffive<e</p>\xc6p>pw/a>five<e</p>\xc6p>pw/a>'


@pytest.mark.parametrize("source", [
    TEXT_TIMEOUT_1,
    TEXT_TIMEOUT_2,
    # the shapes behind them, longer: runs of letters with multi-letter case folds
    "A" + "i" * 200 + "/",
    "\n\n".join("S" + ch * 300 + "/ x" for ch in "isfIStß"),
    "Photo: " + "ﬁ" * 500,
], ids=["fuzz-text-1", "fuzz-text-2", "i-run", "fold-runs", "ligature-run"])
def test_fuzz_found_inputs_finish_quickly(source):
    start = time.perf_counter()
    try:
        article = extract(source)
    except NewscleanError:
        article = None
    assert time.perf_counter() - start < 5
    if article is not None:
        assert article.model_validate_json(article.model_dump_json()) == article
