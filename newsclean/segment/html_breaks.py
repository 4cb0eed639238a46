"""Paragraphs written as loose text separated by blank lines (``<br><br>``).

Older templates, forums and some CMS exports put a story straight into a ``<div>`` or a
table cell: text, inline links and emphasis, and two line breaks between paragraphs. A
browser shows paragraphs; trafilatura sees one container of loose text and may cut it at
the inline elements ("Just months after the last i9" / "MacBook Pro" / "was released, ..."
as three blocks, the spaces around the link lost).

:func:`paragraphs_from_breaks` turns each run of loose text and inline elements between
double line breaks into a ``<p>``, the way a reader sees the page, before extraction. Inner
containers go first: a ``<span>`` whose loose text became paragraphs is a box of them in the
container around it (a paragraph holding paragraphs loses text in the extraction), and only
the text inside links counts as linked (a span of prose with one link is not a link line).

>>> from lxml import html
>>> box = html.fromstring("<div>The ferry runs twice a day from May, the board said on <a href='/x'>"
...     "Tuesday</a>, and three times a day in August.<br><br>Fares stay the same.<br>"
...     "Bikes travel free.</div>")
>>> paragraphs_from_breaks(box)
1
>>> [" ".join(p.text_content().split()) for p in box.findall("p")]
['The ferry runs twice a day from May, the board said on Tuesday, and three times a day in August.', 'Fares stay the same.Bikes travel free.']
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from newsclean.settings import settings

# containers whose loose text may be a story's paragraphs (a <p> cannot hold paragraphs)
_CONTAINERS = frozenset({"div", "td", "section", "article", "main", "body", "center", "font", "blockquote", "span"})
# elements that flow inside a line of text; anything else ends the current paragraph
_INLINE = frozenset(
    {
        "a",
        "b",
        "i",
        "em",
        "strong",
        "span",
        "font",
        "small",
        "big",
        "sub",
        "sup",
        "u",
        "s",
        "mark",
        "abbr",
        "cite",
        "code",
        "q",
        "time",
        "img",
        "br",
        "label",
        "tt",
        "var",
        "del",
        "ins",
        "kbd",
        "samp",
        "dfn",
        "bdi",
        "bdo",
        "wbr",
        "strike",
    }
)
# class or id words of reader comments: their loose text stays loose (as paragraphs they
# would look like more story to the extraction)
_COMMENT_WORDS = ("comment", "reply", "disqus", "discussion", "respond")


def _in_comments(el: Any) -> bool:
    for node in (el, *el.iterancestors()):
        attrs = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if attrs.strip() and any(w in attrs for w in _COMMENT_WORDS):
            return True
    return False


def _blank(text: str | None) -> bool:
    return not text or text.isspace()


def _double_break(br: Any) -> bool:
    """Whether the <br> is followed, with only white space between, by another <br>."""
    nxt = br.getnext()
    return _blank(br.tail) and nxt is not None and nxt.tag == "br"


def _text_chars(el: Any) -> int:
    """Characters of the element's text, runs of white space counted as one space."""
    return len(" ".join("".join(el.itertext()).split()))


def _loose_chars(parent: Any) -> tuple[int, int]:
    """(characters of the container's loose text, of them inside links)."""
    chars = len((parent.text or "").strip())
    linked = 0
    for child in parent:
        if child.tag in _INLINE:
            chars += _text_chars(child)
            # the text inside links only: a span of prose holding one link is not a link line
            links = [child] if child.tag == "a" else child.iter("a")
            linked += sum(_text_chars(a) for a in links)
        chars += len((child.tail or "").strip())
    return chars, linked


def _mixed(parent: Any) -> bool:
    """Whether the container holds paragraphs and loose text beside them: a quotation pasted
    as text with its last paragraph marked up ("<blockquote>It was ... <p>Well, ...</p>
    </blockquote>"), a post whose paragraphs are partly marked up ("<p>...</p>And then ...").
    A reader sees paragraphs; trafilatura keeps the marked-up ones and drops the loose text."""
    # (the first <p> child by lxml's own iteration: ``find`` goes through its path
    # machinery in Python, and this runs on every container of the page)
    if next(parent.iterchildren("p"), None) is None:
        return False
    if (parent.text or "").strip():
        return True
    # loose text after a paragraph or after a box between paragraphs (a caption box that
    # opened a paragraph: the paragraph's words are the box's tail)
    return any(
        isinstance(child.tag, str) and child.tag not in _INLINE and (child.tail or "").strip() for child in parent
    )


def paragraphs_from_breaks(tree: Any) -> int:
    """Rebuild, in place, each container whose loose text is split by double line breaks,
    or that has loose text beside its paragraphs; return how many were rebuilt."""
    parents = []
    seen = set()
    for br in tree.iter("br"):
        parent = br.getparent()
        if parent is None or parent in seen or parent.tag not in _CONTAINERS:
            continue
        if _double_break(br):
            seen.add(parent)
            parents.append(parent)
    for parent in tree.iter(*_CONTAINERS):
        if parent not in seen and _mixed(parent):
            seen.add(parent)
            parents.append(parent)
    rebuilt = 0
    # the innermost first: a rebuilt container inside another is one of its blocks then
    for parent in sorted(parents, key=lambda el: sum(1 for _ in el.iterancestors()), reverse=True):
        chars, linked = _loose_chars(parent)
        # (a list of links one per line, such as a footer's, is not prose)
        if (
            chars >= settings().loose_min_chars
            and linked <= settings().linked_max_share * chars
            and not _in_comments(parent)
        ):
            _rebuild(parent)
            rebuilt += 1
    return rebuilt


def _text_box(el: Any) -> bool:
    """A ``<div>`` holding only text and inline elements (what a reader sees as a paragraph)."""
    if el.tag != "div" or not "".join(el.itertext()).strip():
        return False
    return all(isinstance(d.tag, str) and d.tag in _INLINE for d in el.iterdescendants())


def _holds_blocks(el: Any) -> bool:
    """Whether an inline element holds block elements (paragraphs, boxes, lists)."""
    return any(isinstance(d.tag, str) and d.tag not in _INLINE for d in el.iterdescendants())


def _rebuild(parent: Any) -> None:
    children = list(parent)
    out: list[Any] = []
    run: list[Any] = [None]  # the paragraph being built (a list: assigned from nested functions)

    def add_text(text: str | None) -> None:
        if not text:
            return
        p = run[0]
        if p is None:
            if text.isspace():
                return
            p = run[0] = etree.Element("p")
        if len(p):
            p[-1].tail = (p[-1].tail or "") + text
        else:
            p.text = (p.text or "") + text

    def close() -> None:
        p = run[0]
        if p is not None:
            # a trailing single line break is only the end of the paragraph
            while len(p) and p[-1].tag == "br" and _blank(p[-1].tail):
                p.remove(p[-1])
            if "".join(p.itertext()).strip() or p.find(".//img") is not None:
                out.append(p)
        run[0] = None

    lead, parent.text = parent.text, None
    add_text(lead)
    i = 0
    while i < len(children):
        child = children[i]
        tail, child.tail = child.tail, None
        if child.tag == "br" and _blank(tail) and i + 1 < len(children) and children[i + 1].tag == "br":
            close()
            # the rest of the run of breaks
            while i + 1 < len(children) and children[i + 1].tag == "br" and _blank(tail):
                i += 1
                tail, children[i].tail = children[i].tail, None
            add_text(tail)
        elif isinstance(child.tag, str) and child.tag in _INLINE and not _holds_blocks(child):
            if run[0] is None:
                run[0] = etree.Element("p")
            run[0].append(child)
            add_text(tail)
        else:
            close()
            if isinstance(child.tag, str) and child.tag in _INLINE:
                # an inline element holding paragraphs (a <span> whose loose text was rebuilt)
                # is a box of them: inside a rebuilt paragraph it would nest paragraphs
                child.tag = "div"
            elif _text_box(child):
                # a <div> of loose text beside the rebuilt paragraphs is one of them: left a
                # <div> among <p>s, the extraction takes it for a box and drops it
                child.tag = "p"
            out.append(child)
            add_text(tail)
        i += 1
    close()
    for child in list(parent):
        parent.remove(child)
    parent.extend(out)
