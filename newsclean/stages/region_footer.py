"""A blog post's closing stamp that runs on into the post's filing list.

"Posted by Ann Lee at 12:05 PM in Harbours, Ferries, Local News" and "Posted by Jo at 17:35
Labels: harbours, ferries, weekend" are one line: the post's stamp, then the sections or labels
it is filed under. The region's tail search (:func:`newsclean.stages.region._tail_stamp`)
asks a stamp to be short; such a line is as short as its stamp when the rest is a list.
"""

from __future__ import annotations

import regex

from newsclean.settings import settings

_ITEM_SEPARATORS = regex.compile(r"[,|;]")


def filing_list(rest: str) -> bool:
    """Is ``rest`` (a stamp's text after its time) a list of short items, the sections or
    labels the post is filed under?

    >>> filing_list(" PM in Harbours, Ferries and Boats, Local News")
    True
    >>> filing_list(" and then she left, saying she would be back")
    False
    """
    items = [item for item in _ITEM_SEPARATORS.split(rest) if item.strip()]
    if len(items) < settings().stamp_list_min_items:
        return False
    lengths = [len(item.split()) for item in items]
    # (a sentence in the list is prose, not a label; clauses parted by commas run longer than labels)
    return (
        max(lengths) <= settings().stamp_list_item_words
        and sum(lengths) <= settings().stamp_list_mean_words * len(items)
        and not any(item.rstrip().endswith((".", "!", "?")) for item in items)
    )


def stamp_part(text: str, time_end: int) -> str:
    """The stamp in a line whose time of day ends at ``time_end``: the part up to its time
    when a filing list follows it, else the whole line.

    >>> stamp_part("Posted by Jo at 17:35 Labels: harbours, ferries, weekend walks", 21)
    'Posted by Jo at 17:35'
    >>> stamp_part("Posted by Jo at 17:35 | Permalink", 21)
    'Posted by Jo at 17:35 | Permalink'
    """
    return text[:time_end] if filing_list(text[time_end:]) else text
