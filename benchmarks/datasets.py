"""Load a labelled set of pages for the benchmark.

Two folder layouts are read (the layout is detected):

``scrapinghub`` -- the article-extraction-benchmark layout::

    ground-truth.json        {id: {"articleBody": str, ...}}
    html/<id>.html.gz        or html/<id>.html   (the page)
    text/<id>.txt            (optional: the page's visible text)

``readability`` -- one folder per page, as in ``shared/bench/readability-dev``::

    <name>/gold.json         {"body": str, ...}
    <name>/source.html       (the page)
    <name>/text.txt          (optional: the page's visible text)

Every page has a ``site`` (the registered domain of its URL; for a page without a URL, the
page's declared canonical address, else the host most of its absolute links point to, else
the readability folder's name without its ``-N`` suffix) and a ``half``: ``tune`` or
``validate``, from a hash of the site, so a site's pages all fall in one half and the split
never changes (see :func:`half_of`). Study errors on the tune half; keep a change only when
the validate half of every set holds or improves.

A page whose input file is missing for the requested kind is left out of that run
and counted in :attr:`Dataset.missing`. Point the runner at your own labelled pages by
laying them out either way.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

KINDS = ("html", "text")
HALVES = ("tune", "validate")
_CANONICAL = re.compile(r"""<(?:link|meta)\b[^>]{0,300}?(?:rel\s*=\s*["']?canonical|property\s*=\s*["']og:url)[^>]{0,300}>""",
                        re.I)
_ADDRESS = re.compile(r"""(?:href|content)\s*=\s*["'](https?://[^"'\s>]+)""", re.I)
_LINK_HOST = re.compile(r"""href\s*=\s*["']https?://([^/"'\s>:]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


class DatasetError(ValueError):
    """The folder is not a dataset in a known layout."""


@dataclass(frozen=True)
class Page:
    """One labelled page: its truth body and where its inputs are."""

    id: str
    truth: str
    html_path: Path | None = None
    text_path: Path | None = None
    site: str = ""
    gold: dict | None = field(default=None, compare=False, repr=False)

    @property
    def half(self) -> str:
        return half_of(self.site or self.id)

    def path(self, kind: str) -> Path | None:
        return self.html_path if kind == "html" else self.text_path

    def read(self, kind: str) -> str | None:
        """The page's input of this kind as a string, or None when the file is absent."""
        path = self.path(kind)
        if path is None:
            return None
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        return decode(data, kind)


@dataclass
class Dataset:
    """A named list of labelled pages."""

    name: str
    layout: str
    root: Path
    pages: list[Page] = field(default_factory=list)

    def truth(self) -> dict[str, str]:
        return {p.id: p.truth for p in self.pages}

    def with_input(self, kind: str) -> list[Page]:
        """The pages that have an input file of this kind."""
        return [p for p in self.pages if p.path(kind) is not None]

    def missing(self, kind: str) -> int:
        return sum(1 for p in self.pages if p.path(kind) is None)

    def half(self, name: str | None) -> "Dataset":
        """The pages of one half (``tune`` / ``validate``); ``None`` or ``all``: the whole set."""
        if name in (None, "all"):
            return self
        if name not in HALVES:
            raise DatasetError(f"no half {name!r}: choose from {', '.join(HALVES)} or all")
        return Dataset(name=self.name, layout=self.layout, root=self.root,
                       pages=[p for p in self.pages if p.half == name])

    def checksum(self) -> str:
        """SHA-256 over every file of the set (names and bytes): a changed set cannot pass unseen."""
        digest = hashlib.sha256()
        for path in sorted(p for p in self.root.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(self.root)).encode("utf-8") + b"\0")
            digest.update(path.read_bytes())
        return digest.hexdigest()


def half_of(site: str) -> str:
    """``tune`` or ``validate`` for a site: the parity of the first byte of its SHA-256 (stable everywhere)."""
    return HALVES[hashlib.sha256(site.encode("utf-8")).digest()[0] % 2]


def site_of_url(url: str | None) -> str | None:
    """The registered domain of ``url`` (newsclean's own notion of a site), or None."""
    if not url:
        return None
    from newsclean.profile import site_of
    return site_of(url)


def site_of_html(html: str) -> str | None:
    """A page without a known URL: its declared canonical address, else its links' commonest host."""
    head = html[:200_000]
    for tag in _CANONICAL.finditer(head):
        address = _ADDRESS.search(tag.group(0))
        if address and site_of_url(address.group(1)):
            return site_of_url(address.group(1))
    hosts = Counter(h.lower() for h in _LINK_HOST.findall(html))
    return site_of_url("http://" + hosts.most_common(1)[0][0]) if hosts else None


def decode(data: bytes, kind: str = "html") -> str:
    """Bytes as text: UTF-8 (BOM dropped), else an HTML page's declared charset, else UTF-8 with replacement."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if kind == "html":
        match = _META_CHARSET.search(data[:4096])
        if match:
            try:
                return data.decode(match.group(1).decode("ascii"), errors="replace")
            except LookupError:
                pass
    return data.decode("utf-8", errors="replace")


def detect_layout(root: Path) -> str:
    if (root / "ground-truth.json").is_file():
        return "scrapinghub"
    if root.is_dir() and any((child / "gold.json").is_file() for child in root.iterdir() if child.is_dir()):
        return "readability"
    raise DatasetError(
        f"{root}: no ground-truth.json (ScrapingHub layout) and no <page>/gold.json (readability layout)"
    )


def load_dataset(root: str | Path, limit: int | None = None) -> Dataset:
    """Load the dataset at ``root`` (layout detected); ``limit`` keeps the first pages by id."""
    root = Path(root)
    if not root.is_dir():
        raise DatasetError(f"{root}: not a folder")
    layout = detect_layout(root)
    pages = _load_scrapinghub(root) if layout == "scrapinghub" else _load_readability(root)
    pages.sort(key=lambda p: p.id)
    if limit is not None:
        pages = pages[: max(limit, 0)]
    return Dataset(name=root.resolve().name, layout=layout, root=root, pages=pages)


def _first_existing(*paths: Path) -> Path | None:
    return next((p for p in paths if p.is_file()), None)


def _load_scrapinghub(root: Path) -> list[Page]:
    with open(root / "ground-truth.json", encoding="utf-8") as fh:
        truth = json.load(fh)
    if not isinstance(truth, dict):
        raise DatasetError(f"{root}/ground-truth.json: expected an object {{id: {{\"articleBody\": ...}}}}")
    pages = []
    for page_id, item in truth.items():
        body = item.get("articleBody") if isinstance(item, dict) else item
        page = Page(
            id=str(page_id),
            truth=body or "",
            html_path=_first_existing(root / "html" / f"{page_id}.html.gz", root / "html" / f"{page_id}.html"),
            text_path=_first_existing(root / "text" / f"{page_id}.txt"),
        )
        url = item.get("url") if isinstance(item, dict) else None
        site = site_of_url(url)
        if site is None and page.html_path is not None:
            site = site_of_html(page.read("html") or "")
        pages.append(replace(page, site=site or str(page_id)))
    return pages


def _load_readability(root: Path) -> list[Page]:
    pages = []
    for folder in root.iterdir():
        gold_path = folder / "gold.json"
        if not gold_path.is_file():
            continue
        with open(gold_path, encoding="utf-8") as fh:
            gold = json.load(fh)
        site = site_of_url(gold.get("url")) or gold.get("publisher") or re.sub(r"-\d+$", "", folder.name)
        pages.append(Page(
            id=folder.name,
            truth=gold.get("body") or "",
            html_path=_first_existing(folder / "source.html", folder / "source.html.gz"),
            text_path=_first_existing(folder / "text.txt"),
            site=site,
            gold=gold,
        ))
    return pages
