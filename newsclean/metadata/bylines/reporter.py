"""CJK reporter credits: Korean and Japanese bylines that name the reporter before a job title,
without a marker or a capital letter to go by; :func:`reporter_credit`.

Split from :mod:`newsclean.metadata.bylines.grammar` along its seams.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from newsclean import rules
from newsclean.metadata.bylines.vocabulary import _CJK_NAME, _EMAIL, _norm_entry
from newsclean.settings import settings

# Korean and Japanese bylines put the job title after the name, without a marker or any
# capital letter to go by: "홍길동 기자", "서울=홍길동·김영희 기자", "山田太郎記者". The
# title ends the name; a place may come before it ("부산, 울산 홍길동 기자") and the
# reporter's address after it.
_CJK_PERSON = r"(?:\p{Hangul}{2,4}|\p{Han}{2,5})"


_CJK_SEP = r"\s?[·・,、]\s?"


@lru_cache(maxsize=1)
def _reporter_re() -> regex.Pattern | None:
    titles = sorted(
        {
            _norm_entry(t)
            for t in rules.pattern_sources("job_titles")
            if t.strip() and all(_CJK_NAME.fullmatch(w) for w in t.split())
        },
        key=len,
        reverse=True,
    )
    if not titles:
        return None
    alts = "|".join(regex.escape(t) for t in titles)
    return regex.compile(
        rf"(?<![\p{{L}}\p{{N}}])(?P<names>{_CJK_PERSON}(?:{_CJK_SEP}{_CJK_PERSON})*)\s?(?:{alts})(?![\p{{L}}\p{{N}}])"
    )


def reporter_credit(text: str) -> list[str]:
    """The names of a CJK reporter credit line ("부산=홍길동·김영희 기자 hong@example.com"), else [].

    The line is only the credit: at most a short place before it (ending with "=" or a
    space) and e-mail addresses after it.

    >>> reporter_credit("홍길동 기자"), reporter_credit("부산=홍길동·김영희 기자 hong@example.com")
    (['홍길동'], ['홍길동', '김영희'])
    >>> reporter_credit("홍길동 기자가 만난 사람들")
    []
    """
    s = (text or "").strip()
    pattern = _reporter_re()
    if not s or len(s) > settings().reporter_line_max_chars or pattern is None:
        return []
    names: list[str] = []
    pos = 0
    for k, m in enumerate(pattern.finditer(s)):
        before = s[pos : m.start()]
        if k == 0:
            place = before.replace("=", " ").replace(",", " ").split()
            if len(place) > settings().reporter_place_max_words:
                return []
        elif before.strip(" ,·/|") and not _EMAIL.fullmatch(before.strip(" ,·/|")):
            return []
        names.extend(n.strip() for n in regex.split(_CJK_SEP, m["names"]) if n.strip())
        pos = m.end()
    if not names:
        return []
    rest = _EMAIL.sub(" ", s[pos:]).strip(" ,·/|()")
    return list(dict.fromkeys(names)) if not rest else []
