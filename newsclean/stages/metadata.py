"""Metadata stages: title, byline, dates and dateline, found among the blocks.

They look where a reader looks: the *head zone* (the blocks just above the main
region, read upwards from the story) for the headline, byline and date stamps,
and the first body paragraph for a dateline. What they claim leaves the body
with a metadata label, so ``removed`` shows it with its role.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import regex

from newsclean.document import Document, Label
from newsclean.metadata import bylines, dates, titles
from newsclean.settings import settings
from newsclean.stages.base import stage
from newsclean.stages.metadata_byline_text import _post_footer, _post_footer_over_end
from newsclean.stages.metadata_footer_date import footer_date
from newsclean.stages.metadata_glued_stamp import glued_stamp_over_story
from newsclean.stages.metadata_headline import (
    _find_headline,
    _mark_meta_title,
    _photo_credit,
    _section_label,
    capitals_label,
    run_in_label,
)
from newsclean.stages.metadata_lines import (
    _TITLE_TAIL,
    _agency_line,
    _closing_credit,
    _meta_line_under_headline,
    _name_below,
    _name_by_date,
    _name_opens_story,
    _signature_line,
    _story_date_line,
    glued_byline,
    glued_date,
)
from newsclean.stages.metadata_past_standfirst import _name_past_standfirst
from newsclean.stages.metadata_story_dates import _listed_headline_date, stacked_date
from newsclean.stages.metadata_story_dates import _names_day_or_age as _dated
from newsclean.stages.metadata_zone import (
    MEMO_KEY,
    SOFT_CHROME_REASONS,
    SOFT_DATE_REASONS,
    SOFT_HEADING_DATE_REASONS,
    _byline_as_caption,
    _head_zone,
    _memo,
    _metadata_line,
    _names_day,
    _region_head_end,
    stamp_and_labels,
)


@stage(
    "head_metadata",
    requires=["features.words", "found.region"],
    may_read=[
        "features.end_marker",
        "found.byline_rows",
        "found.bylines",
        "found.date_lines",
        "found.page_stamps",
        "meta.title",
        "meta.site_name",
    ],
    assigns=[
        "found.byline_rows",
        "found.bylines",
        "found.date_lines",
        "found.metadata_answers",
        "found.page_stamps",
        "found.title",
    ],
)
def head_metadata(doc: Document) -> None:
    """Byline, date stamps and the headline above the story (text and HTML paths)."""
    blocks = doc.blocks
    zone = list(_head_zone(doc))
    # the region's own first blocks can hold a byline/date line ("By Ann Lee" then prose)
    region = doc.found.get("region")
    if region:
        zone = list(range(_region_head_end(doc), region[0] - 1, -1)) + zone
    start = region[0] if region else len(blocks)
    memo: dict = {}
    # kept for credits_and_bylines, which parses the byline lines found here again
    doc.found[MEMO_KEY] = memo
    for i in zone:
        b = blocks[i]
        if i >= start and _photo_credit(b.text, memo):
            continue  # a picture's credit among the story's first lines ("Photo by Ann Lee/Agency")
        if _metadata_line(doc, b, soft=False, memo=memo):
            continue
        # a short line holding a full date among other words: a page or crawl stamp
        # ("date 2022-01-07 ContributorsPublishersAdvertisers"); weaker evidence than a date line
        if b.label == Label.UNDECIDED and b.features["words"] <= settings().page_stamp_max_words:
            stamp = dates.parse_date(b.text)
            if isinstance(stamp, (date, datetime)):
                b.mark(Label.DATE, "date.page_stamp")
                doc.found.setdefault("page_stamps", []).append(stamp)
    # the byline and date line nearest to the story among lines an earlier stage took for
    # a teaser, for what the lines above did not give
    # (an unmarked byline far above the story, a title-case menu entry, leaves the question open)
    texts, rows = doc.found.get("bylines", []), doc.found.get("byline_rows", [])
    want_byline = not any(
        _memo(memo, bylines.parse_byline, t).authors
        and (len(rows) != len(texts) or rows[k] >= start - settings().soft_near_region or _marked(t, memo))
        for k, t in enumerate(texts)
    )
    want_date = not any(_memo(memo, _dated, t) for t in doc.found.get("date_lines", []))
    for i in zone:
        if i < start - settings().soft_near_region or not (want_byline or want_date):
            break
        b = blocks[i]
        if not (
            b.label == Label.CHROME
            and b.reason in SOFT_CHROME_REASONS | SOFT_DATE_REASONS | SOFT_HEADING_DATE_REASONS
            or want_byline
            and _byline_as_caption(b, memo)
        ):
            continue
        is_date = b.features["words"] <= settings().byline_max_words and (
            _memo(memo, dates.looks_like_date_line, b.text) or _memo(memo, stamp_and_labels, b.text) is not None
        )
        if b.reason in SOFT_DATE_REASONS | SOFT_HEADING_DATE_REASONS and not (want_date and is_date):
            continue
        if (want_date if is_date else want_byline) and _metadata_line(doc, b, soft=True, memo=memo):
            if b.label == Label.BYLINE:
                want_byline = False
            elif b.label == Label.DATE:
                want_date = False
    if not any(_memo(memo, bylines.parse_byline, t).authors for t in doc.found.get("bylines", [])):
        if not _name_by_date(doc, zone, memo) and not doc.found.get("bylines"):
            _agency_line(doc, zone, start, memo)
    # the headline: nearest headline-shaped block above the story (and above the byline)
    if doc.meta.get("title"):
        _mark_meta_title(doc)
        return
    title_at = _find_headline(doc, memo)
    if title_at is not None:
        blocks[title_at].mark(Label.TITLE, "title.headline_line")
        doc.found["title"] = blocks[title_at].text
        text = blocks[title_at].text
        cut = glued_byline(text) or glued_date(text)
        if cut:
            # "Storm closes schools Mon, Mar 5, 2012", "... By Ann Lee March 5, 2012": the date
            # or the dated byline printed in the headline's box
            doc.found["title"] = text[:cut].strip().rstrip(_TITLE_TAIL).strip()
            if glued_byline(text):
                doc.found.setdefault("bylines", []).append(text[cut:].strip())
            else:
                doc.found.setdefault("date_lines", []).append(text[cut:].strip())
        # a bare name just under the headline is its byline ("Hazel Sheffield"); the
        # headline may be printed again further down (over the story after a gallery), but
        # a copy under the story or between teasers' headlines is the story's link in a list
        if not doc.found.get("bylines"):
            key = blocks[title_at].text
            below = region[1] if region else len(blocks)
            copies = [
                b.index
                for b in blocks
                if b.index != title_at and b.text == key and b.index <= below and not _among_teasers(doc, b.index)
            ]
            heads = [title_at] + copies[:3]
            if not any(_name_below(doc, at, memo) for at in heads):
                # further down, past the standfirst, when the line reads as a credit
                any(_name_past_standfirst(doc, at, memo) for at in heads)
    if not any(_memo(memo, bylines.parse_byline, t).authors for t in doc.found.get("bylines", [])) and region:
        if (
            not _name_opens_story(doc, memo)
            and not _closing_credit(doc, region[1], memo)
            and not _post_footer(doc, region[1], memo)
            and not _post_footer_over_end(doc, memo)
        ):
            _signature_line(doc, region[1], memo)
    if region and not any(_memo(memo, _dated, t) for t in doc.found.get("date_lines", [])):
        if not _story_date_line(doc, memo) and title_at is not None:
            if not _meta_line_under_headline(doc, title_at, memo):
                _listed_headline_date(doc, title_at, memo)
    if region and not any(_memo(memo, _dated, t) for t in doc.found.get("date_lines", [])):
        if not glued_stamp_over_story(doc, start, memo):
            footer_date(doc, region[1], memo)
    if region and not any(_memo(memo, _names_day, t) for t in doc.found.get("date_lines", [])):
        # (a clock time or an age, "9:49am, EDT" or "Today", names no day of its own)
        stacked_date(doc, zone, memo)


def _among_teasers(doc: Document, i: int) -> bool:
    """Whether block ``i`` sits between two lines taken for teasers (a list of links)."""
    return all(
        0 <= j < len(doc.blocks) and doc.blocks[j].label == Label.CHROME and doc.blocks[j].reason.startswith("teaser.")
        for j in (i - 1, i + 1)
    )


@stage("dateline", may_read=["found.residue"], assigns=["found.dateline", "found.residue"])
def dateline(doc: Document) -> None:
    """A dateline opening the first paragraph ("BEIJING, Jan 7 (Reuters) - ...").

    A section label or breadcrumb run into that paragraph before the dateline ("Education |
    HALVERTON — ...", "SPORTS DUNMORE — ...") is cut from it (:func:`run_in_label`,
    :func:`capitals_label`) and kept as residue."""
    body = [b for b in doc.blocks if b.label == Label.BODY][:2]
    if len(body) == 2 and _section_label(body[0].text) and dates.find_dateline(body[1].text) is not None:
        # a section label in capitals on a line of its own over the dateline ("LOCAL NEWS")
        body[0].mark(Label.CHROME, "structure.section_label")
    for b in doc.blocks:
        if b.label != Label.BODY:
            continue
        found = dates.find_dateline(b.text)
        cut = run_in_label(b.text)
        # a section name in capitals run in after it, or alone ("News / US HARWICK, Maine —")
        cut += capitals_label(b.text[cut:])
        if cut:
            doc.found.setdefault("residue", []).append((b.index, b.text[:cut].strip()))
            b.text = b.text[cut:]
            found = dates.find_dateline(b.text)
        if found is not None:
            doc.found["dateline"] = found
        return


@stage(
    "credits_and_bylines",
    requires=["features.words", "found.region"],
    may_read=[
        "found.byline_rows",
        "found.bylines",
        "found.credits",
        "found.metadata_answers",
        "meta.agencies",
        "meta.authors",
        "meta.authors_source",
        "meta.publisher_credit",
        "meta.site_name",
    ],
    assigns=[
        "found.byline_rows",
        "found.bylines",
        "found.meta_authors",
        "found.parsed_bylines",
        "meta.agencies",
        "meta.publisher_credit",
    ],
)
def credits_and_bylines(doc: Document) -> None:
    """Parse the byline and credits lines collected by earlier stages."""
    parsed = []
    meta_authors = doc.meta.get("authors") or []
    for text in doc.found.get("credits", []):
        c = bylines.parse_credits(text)
        if c is not None:
            parsed.append(c)
    parsed.extend(_story_bylines(doc))
    doc.found["parsed_bylines"] = parsed
    if doc.meta.get("authors_source"):
        # declared by the page (JSON-LD, meta tags, a byline element): already cleaned by
        # read_page_metadata, which also keeps a declared pen name or collective author
        doc.found["meta_authors"] = list(dict.fromkeys(a for a in meta_authors if a))
    else:
        doc.found["meta_authors"] = (
            bylines.normalise_author_list(_people_only(doc, meta_authors)) if meta_authors else []
        )


def _people_only(doc: Document, names: list[str]) -> list[str]:
    """The undeclared author names (trafilatura's search) that may be people.

    The site's own brand ("Habertürk", "nieuwsblad.be") is the publisher credit and an
    agency ("AP") an agency credit, not a person; both are recorded as such.
    """
    brands = [b for b in (doc.meta.get("site_name"), doc.meta.get("publisher_credit")) if isinstance(b, str) and b]
    people = []
    for name in names:
        text = name.strip() if isinstance(name, str) else ""
        if not text:
            continue
        if bylines.is_agency(text):
            # (as the agency writes its name: "dpa" for a search's title-cased "Dpa")
            text = bylines.parse_byline(text).agency or text
            agencies = doc.meta.setdefault("agencies", [])
            # (once, whatever its article: "Associated Press" beside "The Associated Press")
            if not any(text == a or titles.same_site(text, a) for a in agencies):
                agencies.append(text)
        elif any(titles.same_site(text, b) for b in brands):
            doc.meta.setdefault("publisher_credit", text)
        else:
            people.append(name)
    return people


def _crews(rows: list[int], parsed: list) -> dict[int, int]:
    """For each byline line, the first of the byline lines stacked with it (itself when alone).

    Co-authors' byline lines printed one under the other ("Ann Lee – Reporter" / "Tom
    Okafor – Reporter") credit one story, not two teasers: a teaser's byline has its
    headline between it and the next one."""
    crew: dict[int, int] = {}
    for k in range(len(rows)):
        j = next((j for j in range(k) if abs(rows[j] - rows[k]) == 1 and parsed[j].authors and parsed[k].authors), k)
        crew[k] = crew.get(j, j)
    return crew


def _story_bylines(doc: Document) -> list:
    """The parsed byline lines that credit the story.

    Lines naming different people around the story's head are a list of teasers, each
    with its own byline: with two, the one nearest the story's start is kept; with three
    or more, none of their authors is the story's (their other roles stay).
    """
    texts = doc.found.get("bylines", [])
    rows = doc.found.get("byline_rows", [])
    memo = doc.found.get(MEMO_KEY)
    parsed = [_memo(memo, bylines.parse_byline, t) for t in texts]
    aligned = len(rows) == len(texts)
    crew = _crews(rows, parsed) if aligned and doc.source_kind != "html" else {k: k for k in range(len(texts))}
    if any(crew[k] != k for k in crew):
        # (the head is read upwards from the story: the co-authors are put back in reading order)
        order = sorted(range(len(texts)), key=lambda k: (crew[k], rows[k]))
        texts, rows, parsed = [texts[k] for k in order], [rows[k] for k in order], [parsed[k] for k in order]
        doc.found["bylines"], doc.found["byline_rows"] = texts, rows
        crew = _crews(rows, parsed)
    if doc.source_kind != "html":
        parsed = _marked_over_unmarked(texts, parsed, crew, memo)
    groups: dict[frozenset, int] = {}
    for k, p in enumerate(parsed):
        people = frozenset(a.casefold() for a in p.authors)
        if people and crew[k] == k and not any(people & g for g in groups):
            groups[people] = k
    if len(groups) < 2 or not aligned or doc.source_kind == "html":
        # (trafilatura's HTML body holds the story's own head: co-authors on two lines)
        return parsed
    if len(groups) >= settings().teaser_list_bylines:
        keep: set[int] = set()
    else:
        region = doc.found.get("region")
        limit = _region_head_end(doc) if region else len(doc.blocks)
        # the author line right under the headline; else the one nearest above the story's
        # start (or inside its head): one further down credits a photo or an embedded post
        title_row = next((b.index for b in doc.blocks if b.label == Label.TITLE), None)
        under = [
            k
            for k in groups.values()
            if title_row is not None and 0 < rows[k] - title_row <= settings().byline_under_title
        ]
        near = (
            min(under, key=lambda k: rows[k])
            if under
            else max((k for k in groups.values() if rows[k] <= limit), key=lambda k: rows[k], default=None)
        )
        keep = {
            k
            for k, p in enumerate(parsed)
            if near is not None
            and (
                frozenset(a.casefold() for a in p.authors) & frozenset(a.casefold() for a in parsed[near].authors)
                or crew[k] == near
            )
        }
    dropped = [k for k, p in enumerate(parsed) if p.authors and k not in keep]
    if keep and dropped:
        # the raw byline reported is the story's: lines whose authors were dropped go last
        order = sorted(range(len(texts)), key=lambda k: k in dropped)
        doc.found["bylines"] = [texts[k] for k in order]
        doc.found["byline_rows"] = [rows[k] for k in order]
    return [
        p
        if k in keep or not p.authors
        else replace(p, authors=[], contributors=[c for c in p.contributors if c.role != "author"])
        for k, p in enumerate(parsed)
    ]


def _marked(text: str, memo: dict | None) -> bool:
    """Whether a byline line opens with an author marker, maybe after its date stamp."""
    return any(
        _memo(memo, bylines.opens_with_author_marker, _MARKED_HEAD.split(head, 1)[0])
        for head in (text, _memo(memo, bylines.after_date_stamp, text))
    )


_MARKED_HEAD = regex.compile(r"\s[-–—|·•/]\s|\d")


def _marked_over_unmarked(texts: list[str], parsed: list, crew: dict[int, int], memo: dict | None) -> list:
    """The byline lines without an author marker lose their credits when a line with one credits
    people ("By Ann Lee" beside "Fuel Economy Hits a Record High" or "Infinite Loop / The Apple
    Ecosystem"): a title-case headline or a section's label passes for an unmarked byline, a
    marked one is the story's. Co-authors stacked with the marked line keep theirs."""
    # (the marker and the names, without the date or the labels after them: "by Ann Lee - Nov 9, 2012 5:15 pm")
    # (a blog's date stamp may open the line before the marker: "06 November 2012 by Ann Lee")
    marked = {k for k, p in enumerate(parsed) if p.authors and _marked(texts[k], memo)}
    if not marked:
        return parsed
    crews = {crew[k] for k in marked}
    out = []
    for k, p in enumerate(parsed):
        if k in marked or crew[k] in crews or not (p.authors or p.contributors):
            out.append(p)
            continue
        # (a news agency named apart still credits the story: "AP | March 9, 2024")
        wires = [c for c in p.contributors if c.role == "agency" and _memo(memo, bylines.is_agency, c.name)]
        out.append(replace(p, authors=[], contributors=wires, agency=wires[0].name if wires else None))
    return out
