"""The headline: the headline-shaped line nearest the story's byline or date (or its first
paragraphs), kept apart from kickers, standfirsts, section labels, cards and captions.

Split from :mod:`newsclean.stages.metadata` along its seams.
"""

from __future__ import annotations

import regex

from newsclean import rules
from newsclean.document import Document, Kind, Label
from newsclean.metadata import bylines, dates, titles
from newsclean.settings import settings
from newsclean.stages.metadata_lines import _TITLE_TAIL, _label_follows, glued_date
from newsclean.stages.metadata_zone import (
    _CARD_SEPARATOR,
    _CLAUSE_END,
    SOFT_CHROME_REASONS,
    _head_zone,
    _headline_score,
    _kicker,
    _memo,
    _region_head_end,
)

# chrome decisions a headline can carry: it is repeated (title bar + article) or sits above the region
TITLE_CHROME_REASONS = frozenset({"chrome.repeated_line", "region.outside"})


# above a byline, a line an earlier stage took for a teaser may be the headline
# (a headline printed twice in a row, in a breadcrumb bar and over the story, passes for a
# slideshow's repeated caption)
ANCHORED_TITLE_REASONS = TITLE_CHROME_REASONS | SOFT_CHROME_REASONS | {"chrome.repeated_caption"}


def _is_headline(b, anchored: bool = False, min_score: float | None = None, memo: dict | None = None) -> bool:
    if min_score is None:
        min_score = settings().title_min_score
    f = b.features
    if b.label == Label.UNDECIDED:
        free = True
    elif b.label == Label.CHROME:
        free = b.reason in (ANCHORED_TITLE_REASONS if anchored else TITLE_CHROME_REASONS)
    else:
        # a story block above the byline: the region began at the headline
        free = anchored and b.label == Label.BODY
    if not (free and not f.get("end_marker") and 2 <= f["words"] <= 30) or _card_line(b.text):
        return False
    # a date printed in the headline's box is no part of it ("... in 31 years | 3 hours ago")
    cut = glued_date(b.text)
    text = b.text[:cut].rstrip(_TITLE_TAIL) if cut else b.text
    return _headline_score(text, memo) >= min_score


def _card_line(text: str) -> bool:
    """A name and a date or age on one line ("The Dunmore Herald · June 3, 2017"): a portal's
    publisher card or a byline, not a headline."""
    parts = _CARD_SEPARATOR.split(text.strip())
    return (
        len(parts) == 2
        and len(parts[0].split()) <= settings().card_name_max_words
        and (dates.is_relative_age(parts[1]) or dates.looks_like_date_line(parts[1]))
    )


_SECTION_NUMBER = regex.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")


def _fits(blocks, i: int) -> bool:
    """Whether a headline-shaped line reads as a headline among its neighbours.

    Not the first half of a sentence broken over two lines ("But only hardcore" /
    "gamers will appreciate it."), nor an entry of a numbered table of contents
    ("5.3 Mozilla Summit", "6 See also").
    """
    b = blocks[i]
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    if (
        nxt is not None
        and nxt.text[:1].islower()
        and b.text[-1:] not in _CLAUSE_END
        and nxt.label not in (Label.BYLINE, Label.DATE)
        and nxt.text[-1:] in _CLAUSE_END
    ):
        return False
    if _SECTION_NUMBER.match(b.text):
        near = [blocks[j].text for j in range(max(0, i - 3), min(len(blocks), i + 4)) if j != i]
        if sum(1 for t in near if _SECTION_NUMBER.match(t)) >= 2:
            return False
    return True


def _headline_name_pair(doc: Document, rows: list[int], memo: dict | None = None) -> int | None:
    """A headline with a bare name under it (a standfirst may sit between): the headline's row.

    The name line becomes the byline.
    """
    blocks = doc.blocks
    for i in rows:
        b = blocks[i]
        if not (
            b.label in (Label.UNDECIDED, Label.CHROME)
            and b.features["words"] <= 6
            and _memo(memo, bylines.looks_like_name_line, b.text)
        ) or _label_follows(doc, i, memo):
            continue
        for k in (i - 1, i - 2):
            h = blocks[k] if k >= 0 else None
            if (
                h is None
                or h.features["words"] < 4
                or not _is_headline(h, anchored=True, memo=memo)
                or _memo(memo, bylines.looks_like_name_line, h.text)
            ):
                continue
            if k == i - 2 and blocks[i - 1].features["words"] < max(
                settings().standfirst_min_words, h.features["words"]
            ):
                continue  # only a standfirst, longer than the headline, may sit between
            if k == i - 1 and k - 1 >= 0 and h.features["words"] >= settings().standfirst_min_words:
                above = blocks[k - 1]
                if (
                    above.features["words"] >= 4
                    and _is_headline(above, anchored=True, memo=memo)
                    and not _kicker(above.text, h.text)
                    and (
                        above.features["words"] < h.features["words"]
                        or _headline_score(above.text, memo) > _headline_score(h.text, memo)
                    )
                ):
                    h.mark(Label.CHROME, "title.standfirst")
                    k -= 1
            b.mark(Label.BYLINE, "byline.name_below_title")
            doc.found.setdefault("bylines", []).append(b.text)
            return k
    return None


def _photo_credit(text: str, memo: dict | None) -> bool:
    """Whether a byline-like line credits only a picture ("Photo by Ann Lee/Agency")."""
    if not _memo(memo, bylines.looks_like_byline, text):
        return False
    p = _memo(memo, bylines.parse_byline, text)
    return not p.authors and any(c.role == "photographer" for c in p.contributors)


def _opens_story(p) -> bool:
    """A byline naming an author, or an agency alone ("By Reuters"); not a photo credit."""
    return bool(p.authors) or (bool(p.agency) and not any(c.role == "photographer" for c in p.contributors))


def _find_headline(doc: Document, memo: dict | None = None) -> int | None:
    """The headline: the nearest headline-shaped line above the byline, else above the story.

    A byline (or, without one, a date stamp) anchors the search because widgets ("Show
    key events only") often sit between it and the story; the anchor nearest to the
    story wins. A longer headline-shaped line right under a shorter one is the
    standfirst (the summary under the title), not the title.
    """
    blocks = doc.blocks
    zone = list(_head_zone(doc))
    region = doc.found.get("region")
    start = region[0] if region else len(blocks)
    head = blocks[max(0, start - settings().head_zone) : (_region_head_end(doc) + 1 if region else len(blocks))]
    # a photo credit ("Photo by ...") does not open the story: bylines with an author or agency
    anchors = [
        b.index for b in head if b.label == Label.BYLINE and _opens_story(_memo(memo, bylines.parse_byline, b.text))
    ]
    candidates: list[int] = []
    anchored = False
    if not anchors:
        # no byline line: a headline-shaped line with a bare name under it near the story
        # ("Why neon lit the century" / "Sarah Archer"), even if taken for a teaser; a
        # date stamp is weaker evidence than this pair
        pair = _headline_name_pair(doc, zone[: settings().soft_near_region], memo)
        if pair is not None:
            candidates, anchored = [pair], True
    if not anchors and not candidates:
        # no byline: a date stamp near the story anchors the search the same way
        anchors = [b.index for b in head if b.label == Label.DATE and b.reason == "date.stamp"]
    if anchors:
        anchor = max(anchors)
        above = range(anchor - 1, max(-1, anchor - 1 - settings().title_above_byline), -1)
        candidates = [i for i in above if _is_headline(blocks[i], anchored=True, memo=memo) and _fits(blocks, i)]
        if not candidates and blocks[anchor].label == Label.DATE:
            # nothing headline-shaped over the date stamp: a blog's date printed over its
            # headline ("21 September 2020" / "Databases" / "Headline" / "Subtitle"): the first below
            below = range(anchor + 1, min(start, anchor + 1 + settings().title_above_byline))
            candidates = [i for i in below if _is_headline(blocks[i], memo=memo) and _fits(blocks, i)][:1]
        elif candidates and blocks[anchor].label == Label.DATE and anchor + 1 < start:
            # a date printed over its headline with a short label above it (a place, a menu
            # entry: "Aarhus" / "02/02/2025 kl. 09:00" / "Headline ..."): the long line under the date
            nxt = blocks[anchor + 1]
            if (
                blocks[candidates[0]].features["words"] <= settings().short_label_max_words
                and nxt.features["words"] >= settings().date_over_headline_min_words
                and _is_headline(nxt, memo=memo)
                and _fits(blocks, anchor + 1)
            ):
                candidates = [anchor + 1]
        anchored = bool(candidates)
        lede = _lede_words(doc)
        sharing = [i for i in candidates if _shared(blocks[i].text, lede) >= settings().lede_shared_min]
        if sharing:
            # from the first that shares words with the story's first paragraphs
            candidates = candidates[candidates.index(sharing[0]) :]
        elif blocks[anchor].label == Label.DATE and (
            under := [
                i
                for i in range(anchor + 1, min(start, anchor + 1 + settings().title_above_byline))
                if _is_headline(blocks[i], memo=memo)
                and _fits(blocks, i)
                and _shared(blocks[i].text, lede) >= settings().lede_shared_min
            ]
        ):
            # a portal's card (publisher, age) over the headline: the line under it that shares
            # words with the story, not the window title or a menu above the card
            candidates = under[:1]
        elif lede:
            # none over the anchor shares a word with the story (a poll's answer, a widget's
            # label between headline and byline): the nearest line further up that shares
            # several is the headline
            far = range(anchor - 1 - settings().title_above_byline, max(-1, anchor - 1 - settings().head_zone), -1)
            found = next(
                (
                    i
                    for i in far
                    if _is_headline(blocks[i], anchored=True, memo=memo)
                    and _fits(blocks, i)
                    and _shared(blocks[i].text, lede) >= settings().far_headline_shared_min
                ),
                None,
            )
            if found is not None:
                candidates, anchored = [found], True
    if not candidates:
        candidates = [i for i in zone if _is_headline(blocks[i], memo=memo) and _fits(blocks, i)]
        lede = _lede_words(doc)
        if candidates and _shared(blocks[candidates[0]].text, lede) < settings().lede_shared_min:
            # the line nearest the story shares nothing with it (a publisher's name under the
            # headline, "The Dunmore Herald"): the next few that do come first
            sharing = [
                i
                for i in candidates[1 : settings().unanchored_sharing_look]
                if _shared(blocks[i].text, lede) >= settings().lede_shared_min
            ]
            if sharing:
                candidates = sharing + [i for i in candidates if i not in sharing]
    if not candidates:
        # a short title (two words) just above the story or at the top of the page
        candidates = [
            i
            for i in zone[: settings().short_title_above]
            if _is_headline(blocks[i], min_score=settings().short_title_min_score, memo=memo) and _fits(blocks, i)
        ]
    if not candidates:
        return None
    at = candidates[0]
    lede = _lede_words(doc)

    def unrelated(upper: int) -> bool:
        """The shorter line over a headline-shaped one shares no word with the story while
        the lower one does: a breadcrumb or a label over the headline, not the headline
        over its standfirst."""
        return (
            bool(lede)
            and _shared(blocks[upper].text, lede) == 0
            and _shared(blocks[at].text, lede) >= settings().lede_shared_min
        )

    # a standfirst under the headline, with a picture caption between them
    if (
        anchored
        and len(candidates) > 1
        and candidates[1] >= at - 3
        and not unrelated(candidates[1])
        and not _labels_between(blocks, candidates[1], at)
        and blocks[at].features["words"] >= settings().standfirst_min_words
        and not _kicker(blocks[candidates[1]].text, blocks[at].text)
        and blocks[candidates[1]].features["words"] + settings().standfirst_longer_by <= blocks[at].features["words"]
    ):
        blocks[at].mark(Label.CHROME, "title.standfirst")
        return candidates[1]
    prev = at - 1
    if (
        prev >= 0
        and _is_headline(blocks[prev], anchored=anchored, memo=memo)
        and blocks[at].features["words"] >= settings().standfirst_min_words
        and blocks[prev].features["words"] + settings().standfirst_longer_by <= blocks[at].features["words"]
        and not _kicker(blocks[prev].text, blocks[at].text)
        and not unrelated(prev)
    ):
        blocks[at].mark(Label.CHROME, "title.standfirst")
        at = prev
    elif _deck_under(blocks, at, lede, anchored, memo):
        # a shorter line printed right under a longer headline in the same box: a subtitle
        # ("Polisen ber om tips" under "Hanna, 18, försvunnen i Uddevalla"), not the
        # headline; the line keeps its label (it may open the story's region)
        at = prev
    return at


def _deck_under(blocks, at: int, lede: set[str], anchored: bool, memo: dict | None) -> bool:
    """Whether the chosen line is a deck under the headline: no blank line parts it from a
    longer headline-shaped line right above that is more about the story (shares more of
    its first paragraphs' words; a kicker or a section label over a headline shares fewer)."""
    if at == 0 or blocks[at].gap_before:
        return False
    upper = blocks[at - 1]
    return (
        upper.features["words"] > blocks[at].features["words"]
        and _is_headline(upper, anchored=anchored, memo=memo)
        and not _kicker(upper.text, blocks[at].text)
        and _shared(upper.text, lede) >= max(settings().lede_shared_min, _shared(blocks[at].text, lede) + 1)
        and _fits(blocks, at - 1)
    )


_CONTENT_WORD = regex.compile(r"\p{L}{5,}")


_NO_SPACE_SCRIPT = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,}")


def _content_words(text: str) -> set[str]:
    """Words of five letters or more by their stem (without function and interface words:
    "their", "about"), and character pairs of the scripts written without spaces."""
    common = bylines.stopwords()
    words = {w.casefold()[: settings().word_stem] for w in _CONTENT_WORD.findall(text) if w.casefold() not in common}
    for run in _NO_SPACE_SCRIPT.findall(text):
        words.update(run[k : k + 2] for k in range(len(run) - 1))
    return words


def _lede_words(doc: Document) -> set[str]:
    """The content words of the story's first paragraphs (empty without a region)."""
    region = doc.found.get("region")
    lede: set[str] = set()
    if not region:
        return lede
    taken = 0
    for b in doc.blocks[region[0] : region[1] + 1]:
        if b.label == Label.BODY and b.features["words"] >= settings().lede_min_words:
            lede |= _content_words(b.text)
            taken += 1
            if taken >= settings().lede_blocks:
                break
    return lede


def _shared(text: str, lede: set[str]) -> int:
    """How many content words a line shares with the story's first paragraphs: a headline
    shares some, an ad, a share bar, a menu or another story's teaser none."""
    return len(_content_words(text) & lede) if lede else 0


def _labels_between(blocks, upper: int, lower: int) -> bool:
    """Whether only breadcrumb-like labels sit between two lines: the upper one is then
    another item (a teaser over the breadcrumb), not the headline of the lower one's
    standfirst (which sits right under it, at most with a picture caption between)."""
    between = blocks[upper + 1 : lower]
    return bool(between) and all(b.features["words"] <= settings().breadcrumb_max_words for b in between)


def _mark_meta_title(doc: Document) -> None:
    """HTML path: the title comes from the page's metadata; drop its copy from the blocks."""
    title = titles.strip_site_suffix(doc.meta.get("title") or "", doc.meta.get("site_name"))
    doc.found["title"] = title
    key = title.casefold().strip()
    for b in doc.blocks[:15]:
        if b.text.casefold().strip() == key or (
            b.kind == Kind.HEADING and b.index == 0 and key.startswith(b.text.casefold().strip())
        ):
            b.mark(Label.TITLE, "title.matches_metadata")
            return


# the separators of such a label: a breadcrumb's or a kicker's ("|", "/", "›", "»", ">", ":")
_LABEL_SEPARATOR = regex.compile(r"(?:^|\s)[|/›»>](?:\s|$)|\w:$")


def run_in_label(text: str) -> int:
    """Where the story starts when a section label or a breadcrumb is run into its first line
    before the dateline (0 when there is none): the label is a few words holding a separator,
    and a dateline opens what follows it.

    >>> t = "Education | HALVERTON — Voters decided on Thursday to keep the school open."
    >>> t[run_in_label(t):][:12]
    'HALVERTON — '
    >>> run_in_label("HALVERTON — Voters decided on Thursday to keep the school open.")
    0
    >>> run_in_label("Voters in Halverton / Pinecrest decided — narrowly — to keep the school.")
    0
    """
    words = text.split(" ", settings().run_in_label_max_words + 1)
    at = 0
    for i, word in enumerate(words[: settings().run_in_label_max_words]):
        at += len(word) + 1
        label = " ".join(words[: i + 1])
        if (
            not _LABEL_SEPARATOR.search(label)
            or label.rstrip().endswith(("|", "/", "›", "»", ">"))
            and i + 1 >= len(words)
        ):
            continue
        rest = text[at:].lstrip()
        if rest and dates.find_dateline(rest) is not None:
            return len(text) - len(rest)
    return 0


def capitals_label(text: str) -> int:
    """Where the story starts when a section's name in capitals is run into its first line with
    no separator ("TRANSPORTATION WESTBROOK — ..."), read as part of the dateline's place: the
    label is a section name (rules data ``section_names``) and a dateline still opens what
    follows it (0 when there is none).

    >>> t = "SPORTS DUNMORE — The Otters won their first title in 31 years on Saturday."
    >>> t[capitals_label(t):][:9]
    'DUNMORE —'
    >>> capitals_label("NEW YORK — Rain fell all week.")
    0
    """
    names = rules.phrases("section_names")
    words = text.split(" ", settings().section_label_max_words + 1)
    at = 0
    for i, word in enumerate(words[: settings().section_label_max_words]):
        at += len(word) + 1
        label = " ".join(words[: i + 1])
        if not label.isupper() or rules.normalise_phrase(label) not in names:
            continue
        rest = text[at:].lstrip()
        if rest and dates.find_dateline(rest) is not None:
            return len(text) - len(rest)
    return 0


def _section_label(text: str) -> bool:
    """A section label: a few words in capitals, no digits, no sentence punctuation."""
    words = text.split()
    return (
        1 <= len(words) <= settings().section_label_max_words
        and text.isupper()
        and not any(ch.isdigit() or ch in ".!?,:;" for ch in text)
    )
