"""Where the story comes from, read off the lines around its head: the publisher line under a
byline ("Via Reuters"), a portal's source card (publisher and age), a byline printed outside
the main content when the declared author is the site's own brand.

Split from :mod:`newsclean.stages.boxes` along its seams.
"""

from __future__ import annotations

import regex

from newsclean.document import Document, Kind, Label
from newsclean.metadata import bylines, dates, titles
from newsclean.settings import settings
from newsclean.stages.base import stage
from newsclean.stages.metadata_zone import MEMO_KEY, _memo


def _name_shaped(words: list[str]) -> bool:
    """A proper name: first and last words capitalised, lower-case words only as particles."""

    def cap(w: str) -> bool:
        w = w.lstrip("'’\"«(")
        return w[:1].isupper() or (len(w) > 2 and w[1:2] in "'’" and w[2:3].isupper())  # L'Écho

    # and a word of two letters or more: "A−" / "A+" (a text-size control) is no name
    return (
        cap(words[0])
        and cap(words[-1])
        and sum(map(cap, words)) * 2 > len(words)
        and any(sum(ch.isalpha() for ch in w) >= 2 for w in words)
    )


def _role_line(b) -> bool:
    """A job title alone on a line ("Staff Writer", "Sentinel Staff Writer"): the byline's
    second line, whether the page is read as text or as HTML (where the story's container
    holds it)."""
    return (
        b.label in (Label.UNDECIDED, Label.CHROME, Label.BODY)
        and b.features["words"] <= settings().role_line_max_words
        and not b.features["terminal"]
        and bylines.looks_like_job_title(b.text)
    )


@stage(
    "source_line", requires=["features.terminal", "features.words"], may_read=["found.source"], assigns=["found.source"]
)
def source_line(doc: Document) -> None:
    """The publisher's name printed on its own line under the byline is the source; a job
    title there is the byline's role line."""
    blocks = doc.blocks
    for i, b in enumerate(blocks[:-1]):
        if b.label != Label.BYLINE:
            continue
        nxt = blocks[i + 1]
        if nxt.kind != Kind.TABLE_ROW and _role_line(nxt):
            nxt.mark(Label.BYLINE, "byline.role_line")
            return
        if doc.found.get("source"):
            return
        words = nxt.text.split()
        if (
            nxt.label in (Label.UNDECIDED, Label.CHROME)
            and nxt.reason in ("", "region.outside", "chrome.repeated_line")
            and 1 <= len(words) <= settings().source_line_max_words
            and not nxt.features["terminal"]
            and _name_shaped(words)
            and not any(ch.isdigit() for ch in nxt.text)
        ):
            nxt.mark(Label.SOURCE, "source.publisher_line")
            doc.found["source"] = nxt.text
        return


_CARD_SPLIT = regex.compile(r"\s+[–—·|•-]\s+")


def _card_when(text: str) -> bool:
    """A card's date or age ("3 hours ago", "2d", "June 14, 2017"), a reading time after it
    ("3d · 4 min read")."""
    text = _READ_TIME.sub("", text).strip()
    if not text or len(text.split()) > settings().card_when_max_words:
        return False
    # (a date line, not a line holding a date: "June 14, 2017 | Lena Ortiz" is a byline)
    return dates.is_relative_age(text) or dates.looks_like_date_line(text)


# a reading time printed after a card's age ("3d · 4 min read")
_READ_TIME = regex.compile(r"(?:\s*[·|•–-])?\s*\d{1,3}\s?(?:min|mins|minutes?)\.?\s+read\s*$", regex.IGNORECASE)


def _split_card(text: str, people: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """A card line's publisher name and date or age: split at a separator ("The Bugle · 3h"),
    else where the date starts ("Westbrook Courier June 14, 2017", the name and date printed
    in elements of their own), unless the name is one of the page's ``people`` (a byline
    with its date: "Lena Ortiz June 14, 2017")."""
    text = text.strip()
    parts = _CARD_SPLIT.split(text, maxsplit=1)
    if len(parts) == 2 and _card_name(parts[0]) and _card_when(parts[1]):
        # ("By Corinne Bask | Oct. 4, 2012": a byline with its date)
        return None if bylines.opens_with_author_marker(parts[0]) else (parts[0].strip(), parts[1].strip())
    words = text.split()
    for k in range(1, min(settings().source_card_max_words, len(words) - 1) + 1):
        name, when = " ".join(words[:k]), " ".join(words[k:])
        if (
            _opens_date(words[k])
            and _card_when(when)
            and _card_name(name)
            and name.casefold() not in people
            and not bylines.opens_with_author_marker(name)
        ):
            return name, when
    return None


def _opens_date(word: str) -> bool:
    """A word a date or age may open with: a number, a month or a weekday ("Courier June 14"
    does not)."""
    v = dates._vocab()
    low = word.strip(".,").casefold()
    return word[:1].isdigit() or low in v.months or low in v.weekdays or low in v.relative_days


def _card_name(text: str) -> bool:
    words = text.split()
    stamp_words = dates._vocab().stamp_words
    # (a breadcrumb, "News › US", is no publisher's name; nor is a date stamp's own word,
    # a weekday or a cue: "Tuesday, March 9, 2023", "Published March 9, 2023")
    return (
        1 <= len(words) <= settings().source_card_max_words
        and not all(w.strip(".,:;").casefold() in stamp_words for w in words)
        and not any(ch.isdigit() or ch in "›»>/" for ch in text)
        and not text.rstrip().endswith((".", "!", "?", ":"))
        and _name_shaped(words)
    )


@stage(
    "source_card",
    requires=["found.bylines"],
    may_read=[
        "found.date_lines",
        "found.metadata_answers",
        "found.outside",
        "found.source",
        "found.title",
        "meta.authors",
        "meta.published",
        "meta.site_name",
        "meta.syndication",
    ],
    assigns=["found.date_lines", "found.source"],
)
def source_card(doc: Document) -> None:
    """The original publisher's card a portal prints above a syndicated story's headline: its
    name and a date or age on one line ("Pinecrest Gazette – Fri, Nov 9, 2012") or on two
    ("The Calderwood Times" / "2d"). The name is the source, the date a date line."""
    if doc.found.get("source"):
        return
    blocks = doc.blocks
    head = next((i for i, b in enumerate(blocks) if b.label == Label.TITLE), None)
    if head is None and doc.source_kind == "html":
        # the headline stayed outside the main content: the story's first block stands for it,
        # unless that block is the card itself ("Westbrook Courier · 2 hrs ago")
        head = next((i for i, b in enumerate(blocks) if b.label == Label.BODY), None)
        card = _split_card(blocks[head].text, _page_people(doc)) if head is not None else None
        if head is not None and card is not None and not bylines.parse_byline(card[0]).authors:
            blocks[head].mark(Label.SOURCE, "source.publisher_card")
            _found_card(doc, *card)
            return
    if head is None:
        return
    # a byline under the headline: a name-and-date line above it is the publisher's card, not
    # a second byline
    bylined = any(b.label == Label.BYLINE for b in blocks[head + 1 : head + 1 + settings().source_card_above])
    people = _page_people(doc)
    for j in range(head - 1, max(-1, head - 1 - settings().source_card_above), -1):
        b = blocks[j]
        if b.label == Label.BODY and doc.source_kind == "html":
            # trafilatura kept the card above the <h1> ("Westbrook Courier · 2 hrs ago"): an
            # outlet's name and a date, not a person's
            card = _split_card(b.text, people)
            if card is not None and not bylines.parse_byline(card[0]).authors:
                b.mark(Label.SOURCE, "source.publisher_card")
                _found_card(doc, *card)
                return
            continue
        if b.label == Label.BODY or (b.label == Label.BYLINE and not bylined):
            continue
        card = _split_card(b.text, people)
        if card is not None:
            name, when = card
        elif (
            j + 1 < head
            and b.label != Label.BYLINE
            and _card_name(b.text)
            and _card_when(blocks[j + 1].text)
            and len(_CARD_SPLIT.split(_READ_TIME.sub("", blocks[j + 1].text).strip(), maxsplit=1)) == 1
        ):
            name, when = b.text.strip(), blocks[j + 1].text.strip()
            blocks[j + 1].mark(Label.DATE, "date.publisher_card")
        else:
            continue
        if b.label == Label.BYLINE and b.text in doc.found.get("bylines", []):
            doc.found["bylines"].remove(b.text)
        b.mark(Label.SOURCE, "source.publisher_card")
        _found_card(doc, name, when)
        return
    if _card_below(doc, head, people):
        return
    # HTML: the card is often outside the main-content candidate, in the lines the segmenter
    # left out before the headline
    lines = [
        line.strip()
        for index, text, _rule in doc.found.get("outside", [])
        if index <= head
        for line in text.split("\n")
        if line.strip()
    ]
    title = (doc.found.get("title") or "").casefold().strip()
    at = next((k for k in range(len(lines) - 1, -1, -1) if title and lines[k].casefold() == title), None)
    if at is not None:
        lines = lines[:at]  # the card is above the headline
    lines = lines[-settings().source_card_outside_lines :]
    if at is not None and lines and not doc.meta.get("published") and _card_when(lines[-1]):
        # a card whose name is a logo (no text): its date alone right above the headline
        doc.found.setdefault("date_lines", []).insert(0, _READ_TIME.sub("", lines[-1]).strip())
    for j in range(len(lines) - 1, -1, -1):
        card = _split_card(lines[j], people)
        if card is not None:
            name, when = card
        elif j + 1 < len(lines) and _card_name(lines[j]) and _card_when(lines[j + 1]):
            name, when = lines[j], lines[j + 1]
        else:
            continue
        _found_card(doc, name, when)
        return
    # a card whose name is a logo: the picture's name (read with the page's metadata)
    logo = (doc.meta.get("syndication") or {}).get("card_logo")
    if logo and _card_name(logo) and not _site_brand(doc, logo):
        doc.found["source"] = logo


def _found_card(doc: Document, name: str, when: str) -> None:
    doc.found["source"] = name
    # the card dates the story: before the date lines of teasers or widgets around it
    doc.found.setdefault("date_lines", []).insert(0, _READ_TIME.sub("", when).strip())


def _card_below(doc: Document, head: int, people: frozenset[str]) -> bool:
    """The publisher's card printed under the headline ("The Dunmore Herald · June 3, 2017", or
    the name and date on two lines): its name is an outlet's, not a person's (that is a byline
    with its date)."""
    blocks = doc.blocks
    end = min(len(blocks), head + 1 + settings().source_card_below)
    for j in range(head + 1, end):
        b = blocks[j]
        if b.label == Label.BYLINE:
            end = min(len(blocks), end + 1)  # the card under the byline
            continue
        if b.label == Label.BODY and doc.source_kind == "html":
            # trafilatura kept the card as the story's first block
            card = _split_card(b.text, people)
            if card is None or bylines.parse_byline(card[0]).authors:
                return False
            b.mark(Label.SOURCE, "source.publisher_card")
            _found_card(doc, *card)
            return True
        if b.label not in (Label.UNDECIDED, Label.CHROME, Label.DATE):
            return False
        card = _split_card(b.text, people)
        two_lines = (
            card is None
            and j + 1 < len(blocks)
            and _card_name(b.text)
            and blocks[j + 1].label in (Label.UNDECIDED, Label.CHROME, Label.DATE)
            and _card_when(blocks[j + 1].text)
        )
        if two_lines:
            card = (b.text.strip(), blocks[j + 1].text.strip())
        if card is None or bylines.parse_byline(card[0]).authors:
            continue
        b.mark(Label.SOURCE, "source.publisher_card")
        if two_lines:
            blocks[j + 1].mark(Label.DATE, "date.publisher_card")
        _found_card(doc, *card)
        return True
    return False


def _page_people(doc: Document) -> frozenset[str]:
    """The people the page credits so far (declared authors, byline lines), case-folded."""
    memo = doc.found.get(MEMO_KEY)  # head_metadata's answers for this page: each line parsed once
    names = [a for a in doc.meta.get("authors") or [] if isinstance(a, str)]
    for text in doc.found.get("bylines", []):
        names.extend(_memo(memo, bylines.parse_byline, text).authors)
    return frozenset(n.casefold() for n in names)


@stage(
    "outside_byline",
    may_read=[
        "found.bylines",
        "found.date_lines",
        "found.outside",
        "found.title",
        "meta.authors",
        "meta.site_name",
        "meta.url",
    ],
    assigns=["found.bylines", "found.date_lines"],
)
def outside_byline(doc: Document) -> None:
    """HTML: the story's byline line printed under the headline but left outside the main
    content ("By Corinne Bask | Oct. 4, 2012 | The Ashgrove Tribune"), read when nothing else
    names a person: no byline line in the story and the declared author is the site's own
    brand ("Pinwheel News") or an agency."""
    if (
        doc.source_kind != "html"
        or any(b.label == Label.BYLINE for b in doc.blocks)
        or any(_memo(doc.found.get(MEMO_KEY), bylines.parse_byline, t).authors for t in doc.found.get("bylines", []))
    ):
        return
    for name in doc.meta.get("authors") or []:
        if isinstance(name, str) and name.strip() and not bylines.is_agency(name) and not _site_brand(doc, name):
            return  # a declared person
    first = next((b.index for b in doc.blocks if b.label == Label.BODY), None)
    if first is None:
        return
    lines = [
        line.strip()
        for index, text, _rule in doc.found.get("outside", [])
        if index <= first
        for line in text.split("\n")
        if line.strip()
    ]
    title = (doc.found.get("title") or "").casefold().strip()
    at = next((k for k, line in enumerate(lines) if title and line.casefold() == title), None)
    lines = (
        lines[at + 1 : at + 1 + settings().outside_byline_lines]
        if at is not None
        else lines[-settings().outside_byline_lines :]
    )
    for line in lines:
        if bylines.looks_like_byline(line) and bylines.parse_byline(line).authors:
            doc.found.setdefault("bylines", []).append(line)
            # its date, when the page declares none ("| Oct. 4, 2012 |")
            doc.found.setdefault("date_lines", []).extend(part for part in _CARD_SPLIT.split(line) if _card_when(part))
            return


def _site_brand(doc: Document, name: str) -> bool:
    """Whether a declared author names the site itself: its declared name, or a word of it
    is a label of the page's host name ("Pinwheel News" on news.pinwheel.example)."""
    site = doc.meta.get("site_name")
    if isinstance(site, str) and site and titles.same_site(name, site):
        return True
    url = doc.url or doc.meta.get("url") or ""
    host = url.split("://", 1)[-1].split("/", 1)[0].casefold()
    labels = {
        label
        for label in host.split(".")[:-1]
        if len(label) >= settings().brand_label_min_chars and label not in _GENERIC_HOST_LABELS
    }
    return any(w.casefold() in labels for w in name.split())


# host labels that name a kind of site, not the brand ("news.pinwheel.example")
_GENERIC_HOST_LABELS = frozenset({"news", "blog", "blogs", "home", "mail", "online", "media", "mobile", "amp"})
