"""Titles: the site-name suffix of an HTML title, and the shape of a headline line.

>>> strip_site_suffix("Storm closes schools | The Daily Planet", "The Daily Planet")
'Storm closes schools'
>>> strip_site_suffix("Chinese police rap Walmart for cybersecurity loopholes - local media", "Reuters")
'Chinese police rap Walmart for cybersecurity loopholes - local media'
>>> looks_like_headline("Storm closes every school in the county") > 0.5
True
>>> looks_like_headline("Related stories") < 0.5
True
"""

from __future__ import annotations

import html

import regex

from newsclean import rules
from newsclean.settings import settings

# separators between a headline and a site name, strongest first
# (full-width and CJK bars are written with or without spaces: "Headline｜Site", "Headlineㅣ한국일보")
_WIDE_BARS = ("｜", "ㅣ", "丨", "│")
# (a colon only before or after the site's own name: "Headline : Site", "Headline：Site")
_SEPARATORS = (" | ", " :: ", " — ", " – ", " - ", " · ", " » ", " / ", " _ ", "_", *_WIDE_BARS, " : ", "：")
# any of them, and " @ " ("Post title @ Blog name"); a title may end with a bare separator
_ANY_SEPARATOR = regex.compile(r"\s(?:\||::|—|–|-|·|»|/|_|@)\s|\s?[｜ㅣ丨│]\s?")
_TRAILING_SEPARATOR_CHARS = " |:—–-·»/_@｜ㅣ丨│"
_BRAND_SEPARATORS = (" | ", " :: ", " — ", " – ", " · ", " » ", " _ ", *_WIDE_BARS)
_SPACES = regex.compile(r"\s+")
_SCHEME = regex.compile(r"^(?:https?://)?(?:www\.)?")
_TLD = regex.compile(r"\.(?:com|org|net|co\.uk|co|de|fr|es|it|pt|nl|be|ch|at|io|news)$")
_LEADING_THE = regex.compile(r"^the\s+")
_SITE_COLON = regex.compile(r"^(.{2,60}?):\s+(?=\S)")  # "Site: headline"
_NON_ALNUM = regex.compile(r"[^\p{L}\p{N}]+")
_DOMAIN = regex.compile(r"(?:www\.)?[\p{L}\p{N}-]{2,63}(?:\.[\p{L}\p{N}-]{2,63}){1,3}")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_CRUMB = regex.compile(r"\s(?:>|›|»|>>|/)\s")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’.&-]*")
_URLISH = regex.compile(r"https?://|www\.|@\w|©")
_SENTENCE_END = regex.compile(r"(?<![A-Z]\.[A-Z]|\b[A-Z]|\.\.)\.[\"'”’)]?$")
_INNER_SENTENCE = regex.compile(r"\p{Ll}[.!?][\"”’]?\s\p{Lu}")


def _key(text: str) -> str:
    """Compare site names loosely: case, punctuation, a leading 'the', a 'www.' or TLD."""
    t = text.casefold().strip()
    t = _SCHEME.sub("", t)
    t = _TLD.sub("", t)
    t = _LEADING_THE.sub("", t)
    return _NON_ALNUM.sub("", t)


def _matches_site(part: str, site: str) -> bool:
    a, b = _key(part), _key(site)
    if not a or not b:
        return False
    if a == b:
        return True
    # "Daily Planet News" vs "Daily Planet": one starts or ends with the other, and most of it
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) < 4 or len(shorter) < 0.6 * len(longer):
        return False
    return longer.startswith(shorter) or longer.endswith(shorter)


def same_site(name: str, site: str) -> bool:
    """Whether two names name the same site ("The Daily Planet" ~ "dailyplanet.com")."""
    return _matches_site(name, site)


def _brand_like(part: str) -> bool:
    """A short trailing part that looks like a site name: capitalised words or a domain."""
    p = part.strip()
    if not p or len(p) > 40:
        return False
    if _DOMAIN.fullmatch(p):
        return True
    words = p.split()
    if not 1 <= len(words) <= 4:
        return False
    if len(words) <= 3 and words[0][:1].isupper() and not p.endswith(("?", "!", ".")):
        return True  # "My website", "Tech news"
    return all(
        w[0].isupper() or w[0].isdigit() or w.casefold() in ("of", "the", "and", "&", "for", "de", "du") for w in words
    ) and not p.endswith(("?", "!"))


# a character reference left in a declared title ("R&uuml;ckbau", "Swift&#8217;s"): JSON-LD
# strings and double-escaped meta tags carry them; a bare "&" ("AT&T", "Q&A") is text
_CHAR_REF = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """Decode the HTML character references in a title, each ended by ";".

    >>> decode_entities("R&uuml;ckbau &amp; Kühltürme"), decode_entities("Q&A with AT&T")
    ('Rückbau & Kühltürme', 'Q&A with AT&T')
    """
    if "&" not in text:
        return text
    for _ in range(2):  # "&amp;uuml;": escaped twice
        decoded = _CHAR_REF.sub(lambda m: html.unescape(m[0]), text)
        if decoded == text:
            break
        text = decoded
    return text


# a trail of the story's place in the site read backwards after the headline ("Headline <
# Society < Article body", written by a common Korean CMS): short parts after " < "
_BACK_CRUMB = " < "


def _without_back_crumbs(title: str) -> str:
    """The headline without a backward trail of two or more short parts after it.

    >>> _without_back_crumbs("Storm closes schools < Local < Article")
    'Storm closes schools'
    >>> _without_back_crumbs("Why 3 < 5 matters to pupils")
    'Why 3 < 5 matters to pupils'
    """
    parts = title.split(_BACK_CRUMB)
    if len(parts) < 3 or not parts[0].strip():
        return title
    if all(1 <= len(p.split()) <= settings().title_crumb_max_words for p in parts[1:]):
        return parts[0].strip()
    return title


def strip_site_suffix(title: str, site_name: str | None) -> str:
    """Remove a site name glued to a title ("… | Site", "… - Site", "Site: …"), and a
    backward trail of the site's sections after it ("… < Section < Article").

    >>> strip_site_suffix("Storm closes schools < Local < Article - Daily Planet", "Daily Planet")
    'Storm closes schools'
    """
    return _without_back_crumbs(_strip_site_suffix(title, site_name))


def _strip_site_suffix(title: str, site_name: str | None) -> str:
    """Remove a site name glued to a title ("… | Site", "… - Site", "Site: …").

    With ``site_name`` only a part that matches it is removed. Without it, a short
    brand-like part after " | " (or a strong separator) is removed, and a part after
    " - " only when it is a domain name; a trailing part that reads as part of the
    headline ("… - local media") is kept.
    """
    if not title:
        return title
    t = _SPACES.sub(" ", title[: settings().max_title_chars]).strip()
    if site_name and site_name.strip():
        site = site_name.strip()
        if _key(t) == _key(site):
            return t  # a home page: the title is the site's name
        changed = True
        while changed:
            changed = False
            for sep in _SEPARATORS:
                head, found, tail = t.rpartition(sep)
                if found and head.strip() and _matches_site(tail, site):
                    t, changed = head.strip(), True
                    break
                first, found, rest = t.partition(sep)
                if found and rest.strip() and _matches_site(first, site):
                    t, changed = rest.strip(), True
                    break
            m = _SITE_COLON.match(t)
            if not changed and m and _matches_site(m[1], site) and len(t) > m.end() + 10:
                t, changed = t[m.end() :].strip(), True
        # "Headline @ Blog name :: Platform ::": the site's part and all after it go
        parts = _ANY_SEPARATOR.split(t.rstrip(_TRAILING_SEPARATOR_CHARS).strip())
        for i in range(1, len(parts)):
            if _matches_site(parts[i], site):
                head = _ANY_SEPARATOR.split(t, maxsplit=i)
                return t[: len(t) - len(head[-1])].rstrip().rstrip(_TRAILING_SEPARATOR_CHARS).strip() or t
        return t
    for sep in _BRAND_SEPARATORS:
        head, found, tail = t.rpartition(sep)
        if found and len(head.split()) >= 3 and _brand_like(tail):
            return head.strip()
    head, found, tail = t.rpartition(" - ")
    if found and len(head.split()) >= 3 and _DOMAIN.fullmatch(tail.strip()):
        return head.strip()
    return t


# what may glue a section name to the end of a title: the site separators, or a bare
# hyphen or underscore ("Headline-정치", "Headline_Sports"); not a colon (a subtitle's)
_SECTION_GLUE = " |:—–-·»/_｜ㅣ丨│"


def strip_section_suffix(title: str, sections: list[str]) -> str:
    """Remove a section name the page declares (``article:section``, JSON-LD ``articleSection``)
    glued to the end of a title with a separator, with or without spaces ("… - Politik", "…-정치").

    >>> strip_section_suffix("Storm closes schools - Politics", ["Politics"])
    'Storm closes schools'
    >>> strip_section_suffix("Vote on e-Politics", ["Politics"]), strip_section_suffix("Politics", ["Politics"])
    ('Vote on e-Politics', 'Politics')
    >>> strip_section_suffix("Students join the anti-war", ["War"])
    'Students join the anti-war'
    """
    t = title.strip()
    for section in sections:
        s = _SPACES.sub(" ", section).strip()
        if not s or len(s) > settings().section_max_chars or len(s.split()) > settings().section_max_words:
            continue
        if len(t) <= len(s) or t[-len(s) :].casefold() != s.casefold():
            continue
        head = t[: -len(s)]
        glue = head[len(head.rstrip(_SECTION_GLUE)) :]
        # a separator between them: spaced ("… - Politik") or a bare hyphen/underscore after
        # a letter ("…커졌다-정치"); "e-Politics" is one word and stays
        if not glue or ":" in glue or glue.strip() == "":
            continue
        if glue == glue.strip() and not all(ch in _WIDE_BARS for ch in glue):
            if t[-len(s)].islower() or not _glued_word_end(head, glue):
                continue  # "anti-war", "e-Politics", "TCP/IP": one word
        head = head.rstrip(_SECTION_GLUE).strip()
        if _headline_words(head) >= 2:
            return head
    return title


def _glued_word_end(head: str, glue: str) -> bool:
    """Whether a bare separator ends a sentence-long head: a hyphen after a word of two or more
    letters that closes a head of several words (not the "e" of "e-Politics")."""
    if glue not in ("-", "_"):
        return False
    words = head[: -len(glue)].split()
    return len(words) >= 2 and len(words[-1]) >= 2


def _headline_words(text: str) -> int:
    """Words of a title; a CJK character counts as half a word (no spaces between words)."""
    return max(len(text.split()), len(_CJK.findall(text)) // 2)


def looks_like_headline(text: str, *, memo: dict | None = None) -> float:
    """A 0..1 score of how much a line has the shape of a headline.

    Headlines have 3 to 25 words, no full stop at the end, start with a capital
    or digit, are one sentence, and are not a section label, navigation item,
    byline or date stamp. ``memo`` (a dict the caller keeps for one page) shares
    the byline and date-line answers with the caller's own questions.
    """
    if not text:
        return 0.0
    s = _SPACES.sub(" ", text[: settings().max_title_chars + 1]).strip()
    if not s or len(s) > settings().max_title_chars:
        return 0.0
    words = _WORD.findall(s)
    n = len(words)
    # Chinese, Japanese, Korean: no spaces between words; about two characters a word
    cjk = len(_CJK.findall(s))
    if cjk >= 4:
        n = max(n, cjk // 2)
    if n == 0:
        return 0.0
    from newsclean.metadata import bylines, dates  # local: avoid an import cycle at module load

    if rules.normalise_phrase(s) in rules.phrases("section_headers"):
        return 0.02
    ui = rules.combined("headline_ui_patterns")
    if ui is not None and n <= 12 and ui.search(s):
        return 0.05
    if n <= settings().share_bar_max_words and _share_bar(s):
        return 0.05
    caption = rules.combined("headline_caption_patterns")
    if caption is not None and caption.search(s):
        return 0.1
    score = 1.0
    if n < 2:
        score *= 0.15
    elif n == 2:
        score *= 0.45
    elif n > 25:
        score *= max(0.05, 0.6 - 0.02 * (n - 25))
    first = s.lstrip("\"'“‘«¿¡([")[:1]
    if first and first.islower():
        score *= 0.3
    if _SENTENCE_END.search(s) or s.endswith(("。", "．")):
        score *= 0.45
    if s.endswith((":", ",", ";", "…", "(", "[", "{", "=", "›", "»", ">")) or s.endswith("..."):
        score *= 0.3
    if s[:1] in "+*=<>{}#|\\/~^" or s.startswith(("...", "…")):
        score *= 0.3
    if _INNER_SENTENCE.search(s):
        score *= 0.5
    if len(_CRUMB.findall(s)) >= 2:
        score *= 0.15  # a breadcrumb trail: "Home > Science > Space"
    elif " | " in s or " > " in s or " » " in s:
        score *= 0.6
    if _URLISH.search(s):
        score *= 0.2
    letters = sum(ch.isalpha() for ch in s)
    digits = sum(ch.isdigit() for ch in s)
    if letters < 3 * digits:
        score *= 0.3
    if s.isupper() and n <= 3:
        score *= 0.5
    if n <= 12 and (_ask(memo, dates.looks_like_date_line, s) or dates.is_relative_age(s)):
        return min(score, 0.05)
    if n <= 25 and (_ask(memo, bylines.looks_like_byline, s) or _ask(memo, bylines.opens_with_author_marker, s)):
        return min(score, 0.1)
    if n <= settings().agency_max_words and _ask(memo, bylines.is_agency, s):
        return min(score, 0.05)  # "The Associated Press": the agency's credit line
    return round(score, 3)


def _share_bar(s: str) -> bool:
    """Whether a line names three or more of the networks a share bar offers."""
    networks = rules.phrases("share_networks")
    return sum(1 for w in s.split() if w.casefold().strip(".,:;|·•") in networks) >= settings().share_bar_networks


def _ask(memo: dict | None, fn, text: str):
    """``fn(text)``, answered once per text when the caller keeps a ``memo`` (``fn`` is pure)."""
    if memo is None:
        return fn(text)
    key = (fn, text)
    found = memo.get(key, memo)
    if found is memo:
        found = memo[key] = fn(text)
    return found
