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
from newsclean.metadata import bylines
from newsclean.settings import settings
from newsclean.stages.base import stage


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
        for j in range(i + 1, min(len(blocks), i + 1 + settings().ad_box_max_lines)):
            nxt = blocks[j]
            if nxt.gap_before or nxt.features["words"] > settings().ad_box_max_words:
                break
            if nxt.label in (Label.UNDECIDED, Label.BODY):
                nxt.mark(Label.CHROME, "structure.ad_box")
    player_boxes(doc)
    consent_boxes(doc)
    key_points_boxes(doc)
    profile_boxes(doc)
    poll_boxes(doc)


def _poll_answer(b: Block) -> bool:
    text = b.text.rstrip()
    return (
        b.label in (Label.UNDECIDED, Label.BODY)
        and 0 < b.features["words"] <= settings().poll_answer_max_words
        and text.endswith((".", "!"))
        and not text.endswith("..")
    )


def poll_boxes(doc: Document) -> None:
    """A reader poll: a question on its own line, then a box of three to six short answers,
    each a complete little sentence ("Yes, certainly.", "Only with proof.", "I am not sure."),
    printed with no blank line between them and a blank line after the last
    (``structure.poll``). A list under a question ("What helps?" then "Rest", "Tea", "Soup")
    has items without a full stop; a poem's stanza runs its lines on with commas."""
    blocks = doc.blocks
    n = len(blocks)
    for i, q in enumerate(blocks[:-1]):
        if (
            q.label not in (Label.UNDECIDED, Label.BODY)
            or not q.text.rstrip().endswith("?")
            or q.features["words"] > settings().poll_question_max_words
        ):
            continue
        j = i + 1
        while j < n and j - i - 1 < settings().poll_max_answers + 1 and _poll_answer(blocks[j]):
            if j > i + 1 and blocks[j].gap_before:
                break
            j += 1
        answers = blocks[i + 1 : j]
        closed = j == n or blocks[j].gap_before
        if not (
            closed
            and settings().poll_min_answers <= len(answers) <= settings().poll_max_answers
            and len({a.features.get("norm") for a in answers}) == len(answers)
        ):
            continue
        for b in (q, *answers):
            b.mark(Label.CHROME, "structure.poll")


def profile_boxes(doc: Document) -> None:
    """A blog's profile box ("About me", the blogger's name and a few lines about them, then
    "View my complete profile"): the lines printed above its profile link are the blogger's
    self-description, not a post, however well they read (``structure.profile_box``). Walks
    up from the link over at most ``profile_box_max_lines`` open lines."""
    links = rules.phrases("profile_links")
    if not links:
        return
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.features.get("norm") not in links:
            continue
        for above in reversed(blocks[max(0, i - settings().profile_box_max_lines) : i]):
            if above.label not in (Label.UNDECIDED, Label.BODY) or above.features.get("end_marker"):
                break
            above.mark(Label.CHROME, "structure.profile_box")


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
        for j in range(i + 1, min(len(blocks), i + 1 + settings().key_points_max_lines)):
            nxt = blocks[j]
            if (box and nxt.gap_before) or nxt.features["words"] > settings().key_points_line_max_words:
                break
            box.append(nxt)
        if not box:
            continue
        b.mark(Label.CHROME, "structure.key_points")
        for nxt in box:
            if nxt.label in (Label.UNDECIDED, Label.BODY):
                nxt.mark(Label.CHROME, "structure.key_points")


def consent_boxes(doc: Document) -> None:
    """A cookie or privacy consent box is chrome however long its text (``structure.consent_box``),
    with the short button lines printed right under it."""
    pat = rules.combined("consent_patterns")
    if pat is None:
        return
    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.label not in (Label.UNDECIDED, Label.BODY) or pat.match(b.text[: settings().consent_head_chars]) is None:
            continue
        b.mark(Label.CHROME, "structure.consent_box")
        for nxt in blocks[i + 1 : i + 1 + settings().consent_max_lines]:
            if nxt.features["words"] > settings().consent_button_max_words or nxt.features["terminal"]:
                break
            if nxt.label in (Label.UNDECIDED, Label.BODY):
                nxt.mark(Label.CHROME, "structure.consent_box")


def _menu_item(b) -> bool:
    return b.features["words"] <= settings().player_menu_item_words and not b.features["terminal"]


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
        while j < n and gap <= settings().player_max_gap:
            f = blocks[j].features
            if f.get("norm") in controls:
                last, count, gap = j, count + 1, 0
            elif f["words"] > settings().player_line_max_words:
                break
            elif not _menu_item(blocks[j]):
                gap += 1  # a settings menu's items, however many, do not use up the gap
            j += 1
        if count >= settings().player_min_controls:
            # the settings menus printed after the last control ("Font Size", "50%", "75%" ...)
            k = last + 1
            while k < n and _menu_item(blocks[k]) and blocks[k].features.get("norm") not in controls:
                k += 1
            if k - last - 1 >= settings().player_menu_min_items:
                last = k - 1
            for k in range(i, last + 1):
                b = blocks[k]
                b.features["list_gap"] = True
                if b.label in (Label.UNDECIDED, Label.BODY) or b.reason == "chrome.share_widget":
                    b.mark(Label.CHROME, "structure.player_box")
        i = last + 1


# "3/50 Star Wars boosts economy ..." / "3 of 50 ...": a slide's counter and its caption
_SLIDE = regex.compile(r"^\s*(\d{1,3})\s?(?:/|of)\s?(\d{1,3})(?=\s*\S)")


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
        if j - i >= settings().gallery_min_slides and k + (j - i) - 1 <= int(total):
            for b in blocks[i:j]:
                if b.label in (Label.UNDECIDED, Label.BODY):
                    b.mark(Label.CAPTION, "caption.gallery")
            for b in reversed(blocks[max(0, i - settings().gallery_title_lines) : i]):
                f = b.features
                if (
                    b.kind != Kind.HEADING
                    or f["terminal"]
                    or f["words"] > settings().gallery_title_max_words
                    or b.label not in (Label.UNDECIDED, Label.BODY)
                ):
                    break
                b.mark(Label.CAPTION, "caption.gallery_title")
        i = j


def _brand_words(doc: Document) -> set[str]:
    """The portal's name, first word: the declared site name (HTML) or the page's first line."""
    names = [doc.meta.get("site_name")]
    if (
        doc.source_kind == "text"
        and doc.blocks
        and doc.blocks[0].features["words"] <= settings().brand_first_line_max_words
    ):
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
            or not 2 <= f["words"] <= settings().brand_heading_max_words
            or f["terminal"]
            or not b.text.isupper()
        ):
            continue
        if any(w.strip(_BRAND_PUNCT).casefold() in brand for w in b.text.split()):
            f["end_marker"] = True
            b.mark(Label.CHROME, "chrome.section_header")


def _card_byline(b) -> bool:
    """A teaser card's closing line: a short byline-shaped line ("By Hal Brennan · 1 day ago",
    "By Ola Brandt | Pinwheel News – 6 hrs ago"); the names are read for runs of them only."""
    return (
        b.features["words"] <= settings().card_byline_max_words
        and not b.features["terminal"]
        and bylines.looks_like_byline(b.text)
    )


@stage("teaser_card_runs", requires=["features.terminal", "features.words"], may_read=["features.end_marker"])
def teaser_card_runs(doc: Document) -> None:
    """Text path: a run of teaser cards printed under or beside the story (headline, summary,
    "By <author> | <outlet> – 5 hrs ago", again and again) is no part of it, however much
    prose its summaries hold (``teaser.card_run``): three or more byline lines naming
    different people, each at most ``card_lines_max`` lines after the one before, with no blank
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
            and 2 <= i - runs[-1][-1] <= settings().card_lines_max + 1
            and not any(
                blocks[k].gap_before and blocks[k].features["words"] > settings().card_byline_max_words * 2
                for k in range(runs[-1][-1] + 1, i + 1)
            )
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < settings().card_run_min:
            continue
        people = {a.casefold() for i in run for a in bylines.parse_byline(blocks[i].text).authors}
        if len(people) < settings().card_run_min:
            continue
        # the first card's headline and summary, right above its byline line
        start = run[0]
        while (
            start > 0
            and run[0] - start < settings().card_lines_max - 1
            and not blocks[start].gap_before
            and blocks[start - 1].label in (Label.UNDECIDED, Label.CHROME)
            and not blocks[start - 1].features.get("end_marker")
        ):
            start -= 1
        for b in blocks[start : run[-1] + 1]:
            if b.label in (Label.UNDECIDED, Label.BODY):
                b.mark(Label.CHROME, "teaser.card_run")
