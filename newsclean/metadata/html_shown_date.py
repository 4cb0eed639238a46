"""A date the page shows but does not declare, the last resort before the URL: the date in
the byline row beside the name, a blog's meta row, a date element outside comments, teasers
and update stamps, the end of the <title>, or a date line opened by a publication cue."""

from __future__ import annotations

import regex

from newsclean.metadata import dates
from newsclean.metadata.html_byline import _attrs, _block_text, _find_credit, _in_teaser, _story_wrappers
from newsclean.metadata.html_shared import DateValue, _norm
from newsclean.settings import settings


def _byline_row_date(root) -> DateValue | None:
    """The date printed in the story's byline row, beside the name ("<a rel=author>Ann Lee</a>
    on August 9, 2012 – 7:37 pm"): the byline element and its short ancestors read as a stamp."""
    _, _, el = _find_credit(root)
    node = el
    for _ in range(settings().role_context_levels + 1):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html", "article"):
            break
        text = _block_text(node)
        if len(text) > settings().max_shown_date_chars:
            break
        value = dates.parse_stamp(text).published
        if value is not None:
            return value
        node = node.getparent()
    return None


# elements that print the story's date: class/id/itemprop naming a date, a time stamp, the
# publication or the byline ("post-date", "entry-date", "published", "byline", "submitted")
# or the story's meta row, where blogs print the date beside the author and the comment count
# ("entry-meta", "post-details", "article-info"), or its header, where they print it under the
# headline ("post-header": "Summertime / Posted July 26th, 2011")
_DATE_ATTR = regex.compile(
    r"(?<![a-z])(?:(?:date|dates|datetime|dateline|time|timestamp|published|pubdate|posted|byline|by-line|submitted)"
    r"(?:[-_]?(?:info|line|stamp|text|time))?|(?:post|entry|article|story)[-_]?(?:meta|details|info|header|head))(?![a-z])"
)

# a date element of a comment, an update stamp or a teaser box is not the story's date
_NOT_DATE_ATTR = regex.compile(r"comment|reply|update|modif|related|recommend|teaser|promo|rail|sidebar|widget|footer")
# the same around it, but for "widget": a blog platform wraps its column of posts in one
# (Blogger's "widget Blog"), while a sidebar's widgets are told by their list items and rail
_NOT_DATE_AROUND = regex.compile(r"comment|reply|update|modif|related|recommend|teaser|promo|rail|sidebar|footer")

# a class written in camel case names its words apart ("newsDate", "postDate")
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def _date_attrs(el) -> str:
    """The element's class, id, rel and itemprop, folded, with camel-case words set apart."""
    get = el.get
    raw = f"{get('class') or ''} {get('id') or ''} {get('rel') or ''} {get('itemprop') or ''}"
    return _CAMEL.sub("-", raw).casefold()


_TITLE_DATE_SEP = regex.compile(r"\s(?:\||-|–|—|·|::)\s")


def _title_date(page_title: str | None) -> DateValue | None:
    """A full date printed as the last part of the <title> ("Headline - Theater News - Nov 6, 2012")."""
    if not page_title:
        return None
    parts = _TITLE_DATE_SEP.split(page_title)
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    if not last or len(last) > settings().max_shown_date_chars or not dates.looks_like_date_line(last):
        return None
    return dates.parse_stamp(last).published


def _shown_date(root) -> DateValue | None:
    """The publication date in the first date or byline element of the page outside comments,
    teasers and update stamps ("Jul. 11, 2012", "Submitted by Ann Lee on October 26, 2012")."""
    seen = 0
    wrappers: frozenset | None = None
    for el in root.xpath("//body//*[@class or @id or @itemprop]"):
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "meta", "link", "time"):
            continue
        a = _date_attrs(el)
        if not (
            "date" in a
            or "time" in a
            or "pub" in a
            or "post" in a
            or "by" in a
            or "submitted" in a
            or "entry" in a
            or "article" in a
            or "story" in a
        ):
            continue
        if not _DATE_ATTR.search(a) or _NOT_DATE_ATTR.search(a):
            continue
        seen += 1
        if seen > settings().max_date_elements:
            break
        text = _norm(el.text_content())
        if wrappers is None:
            wrappers = _story_wrappers(root)
        if (
            not text
            or len(text) > settings().max_shown_date_chars
            or _in_teaser(el, wrappers)
            or _in_comments(el, wrappers)
        ):
            continue
        # read as shown: a date badge prints its parts in boxes of their own ("Sep" "25" "2012")
        value = dates.parse_stamp(_block_text(el)).published
        if value is not None:
            return value
    return None


def _in_comments(el, wrappers: frozenset) -> bool:
    """Whether the element sits in a comment thread or a reply."""
    return any(
        anc not in wrappers and _NOT_DATE_AROUND.search(_attrs(anc))
        for anc in el.iterancestors()
        if isinstance(anc.tag, str)
    )


def _cued_date(root) -> DateValue | None:
    """A date line opened by a publication cue in an element with no date class ("POSTED ON
    November 7th, 2012" in a link of the post's head, "Veröffentlicht am 3. Mai 2024"): the first
    outside comments, teasers and update stamps. The cue, not the markup, says it is the
    story's date; the last of the shown dates."""
    body = root.find("body")
    if body is None:
        return None
    vocab = dates._vocab()
    seen = 0
    wrappers: frozenset | None = None
    for el in body.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "noscript"):
            continue
        own = (el.text or "").lstrip()
        if not own or vocab.cue_any_re.match(own) is None or vocab.cue_updated_re.match(own) is not None:
            continue
        seen += 1
        if seen > settings().max_date_elements:
            break
        text = _norm(el.text_content())
        if len(text) > settings().max_shown_date_chars or not dates.looks_like_date_line(text):
            continue
        if wrappers is None:
            wrappers = _story_wrappers(root)
        if _in_teaser(el, wrappers) or _in_comments(el, wrappers):
            continue
        value = dates.parse_stamp(text).published
        if value is not None:
            return value
    return None
