"""Tables used for page layout.

Older templates lay a whole page out in a ``<table>``: a masthead row, a row with a
navigation cell, the story's cell (headline, date, paragraphs) and a cell of ads, then a
footer row. trafilatura reads such a table as data: it keeps every cell, the navigation
and the ads as much as the story, and moves a real table inside the story (results, prices)
after the layout table, away from the paragraphs that introduce it.

:func:`unwrap_layout_tables` turns the rows and cells of a layout table into the ``<div>``
blocks a browser shows, before extraction: the story's cell is then a container of
paragraphs like any other, and a data table inside it stays a table where it stands.

A table is a layout table when one of its own cells (not a nested table's) holds a
headline (``<h1>``/``<h2>``) or at least ``prose_min_paragraphs`` paragraphs of prose:
data tables do not put headlines or runs of paragraphs in their cells.

>>> from lxml import html
>>> page = html.document_fromstring("<body><table><tr><td><a href='/'>Home</a></td><td><h1>Ferry fares rise</h1>"
...     "<p>Fares rise in May.</p><table><tr><td>Adult</td><td>4.20</td></tr></table></td></tr></table></body>")
>>> unwrap_layout_tables(page)
1
>>> [el.tag for el in page.find("body").iter() if el.tag in ("table", "tr", "td", "div")]
['div', 'div', 'div', 'div', 'table', 'tr', 'td', 'td']
"""

from __future__ import annotations

from typing import Any

from newsclean.settings import settings

_HEADLINES = ("h1", "h2")
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_CELLS = frozenset({"td", "th"})
# attributes of table markup with no meaning on a <div>
_TABLE_ATTRS = (
    "width",
    "height",
    "valign",
    "align",
    "colspan",
    "rowspan",
    "cellpadding",
    "cellspacing",
    "border",
    "bgcolor",
    "nowrap",
    "background",
)


def _rows(table: Any) -> list:
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _ROW_GROUPS:
            rows.extend(r for r in child if r.tag == "tr")
    return rows


def _own(el: Any, table: Any) -> bool:
    """Whether the nearest table around ``el`` is ``table``."""
    for node in el.iterancestors("table"):
        return node is table
    return False


def _holds_story(cell: Any, table: Any) -> bool:
    prose = 0
    for el in cell.iter(*_HEADLINES, "p"):
        if not _own(el, table):
            continue
        if el.tag in _HEADLINES:
            return True
        if len(" ".join(el.text_content().split())) >= settings().html_layout_paragraph_min_chars:
            prose += 1
            if prose >= settings().prose_min_paragraphs:
                return True
    return False


def _to_div(el: Any) -> None:
    el.tag = "div"
    for attr in _TABLE_ATTRS:
        el.attrib.pop(attr, None)


def unwrap_layout_tables(tree: Any) -> int:
    """Turn each layout table's rows and cells into ``<div>``s; return how many tables."""
    done = 0
    for table in list(tree.iter("table")):
        rows = _rows(table)
        cells = [c for r in rows for c in r if c.tag in _CELLS]
        if not any(_holds_story(c, table) for c in cells):
            continue
        for group in [c for c in table if c.tag in _ROW_GROUPS]:
            _to_div(group)
        for el in (*rows, *cells):
            _to_div(el)
        for caption in table.findall("caption"):
            _to_div(caption)
        _to_div(table)
        done += 1
    return done
