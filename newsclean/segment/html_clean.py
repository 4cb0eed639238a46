"""The page's tree made ready for the main-content extraction: inert and hidden elements,
widgets and page frames taken out (each kept for ``removed``), embedded posts and loose
text made paragraphs, empty links marked, teaser cards noted, tags read.

Split from :mod:`newsclean.segment.html` along its seams.
"""

from __future__ import annotations

from typing import Any

import regex
from lxml import etree

from newsclean import rules
from newsclean.segment.html_blocks import EMPTY_LINK
from newsclean.segment.html_extras import BOX_TAGS, box_kind
from newsclean.segment.html_outside import FRAME_TAGS, element_blocks
from newsclean.segment.text import normalise_line
from newsclean.settings import settings

# elements without readable text; JSON-LD scripts stay (trafilatura's baseline reads
# their articleBody when the page's HTML has no usable text)
_INERT = ("style", "noscript", "svg", "iframe", "template")


# elements the metadata reads need and the body extraction does not, and form controls and
# media that trafilatura's cleaning deletes whatever the settings (without images)
_UNUSED_BY_EXTRACTION = (
    "meta",
    "link",
    "img",
    "picture",
    "source",
    "video",
    "audio",
    "track",
    "canvas",
    "map",
    "area",
    "object",
    "embed",
    "param",
    "input",
    "button",
    "select",
    "option",
    "optgroup",
    "textarea",
    "progress",
    "output",
)


# page furniture trafilatura's cleaning deletes (unless nothing else holds a paragraph)
_FRAME = FRAME_TAGS


def _drop_page_frame(tree: Any) -> bool:
    """Remove navigation, footers and asides (a third of a page's elements) before
    trafilatura copies the tree and runs its pruning searches over them.

    trafilatura deletes them in its own cleaning, except when every paragraph of the page
    is inside them (then it undoes its deletions): such a page keeps them here too.
    Returns whether they were removed.
    """
    frames = list(tree.iter(*_FRAME))
    if not frames:
        return False
    inside = sum(1 for el in frames for _ in el.iter("p"))
    if inside and inside >= sum(1 for _ in tree.iter("p")):
        return False
    etree.strip_elements(tree, *_FRAME, with_tail=False)
    return True


# class-name words of pop-ups shown when a reader hovers over a link
_HOVER_WORDS = ("rollover", "tooltip", "popover", "hovercard", "hover-card")


# ARIA roles of interface widgets, never story text
_WIDGET_ROLES = frozenset(
    {"menu", "menubar", "menuitem", "menuitemcheckbox", "menuitemradio", "dialog", "alertdialog", "toolbar", "tooltip"}
)


def _drop_inert(
    tree: Any,
    hidden_texts: list[str] | None = None,
    left_out: list[tuple[str, str]] | None = None,
    script_texts: list[str] | None = None,
) -> tuple[list, list]:
    """Remove scripts (except JSON-LD), styles, inline SVG, frames, comments, hover cards
    and interface widgets, in place; return the page's (author-bio boxes, tag-list boxes)
    that are left (:func:`newsclean.segment.html_extras.box_kind`).

    trafilatura removes most of them too, but only after copying the tree twice and
    running its XPath pruning over them; removing them first makes all of that cheaper.
    The text after each removed element (its tail) is kept. One pass over the elements
    finds them all and the boxes (cheaper than one XPath search per kind). The texts of the
    removed scripts long enough to carry a story go to ``script_texts`` (if given).
    """
    scripts, hover, widgets, bios, tag_boxes, hidden = [], [], [], [], [], []
    for el in tree.iter(etree.Element):
        tag = el.tag
        if tag == "script":
            if (el.get("type") or "").strip().lower() != "application/ld+json":
                scripts.append(el)
            continue
        style = el.get("style")
        if (style is not None and ("hidden" in style or "none" in style) and _HIDDEN_STYLE.search(style)) or el.get(
            "hidden"
        ) is not None:
            hidden.append(el)
        if tag in BOX_TAGS:
            bio, tags = box_kind(el)
            if bio:
                bios.append(el)
            if tags:
                tag_boxes.append(el)
        role = el.get("role")
        if role is not None and role in _WIDGET_ROLES:
            widgets.append(el)
            continue
        cls = el.get("class")
        # (every hover word holds "over" or is "tooltip": two substring tests settle most classes)
        if cls and ("over" in cls or "tooltip" in cls) and any(w in cls for w in _HOVER_WORDS):
            hover.append(el)
    for el in scripts:
        if script_texts is not None and el.text and len(el.text) >= settings().payload_min_chars:
            script_texts.append(el.text)
        _remove_keep_tail(el)
    etree.strip_elements(tree, *_INERT, etree.Comment, with_tail=False)
    # hover cards: a pop-up (picture, links to other stories) inside the sentence that names
    # a person or a topic; innermost first, so the visible name's own element stays
    for el in reversed(hover):
        if el.find(".//img") is not None or len(el.findall(".//a")) > 1:
            if left_out is not None:
                left_out.extend(("segment.hover_card", t) for t in element_blocks(el))
            _remove_keep_tail(el)
    # widgets by their declared role (menus, dialogs, toolbars of players and share bars)
    for el in reversed(widgets):
        if left_out is not None and _attached(el, tree):
            left_out.extend(("segment.widget", t) for t in element_blocks(el))
        _remove_keep_tail(el)
    dropped = _drop_hidden(tree, hidden)
    if hidden_texts is not None:
        hidden_texts.extend(dropped)
    # boxes inside what was removed are gone with it
    return [el for el in bios if _attached(el, tree)], [el for el in tag_boxes if _attached(el, tree)]


# an inline style that keeps the element from being shown
_HIDDEN_STYLE = regex.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", regex.I)


def _hidden_story(el: Any) -> bool:
    """Is the hidden element story prose by its own features (see hidden_story_paragraphs)?"""
    paragraphs = 0
    for p in el.iter("p"):
        if len(p.text_content().split()) >= settings().hidden_story_words:
            paragraphs += 1
            if paragraphs >= settings().hidden_story_paragraphs:
                break
    else:
        return False
    words = len(el.text_content().split()) or 1
    linked = sum(len(a.text_content().split()) for a in el.iter("a"))
    return linked <= settings().hidden_story_links * words


def _drop_hidden(tree: Any, hidden: list) -> list[str]:
    """Remove what the page hides from its readers (``hidden`` attribute, inline
    ``display: none`` or ``visibility: hidden``), text after them kept, unless the hidden
    elements hold most of the page's text (``hidden_page_share``). A hidden element
    that is story prose by its own features (:func:`_hidden_story`) stays: the page shows
    it with a script (the rest of a story behind a paywall box), and cutting it would cut
    the story after its first paragraphs.

    trafilatura prunes some of these itself, but reverts its pruning when it removes too
    much; a page that hides three of its five paragraphs still shows only two.
    Returns the texts removed (for ``Article.removed``).
    """
    marked = set(hidden)
    stories: set = set()
    outer = []
    # (document order: an element's hidden ancestors are judged before it; inside a hidden
    # story, what the page hides again is judged on its own)
    for el in hidden:
        if not _attached(el, tree) or any(a in marked and a not in stories for a in el.iterancestors()):
            continue
        if _hidden_story(el):
            stories.add(el)
        else:
            outer.append(el)
    if not outer:
        return []
    texts = [" ".join("".join(el.itertext()).split()) for el in outer]
    hidden_words = sum(t.count(" ") + 1 for t in texts if t)
    if hidden_words and hidden_words >= settings().hidden_page_share * len(tree.text_content().split()):
        return []
    # recorded block by block, as a reader would have seen them (a hidden menu's links are
    # one entry each, not one glued string)
    texts = []
    for el in outer:
        texts.extend(element_blocks(el))
        _remove_keep_tail(el)
    return texts


# wrappers an embedded post may sit in (a sidebar's <aside> is not one)
_EMBED_WRAPPERS = frozenset({"div", "span", "figure", "p", "center"})


def page_tags(declared: list[str], shown: list[str]) -> list[str]:
    """The article's tags: those its metadata declares (a keywords value "a, b, c" is three
    tags), then the tag links the page shows; a tag given by both is given once, written as
    the page shows it.

    >>> page_tags(["Harbour, ferries, Port Ellery"], ["Ferries", "Port Ellery"])
    ['Harbour', 'Ferries', 'Port Ellery']
    >>> page_tags(["Harbour, ferries", "Port Ellery"], [])
    ['Harbour', 'ferries', 'Port Ellery']
    """
    as_shown = {t.casefold(): t for t in reversed(shown)}
    split = (part.strip() for tag in declared for part in tag.split(","))
    out: dict[str, str] = {}
    for tag in (*split, *shown):
        if tag:
            out.setdefault(tag.casefold(), as_shown.get(tag.casefold(), tag))
    return list(out.values())


def _mark_empty_links(tree: Any) -> None:
    """Give the links left without text (picture links once their ``<img>`` is gone, named
    anchors, icon links holding only empty elements) the address :data:`EMPTY_LINK`.

    trafilatura gives a text-less inline element the text of its tail: a paragraph that
    opens with a picture link ("<a href=photo><img></a>Did you know ...") comes out as one
    link holding the whole paragraph, which would read as a teaser (all link text). The
    links stay where they are (trafilatura weighs a box's links when it chooses the main
    content); the block reader does not count text under such a link as link text.
    """
    for a in tree.iter("a"):
        if not (a.text or "").strip() and (len(a) == 0 or not "".join(a.itertext()).strip()):
            a.set("href", EMPTY_LINK)


def _hoist_embedded_posts(tree: Any) -> None:
    """Take each embedded social post (a blockquote with a class of
    ``rules/data/xx/embedded_post_classes.txt``) out of the wrappers that hold nothing else.

    Embed wrappers carry classes such as "social-media-embed" or "article-widget", which
    trafilatura prunes as share bars and widgets; the post's text is part of the story as
    the reader sees it (a quoted tweet between two paragraphs).
    """
    classes = rules.phrases("embedded_post_classes")
    for quote in list(tree.iter("blockquote")):
        cls = quote.get("class")
        if not cls or not any(c in classes for c in cls.lower().split()):
            continue
        text = " ".join(quote.text_content().split())
        outer, parent = quote, quote.getparent()
        while (
            parent is not None
            and parent.tag in _EMBED_WRAPPERS
            and parent.getparent() is not None
            and " ".join(parent.text_content().split()) == text
        ):
            outer, parent = parent, parent.getparent()
        if outer is not quote:
            quote.tail = outer.tail
            outer.getparent().replace(outer, quote)
        _wrap_loose_text(quote)


def _wrap_loose_text(quote: Any) -> None:
    """Put the text after a post's last paragraph (its attribution: "— Name (@handle) date")
    in a paragraph of its own: trafilatura keeps a quote's paragraphs, not the loose text."""
    paragraphs = quote.findall("p")
    if not paragraphs:
        return
    last = paragraphs[-1]
    if not (last.tail or "").strip():
        return
    loose = etree.Element("p")
    loose.text, last.tail = last.tail, None
    for sibling in list(last.itersiblings()):
        loose.append(sibling)
    last.addnext(loose)


def _attached(el: Any, root: Any) -> bool:
    """Whether ``el`` is still in the tree under ``root`` (not in a removed element)."""
    while el is not None:
        if el is root:
            return True
        el = el.getparent()
    return False


def _remove_keep_tail(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5")


def _teaser_texts(tree: Any) -> list[str]:
    """The paragraph texts of the page's teaser cards, when it has teaser_cards or more.

    A section front lists stories as ``<article>`` cards (a linked headline, a summary);
    trafilatura drops the linked headlines but may keep the summaries, which then read
    like a story. The HTML gate compares the body with these texts.
    """
    texts: list[str] = []
    cards = 0
    for art in tree.iter("article"):
        paragraphs = art.findall(".//p")
        if len(paragraphs) > settings().teaser_max_paragraphs:
            continue
        if not any(h.find(".//a") is not None for tag in _HEADINGS for h in art.iter(tag)):
            continue
        cards += 1
        texts.extend(t for t in (normalise_line(" ".join(p.itertext())) for p in paragraphs) if t)
    return texts if cards >= settings().teaser_cards else []
