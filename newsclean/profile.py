"""Site chrome learned from a corpus: :class:`Profile`.

On a site's pages the chrome repeats ("Our Standards: ...", a newsletter box, a
"Community Policy" line, the same related headlines for a day) while story text does
not. A :class:`Profile` counts, per site, on how many pages each block occurs, and
turns the blocks that recur on a large share of a site's pages into an extra
pipeline stage (:class:`LearnedChrome`) that removes them with the rule name
``learned:<site>``.

>>> p = Profile(min_pages=2, min_site_pages=2)
>>> for day in ("Monday", "Tuesday", "Wednesday"):
...     _ = p.add_page(f"Storm on {day}\\n\\nRain fell all day on {day}, the office said.\\n\\n"
...                    "Our desk checks every fact twice", url="https://news.example.com/a")
>>> p.learned("example.com")
{'our desk checks every fact twice': 3}

**Site.** A page's site is the registered domain of its URL (``www.bbc.co.uk/news``
-> ``bbc.co.uk``, with the public-suffix list shipped by the ``tld`` package; a host
under a suffix the list does not know gives its last two labels), or a key
you give (``site="my-feed"``). :meth:`Profile.for_site` binds a key for
``extract(page, profile=...)`` when pages have no URL.

**Block key.** A block is compared by its normalised text: case-folded, whitespace
collapsed, surrounding punctuation stripped and, in blocks of at most 12 words, every
run of digits written ``0`` (so "Comments (4)" and "Comments (12)" are one block). Blocks longer than
``max_chars`` are not counted: they are story paragraphs, and skipping them bounds
memory. Each block counts once per page.

**Thresholds** (the defaults, all keyword arguments of :class:`Profile`):

* ``min_site_pages=5`` -- a site with fewer learned pages teaches nothing: with two
  or three pages a shared quote or a follow-up story is as likely as chrome;
* ``min_share=0.2`` and ``min_pages=3`` -- a block is the site's chrome when it
  occurs on at least 20 % of the site's pages *and* on at least 3 of them (a day's
  "Related" headlines recur on a fifth of a busy site's pages, story text on one);
* ``ubiquitous_share=0.5`` -- the *strong evidence* rule: a learned block that reads
  like a sentence of the story (ends like a sentence, at least ``prose_words``
  words) and sits between two story-like paragraphs that are not learned is kept as
  story text, unless it occurs on half or more of the site's pages (a quote reused
  by a follow-up story recurs on a few pages; a box inserted in every story, on most).
  Date and byline lines are never taken: the metadata stages read them.

**Memory.** Counting uses lossy counting (Manku and Motwani, 2002) per site with
error ``error=0.02``: every ``1/error`` = 50 pages, blocks whose count cannot reach
the threshold any more are dropped, so a site's table holds
O(log(error * pages) / error) entries however many pages stream past, and every
block on at least ``min_share`` of the pages is kept (its count is exact to within
``error * pages``). Below 50 pages per site the counts are exact.

A profile is plain data: it pickles, saves to and loads from JSON
(:meth:`save`, :meth:`load`), and merges (:meth:`merge`: counts and pages add up).
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from newsclean.document import Block, Document, Label
from newsclean.rules import normalise_phrase
from newsclean.settings import settings

PROFILE_FORMAT = 1

DEFAULT_MIN_SHARE = 0.2
DEFAULT_MIN_PAGES = 3
DEFAULT_MIN_SITE_PAGES = 5
DEFAULT_UBIQUITOUS_SHARE = 0.5
DEFAULT_ERROR = 0.02
DEFAULT_MAX_CHARS = 600
DEFAULT_PROSE_WORDS = 8.0

_DIGITS = regex.compile(r"\d+")
_IP = regex.compile(r"^[\d.]+$|^\[?[0-9a-f:]+\]?$")


def block_key(text: str) -> str:
    """The normalised text a block is compared by (in short blocks, digits folded to ``0``).

    Only blocks of at most ``fold_digits_words`` words fold their digits: counters and
    stamps are short, while two story paragraphs differing only in their figures are
    different paragraphs.
    """
    norm = normalise_phrase(text)
    if norm.count(" ") < settings().fold_digits_words:
        return _DIGITS.sub("0", norm)
    return norm


def site_of(url: str | None) -> str | None:
    """The registered domain of ``url`` (``news.bbc.co.uk`` -> ``bbc.co.uk``), else its host."""
    if not url:
        return None
    from tld import get_fld  # the public-suffix list ships with the package

    if "://" not in url:
        url = "http://" + url
    fld = get_fld(url, fail_silently=True)
    if fld:
        return fld.lower()
    from urllib.parse import urlsplit

    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower().rstrip(".")
    if _IP.match(host) or "." not in host:
        return host
    # a suffix the list does not know is one label long (the list's default rule "*")
    return ".".join(host.split(".")[-2:])


@dataclass
class _SiteCounts:
    pages: int = 0
    # key -> [count, delta] (lossy counting: the true count is in [count, count + delta])
    counts: dict[str, list[int]] = field(default_factory=dict)


class Profile:
    """Per-site counts of recurring blocks, and the stage that removes them."""

    def __init__(
        self,
        *,
        min_share: float = DEFAULT_MIN_SHARE,
        min_pages: int = DEFAULT_MIN_PAGES,
        min_site_pages: int = DEFAULT_MIN_SITE_PAGES,
        ubiquitous_share: float = DEFAULT_UBIQUITOUS_SHARE,
        error: float = DEFAULT_ERROR,
        max_chars: int = DEFAULT_MAX_CHARS,
        prose_words: float = DEFAULT_PROSE_WORDS,
    ) -> None:
        if not 0 < min_share <= 1 or not 0 < ubiquitous_share <= 1:
            raise ValueError("min_share and ubiquitous_share must be in (0, 1]")
        if not 0 < error < min_share:
            raise ValueError("error must be positive and below min_share")
        if min_pages < 1 or min_site_pages < 1 or max_chars < 1:
            raise ValueError("min_pages, min_site_pages and max_chars must be >= 1")
        self.min_share = float(min_share)
        self.min_pages = int(min_pages)
        self.min_site_pages = int(min_site_pages)
        self.ubiquitous_share = float(ubiquitous_share)
        self.error = float(error)
        self.max_chars = int(max_chars)
        self.prose_words = float(prose_words)
        self._sites: dict[str, _SiteCounts] = {}
        self._learned_cache: dict[str, dict[str, int]] = {}

    # ------------------------------------------------------------------ learning
    @property
    def bucket(self) -> int:
        """Pages per lossy-counting bucket (``ceil(1 / error)``)."""
        return math.ceil(1 / self.error)

    def add_blocks(self, site: str, texts: Iterable[str]) -> None:
        """Count one page of ``site`` given as its block texts."""
        keys = {block_key(t) for t in texts if t and len(t) <= self.max_chars}
        keys.discard("")
        sc = self._sites.setdefault(site, _SiteCounts())
        sc.pages += 1
        w = self.bucket
        current = math.ceil(sc.pages / w)
        counts = sc.counts
        for k in keys:
            entry = counts.get(k)
            if entry is None:
                counts[k] = [1, current - 1]
            else:
                entry[0] += 1
        if sc.pages % w == 0:
            for k in [k for k, (c, d) in counts.items() if c + d <= current]:
                del counts[k]
        self._learned_cache.pop(site, None)

    def add_page(
        self,
        source: str | bytes,
        *,
        url: str | None = None,
        site: str | None = None,
        kind: str | None = None,
    ) -> str | None:
        """Count one page (HTML or visible text, as for :func:`newsclean.extract`).

        The page is segmented exactly as ``extract`` segments it, so the learned
        blocks match the blocks ``extract`` sees. Returns the site key used, or None
        when the page has no site (no ``site`` and no usable ``url``) or no text.
        """
        key = site or site_of(url)
        if key is None:
            return None
        doc = _segment(source, url=url, kind=kind)
        if doc is None:
            return None
        self.add_blocks(key, (b.text for b in doc.blocks))
        return key

    @classmethod
    def learn(
        cls, pages: Iterable[Any], *, site: str | None = None, kind: str | None = None, **thresholds: Any
    ) -> Profile:
        """A profile learned from ``pages``.

        Each item is a page (``str``/``bytes``; then ``site`` must be given), a
        ``(page, url)`` pair, or a mapping with the page under ``html``, ``text``,
        ``source`` or ``page`` and optional ``url``/``site``/``kind`` keys.
        """
        p = cls(**thresholds)
        for item in pages:
            source, url, item_site, item_kind = _unpack(item)
            p.add_page(source, url=url, site=item_site or site, kind=item_kind or kind)
        return p

    # ------------------------------------------------------------------ queries
    @property
    def sites(self) -> list[str]:
        return sorted(self._sites)

    def pages(self, site: str) -> int:
        sc = self._sites.get(site)
        return sc.pages if sc else 0

    def threshold(self, site: str) -> int:
        """Pages a block of ``site`` must occur on to be learned chrome."""
        n = self.pages(site)
        return max(self.min_pages, math.ceil((self.min_share - self.error) * n - 1e-9))

    def learned(self, site: str) -> dict[str, int]:
        """The learned chrome of ``site``: block key -> pages it was counted on."""
        hit = self._learned_cache.get(site)
        if hit is not None:
            return dict(hit)
        sc = self._sites.get(site)
        if sc is None or sc.pages < self.min_site_pages:
            out: dict[str, int] = {}
        else:
            t = self.threshold(site)
            out = {k: c for k, (c, _d) in sorted(sc.counts.items()) if c >= t}
        self._learned_cache[site] = out
        return dict(out)

    def stage(self, site: str | None) -> LearnedChrome | None:
        """The pipeline stage for ``site``, or None when nothing was learned for it."""
        if site is None:
            return None
        learned = self._learned_cache.get(site)
        if learned is None:
            self.learned(site)
            learned = self._learned_cache[site]
        if not learned:
            return None
        return LearnedChrome(site, learned, self.pages(site), self.ubiquitous_share, self.prose_words)

    def for_site(self, site: str) -> SiteProfile:
        """This profile bound to ``site``, for ``extract(page, profile=...)`` without a URL."""
        return SiteProfile(self, site)

    def __contains__(self, site: object) -> bool:
        return site in self._sites

    def __repr__(self) -> str:
        return f"Profile({len(self._sites)} sites, {sum(s.pages for s in self._sites.values())} pages)"

    # ------------------------------------------------------------------ merge, save, load
    def _settings(self) -> dict[str, Any]:
        return {
            "min_share": self.min_share,
            "min_pages": self.min_pages,
            "min_site_pages": self.min_site_pages,
            "ubiquitous_share": self.ubiquitous_share,
            "error": self.error,
            "max_chars": self.max_chars,
            "prose_words": self.prose_words,
        }

    def merge(self, other: Profile) -> Profile:
        """A new profile with the pages and counts of both (this one's thresholds).

        Counts of a block add up, and so do the lossy-counting error bounds; a block
        pruned from one side is missing there, which can only lower its count.
        """
        out = Profile(**self._settings())
        for src in (self, other):
            for site, sc in src._sites.items():
                dst = out._sites.setdefault(site, _SiteCounts())
                dst.pages += sc.pages
                for k, (c, d) in sc.counts.items():
                    entry = dst.counts.get(k)
                    if entry is None:
                        dst.counts[k] = [c, d]
                    else:
                        entry[0] += c
                        entry[1] += d
        return out

    def __or__(self, other: Profile) -> Profile:
        return self.merge(other)

    def to_dict(self, *, learned_only: bool = False) -> dict[str, Any]:
        """JSON-ready state. ``learned_only`` keeps only each site's learned blocks
        (smaller, readable; enough to apply the profile, not to go on learning)."""
        sites: dict[str, Any] = {}
        for site in sorted(self._sites):
            sc = self._sites[site]
            if learned_only:
                blocks = {k: [c, 0] for k, c in self.learned(site).items()}
            else:
                blocks = {k: list(v) for k, v in sorted(sc.counts.items())}
            sites[site] = {"pages": sc.pages, "blocks": blocks}
        return {"format": PROFILE_FORMAT, "settings": self._settings(), "sites": sites}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Profile:
        if data.get("format") != PROFILE_FORMAT:
            raise ValueError(f"not a newsclean profile (format {data.get('format')!r}, expected {PROFILE_FORMAT})")
        p = cls(**dict(data.get("settings") or {}))
        for site, entry in (data.get("sites") or {}).items():
            sc = _SiteCounts(pages=int(entry["pages"]))
            for k, v in (entry.get("blocks") or {}).items():
                c, d = (v, 0) if isinstance(v, int) else (int(v[0]), int(v[1]))
                sc.counts[str(k)] = [c, d]
            p._sites[str(site)] = sc
        return p

    def save(self, path: str | os.PathLike[str], *, learned_only: bool = False) -> None:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.to_dict(learned_only=learned_only), f, ensure_ascii=False, indent=1)
            f.write("\n")

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Profile:
        with open(path, encoding="utf-8") as f:
            return cls.from_dict(json.load(f))

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_learned_cache"] = {}
        return state


@dataclass(frozen=True)
class SiteProfile:
    """A :class:`Profile` bound to one site key (see :meth:`Profile.for_site`)."""

    profile: Profile
    site: str

    def stage(self, site: str | None = None) -> LearnedChrome | None:
        return self.profile.stage(self.site)


def resolve_stage(profile: Profile | SiteProfile | None, doc: Document) -> LearnedChrome | None:
    """The learned-chrome stage for ``doc`` (its site from ``doc.url``), if any."""
    if profile is None:
        return None
    if isinstance(profile, SiteProfile):
        return profile.stage()
    if isinstance(profile, Profile):
        return profile.stage(site_of(doc.url or doc.meta.get("url")))
    raise TypeError(f"profile must be a newsclean.Profile, not {type(profile).__name__}")


class LearnedChrome:
    """Stage: mark undecided blocks that are learned chrome of the page's site.

    Runs after the built-in chrome rules (their rule names win) and before the
    main-region search (so the region search counts learned blocks as chrome).
    """

    name = "learned_chrome"
    requires = ("features.terminal", "features.words")

    def __init__(
        self,
        site: str,
        learned: Mapping[str, int],
        pages: int,
        ubiquitous_share: float = DEFAULT_UBIQUITOUS_SHARE,
        prose_words: float = DEFAULT_PROSE_WORDS,
    ) -> None:
        self.site = site
        self.learned = learned
        self.pages = max(1, pages)
        self.ubiquitous_share = ubiquitous_share
        self.prose_words = prose_words
        self.rule = f"learned:{site}"

    def __call__(self, doc: Document) -> None:
        from newsclean.metadata import bylines, dates

        blocks = doc.blocks
        hits = [i for i, b in enumerate(blocks) if b.label == Label.UNDECIDED and block_key(b.text) in self.learned]
        if not hits:
            return
        hit_set = set(hits)
        for i in hits:
            b = blocks[i]
            share = self.learned[block_key(b.text)] / self.pages
            if share < self.ubiquitous_share and self._embedded_in_story(blocks, i, hit_set):
                continue
            if b.features.get("words", 0) <= 25 and (
                dates.looks_like_date_line(b.text) or bylines.looks_like_byline(b.text)
            ):
                continue
            b.mark(Label.CHROME, self.rule)

    def _prose(self, b: Block) -> bool:
        f = b.features
        return bool(f.get("terminal")) and f.get("words", 0) >= self.prose_words

    def _embedded_in_story(self, blocks: list[Block], i: int, hits: set[int]) -> bool:
        """A sentence of the story: prose itself, between two unlearned story-like paragraphs."""
        if not self._prose(blocks[i]) or i == 0 or i + 1 >= len(blocks):
            return False
        for j in (i - 1, i + 1):
            nb = blocks[j]
            if j in hits or nb.label == Label.CHROME or not self._prose(nb):
                return False
        return True


# ---------------------------------------------------------------------- helpers
def _segment(source: str | bytes, *, url: str | None, kind: str | None) -> Document | None:
    from newsclean.errors import UnusableInputError
    from newsclean.inputs import DEFAULT_MAX_BYTES, decode_source, detect_kind
    from newsclean.segment import segment_html, segment_text

    try:
        text, _warnings = decode_source(source, max_bytes=DEFAULT_MAX_BYTES)
    except UnusableInputError:
        return None
    if kind is None:
        kind = detect_kind(text)
    return segment_html(text, url=url) if kind == "html" else segment_text(text)


_PAGE_FIELDS = ("html", "text", "source", "page", "content", "raw_html")


def _unpack(item: Any) -> tuple[Any, str | None, str | None, str | None]:
    if isinstance(item, (str, bytes)):
        return item, None, None, None
    if isinstance(item, tuple) and len(item) == 2:
        return item[0], item[1], None, None
    if isinstance(item, Mapping):
        for f in _PAGE_FIELDS:
            if item.get(f) is not None:
                return item[f], item.get("url"), item.get("site"), item.get("kind")
        raise ValueError(f"no page under any of {_PAGE_FIELDS} in the item")
    if isinstance(item, os.PathLike):
        return _read(os.fspath(item)), None, None, None
    page = getattr(item, "source", None)
    if page is None and getattr(item, "path", None):
        page = _read(item.path)
    if page is not None:  # newsclean.batch.Page and alike
        return page, getattr(item, "url", None), getattr(item, "site", None), getattr(item, "kind", None)
    raise TypeError(f"cannot learn from a {type(item).__name__}: give a page, (page, url) or a mapping")


def _read(path: str) -> bytes:
    import gzip

    with open(path, "rb") as f:
        data = f.read()
    return gzip.decompress(data) if path.endswith(".gz") else data
