"""Boxes inside the story that are not the story: advertisement and sponsored boxes,
and the publisher line under an aggregator's byline.

In visible text a box prints as consecutive lines with no blank line between them
(``gap_before`` is False), while story paragraphs are separated by blank lines. So
an ad label ("Advertisement", "Anzeige", "Publicité"...) takes with it the lines
printed right under it in the same box: the ad copy and its call to action.
"""

from __future__ import annotations

import regex

from newsclean import rules
from newsclean.document import Block, Document, Kind, Label
from newsclean.metadata import bylines, dates, titles
from newsclean.stages.base import stage
from newsclean.stages.metadata_zone import MEMO_KEY, _memo

AD_BOX_MAX_WORDS = 30  # ad copy is short; a longer line is story text
AD_BOX_MAX_LINES = 6
SOURCE_LINE_MAX_WORDS = 5
ROLE_LINE_MAX_WORDS = 5


@stage(
    "ad_boxes",
    requires=["features.terminal", "features.words"],
    may_read=["features.norm"],
    assigns=["features.list_gap"],
)
def ad_boxes(doc: Document) -> None:
    """Lines printed in the same box as an ad label are the ad (``structure.ad_box``)."""
    if doc.source_kind != "text":
        return  # HTML blocks are elements: every block has a gap, the box shape is not visible
    labels = rules.phrases("ad_labels")
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.features.get("norm") not in labels:
            continue
        if b.label in (Label.UNDECIDED, Label.BODY):
            b.mark(Label.CHROME, "structure.ad_label")
        for j in range(i + 1, min(len(blocks), i + 1 + AD_BOX_MAX_LINES)):
            nxt = blocks[j]
            if nxt.gap_before or nxt.features["words"] > AD_BOX_MAX_WORDS:
                break
            if nxt.label in (Label.UNDECIDED, Label.BODY):
                nxt.mark(Label.CHROME, "structure.ad_box")
    player_boxes(doc)
    consent_boxes(doc)
    key_points_boxes(doc)


KEY_POINTS_MAX_LINES = 6
KEY_POINTS_LINE_MAX_WORDS = 60


def key_points_boxes(doc: Document) -> None:
    """A "Key points" box above a story: its heading and the lines printed under it in the
    same box (no blank line between them) summarise the story; they are chrome
    (``structure.key_points``)."""
    headings = rules.phrases("key_points_headings")
    if not headings:
        return
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.features.get("norm") not in headings or b.label not in (Label.UNDECIDED, Label.CHROME):
            continue
        box: list[Block] = []
        for j in range(i + 1, min(len(blocks), i + 1 + KEY_POINTS_MAX_LINES)):
            nxt = blocks[j]
            if (box and nxt.gap_before) or nxt.features["words"] > KEY_POINTS_LINE_MAX_WORDS:
                break
            box.append(nxt)
        if not box:
            continue
        b.mark(Label.CHROME, "structure.key_points")
        for nxt in box:
            if nxt.label in (Label.UNDECIDED, Label.BODY):
                nxt.mark(Label.CHROME, "structure.key_points")


CONSENT_HEAD_CHARS = 120  # the consent wording is at the start of its block
CONSENT_MAX_LINES = 4  # the box's buttons printed right under its text
CONSENT_BUTTON_MAX_WORDS = 8


def consent_boxes(doc: Document) -> None:
    """A cookie or privacy consent box is chrome however long its text (``structure.consent_box``),
    with the short button lines printed right under it."""
    pat = rules.combined("consent_patterns")
    if pat is None:
        return
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.label not in (Label.UNDECIDED, Label.BODY) or pat.match(b.text[:CONSENT_HEAD_CHARS]) is None:
            continue
        b.mark(Label.CHROME, "structure.consent_box")
        for nxt in blocks[i + 1 : i + 1 + CONSENT_MAX_LINES]:
            if nxt.features["words"] > CONSENT_BUTTON_MAX_WORDS or nxt.features["terminal"]:
                break
            if nxt.label in (Label.UNDECIDED, Label.BODY):
                nxt.mark(Label.CHROME, "structure.consent_box")


PLAYER_MIN_CONTROLS = 3  # control lines that make a player box
PLAYER_LINE_MAX_WORDS = 12  # the player's settings lines (colours, font sizes) are short
PLAYER_MAX_GAP = 40  # short lines allowed between two control lines (menu items not counted)
# a settings menu's item: a colour, a size, a font ("White", "75%", "Text Edge Style", "Proportional Serif")
PLAYER_MENU_ITEM_WORDS = 3
# menu items after the box's last control join it when there are at least this many (a story's
# subheading under the video is one line, a menu is a run)
PLAYER_MENU_MIN_ITEMS = 4


def _menu_item(b) -> bool:
    return b.features["words"] <= PLAYER_MENU_ITEM_WORDS and not b.features["terminal"]


def player_boxes(doc: Document) -> None:
    """An embedded video player prints its controls and settings menus as dozens of short
    lines ("Play Video", "Current Time 0:00", "Font Size", "50%"...). The box is chrome
    (``structure.player_box``) and neutral for the region search (feature ``list_gap``),
    so a story continuing under the video is not cut at it."""
    if doc.source_kind != "text":
        return
    controls = rules.phrases("player_widgets")
    if not controls:
        return
    blocks = doc.blocks
    n = len(blocks)
    i = 0
    while i < n:
        if blocks[i].features.get("norm") not in controls:
            i += 1
            continue
        last, count, j, gap = i, 1, i + 1, 0
        while j < n and gap <= PLAYER_MAX_GAP:
            f = blocks[j].features
            if f.get("norm") in controls:
                last, count, gap = j, count + 1, 0
            elif f["words"] > PLAYER_LINE_MAX_WORDS:
                break
            elif not _menu_item(blocks[j]):
                gap += 1  # a settings menu's items, however many, do not use up the gap
            j += 1
        if count >= PLAYER_MIN_CONTROLS:
            # the settings menus printed after the last control ("Font Size", "50%", "75%" ...)
            k = last + 1
            while k < n and _menu_item(blocks[k]) and blocks[k].features.get("norm") not in controls:
                k += 1
            if k - last - 1 >= PLAYER_MENU_MIN_ITEMS:
                last = k - 1
            for k in range(i, last + 1):
                b = blocks[k]
                b.features["list_gap"] = True
                if b.label in (Label.UNDECIDED, Label.BODY) or b.reason == "chrome.share_widget":
                    b.mark(Label.CHROME, "structure.player_box")
        i = last + 1


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
        and b.features["words"] <= ROLE_LINE_MAX_WORDS
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
            and 1 <= len(words) <= SOURCE_LINE_MAX_WORDS
            and not nxt.features["terminal"]
            and _name_shaped(words)
            and not any(ch.isdigit() for ch in nxt.text)
        ):
            nxt.mark(Label.SOURCE, "source.publisher_line")
            doc.found["source"] = nxt.text
        return


# a portal prints the original publisher's card (its name with a date or an age: "The Bugle ·
# 3 hours ago", or the two on lines of their own) this many blocks above the headline at most
SOURCE_CARD_ABOVE = 4
SOURCE_CARD_MAX_WORDS = 6  # a publisher's name is short
CARD_WHEN_MAX_WORDS = 8  # "Sat, Mar 3, 2012 4:15 PM EST"
# HTML: the lines left outside the main content just before the headline searched for the card
# (the portal's menu and breadcrumb come before it, the headline's tools after it)
SOURCE_CARD_OUTSIDE_LINES = 8
_CARD_SPLIT = regex.compile(r"\s+[–—·|•-]\s+")


def _card_when(text: str) -> bool:
    """A card's date or age ("3 hours ago", "2d", "June 14, 2017"), a reading time after it
    ("3d · 4 min read")."""
    text = _READ_TIME.sub("", text).strip()
    if not text or len(text.split()) > CARD_WHEN_MAX_WORDS:
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
    for k in range(1, min(SOURCE_CARD_MAX_WORDS, len(words) - 1) + 1):
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
    # (a breadcrumb, "News › US", is no publisher's name)
    return (
        1 <= len(words) <= SOURCE_CARD_MAX_WORDS
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
    bylined = any(b.label == Label.BYLINE for b in blocks[head + 1 : head + 1 + SOURCE_CARD_ABOVE])
    people = _page_people(doc)
    for j in range(head - 1, max(-1, head - 1 - SOURCE_CARD_ABOVE), -1):
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
    lines = lines[-SOURCE_CARD_OUTSIDE_LINES:]
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


SOURCE_CARD_BELOW = 2  # the card printed right under the headline, before the story


def _card_below(doc: Document, head: int, people: frozenset[str]) -> bool:
    """The publisher's card printed under the headline ("The Dunmore Herald · June 3, 2017", or
    the name and date on two lines): its name is an outlet's, not a person's (that is a byline
    with its date)."""
    blocks = doc.blocks
    end = min(len(blocks), head + 1 + SOURCE_CARD_BELOW)
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


# "3/50 Star Wars boosts economy ..." / "3 of 50 ...": a slide's counter and its caption
_SLIDE = regex.compile(r"^\s*(\d{1,3})\s?(?:/|of)\s?(\d{1,3})(?=\s*\S)")
GALLERY_MIN_SLIDES = 3
GALLERY_TITLE_LINES = 2  # the gallery's title above its slides (printed twice at times)
GALLERY_TITLE_MAX_WORDS = 8


@stage("gallery_runs", requires=["features.terminal", "features.words"])
def gallery_runs(doc: Document) -> None:
    """A photo gallery printed into the story: consecutive blocks each opening with the
    slide counter "k/N" (k counting up by one, N the same) and the slide's caption. The
    slides are captions (``caption.gallery``), and so are the short unpunctuated headings
    right above them, the gallery's title (``caption.gallery_title``); a story going on
    under the gallery is not cut at it, as captions are looked through."""
    blocks = doc.blocks
    n = len(blocks)
    i = 0
    while i < n:
        m = _SLIDE.match(blocks[i].text)
        if m is None:
            i += 1
            continue
        k, total = int(m.group(1)), m.group(2)
        j = i + 1
        while j < n:
            m = _SLIDE.match(blocks[j].text)
            if m is None or m.group(2) != total or int(m.group(1)) != k + (j - i):
                break
            j += 1
        if j - i >= GALLERY_MIN_SLIDES and k + (j - i) - 1 <= int(total):
            for b in blocks[i:j]:
                if b.label in (Label.UNDECIDED, Label.BODY):
                    b.mark(Label.CAPTION, "caption.gallery")
            for b in reversed(blocks[max(0, i - GALLERY_TITLE_LINES) : i]):
                f = b.features
                if (
                    b.kind != Kind.HEADING
                    or f["terminal"]
                    or f["words"] > GALLERY_TITLE_MAX_WORDS
                    or b.label not in (Label.UNDECIDED, Label.BODY)
                ):
                    break
                b.mark(Label.CAPTION, "caption.gallery_title")
        i = j


BRAND_HEADING_MAX_WORDS = 4  # "PLOVER MONEY", "VISTALINE FINANCE", "NEWSPRISM TOP STORIES"
# text path: the portal's name opens the page's first line (its logo, or the window title
# "Plover Money - Markets, stocks ..."); a first line longer than this is no logo or title
BRAND_FIRST_LINE_MAX_WORDS = 12


def _brand_words(doc: Document) -> set[str]:
    """The portal's name, first word: the declared site name (HTML) or the page's first line."""
    names = [doc.meta.get("site_name")]
    if doc.source_kind == "text" and doc.blocks and doc.blocks[0].features["words"] <= BRAND_FIRST_LINE_MAX_WORDS:
        names.append(doc.blocks[0].text)
    out = set()
    for name in names:
        words = name.split() if isinstance(name, str) else []
        if words:
            word = words[0].strip(_BRAND_PUNCT).casefold()
            if sum(ch.isalpha() for ch in word) >= 3:
                out.add(word)
    return out


_BRAND_PUNCT = ".,:;|·–—-»›()"


@stage(
    "brand_headings",
    requires=["features.terminal", "features.words"],
    may_read=["meta.site_name"],
    assigns=["features.end_marker"],
)
def brand_headings(doc: Document) -> None:
    """A box of teasers headed by the portal's own name in capitals ("PLOVER MONEY",
    "VISTALINE FINANCE"): the heading ends the story like a "Related" heading
    (``chrome.section_header``, an end marker)."""
    brand = _brand_words(doc)
    if not brand:
        return
    for b in doc.blocks:
        f = b.features
        if (
            b.label not in (Label.UNDECIDED, Label.BODY)
            or not 2 <= f["words"] <= BRAND_HEADING_MAX_WORDS
            or f["terminal"]
            or not b.text.isupper()
        ):
            continue
        if any(w.strip(_BRAND_PUNCT).casefold() in brand for w in b.text.split()):
            f["end_marker"] = True
            b.mark(Label.CHROME, "chrome.section_header")


# HTML: the lines left outside the main content after the headline searched for its byline
OUTSIDE_BYLINE_LINES = 4


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
    lines = lines[at + 1 : at + 1 + OUTSIDE_BYLINE_LINES] if at is not None else lines[-OUTSIDE_BYLINE_LINES:]
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
        if len(label) >= BRAND_LABEL_MIN_CHARS and label not in _GENERIC_HOST_LABELS
    }
    return any(w.casefold() in labels for w in name.split())


BRAND_LABEL_MIN_CHARS = 4  # a shorter host label ("www", "m") names no brand
# host labels that name a kind of site, not the brand ("news.pinwheel.example")
_GENERIC_HOST_LABELS = frozenset({"news", "blog", "blogs", "home", "mail", "online", "media", "mobile", "amp"})


CARD_RUN_MIN = 3  # teaser cards in a row, each closed by its own byline line
CARD_LINES_MAX = 3  # a card's lines above its byline: headline, summary (and a kicker)
CARD_BYLINE_MAX_WORDS = 16


def _card_byline(b) -> bool:
    """A teaser card's closing line: a short byline-shaped line ("By Hal Brennan · 1 day ago",
    "By Ola Brandt | Pinwheel News – 6 hrs ago"); the names are read for runs of them only."""
    return (
        b.features["words"] <= CARD_BYLINE_MAX_WORDS
        and not b.features["terminal"]
        and bylines.looks_like_byline(b.text)
    )


@stage("teaser_card_runs", requires=["features.terminal", "features.words"], may_read=["features.end_marker"])
def teaser_card_runs(doc: Document) -> None:
    """Text path: a run of teaser cards printed under or beside the story (headline, summary,
    "By <author> | <outlet> – 5 hrs ago", again and again) is no part of it, however much
    prose its summaries hold (``teaser.card_run``): three or more byline lines naming
    different people, each at most ``CARD_LINES_MAX`` lines after the one before, with no blank
    line inside a card. The story's own byline is followed by its paragraphs, not by another
    card."""
    if doc.source_kind != "text":
        return
    blocks = doc.blocks
    marks = [i for i, b in enumerate(blocks) if b.label in (Label.UNDECIDED, Label.CHROME) and _card_byline(b)]
    runs: list[list[int]] = []
    for i in marks:
        # (each card has its headline between two byline lines: co-authors' lines in a row are no cards)
        if (
            runs
            and 2 <= i - runs[-1][-1] <= CARD_LINES_MAX + 1
            and not any(
                blocks[k].gap_before and blocks[k].features["words"] > CARD_BYLINE_MAX_WORDS * 2
                for k in range(runs[-1][-1] + 1, i + 1)
            )
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < CARD_RUN_MIN:
            continue
        people = {a.casefold() for i in run for a in bylines.parse_byline(blocks[i].text).authors}
        if len(people) < CARD_RUN_MIN:
            continue
        # the first card's headline and summary, right above its byline line
        start = run[0]
        while (
            start > 0
            and run[0] - start < CARD_LINES_MAX - 1
            and not blocks[start].gap_before
            and blocks[start - 1].label in (Label.UNDECIDED, Label.CHROME)
            and not blocks[start - 1].features.get("end_marker")
        ):
            start -= 1
        for b in blocks[start : run[-1] + 1]:
            if b.label in (Label.UNDECIDED, Label.BODY):
                b.mark(Label.CHROME, "teaser.card_run")
