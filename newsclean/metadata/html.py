"""Metadata a page declares in its HTML: JSON-LD, <meta> tags, <title>, <h1>, <time>.

:func:`read_page_metadata` reads a parsed page (an lxml tree) and returns the
candidates with where each came from, cleaned with the same recognisers as the
text path: the headline without the site-name suffix (preferring the wording of
an ``<h1>`` that matches a declared title), author names from JSON-LD ``Person``
nodes and author meta tags (organisations and agencies kept apart), and the
publication/modification times with their time and zone.

The readers it combines sit beside it: ``html_jsonld`` (the page's JSON-LD),
``html_byline`` (the byline the page shows and the people it credits), ``html_shown_date``
(a date shown but not declared), ``html_titles`` (the title among the page's headlines) and
``html_shared`` (their small text helpers).

>>> import lxml.html
>>> page = lxml.html.fromstring('''<html><head><title>Storm closes schools | Daily Planet</title>
... <meta property="og:site_name" content="Daily Planet">
... <meta property="article:published_time" content="2022-01-07T15:04:00+00:00">
... <meta name="author" content="JANE DOE"></head>
... <body><h1>Storm closes schools</h1><p>Text.</p></body></html>''')
>>> m = read_page_metadata(page)
>>> m.title, m.authors, m.published.isoformat(), m.site_name
('Storm closes schools', ['Jane Doe'], '2022-01-07T15:04:00+00:00', 'Daily Planet')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from newsclean.metadata import bylines, dates, titles
from newsclean.metadata.bylines.names import _desk_name
from newsclean.metadata.bylines.vocabulary import _vocab
from newsclean.metadata.html_byline import (
    _credited_as_editor,
    _first_byline_text,
    _has_person,
    _initialled,
    _page_hosts,
    _shown_outlets,
    _visible_credit,
    _with_coauthors,
)
from newsclean.metadata.html_jsonld import _jsonld
from newsclean.metadata.html_shared import DateValue, _key, _norm
from newsclean.metadata.html_shown_date import _byline_row_date, _cued_date, _shown_date, _title_date
from newsclean.metadata.html_titles import _TITLE_META, _choose_title, _headlines, _sections, heading_text
from newsclean.settings import settings

_SITE_META = ("og:site_name", "application-name", "al:android:app_name", "twitter:site")

_AUTHOR_META = (
    "author",
    "article:author",
    "og:article:author",
    "dc.creator",
    "dc:creator",
    "dcterms.creator",
    "dcterms:creator",
    "byl",
    "sailthru.author",
    "parsely-author",
    "citation_author",
    "cxenseparse:author",
    "author_name",
    "articleauthor",
)

_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "original-publish-date",
    "article.published",
)

_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified")


@dataclass(frozen=True)
class PageMeta:
    """Metadata declared by the page, each value with its source."""

    title: str | None = None
    title_source: str | None = None
    site_name: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_source: str | None = None
    organisations: list[str] = field(default_factory=list)
    # the organisations credited as authors that are not the publisher: news agencies, desks,
    # other outlets ("dpa", "AP", "SDA"), as the page writes them, in the page's order
    agencies: list[str] = field(default_factory=list)
    # the publisher credited as the author ("DER SPIEGEL", "nieuwsblad.be"): the story's credit
    # only when nobody else is credited
    publisher_credit: str | None = None
    # the text of the byline element the authors were read from ("By ANN LEE and BO KIM Associated Press")
    byline_text: str | None = None
    # the text of the page's first byline element when it credits no person ("Von Stadtspiegel",
    # "By Kitchen42"): a word a search for names takes from it is no person
    unread_byline: str | None = None
    # people the JSON-LD or the author tags declare as authors whom the page shows with an
    # editor's role ("Editor: Ann Lee") while its byline names someone else
    editors: list[str] = field(default_factory=list)
    published: DateValue | None = None
    published_source: str | None = None
    modified: DateValue | None = None
    # a date the page shows without declaring it: at the end of its <title> ("Headline -
    # Nov 6, 2012") or in a date or byline element of the story's head ("by Ann Lee, 19
    # October 2012"); a fallback for when nothing else dates the story
    shown_date: DateValue | None = None
    shown_date_source: str | None = None
    h1: list[str] = field(default_factory=list)
    # every headline the page declares as (source, text): the first <h1>, the JSON-LD headline,
    # the title meta tags, the <title>; entities decoded, the site name removed
    headlines: list[tuple[str, str]] = field(default_factory=list)


def _metas(tree) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for n, el in enumerate(tree.iter("meta")):
        if n >= settings().max_meta_tags:
            break
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().casefold()
        content = _norm(el.get("content"))
        if name and content:
            out.setdefault(name, []).append(content)
    return out


def _first(metas: dict[str, list[str]], names) -> tuple[str | None, str | None]:
    for n in names:
        if metas.get(n):
            return metas[n][0], f"meta:{n}"
    return None, None


def _same_moment(a: DateValue, b: DateValue) -> bool:
    """Whether two declared values are one moment (a bare date never equals a time)."""
    if isinstance(a, datetime) != isinstance(b, datetime):
        return False
    try:
        return a == b
    except TypeError:  # aware against naive
        return False


def _before(a: DateValue, b: DateValue) -> bool:
    """Whether ``a`` is earlier than ``b`` (compared by calendar day when either has no zone)."""
    try:
        if isinstance(a, datetime) and isinstance(b, datetime) and (a.tzinfo is None) == (b.tzinfo is None):
            return a < b
        da = a.date() if isinstance(a, datetime) else a
        db = b.date() if isinstance(b, datetime) else b
        return da < db
    except TypeError:
        return False


def _credit_shown_agencies(text: str, authors: list[str], orgs: list[str], brands: list[str]) -> None:
    """Add to ``orgs`` the news agencies the byline element credits beside the authors it
    names, read as the text path reads the line; never the site's own brand (a wire's own
    site prints its name after its reporters as their employer) nor an agency already there."""
    parsed = bylines.parse_byline(text)
    if not parsed.authors or not all(_has_person(authors, n) for n in parsed.authors):
        return
    for c in parsed.contributors:
        if c.role != "agency" or not bylines.is_agency(c.name) or _is_brand(c.name, brands):
            continue
        if not any(_key(c.name) == _key(o) for o in orgs):
            orgs.append(c.name)


def _is_brand(name: str, brands: list[str]) -> bool:
    """Whether a credited organisation is the publisher: its brand ("Harbour Times" on
    harbourtimes.com), its brand with a newsroom's words ("Harbour Times Redaktion",
    "Online-Redaktion Harbour Times"), a newsroom's words alone ("Redaktion", "News
    Desk": the site's own desk) or one of its desks by beat or medium ("Web Desk",
    "Redaktion Digital", "Tim Redaksi"), when the page names its publisher."""
    if any(titles.same_site(name, p) for p in brands):
        return True
    if not brands:
        return False
    org_words = _vocab().org_words
    words = [w.casefold().strip(".,") for w in name.replace("-", " ").split()]
    if _desk_name(words):
        return True
    desk = [w for w in words if w in org_words]
    if not desk:
        return False
    if len(desk) == len(words):
        return True
    # the brand with newsroom words before or after it ("Harbour Times Redaktion", also on
    # harbourtimes.com alone)
    for k in range(1, len(words)):
        for cut, kept in ((words[-k:], words[:-k]), (words[:k], words[k:])):
            if all(w in org_words for w in cut) and any(titles.same_site(" ".join(kept), p) for p in brands):
                return True
    return False


def _marked_credit(text: str, outlets: list[str]) -> bool:
    """Whether a byline element's text opens with an author marker before the first outlet it
    credits ("By LWS Staff", also with the stamp printed after it in the element: "By LWS
    Staff | March 4, 2024 at 9:15 AM"): the marker and the outlet are read alone."""
    if bylines.opens_with_author_marker(text):
        return True
    at = text.casefold().find(outlets[0].casefold()) if outlets else -1
    return at > 0 and bylines.opens_with_author_marker(text[: at + len(outlets[0])])


def _distinct_people(names: list[str]) -> list[str]:
    """The declared people each once: a page that declares one writer in two spellings ("Ann
    Lee" and "Dr. Ann Lee", "Anna Müller" and "Anna Mueller", "A. Lee" and "Ann Lee", "Lee"
    and "Ann Lee") credits one person (the first spelling kept, but a full first name over
    its initial, and a full name over the family name alone)."""
    out: list[str] = []
    for name in names:
        words = name.split()
        if len(words) == 1 and any(len(n.split()) > 1 and _key(n.split()[-1]) == _key(name) for n in names):
            continue  # the family name alone ("Lee", "A Lee" read without its initial) beside the full name
        same = next((i for i, n in enumerate(out) if _has_person([n], name)), None)
        if same is None:
            out.append(name)
        elif _initialled(name, out[same]) and len(name) > len(out[same]):
            out[same] = name  # the full first name over its initial ("Ann Lee" for "A. Lee")
    return out


def _tag_authors(root, metas: dict[str, list[str]], credited_org, shown: list[str] | None = None) -> list[list[str]]:
    """The people each author tag lists (and the visible byline's, when given), for
    :func:`_with_coauthors`: without an organisation the page credits, its brand, or a
    name its address spells ("Daily Planet" on dailyplanet.com) when the page does not
    name its brand otherwise."""
    lists = [shown] if shown is not None else []
    for name in _AUTHOR_META:
        values = [
            _norm(v)
            for v in metas.get(name, [])[: settings().max_author_tags]
            if not v.startswith(("http://", "https://", "@"))
        ]
        lists.append(bylines.normalise_author_list([v for v in values if v and not credited_org(v)]))
    hosts = _page_hosts(root, metas)
    return [
        [n for n in names if not credited_org(n) and not any(titles.same_site(n, h) for h in hosts)] for names in lists
    ]


def read_page_metadata(tree) -> PageMeta:
    """Read the declared metadata of a parsed HTML page (an lxml element tree)."""
    if tree is None:
        return PageMeta()
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    metas = _metas(root)
    ld = _jsonld(root)

    site, _ = _first(metas, _SITE_META)
    site = site or ld.get("publisher") or ld.get("org_name")
    page_title = None
    for el in root.iter("title"):
        page_title = _norm(el.text_content() if hasattr(el, "text_content") else el.text)
        if page_title:
            break
    h1 = []
    apart: set[str] = set()  # the <h1>s read apart where the markup glued a kicker
    for el in root.iter("h1"):
        text, glued = heading_text(el)
        text = text.rstrip("¶#§ ").strip()  # permalink anchors glued to headings
        if text:
            h1.append(text)
            if glued:
                apart.add(text)
        if len(h1) >= settings().max_h1:
            break
    candidates: list[tuple[str, str]] = []
    meta_title, meta_src = _first(metas, _TITLE_META)
    meta_title = titles.decode_entities(meta_title) if meta_title else meta_title
    page_title = titles.decode_entities(page_title) if page_title else page_title
    if ld.get("headline"):
        candidates.append((ld["headline"], "json-ld"))
    if meta_title:
        candidates.append((meta_title, meta_src or "meta"))
    if page_title:
        candidates.append((page_title, "title"))
    if ld.get("ld_name") and ld.get("ld_name") != ld.get("headline"):
        # only as an agreeing voice for an <h1>: never chosen alone over the declared titles
        agreeing = [h for h in h1 if _key(h) == _key(ld["ld_name"])]
        if agreeing:
            candidates.insert(0, (ld["ld_name"], "json-ld:name"))
    sections = _sections(metas, ld)
    title, title_source = _choose_title(candidates, h1, site, page_title, sections, frozenset(apart))
    headlines = _headlines(h1, ld.get("headline"), metas, page_title, site, sections)

    authors: list[str] = []
    authors_source = None
    orgs: list[str] = []
    publishers = [p for p in (site, ld.get("publisher"), ld.get("org_name")) if isinstance(p, str) and p.strip()]

    def credited_org(name: str) -> bool:
        """A declared author that names an agency or the publisher, not a person ("dpa", "AP")."""
        return bylines.is_agency(name) or _is_brand(name, publishers)

    def split_people(values: list, typed: bool = False) -> list[str]:
        people = []
        for value in values:
            name = _norm(value)
            if name and credited_org(name):
                if name not in orgs:
                    orgs.append(name)
            elif name:
                people.append(value)
                # a person and the agency beside her in one value ("Anna Berg, dpa", "Ann Lee/AP")
                credits = bylines.parse_byline(name).contributors
                for c in credits:
                    if c.role == "agency" and bylines.is_agency(c.name) and c.name not in orgs:
                        orgs.append(c.name)
                if typed and len(credits) == 1 and credits[0].role == "agency" and _key(credits[0].name) == _key(name):
                    # (JSON-LD) an outlet or a desk filed as a Person ({"@type": "Person", "name":
                    # "Harbour Times"}): no person, an organisation (the publisher's brand, perhaps)
                    if name not in orgs:
                        orgs.append(name)
        return people

    ld_credits = bool(ld.get("authors") or ld.get("authors_orgs"))
    if ld_credits:
        orgs = [_norm(o) for o in ld.get("authors_orgs") or [] if _norm(o)]
        people = split_people((ld.get("authors") or [])[: settings().max_author_tags], typed=True)
        authors = _distinct_people(bylines.normalise_author_list(people))
        authors_source = "json-ld" if authors else None
    # the JSON-LD credits a news agency and no person: that is the credit (a byline element
    # further down the page belongs to a teaser or a column)
    agency_only = ld_credits and not authors and any(bylines.is_agency(o) for o in orgs)
    visible_read = not authors and not agency_only
    shown, shown_text = _visible_credit(root) if visible_read else ([], None)
    if not authors and not agency_only:
        authors = shown
        authors_source = "html:byline" if authors else None
    unread = _first_byline_text(root) if visible_read and not shown else None
    if not authors:
        for name in _AUTHOR_META:
            values = [
                v
                for v in metas.get(name, [])[: settings().max_author_tags]
                if not v.startswith(("http://", "https://", "@"))
            ]
            people = split_people(values)
            if people and not agency_only:
                authors = _distinct_people(bylines.normalise_author_list(people))
                if authors:
                    authors_source = f"meta:{name}"
                    break
    editors: list[str] = []
    if authors and authors_source == "html:byline":
        # a byline element with the first writer only ("By Ann Lee") where the author tags
        # credit every one ("Ann Lee, Bo Chen"): the co-authors join
        authors = _with_coauthors(authors, _tag_authors(root, metas, credited_org))
    elif authors:
        if not visible_read:
            shown, shown_text = _visible_credit(root)
        if (
            shown
            and not any(_has_person(authors, n) for n in shown)
            and all(_credited_as_editor(root, a) for a in authors)
        ):
            # the declared "author" is the desk editor, printed as such on the page ("Editor :
            # Ann Lee") while the byline names the writer: the byline's people wrote it
            editors, authors, authors_source = authors, shown, "html:byline"
        else:
            authors = _with_coauthors(authors, _tag_authors(root, metas, credited_org, shown))
    if authors:
        # the news agencies an author tag declares beside these people ("Ann Lee, Bo Chen,
        # dpa"); not those a visible byline prints after people the page declares ("By Ann
        # Lee The Associated Press" on a partner's site: the wire the story came through)
        credits = [v for name in _AUTHOR_META for v in metas.get(name, [])[: settings().max_author_tags]]
        for text in credits:
            parsed = bylines.parse_byline(text)
            if not parsed.authors or not all(_has_person(authors, n) for n in parsed.authors):
                continue
            for c in parsed.contributors:
                if c.role == "agency" and bylines.is_agency(c.name) and not any(_key(c.name) == _key(o) for o in orgs):
                    orgs.append(c.name)
    if authors_source == "html:byline" and shown_text:
        # the byline element credits its people and a news agency beside them ("By Ann Lee,
        # Associated Press", "Ann Lee (dpa)"): the agency is credited with them, as the text
        # path reads the same line (an employer outlet, "By Ann Lee, NBC News", is no agency)
        _credit_shown_agencies(shown_text, authors, orgs, [*publishers, *_page_hosts(root, metas)])
    # the publisher's brand, or a name the page's address spells ("Harbour Times" on
    # harbourtimes.com when the page does not name its site otherwise)
    brands = [*publishers, *_page_hosts(root, metas)] if orgs else publishers
    if not authors and orgs:
        # no person anywhere: an organisation declared as the author that is neither the
        # publisher nor a news agency wrote it collectively ("Contributors to Shore Wiki");
        # the publisher named as its own author is a publisher card, an agency an agency
        authors = [o for o in orgs if not bylines.is_agency(o) and not _is_brand(o, brands)][
            : settings().max_author_tags
        ]
        authors_source = "json-ld:organization" if authors else None
    brand = [o for o in orgs if _is_brand(o, brands)]
    agencies = [o for o in orgs if o not in brand and o not in authors]
    if not authors and not agencies and not brand:
        # nobody declared, not even the publisher: the byline element may credit an agency, a
        # desk or an outlet alone ("Von dpa", "By BBC News"); the site's own brand there is
        # its card. (Beside a declared brand, an agency printed on the page is the wire the
        # story drew on, as a source line's: the page credits its brand.)
        hosts = _page_hosts(root, metas)
        outlets, outlet_text = _shown_outlets(root)
        marked = outlet_text is not None and _marked_credit(outlet_text, outlets)
        for name in outlets:
            if _is_brand(name, [*publishers, *hosts]):
                brand = brand or [name]
            elif (bylines.is_agency(name) or marked) and not any(_key(name) == _key(a) for a in agencies):
                agencies.append(name)

    published = modified = None
    published_source = None
    # every declared publication date, strongest first: JSON-LD, then the meta tags
    declared_dates: list[tuple[DateValue, str]] = []
    raw_pub = ld.get("published")
    if raw_pub:
        value = dates.parse_date(raw_pub, dayfirst=None)
        if value is not None:
            declared_dates.append((value, "json-ld"))
    for name in _PUBLISHED_META:
        for v in metas.get(name, [])[:1]:
            value = dates.parse_date(v)
            if value is not None:
                declared_dates.append((value, f"meta:{name}"))
    if declared_dates:
        published, published_source = declared_dates[0]
    if published is None:
        for el in root.iter("time"):
            stamp = el.get("datetime") or el.get("content")
            if stamp:
                published = dates.parse_date(stamp)
                if published is not None:
                    published_source = "html:time"
                    break
    shown_date, shown_source = None, None
    if published is None:
        shown_date = _title_date(page_title)
        shown_source = "title" if shown_date is not None else None
        if shown_date is None:
            shown_date = _shown_date(root)
            shown_source = "date_element" if shown_date is not None else None
        if shown_date is None:
            shown_date = _byline_row_date(root)
            shown_source = "byline_row" if shown_date is not None else None
        if shown_date is None:
            shown_date = _cued_date(root)
            shown_source = "date_line" if shown_date is not None else None
    raw_mod = ld.get("modified")
    if raw_mod:
        modified = dates.parse_date(raw_mod)
    if modified is None:
        raw, _ = _first(metas, _MODIFIED_META)
        modified = dates.parse_date(raw) if raw else None
    if published is not None and modified is not None and _same_moment(published, modified):
        # a CMS that writes the last edit into one publication field: another declared
        # publication date before it is the first publication
        earlier = [(v, src) for v, src in declared_dates[1:] if _before(v, published)]
        if earlier:
            published, published_source = earlier[0]

    return PageMeta(
        title=title,
        title_source=title_source,
        site_name=_norm(site) or None,
        authors=authors,
        authors_source=authors_source,
        organisations=orgs,
        agencies=agencies,
        publisher_credit=brand[0] if brand else None,
        editors=editors,
        byline_text=shown_text if authors_source == "html:byline" else None,
        unread_byline=unread,
        published=published,
        published_source=published_source,
        modified=modified,
        shown_date=shown_date,
        shown_date_source=shown_source,
        h1=h1,
        headlines=headlines,
    )
